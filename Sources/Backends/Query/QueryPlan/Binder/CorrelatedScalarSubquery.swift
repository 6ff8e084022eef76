import Kernel
import QueryExec
import SQL

/// Where a decorrelated scalar subquery's value is found after its join, and what it is called.
struct CorrelatedScalarValue {
    var expr: PhysicalExpr
    var type: ValueType
    var name: String
}

/// Decorrelates scalar subqueries that refer to the outer query, such as
/// `(SELECT max(usage) FROM cpu c2 WHERE c2.host = c1.host)`, as DataFusion does: the subquery is
/// grouped by the inner sides of its correlated equalities and left-joined to the outer input on
/// them, and the expression reads the joined value. Outer rows without a match get the value the
/// subquery has over no rows (`count(*)` gives 0, not NULL). The subquery must be aggregated, so
/// it yields at most one row per key.
struct CorrelatedScalarSubqueries {
    let planner: QueryPlanner

    /// `input` left-joined with every correlated scalar subquery in `expressions`, and each
    /// subquery's value over the joined schema (whose added columns are hidden from `*`).
    func plan(_ expressions: [SQL.Expr], input: LogicalPlan) throws(KernelError) -> (
        LogicalPlan, [Query: CorrelatedScalarValue]
    ) {
        var plan = input
        var values: [Query: CorrelatedScalarValue] = [:]
        for query in Self.scalarSubqueries(in: expressions) where values[query] == nil {
            guard try isCorrelated(query) else { continue }
            let (joined, value) = try join(query, to: plan)
            plan = joined
            values[query] = value
        }
        return (plan, values)
    }

    static func scalarSubqueries(in expressions: [SQL.Expr]) -> [Query] {
        var found: [Query] = []
        for expression in expressions {
            ASTWalker.visit(expression) { node in
                if case .scalarSubquery(let query) = node { found.append(query) }
            }
        }
        return found
    }

    private func isCorrelated(_ query: Query) throws(KernelError) -> Bool {
        do throws(KernelError) {
            _ = try planner.plan(query)
            return false
        } catch  where SubqueryBinding.isOuterReference(error) {
            return true
        }
    }

    private func join(_ query: Query, to input: LogicalPlan) throws(KernelError) -> (
        LogicalPlan, CorrelatedScalarValue
    ) {
        guard query.with == nil, query.orderBy.isEmpty, query.limit == nil, query.offset == nil,
            case .select(let select) = query.body, select.groupBy.isEmpty, select.having == nil,
            select.distinct == nil || select.distinct == .all, select.projection.count == 1,
            case .expr(let valueExpr, let alias) = select.projection[0]
        else {
            throw KernelError(.notImplemented, "This feature is not implemented: this form of correlated subquery")
        }
        guard AggregateNames.contains(valueExpr) else {
            throw KernelError(
                .invalidInput,
                "Error during planning: Correlated scalar subquery must be aggregated to return at most one row")
        }
        let split = try splitConditions(select, outer: input.schema)
        let value = try emptyValue(of: select.projection[0], from: select.from)
        let keyItems = split.innerKeys.enumerated().map { index, key in
            SelectItem.expr(key, alias: Identifier("__key\(index)", isQuoted: true))
        }
        let grouped = Select(
            projection: [
                .expr(valueExpr, alias: alias),
                .expr(.literal(.boolean(true)), alias: Identifier("__always_true", isQuoted: true)),
            ] + keyItems,
            from: select.from,
            selection: Self.conjunction(split.kept),
            groupBy: split.innerKeys
        )
        let right = try planner.plan(Query(body: .select(grouped)))
        let leftCount = input.schema.columns.count
        let condition = JoinPushDown.conjunction(
            split.outerKeys.enumerated().map { index, outer in
                .binary(.equal, outer, .column(leftCount + 2 + index))
            })
        var plan = try JoinPlanner(planner: planner).make(
            .left, input, right, condition: condition, using: [], checkNames: false)
        if case .join(var spec, let left, let right) = plan {
            for index in leftCount..<spec.schema.columns.count { spec.schema.columns[index].usingDuplicate = true }
            plan = .join(spec, left, right)
        }
        var expr = PhysicalExpr.column(leftCount)
        if value.empty != .null {
            expr = .caseWhen(
                [CaseBranch(condition: .isNull(.column(leftCount + 1), negated: false), result: .literal(value.empty))],
                otherwise: expr)
        }
        return (plan, CorrelatedScalarValue(expr: expr, type: value.type, name: value.name))
    }

    /// The subquery's WHERE conjuncts: those over its own FROM stay inside it; each correlated
    /// one must be `inner = outer` and becomes a join key.
    private func splitConditions(_ select: Select, outer: PlanSchema) throws(KernelError) -> (
        kept: [SQL.Expr], innerKeys: [SQL.Expr], outerKeys: [PhysicalExpr]
    ) {
        let inner = try planner.planFrom(select.from)
        let innerBinder = ExpressionBinder(scope: planner.scope(inner.schema))
        let outerBinder = ExpressionBinder(scope: planner.scope(outer))
        var kept: [SQL.Expr] = []
        var innerKeys: [SQL.Expr] = []
        var outerKeys: [PhysicalExpr] = []
        for conjunct in select.selection.map(SubqueryBinding.conjuncts) ?? [] {
            if try binds(conjunct, innerBinder) {
                kept.append(conjunct)
                continue
            }
            guard case .binary(let left, .eq, let right) = conjunct else { throw Self.unsupportedCorrelation }
            switch (try binds(left, innerBinder), try binds(right, innerBinder)) {
            case (true, false):
                innerKeys.append(left)
                outerKeys.append(try outerBinder.bind(right).expr)
            case (false, true):
                innerKeys.append(right)
                outerKeys.append(try outerBinder.bind(left).expr)
            default:
                throw Self.unsupportedCorrelation
            }
        }
        return (kept, innerKeys, outerKeys)
    }

    /// Whether `expr` binds over the subquery's own columns (false when it names an outer one).
    private func binds(_ expr: SQL.Expr, _ binder: ExpressionBinder) throws(KernelError) -> Bool {
        do throws(KernelError) {
            _ = try binder.bind(expr)
            return true
        } catch  where SubqueryBinding.isOuterReference(error) {
            return false
        }
    }

    /// The subquery's name, type and value over no rows, from running it with `WHERE false`.
    private func emptyValue(of item: SelectItem, from: [TableWithJoins]) throws(KernelError) -> (
        name: String, type: ValueType, empty: ScalarValue
    ) {
        let empty = Select(projection: [item], from: from, selection: .literal(.boolean(false)))
        let plan = try planner.plan(Query(body: .select(empty)))
        guard let column = plan.schema.columns.first, let runner = planner.runSubquery else {
            throw KernelError(.notImplemented, "This feature is not implemented: subqueries in this context")
        }
        let batches = try runner(plan)
        let value = batches.first { $0.rowCount > 0 }?.columns.first?.scalar(at: 0) ?? .null
        return (column.name, column.type == .tag ? .string : column.type, value)
    }

    private static func conjunction(_ parts: [SQL.Expr]) -> SQL.Expr? {
        guard var result = parts.first else { return nil }
        for part in parts.dropFirst() { result = .binary(result, .and, part) }
        return result
    }

    private static let unsupportedCorrelation = KernelError(
        .notImplemented,
        "This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)")
}
