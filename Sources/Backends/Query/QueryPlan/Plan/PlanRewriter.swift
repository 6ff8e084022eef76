import Kernel
import QueryExec

/// Rewrite rules applied to a bound plan before execution:
/// - constant folding in filters and projections;
/// - predicate push-down: a filter right above a scan moves into the scan, and conjuncts
///   `time <op> <constant>` narrow the scan's time range, which prunes buffer chunks;
/// - limit push-down: `LIMIT` over `ORDER BY` (also under a projection) becomes a top-k sort;
/// - a filter over a projection of plain columns (a subquery) moves below it;
/// - filters above joins move into them and below them (`JoinPushDown`).
enum PlanRewriter {
    static func optimize(_ plan: LogicalPlan) -> LogicalPlan {
        ProjectionPushdown.apply(rewrite(plan))
    }

    private static func rewrite(_ plan: LogicalPlan) -> LogicalPlan {
        switch plan {
        case .filter(let predicate, let input):
            let folded = ConstantFolding.fold(predicate)
            let optimizedInput = optimize(input)
            if case .scan(var scan) = optimizedInput {
                // A time bound becomes the scan's time range (applied exactly by the scan, and
                // pruning chunks); every other conjunct stays a filter of the scan.
                for conjunct in conjuncts(folded) where !narrow(&scan, by: conjunct) {
                    scan.filters.append(conjunct)
                }
                return .scan(scan)
            }
            if case .alias(let name, let aliased) = optimizedInput {
                return .alias(name, optimize(.filter(folded, aliased)))
            }
            if case .join(let spec, let left, let right) = optimizedInput {
                return JoinPushDown.push(folded, spec, left, right)
            }
            // A filter over a subquery's projection of plain columns moves below it (and so on
            // into the scan): `SELECT * FROM (SELECT host, v FROM cpu) WHERE v > 1`.
            if case .projection(let expressions, let schema, let projected) = optimizedInput,
                let positions = plainColumns(folded.referencedColumns, of: expressions)
            {
                let moved = folded.mappingColumns { positions[$0] ?? $0 }
                return .projection(expressions, schema, optimize(.filter(moved, projected)))
            }
            return .filter(folded, optimizedInput)
        case .projection(let expressions, let schema, let input):
            return .projection(expressions.map(ConstantFolding.fold), schema, optimize(input))
        case .aggregate(let groups, let aggregates, let schema, let input):
            return .aggregate(groups: groups, aggregates: aggregates, schema, optimize(input))
        case .sort(let keys, let fetch, let input):
            return .sort(keys, fetch: fetch, optimize(input))
        case .window(let windows, let schema, let input):
            return .window(windows, schema, optimize(input))
        case .unnest(let lists, let schema, let input):
            return .unnest(lists, schema, optimize(input))
        case .limit(let skip, let fetch, let input):
            let optimizedInput = optimize(input)
            if let fetch, case .sort(let keys, nil, let sortInput) = optimizedInput {
                return .limit(skip: skip, fetch: fetch, .sort(keys, fetch: skip + fetch, sortInput))
            }
            // `ORDER BY` a column the select list drops: the sort sits under the projection.
            if let fetch,
                case .projection(let expressions, let schema, .sort(let keys, nil, let sortInput)) =
                    optimizedInput
            {
                return .limit(
                    skip: skip, fetch: fetch,
                    .projection(expressions, schema, .sort(keys, fetch: skip + fetch, sortInput)))
            }
            return .limit(skip: skip, fetch: fetch, optimizedInput)
        case .alias(let name, let input):
            return .alias(name, optimize(input))
        case .distinctOn(let keys, let input):
            return .distinctOn(keys, optimize(input))
        case .gapFill(let spec, let input):
            return .gapFill(spec, optimize(input))
        case .join(let spec, let left, let right):
            return .join(spec, optimize(left), optimize(right))
        case .union(let inputs, let schema):
            return .union(inputs.map(optimize), schema)
        case .setOperation(let kind, let all, let schema, let left, let right):
            return .setOperation(kind, all: all, schema, optimize(left), optimize(right))
        case .scan, .values:
            return plan
        }
    }

    /// For each referenced position, the input column the projection passes there unchanged;
    /// nil when one of them is computed.
    private static func plainColumns(_ referenced: [Int], of expressions: [PhysicalExpr]) -> [Int: Int]? {
        var positions: [Int: Int] = [:]
        for position in referenced {
            guard expressions.indices.contains(position), case .column(let source) = expressions[position] else {
                return nil
            }
            positions[position] = source
        }
        return positions
    }

    static func conjuncts(_ expr: PhysicalExpr) -> [PhysicalExpr] {
        if case .binary(.and, let left, let right) = expr { return conjuncts(left) + conjuncts(right) }
        return [expr]
    }

    /// The time range the conjuncts of `predicate` put on the `time` column of `schema`.
    static func timeRange(of predicate: PhysicalExpr, schema: PlanSchema) -> TimeRange {
        var scan = TableScan(database: "", table: "", schema: schema)
        for conjunct in conjuncts(ConstantFolding.fold(predicate)) { _ = narrow(&scan, by: conjunct) }
        return scan.timeRange
    }

    /// Narrows the scan's time range for `time op constant` (either side); true when the
    /// conjunct is now fully expressed by the range.
    private static func narrow(_ scan: inout TableScan, by conjunct: PhysicalExpr) -> Bool {
        guard let timeIndex = scan.schema.columns.firstIndex(where: { $0.name == "time" && $0.type == .time }),
            case .binary(let op, let left, let right) = conjunct
        else { return false }
        var comparison = op
        var constant: PhysicalExpr
        switch (left, right) {
        case (.column(timeIndex), let other): constant = other
        case (let other, .column(timeIndex)):
            constant = other
            comparison = op.mirrored
        default: return false
        }
        constant = ConstantFolding.fold(.cast(constant, .time))
        // Bounds at the ends of Int64 are left to the filter (the range cannot say "empty" there).
        guard case .literal(.timestamp(let bound)) = constant, bound != .max, bound != .min else { return false }
        var range = scan.timeRange
        switch comparison {
        case .greater: range.startNanoseconds = max(range.startNanoseconds, bound + 1)
        case .greaterOrEqual: range.startNanoseconds = max(range.startNanoseconds, bound)
        case .less: range.endNanoseconds = min(range.endNanoseconds, bound)
        case .lessOrEqual: range.endNanoseconds = min(range.endNanoseconds, bound + 1)
        case .equal:
            range.startNanoseconds = max(range.startNanoseconds, bound)
            range.endNanoseconds = min(range.endNanoseconds, bound + 1)
        default: return false
        }
        scan.timeRange = range
        return true
    }

}
