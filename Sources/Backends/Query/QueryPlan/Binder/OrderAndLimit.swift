import Kernel
import QueryExec
import SQL

/// ORDER BY, LIMIT and OFFSET of a query. Sort keys resolve against the output first (ordinals,
/// output names, expressions over output columns), then against the select's input; keys only
/// the input has are computed as hidden columns and dropped after the sort.
struct OrderAndLimit {
    let planner: QueryPlanner

    func plan(_ query: Query) throws(KernelError) -> LogicalPlan {
        let planned = try planner.planBody(query.body, orderBy: query.orderBy)
        var plan = planned.plan
        if !planned.distinctOn.isEmpty {
            plan = try distinctOn(query.orderBy, planned: planned)
        } else if !query.orderBy.isEmpty {
            plan = try sort(query.orderBy, planned: planned)
        }
        let skip = try integer(query.offset, clause: "OFFSET") ?? 0
        let fetch = try integer(query.limit, clause: "LIMIT")
        if skip > 0 || fetch != nil {
            plan = .limit(skip: skip, fetch: fetch, plan)
        }
        return plan
    }

    private func sort(_ items: [OrderByItem], planned: PlannedSelect) throws(KernelError) -> LogicalPlan {
        let output = planned.plan.schema
        let outputScope = planner.scope(output)
        var keys: [SortKey] = []
        var hidden: [BoundExpression] = []
        for item in items {
            let ascending = item.ascending ?? true
            if let index = try outputIndex(item.expr, output: output) {
                keys.append(SortKey(expression: .column(index), ascending: ascending, nullsFirst: item.nullsFirst))
                continue
            }
            if let bound = try? ExpressionBinder(scope: outputScope).bind(item.expr) {
                keys.append(SortKey(expression: bound.expr, ascending: ascending, nullsFirst: item.nullsFirst))
                continue
            }
            guard let scope = planned.projectionScope else {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: For SELECT DISTINCT, ORDER BY expressions must appear in select list")
            }
            let bound = try ExpressionBinder(scope: scope).bind(item.expr)
            keys.append(
                SortKey(
                    expression: .column(output.columns.count + hidden.count), ascending: ascending,
                    nullsFirst: item.nullsFirst))
            hidden.append(bound)
        }
        guard !hidden.isEmpty, let input = planned.beforeProjection, let schema = planned.projectionSchema else {
            return .sort(keys, fetch: nil, planned.plan)
        }
        let widened = PlanSchema(
            schema.columns + hidden.map { PlanColumn(relation: nil, name: $0.name, type: $0.resolvedType) })
        let projection = LogicalPlan.projection(planned.projection.map(\.expr) + hidden.map(\.expr), widened, input)
        let sorted = LogicalPlan.sort(keys, fetch: nil, projection)
        return .projection(schema.columns.indices.map { .column($0) }, schema, sorted)
    }

    /// `DISTINCT ON`: sort the projection's input by the ORDER BY (bound in the input's scope),
    /// keep the first row per key, then project.
    private func distinctOn(_ items: [OrderByItem], planned: PlannedSelect) throws(KernelError) -> LogicalPlan {
        guard let scope = planned.projectionScope, let input = planned.beforeProjection,
            let schema = planned.projectionSchema
        else { return planned.plan }
        var keys: [SortKey] = []
        for item in items {
            let bound = try ExpressionBinder(scope: scope).bind(item.expr)
            let ascending = item.ascending ?? true
            keys.append(SortKey(expression: bound.expr, ascending: ascending, nullsFirst: item.nullsFirst))
        }
        let sorted: LogicalPlan = keys.isEmpty ? input : .sort(keys, fetch: nil, input)
        let picked = LogicalPlan.distinctOn(planned.distinctOn.map(\.expr), sorted)
        return .projection(planned.projection.map(\.expr), schema, picked)
    }

    /// An ordinal (`ORDER BY 2`) or the name of an output column.
    private func outputIndex(_ expr: SQL.Expr, output: PlanSchema) throws(KernelError) -> Int? {
        switch expr {
        case .literal(.number(let text)):
            guard let ordinal = Int(text), ordinal >= 1, ordinal <= output.columns.count else {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: Order by column out of bounds, specified: \(text), max: \(output.columns.count)"
                )
            }
            return ordinal - 1
        case .identifier(let identifier):
            let matches = output.columns.indices.filter { output.columns[$0].name == identifier.value }
            return matches.count == 1 ? matches[0] : nil
        case .nested(let inner):
            return try outputIndex(inner, output: output)
        default:
            return nil
        }
    }

    private func integer(_ expr: SQL.Expr?, clause: String) throws(KernelError) -> Int? {
        guard let expr else { return nil }
        let bound = try ExpressionBinder(scope: planner.scope(PlanSchema([]))).bind(expr)
        guard let value = ConstantFolding.constant(bound.expr) else {
            throw KernelError(.invalidInput, "Error during planning: \(clause) must be a constant integer")
        }
        switch value {
        case .integer(let v) where v >= 0: return Int(v)
        case .uinteger(let v): return Int(clamping: v)
        case .null: return nil
        default: throw KernelError(.invalidInput, "Error during planning: \(clause) must be a non-negative integer")
        }
    }
}
