import Kernel
import QueryExec

/// Predicate push-down through joins: a filter above a join splits into conjuncts; those over one
/// side only move below the join (where they may reach a scan), the rest join the join's own
/// condition (so `FROM a, b WHERE a.x = b.x` becomes a hash join). Only sides whose rows the
/// join never pads with NULLs receive pushed conjuncts.
enum JoinPushDown {
    static func push(_ predicate: PhysicalExpr, _ spec: JoinSpec, _ left: LogicalPlan, _ right: LogicalPlan)
        -> LogicalPlan
    {
        let leftCount = left.schema.columns.count
        let intoLeft = spec.type == .inner || spec.type == .left || spec.type == .leftSemi || spec.type == .leftAnti
        let intoRight = spec.type == .inner || spec.type == .right || spec.type == .rightSemi || spec.type == .rightAnti
        let offset = spec.type.rightOnly ? leftCount : 0
        var newSpec = spec
        var leftFilters: [PhysicalExpr] = []
        var rightFilters: [PhysicalExpr] = []
        var remaining: [PhysicalExpr] = []
        let types = (left.schema.columns + right.schema.columns).map(\.type)
        for conjunct in PlanRewriter.conjuncts(predicate) {
            // Positions over the join's output; semi/anti joins output one side only.
            let columns = referencedColumns(conjunct).map { $0 + offset }
            if intoLeft, !spec.type.rightOnly, columns.allSatisfy({ $0 < leftCount }) {
                leftFilters.append(conjunct)
            } else if intoRight, !spec.type.leftOnly, columns.allSatisfy({ $0 >= leftCount }) {
                rightFilters.append(remapColumns(conjunct) { $0 + offset - leftCount })
            } else if spec.type == .inner {
                JoinPlanner.add(conjunct, to: &newSpec, leftCount: leftCount, types: types)
            } else {
                remaining.append(conjunct)
            }
        }
        let newLeft = leftFilters.isEmpty ? left : PlanRewriter.optimize(.filter(conjunction(leftFilters), left))
        let newRight = rightFilters.isEmpty ? right : PlanRewriter.optimize(.filter(conjunction(rightFilters), right))
        let join = LogicalPlan.join(newSpec, newLeft, newRight)
        return remaining.isEmpty ? join : .filter(conjunction(remaining), join)
    }

    static func conjunction(_ parts: [PhysicalExpr]) -> PhysicalExpr {
        parts.dropFirst().reduce(parts.first ?? .literal(.boolean(true))) { .binary(.and, $0, $1) }
    }

    /// Every column position an expression reads.
    static func referencedColumns(_ expr: PhysicalExpr) -> [Int] { expr.referencedColumns }

    /// The expression with every column position mapped through `map`.
    static func remapColumns(_ expr: PhysicalExpr, _ map: (Int) -> Int) -> PhysicalExpr { expr.mappingColumns(map) }
}
