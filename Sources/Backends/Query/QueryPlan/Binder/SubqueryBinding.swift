import Kernel
import QueryExec
import SQL

/// Runs an uncorrelated subquery while planning (set by the engine, which owns the chunk source).
typealias SubqueryRunner = (LogicalPlan) throws(KernelError) -> [RecordBatch]

/// Uncorrelated subquery expressions, evaluated once while planning and replaced by constants:
/// a scalar subquery by its value, `x [NOT] IN (SELECT ...)` by an IN list of the values,
/// `[NOT] EXISTS (SELECT ...)` by a boolean. As in DataFusion, IN and EXISTS are accepted as
/// conjuncts of WHERE only.
struct SubqueryBinding {
    let planner: QueryPlanner

    /// `input` filtered by the WHERE condition. Top-level IN/EXISTS subquery conjuncts are
    /// evaluated once when uncorrelated, or become semi/anti joins when they refer to `input`.
    func applyWhere(_ expr: SQL.Expr, to input: LogicalPlan, scope: BindingScope) throws(KernelError) -> LogicalPlan {
        let binder = ExpressionBinder(scope: scope)
        var plan = input
        var parts: [PhysicalExpr] = []
        for conjunct in Self.conjuncts(expr) {
            if let part = try bindConjunct(conjunct, binder: binder, negated: false, plan: &plan) { parts.append(part) }
        }
        return parts.isEmpty ? plan : .filter(JoinPushDown.conjunction(parts), plan)
    }

    private func bindConjunct(_ expr: SQL.Expr, binder: ExpressionBinder, negated: Bool, plan: inout LogicalPlan)
        throws(KernelError) -> PhysicalExpr?
    {
        switch expr {
        case .nested(let inner):
            return try bindConjunct(inner, binder: binder, negated: negated, plan: &plan)
        case .unary(.not, let inner) where Self.isPredicateSubquery(inner):
            return try bindConjunct(inner, binder: binder, negated: !negated, plan: &plan)
        case .inSubquery(let subject, let query, let isNegated):
            let bound = try binder.bind(subject)
            do throws(KernelError) {
                let (_, values) = try column(of: query)
                return .inList(bound.expr, values.map { .literal($0) }, negated: isNegated != negated)
            } catch  where Self.isOuterReference(error) {
                let correlated = CorrelatedSubquery(planner: planner)
                plan = try correlated.join(query, subject: subject, negated: isNegated != negated, input: plan)
                return nil
            }
        case .exists(let query, let isNegated):
            do throws(KernelError) {
                let (_, count) = try rows(of: query)
                return .literal(.boolean((count > 0) != (isNegated != negated)))
            } catch  where Self.isOuterReference(error) {
                let correlated = CorrelatedSubquery(planner: planner)
                plan = try correlated.join(query, subject: nil, negated: isNegated != negated, input: plan)
                return nil
            }
        default:
            let bound = try binder.bind(expr).expr
            return negated ? .not(bound) : bound
        }
    }

    /// Whether planning a subquery failed on a name only the outer query has.
    static func isOuterReference(_ error: KernelError) -> Bool {
        error.message.hasPrefix("Schema error: No field named")
    }

    /// `(SELECT one value)`: its value (NULL without rows); named after the subquery's column.
    func scalar(_ query: Query) throws(KernelError) -> BoundExpression {
        let (column, values) = try column(of: query)
        guard values.count <= 1 else {
            throw KernelError(.invalidInput, "Execution error: Scalar subquery returned more than one row")
        }
        let type: ValueType = column.type == .tag ? .string : column.type
        return BoundExpression(
            .literal(values.first ?? .null), type: type, name: column.name, nestedName: "(<subquery>)")
    }

    /// The values of a one-column subquery.
    private func column(of query: Query) throws(KernelError) -> (PlanColumn, [ScalarValue]) {
        let plan = try planner.plan(query)
        let columns = plan.schema.columns
        guard columns.count == 1, let column = columns.first else {
            let names = columns.map(\.qualifiedName).joined(separator: ", ")
            throw KernelError(
                .invalidInput,
                "Error during planning: Too many columns! The subquery should only return one column: \(names)")
        }
        var values: [ScalarValue] = []
        for batch in try run(plan) {
            guard let only = batch.columns.first else { continue }
            for row in 0..<batch.rowCount { values.append(only.scalar(at: row)) }
        }
        return (column, values)
    }

    private func rows(of query: Query) throws(KernelError) -> (PlanSchema, Int) {
        let plan = try planner.plan(query)
        return (plan.schema, try run(plan).reduce(0) { $0 + $1.rowCount })
    }

    private func run(_ plan: LogicalPlan) throws(KernelError) -> [RecordBatch] {
        guard let runner = planner.runSubquery else {
            throw KernelError(.notImplemented, "This feature is not implemented: subqueries in this context")
        }
        return try runner(plan)
    }

    static func isPredicateSubquery(_ expr: SQL.Expr) -> Bool {
        switch expr {
        case .inSubquery, .exists: return true
        case .nested(let inner): return isPredicateSubquery(inner)
        default: return false
        }
    }

    static func conjuncts(_ expr: SQL.Expr) -> [SQL.Expr] {
        switch expr {
        case .binary(let left, .and, let right): return conjuncts(left) + conjuncts(right)
        case .nested(let inner): return conjuncts(inner)
        default: return [expr]
        }
    }
}
