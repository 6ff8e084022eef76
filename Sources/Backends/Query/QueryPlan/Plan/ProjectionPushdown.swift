import Kernel
import QueryExec

/// Projection push-down: a scan under a projection or an aggregation produces only the columns
/// the plan above it (and its own pushed filters) reads, so filtering and gathering never touch
/// the others. Column positions above the scan are renumbered accordingly.
enum ProjectionPushdown {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        switch plan {
        case .projection(let expressions, let schema, .scan(let scan)):
            let (pruned, mapping) = prune(scan, keeping: expressions.flatMap(references))
            return .projection(expressions.map { remap($0, mapping) }, schema, .scan(pruned))
        case .aggregate(let groups, let aggregates, let schema, .scan(let scan)):
            let used: [Int] = groups.flatMap { references($0) } + aggregates.flatMap { references($0) }
            let (pruned, mapping) = prune(scan, keeping: used)
            let remappedAggregates = aggregates.map { aggregate in
                var copy = aggregate
                copy.argument = aggregate.argument.map { remap($0, mapping) }
                copy.filter = aggregate.filter.map { remap($0, mapping) }
                copy.secondArgument = aggregate.secondArgument.map { remap($0, mapping) }
                copy.ordering = aggregate.ordering.map { remap($0, mapping) }
                return copy
            }
            return .aggregate(
                groups: groups.map { remap($0, mapping) }, aggregates: remappedAggregates, schema, .scan(pruned))
        case .projection(let expressions, let schema, let input):
            guard let (pruned, mapping) = pruned(input, keeping: expressions.flatMap(references)) else { return plan }
            return .projection(expressions.map { remap($0, mapping) }, schema, pruned)
        default:
            return plan
        }
    }

    /// The scan reduced to the columns in `keeping` and its filters' columns, and old → new positions.
    static func prune(_ scan: TableScan, keeping used: [Int]) -> (TableScan, [Int: Int]) {
        let needed = Set(used + scan.filters.flatMap(references)).sorted()
        var mapping: [Int: Int] = [:]
        for (new, old) in needed.enumerated() { mapping[old] = new }
        var pruned = scan
        pruned.schema = PlanSchema(needed.map { scan.schema.columns[$0] })
        pruned.filters = scan.filters.map { remap($0, mapping) }
        return (pruned, mapping)
    }

    /// Positions of the columns an aggregate reads (arguments, filter, ordering).
    static func references(_ aggregate: AggregateExpr) -> [Int] {
        (aggregate.argument.map(references) ?? []) + (aggregate.filter.map(references) ?? [])
            + (aggregate.secondArgument.map(references) ?? [])
            + aggregate.ordering.flatMap { references($0.expression) }
    }

    /// Positions of the columns an expression reads.
    static func references(_ expr: PhysicalExpr) -> [Int] { expr.referencedColumns }

    static func remap(_ expr: PhysicalExpr, _ mapping: [Int: Int]) -> PhysicalExpr {
        expr.mappingColumns { mapping[$0] ?? $0 }
    }
}
