import Kernel
import QueryExec
import SQL

/// Decorrelates `[NOT] EXISTS (SELECT ... WHERE inner.k = outer.k ...)` and
/// `x [NOT] IN (SELECT v FROM ... WHERE ...)` in a WHERE clause into semi/anti joins of the outer
/// input with the subquery's `FROM`, as DataFusion does. The subquery's condition is bound over
/// the outer columns followed by the inner ones (unqualified names prefer the inner side).
/// `NOT IN` keeps its NULL semantics: a row is dropped when some inner value equals it or either
/// is NULL.
struct CorrelatedSubquery {
    let planner: QueryPlanner

    func join(_ query: Query, subject: SQL.Expr?, negated: Bool, input: LogicalPlan) throws(KernelError)
        -> LogicalPlan
    {
        guard query.with == nil, query.orderBy.isEmpty, query.limit == nil, query.offset == nil,
            case .select(let select) = query.body, select.groupBy.isEmpty, select.having == nil,
            select.distinct == nil || select.distinct == .all,
            !select.projection.contains(where: {
                if case .expr(let e, _) = $0 { AggregateNames.contains(e) } else { false }
            })
        else {
            throw KernelError(
                .notImplemented, "This feature is not implemented: this form of correlated subquery")
        }
        let inner = try planner.planFrom(select.from)
        let outerColumns = input.schema.columns.map { column in
            var hidden = column
            hidden.usingDuplicate = true
            return hidden
        }
        let combined = planner.scope(PlanSchema(outerColumns + inner.schema.columns))
        let binder = ExpressionBinder(scope: combined)
        var condition: [PhysicalExpr] = []
        if let selection = select.selection { condition.append(try binder.bind(selection).expr) }
        if let subject {
            guard select.projection.count == 1, case .expr(let valueExpr, _) = select.projection[0] else {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: Too many columns! The subquery should only return one column")
            }
            let value = try binder.bind(valueExpr).expr
            let left = try ExpressionBinder(scope: planner.scope(input.schema)).bind(subject).expr
            let equal = PhysicalExpr.binary(.equal, left, value)
            condition.append(
                negated
                    ? .binary(.or, .binary(.or, equal, .isNull(left, negated: false)), .isNull(value, negated: false))
                    : equal)
        }
        let conjunction = condition.isEmpty ? nil : JoinPushDown.conjunction(condition)
        let plan = try JoinPlanner(planner: planner).make(
            negated ? .leftAnti : .leftSemi, input, inner, condition: conjunction, using: [], checkNames: false)
        // DataFusion's null-aware anti join (NOT IN) takes the IN equality as its only key.
        if subject != nil, negated, case .join(let spec, _, _) = plan, !spec.leftKeys.isEmpty {
            throw KernelError(
                .invalidInput,
                "Error during planning: null_aware anti join only supports single column join key, got \(spec.leftKeys.count + 1) columns"
            )
        }
        return plan
    }
}
