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

    /// The WHERE condition, with top-level IN/EXISTS subquery conjuncts evaluated.
    func bindWhere(_ expr: SQL.Expr, scope: BindingScope) throws(KernelError) -> PhysicalExpr {
        let binder = ExpressionBinder(scope: scope)
        var parts: [PhysicalExpr] = []
        for conjunct in Self.conjuncts(expr) {
            parts.append(try bindConjunct(conjunct, binder: binder, negated: false))
        }
        return parts.dropFirst().reduce(parts.first ?? .literal(.boolean(true))) { .binary(.and, $0, $1) }
    }

    private func bindConjunct(_ expr: SQL.Expr, binder: ExpressionBinder, negated: Bool) throws(KernelError)
        -> PhysicalExpr
    {
        switch expr {
        case .nested(let inner):
            return try bindConjunct(inner, binder: binder, negated: negated)
        case .unary(.not, let inner) where Self.isPredicateSubquery(inner):
            return try bindConjunct(inner, binder: binder, negated: !negated)
        case .inSubquery(let subject, let query, let isNegated):
            let bound = try binder.bind(subject)
            let (_, values) = try column(of: query)
            return .inList(bound.expr, values.map { .literal($0) }, negated: isNegated != negated)
        case .exists(let query, let isNegated):
            let (_, values) = try rows(of: query)
            return .literal(.boolean((values > 0) != (isNegated != negated)))
        default:
            let bound = try binder.bind(expr).expr
            return negated ? .not(bound) : bound
        }
    }

    /// `(SELECT one value)`: its value (NULL without rows); named after the subquery's column.
    func scalar(_ query: Query) throws(KernelError) -> BoundExpression {
        let (column, values) = try column(of: query)
        guard values.count <= 1 else {
            throw KernelError(.invalidInput, "Execution error: Scalar subquery returned more than one row")
        }
        let type: ColumnType = column.type == .tag ? .string : column.type
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
