import Kernel
import QueryExec
import SQL

/// A planned SELECT block: the plan, plus what ORDER BY may still need to see (the scope the
/// projection was bound in and the projection itself, for sorting on columns not selected).
struct PlannedSelect {
    var plan: LogicalPlan
    /// The plan below the projection and the scope its expressions were bound in.
    var beforeProjection: LogicalPlan?
    var projectionScope: BindingScope?
    var projection: [BoundExpression] = []
    var projectionSchema: PlanSchema?
    /// `DISTINCT ON` keys, bound in `projectionScope`; the sort and the first-row pick happen
    /// below the projection.
    var distinctOn: [BoundExpression] = []
}

/// Plans one SELECT: FROM → WHERE → GROUP BY/aggregates → HAVING → projection → DISTINCT.
struct SelectBinder {
    let planner: QueryPlanner

    func plan(_ select: Select, orderBy: [OrderByItem]) throws(KernelError) -> PlannedSelect {
        var select = select
        var input = try planner.planFrom(select.from)
        var scope: BindingScope
        (input, scope) = try joinCorrelatedScalars(select, input: input)
        if let selection = select.selection {
            input = try SubqueryBinding(planner: planner).applyWhere(selection, to: input, scope: scope)
        }
        let items = UnnestBinding.expandingStructs(
            try WildcardExpansion.expand(select.projection, schema: input.schema), scope: scope)
        if select.groupByAll {
            // DataFusion's GROUP BY ALL: every select item without an aggregate is a key.
            select.groupBy = items.map(\.expr).filter { !AggregateNames.contains($0) }
        }
        let windowDefinitions = select.namedWindows.flatMap { $0.spec.partitionBy + $0.spec.orderBy.map(\.expr) }
        let needsAggregation =
            !select.groupBy.isEmpty || !select.groupingElements.isEmpty
            || (items.map(\.expr) + windowDefinitions).contains(where: AggregateNames.contains)
            || select.having.map(AggregateNames.contains) == true
        if needsAggregation {
            (input, scope) = try planGrouping(select, items: items, orderBy: orderBy, input: input)
        } else if select.having != nil {
            throw KernelError(.invalidInput, "Error during planning: HAVING clause references: non-aggregate values")
        }
        (input, scope) = try planWindowsAndUnnest(select, items: items, orderBy: orderBy, input: input, scope: scope)
        var bound: [BoundExpression] = []
        var columns: [PlanColumn] = []
        var displays: [String] = []
        for item in items {
            let expression = try ExpressionBinder(scope: scope).bind(item.expr)
            bound.append(expression)
            var source: String?
            if case .column(let index) = expression.expr { source = scope.schema.columns[index].relation }
            let relation = item.alias == nil ? source : nil
            columns.append(
                PlanColumn(relation: relation, name: item.alias ?? expression.name, type: expression.resolvedType))
            let base = source.map { "\($0).\(expression.name)" } ?? expression.name
            displays.append(item.alias.map { "\(base) AS \($0)" } ?? base)
        }
        try Self.checkUniqueNames(columns, displays: displays)
        let schema = PlanSchema(columns)
        var plan = LogicalPlan.projection(bound.map(\.expr), schema, input)
        var distinctOn: [BoundExpression] = []
        if let distinct = select.distinct {
            switch distinct {
            case .all: break
            case .distinct:
                plan = .aggregate(groups: schema.columns.indices.map { .column($0) }, aggregates: [], schema, plan)
            case .on(let keys):
                var bound: [BoundExpression] = []
                for key in keys { bound.append(try ExpressionBinder(scope: scope).bind(key)) }
                distinctOn = bound
            }
        }
        let sortable = select.distinct != .distinct
        if !distinctOn.isEmpty {
            plan = .projection(bound.map(\.expr), schema, .distinctOn(distinctOn.map(\.expr), input))
        }
        return PlannedSelect(
            plan: plan,
            beforeProjection: sortable ? input : nil,
            projectionScope: sortable ? scope : nil,
            projection: bound,
            projectionSchema: schema,
            distinctOn: distinctOn
        )
    }

    /// Window functions, then `unnest(...)` calls of the select list, over the input.
    private func planWindowsAndUnnest(
        _ select: Select, items: [Item], orderBy: [OrderByItem], input: LogicalPlan, scope: BindingScope
    ) throws(KernelError) -> (LogicalPlan, BindingScope) {
        var (input, scope) = (input, scope)
        try WindowBinding.checkDefinitions(select.namedWindows)
        let qualify = select.qualify.map { Qualify.resolvingAliases($0, items: items, schema: scope.schema) }
        let windowCalls = WindowBinding.calls(in: items.map(\.expr) + orderBy.map(\.expr) + [qualify].compactMap { $0 })
        if !windowCalls.isEmpty {
            (input, scope) = try WindowBinding(planner: planner, namedWindows: select.namedWindows)
                .plan(windowCalls, input: input, scope: scope)
        }
        if let qualify {
            guard !windowCalls.isEmpty else {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: QUALIFY clause requires window functions in the SELECT list or QUALIFY clause"
                )
            }
            input = .filter(try ExpressionBinder(scope: scope).bind(qualify).expr, input)
        }
        let unnestCalls = UnnestBinding.calls(in: items.map(\.expr))
        if !unnestCalls.isEmpty {
            (input, scope) = try UnnestBinding.plan(unnestCalls, input: input, scope: scope)
        }
        return (input, scope)
    }

    /// The input left-joined with the correlated scalar subqueries of WHERE and (in a query
    /// without aggregation) of the select list, and a scope that reads their values.
    private func joinCorrelatedScalars(_ select: Select, input: LogicalPlan) throws(KernelError) -> (
        LogicalPlan, BindingScope
    ) {
        var expressions = select.selection.map { [$0] } ?? []
        let projected = select.projection.compactMap { item -> SQL.Expr? in
            if case .expr(let expr, _) = item { expr } else { nil }
        }
        if select.groupBy.isEmpty, select.groupingElements.isEmpty, !select.groupByAll, select.having == nil,
            !projected.contains(where: AggregateNames.contains)
        {
            expressions += projected
        }
        guard !CorrelatedScalarSubqueries.scalarSubqueries(in: expressions).isEmpty else {
            return (input, planner.scope(input.schema))
        }
        let (joined, values) = try CorrelatedScalarSubqueries(planner: planner).plan(expressions, input: input)
        var scope = planner.scope(joined.schema)
        scope.correlatedScalars = values
        return (joined, scope)
    }

    /// A select item with wildcards expanded to the input's columns.
    struct Item {
        var expr: SQL.Expr
        var alias: String?
    }

    /// GROUP BY and aggregates, then gap filling (`date_bin_gapfill`) and HAVING.
    private func planGrouping(
        _ select: Select,
        items: [Item],
        orderBy: [OrderByItem],
        input aggregateInput: LogicalPlan
    ) throws(KernelError) -> (LogicalPlan, BindingScope) {
        if select.groupingElements.contains(.empty) {
            throw KernelError(.notImplemented, "This feature is not implemented: Empty tuple not supported yet")
        }
        if !select.groupingElements.isEmpty {
            var (input, scope) = try planGroupingSets(select, items: items, orderBy: orderBy, input: aggregateInput)
            if let having = select.having {
                input = .filter(try ExpressionBinder(scope: scope).bind(having).expr, input)
            }
            scope.schema = input.schema
            return (input, scope)
        }
        var (input, scope) = try planAggregate(select, items: items, orderBy: orderBy, input: aggregateInput)
        let groupExpressions = try select.groupBy.map { (expr) throws(KernelError) in
            try resolveGroupExpression(expr, items: items, schema: aggregateInput.schema)
        }
        if let (filled, wrapped) = try GapFillPlanning.plan(
            select,
            groupExpressions: groupExpressions,
            aggregate: input,
            aggregateInput: aggregateInput,
            scope: scope
        ) {
            input = filled
            scope.computed = wrapped + scope.computed
        }
        if let having = select.having {
            input = .filter(try ExpressionBinder(scope: scope).bind(having).expr, input)
        }
        scope.schema = input.schema
        return (input, scope)
    }

    private func planGroupingSets(
        _ select: Select,
        items: [Item],
        orderBy: [OrderByItem],
        input: LogicalPlan
    ) throws(KernelError) -> (LogicalPlan, BindingScope) {
        let sets = try GroupingSetsPlanning.expand(plain: select.groupBy, elements: select.groupingElements) {
            (expr) throws(KernelError) in
            try resolveGroupExpression(expr, items: items, schema: input.schema)
        }
        return try GroupingSetsPlanning(planner: planner).plan(
            sets, calls: aggregateCalls(select, items: items, orderBy: orderBy), input: input
        ) { (call, binder) throws(KernelError) in try bindAggregate(call, binder: binder, groups: []) }
    }

    /// The aggregate calls of the select list, HAVING, ORDER BY and named windows, each once.
    private func aggregateCalls(_ select: Select, items: [Item], orderBy: [OrderByItem]) -> [FunctionCall] {
        var calls: [FunctionCall] = []
        let windowDefinitions = select.namedWindows.flatMap { $0.spec.partitionBy + $0.spec.orderBy.map(\.expr) }
        for expr in items.map(\.expr) + [select.having].compactMap({ $0 }) + orderBy.map(\.expr) + windowDefinitions {
            for call in AggregateNames.calls(in: expr) where !calls.contains(call) { calls.append(call) }
        }
        return calls
    }

    private func planAggregate(
        _ select: Select,
        items: [Item],
        orderBy: [OrderByItem],
        input: LogicalPlan
    ) throws(KernelError) -> (LogicalPlan, BindingScope) {
        let inputScope = planner.scope(input.schema)
        let binder = ExpressionBinder(scope: inputScope)
        var computed: [ComputedExpression] = []
        var columns: [PlanColumn] = []
        var groups: [PhysicalExpr] = []
        for groupExpr in select.groupBy {
            let resolved = try resolveGroupExpression(groupExpr, items: items, schema: input.schema)
            let bound = try binder.bind(resolved)
            var relation: String?
            if case .column(let index) = bound.expr { relation = input.schema.columns[index].relation }
            computed.append(ComputedExpression(ast: SQLExprKey(resolved), column: columns.count))
            if resolved != groupExpr {
                computed.append(ComputedExpression(ast: SQLExprKey(groupExpr), column: columns.count))
            }
            columns.append(PlanColumn(relation: relation, name: bound.name, type: bound.resolvedType))
            groups.append(bound.expr)
        }
        var aggregates: [AggregateExpr] = []
        for call in aggregateCalls(select, items: items, orderBy: orderBy) {
            let (aggregate, name) = try bindAggregate(call, binder: binder, groups: groups)
            computed.append(ComputedExpression(ast: SQLExprKey(.function(call)), column: columns.count))
            columns.append(PlanColumn(relation: nil, name: name, type: aggregate.resultType))
            aggregates.append(aggregate)
        }
        let schema = PlanSchema(columns)
        var scope = planner.scope(schema)
        scope.computed = computed
        scope.aggregateInput = input.schema
        return (.aggregate(groups: groups, aggregates: aggregates, schema, input), scope)
    }

    /// `GROUP BY 1` means the first select item; `GROUP BY alias` a select item's expression
    /// when no input column has that name.
    private func resolveGroupExpression(_ expr: SQL.Expr, items: [Item], schema: PlanSchema) throws(KernelError)
        -> SQL.Expr
    {
        if case .literal(.number(let text)) = expr, let ordinal = Int(text) {
            guard ordinal >= 1, ordinal <= items.count else {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: Cannot find column with position \(ordinal) in SELECT clause. Valid columns: 1 to \(items.count)"
                )
            }
            return items[ordinal - 1].expr
        }
        if case .identifier(let identifier) = expr, !schema.columns.contains(where: { $0.name == identifier.value }),
            let item = items.first(where: { $0.alias == identifier.value })
        {
            return item.expr
        }
        return expr
    }

    private func bindAggregate(_ call: FunctionCall, binder: ExpressionBinder, groups: [PhysicalExpr])
        throws(KernelError) -> (
            AggregateExpr, String
        )
    {
        let rawName = call.name.baseName.lowercased()
        guard let function = AggregateNames.function(named: rawName) else {
            throw KernelError(.invalidInput, "Error during planning: Invalid function '\(rawName)'")
        }
        let distinct = call.quantifier == .distinct
        let filter = try call.filter.map { (e) throws(KernelError) in try binder.bind(e) }
        let filterName = filter.map { " FILTER (WHERE \($0.nestedName))" } ?? ""
        if call.arguments == [.wildcard] || (call.arguments.isEmpty && function == .count) {
            guard function == .count else {
                throw KernelError(.invalidInput, "Error during planning: \(rawName)(*) is not supported")
            }
            return (
                AggregateExpr(function: .count, argument: nil, argumentType: nil, filter: filter?.expr),
                "count(*)\(filterName)"
            )
        }
        let withinGroup = try OrderedSetAggregates.clause(call, function, binder: binder)
        var arguments: [BoundExpression] = withinGroup.map { [$0.argument] } ?? []
        for argument in call.arguments {
            guard case .expr(let expr) = argument else { throw binder.unsupported("\(rawName) with * arguments") }
            arguments.append(try binder.bind(expr))
        }
        if function == .count, arguments.count > 1 {
            arguments = [try AggregateArgumentChecks.countEvery(arguments, distinct: distinct, separator: ",")]
        }
        try OrderedSetAggregates.checkCount(function, arguments.count, rawName: rawName)
        guard !arguments.isEmpty, OrderedSetAggregates.argumentCounts(function).contains(arguments.count) else {
            throw KernelError(
                .notImplemented, "This feature is not implemented: \(rawName) with \(call.arguments.count) arguments")
        }
        try AggregateArgumentChecks.check(function, arguments, rawName: rawName, distinct: distinct)
        arguments = AggregateArgumentChecks.floatDecimals(function, arguments)
        let first = arguments[0]
        if function == .grouping, !groups.contains(first.expr) {
            throw KernelError(
                .invalidInput,
                "Error during planning: Argument \(first.name) to grouping function is not in grouping columns")
        }
        var aggregate = AggregateExpr(
            function: function, argument: first.expr, argumentType: first.type,
            // DataFusion 55 keeps `DISTINCT` in nth_value's name but ignores it (every row counts).
            distinct: (distinct && function != .nthValue) || function == .approxDistinct,
            filter: filter?.expr)
        if function == .nthValue {
            aggregate.parameter = try AggregateArgumentChecks.nthValueIndex(arguments[1])
        } else if OrderedSetAggregates.functions.contains(function) {
            try OrderedSetAggregates.configure(
                &aggregate, arguments, rawName: rawName, descending: withinGroup?.descending ?? false)
        } else {
            aggregate.secondArgument = arguments.count > 1 ? arguments[1].expr : nil
        }
        if withinGroup != nil || rawName == "quantile_cont" {
            let name = OrderedSetAggregates.name(
                rawName: rawName, arguments: arguments, clause: withinGroup, distinct: distinct, filterName: filterName)
            return (aggregate, name)
        }
        let name = try bindOrdering(
            call, &aggregate, arguments, binder: binder, rawName: rawName, filterName: filterName)
        return (aggregate, name)
    }

    /// The call's null treatment and `ORDER BY` into `aggregate`; returns its output name
    /// (`f(DISTINCT args) IGNORE NULLS FILTER (...) ORDER BY [...]`).
    private func bindOrdering(
        _ call: FunctionCall, _ aggregate: inout AggregateExpr, _ arguments: [BoundExpression],
        binder: ExpressionBinder, rawName: String, filterName: String
    ) throws(KernelError) -> String {
        let distinct = call.quantifier == .distinct
        try AggregateArgumentChecks.checkNullTreatment(call, aggregate.function, rawName: rawName)
        aggregate.ignoresNulls = call.nullTreatment == .ignore
        let nulls = call.nullTreatment.map { " \($0.rawValue)" } ?? ""
        var orderName = ""
        if !call.orderBy.isEmpty, AggregateArgumentChecks.ordered.contains(aggregate.function) {
            let (keys, names) = try WindowBinding.sortKeys(call.orderBy, binder: binder)
            if distinct {
                try AggregateArgumentChecks.checkDistinctOrdering(keys, arguments, aggregate.function)
            }
            aggregate.ordering = keys
            orderName = " ORDER BY [\(names.joined(separator: ", "))]"
        }
        let argumentNames = arguments.map(\.nestedName).joined(separator: ",")
        let head = "\(rawName)(\(distinct ? "DISTINCT " : "")\(argumentNames))"
        return "\(head)\(nulls)\(filterName)\(orderName)"
    }
}

extension SelectBinder {
    /// DataFusion refuses a select list with two columns of one qualified name (`SELECT 1, 1`,
    /// `SELECT a AS x, b AS x`); `t.host` and `u.host` differ by their qualifier.
    static func checkUniqueNames(_ columns: [PlanColumn], displays: [String]) throws(KernelError) {
        var seen: [String: Int] = [:]
        for (position, column) in columns.enumerated() {
            let key = column.relation.map { "\($0).\(column.name)" } ?? column.name
            guard let first = seen[key] else {
                seen[key] = position
                continue
            }
            throw KernelError(
                .invalidInput,
                "Error during planning: Projections require unique expression names but the expression \"\(displays[first])\" at position \(first) and \"\(displays[position])\" at position \(position) have the same name. Consider aliasing (\"AS\") one of them."
            )
        }
    }
}
