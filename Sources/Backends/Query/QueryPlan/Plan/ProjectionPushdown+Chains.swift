import Kernel
import QueryExec

/// Projection push-down below the nodes that keep their input's columns (filter, sort, limit,
/// window, subquery alias) and through joins, down to the scans: `SELECT host, row_number()
/// OVER (ORDER BY time) FROM cpu` or a join of two tables reads only the columns the plan uses.
extension ProjectionPushdown {
    /// `plan` with its scans reduced so that it still produces the columns in `used` (and
    /// whatever its own nodes read), and the old → new positions of its output columns; nil
    /// when the plan has a node this rule does not look through.
    static func pruned(_ plan: LogicalPlan, keeping used: [Int]) -> (LogicalPlan, [Int: Int])? {
        switch plan {
        case .scan(let scan):
            let (pruned, mapping) = prune(scan, keeping: used)
            return (.scan(pruned), mapping)
        case .filter(let predicate, let input):
            guard let (inner, mapping) = pruned(input, keeping: used + references(predicate)) else { return nil }
            return (.filter(remap(predicate, mapping), inner), mapping)
        case .sort(let keys, let fetch, let input):
            guard let (inner, mapping) = pruned(input, keeping: used + keys.flatMap { references($0.expression) })
            else { return nil }
            return (.sort(keys.map { remap($0, mapping) }, fetch: fetch, inner), mapping)
        case .limit(let skip, let fetch, let input):
            guard let (inner, mapping) = pruned(input, keeping: used) else { return nil }
            return (.limit(skip: skip, fetch: fetch, inner), mapping)
        case .alias(let name, let input):
            guard let (inner, mapping) = pruned(input, keeping: used) else { return nil }
            return (.alias(name, inner), mapping)
        case .projection(let expressions, let schema, let input):
            let kept = Set(used).sorted().filter { expressions.indices.contains($0) }
            let keptExpressions = kept.map { expressions[$0] }
            guard let (inner, innerMapping) = pruned(input, keeping: keptExpressions.flatMap(references)) else {
                return nil
            }
            var mapping: [Int: Int] = [:]
            for (new, old) in kept.enumerated() { mapping[old] = new }
            return (
                .projection(
                    keptExpressions.map { remap($0, innerMapping) }, PlanSchema(kept.map { schema.columns[$0] }), inner),
                mapping
            )
        case .window(let windows, let schema, let input):
            return prunedWindow(windows, schema, input, keeping: used)
        case .join(let spec, let left, let right):
            return prunedJoin(spec, left, right, keeping: used)
        default:
            return nil
        }
    }

    private static func prunedWindow(
        _ windows: [WindowExpr], _ schema: PlanSchema, _ input: LogicalPlan, keeping used: [Int]
    ) -> (LogicalPlan, [Int: Int])? {
        let inputCount = input.schema.columns.count
        let read = windows.flatMap { window in
            (window.argument.map(references) ?? []) + (window.secondArgument.map(references) ?? [])
                + window.partitionBy.flatMap(references) + window.orderBy.flatMap { references($0.expression) }
        }
        guard let (inner, inputMapping) = pruned(input, keeping: used.filter { $0 < inputCount } + read) else {
            return nil
        }
        var mapping = inputMapping
        let keptCount = inner.schema.columns.count
        for offset in windows.indices { mapping[inputCount + offset] = keptCount + offset }
        let remapped = windows.map { window in
            var copy = window
            copy.argument = window.argument.map { remap($0, mapping) }
            copy.secondArgument = window.secondArgument.map { remap($0, mapping) }
            copy.partitionBy = window.partitionBy.map { remap($0, mapping) }
            copy.orderBy = window.orderBy.map { remap($0, mapping) }
            return copy
        }
        let columns = inner.schema.columns + schema.columns.suffix(windows.count)
        return (.window(remapped, PlanSchema(columns), inner), mapping)
    }

    /// An inner or outer join (both sides' columns in its output) with each side pruned to
    /// the used columns, its keys and its filter's columns.
    private static func prunedJoin(_ spec: JoinSpec, _ left: LogicalPlan, _ right: LogicalPlan, keeping used: [Int])
        -> (LogicalPlan, [Int: Int])?
    {
        guard !spec.type.leftOnly, !spec.type.rightOnly else { return nil }
        let leftCount = left.schema.columns.count
        let filterColumns = spec.filter.map(references) ?? []
        let leftUsed = (used + filterColumns).filter { $0 < leftCount } + spec.leftKeys.flatMap(references)
        let rightUsed =
            (used + filterColumns).filter { $0 >= leftCount }.map { $0 - leftCount }
            + spec.rightKeys.flatMap(references)
        guard let (newLeft, leftMapping) = pruned(left, keeping: leftUsed),
            let (newRight, rightMapping) = pruned(right, keeping: rightUsed)
        else { return nil }
        let keptLeft = newLeft.schema.columns.count
        var mapping = leftMapping
        for (old, new) in rightMapping { mapping[old + leftCount] = new + keptLeft }
        var pruned = spec
        pruned.leftKeys = spec.leftKeys.map { remap($0, leftMapping) }
        pruned.rightKeys = spec.rightKeys.map { remap($0, rightMapping) }
        pruned.filter = spec.filter.map { remap($0, mapping) }
        let kept = mapping.sorted { $0.value < $1.value }.map { spec.schema.columns[$0.key] }
        pruned.schema = PlanSchema(kept)
        return (.join(pruned, newLeft, newRight), mapping)
    }

    static func remap(_ key: SortKey, _ mapping: [Int: Int]) -> SortKey {
        var remapped = key
        remapped.expression = remap(key.expression, mapping)
        return remapped
    }
}
