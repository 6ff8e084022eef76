import Kernel
import QueryExec
import SQL

/// `GROUP BY GROUPING SETS (...)`, `ROLLUP (...)` and `CUBE (...)` with DataFusion's results.
///
/// DataFusion's `AggregateExec` evaluates every input row once per grouping set, with the keys
/// outside the set replaced by NULL and an internal `__grouping_id` key telling the sets apart
/// (so two equal sets give two groups). The same plan is built here from existing nodes: the input
/// repeated once per set (`UNION ALL` of projections that add the set's keys, NULL for the absent
/// ones, the set's number and the value of each `grouping(...)` call), then one aggregate grouping
/// by the keys, the set number and those values. `grouping(a, b)` sets bit 1 for an absent `a`
/// and bit 0 for an absent `b`, as DataFusion's `grouping` does.
struct GroupingSetsPlanning {
    let planner: QueryPlanner

    /// The distinct key expressions (in order of appearance) and each set as indexes into them.
    struct Sets {
        var keys: [SQL.Expr] = []
        var sets: [[Int]] = [[]]
        /// Key expressions as written (an alias) next to the key they resolved to.
        var aliases: [(written: SQL.Expr, key: Int)] = []
    }

    /// Expands the plain keys and the grouping elements into sets: their cross product, every plain
    /// key in every set. `resolve` turns a select alias into its expression.
    static func expand(
        plain: [SQL.Expr], elements: [GroupingElement], resolve: (SQL.Expr) throws(KernelError) -> SQL.Expr
    ) throws(KernelError) -> Sets {
        var result = Sets()
        func index(_ expr: SQL.Expr) throws(KernelError) -> Int {
            let resolved = try resolve(expr)
            let found = result.keys.firstIndex { SQLExprKey($0) == SQLExprKey(resolved) }
            let key = found ?? result.keys.count
            if found == nil { result.keys.append(resolved) }
            if SQLExprKey(resolved) != SQLExprKey(expr) { result.aliases.append((expr, key)) }
            return key
        }
        var plainIndexes: [Int] = []
        for expr in plain { plainIndexes.append(try index(expr)) }
        result.sets = [plainIndexes]
        for element in elements {
            var choices: [[Int]] = []
            for choice in try alternatives(element) {
                var indexes: [Int] = []
                for expr in choice { indexes.append(try index(expr)) }
                choices.append(indexes)
            }
            result.sets = result.sets.flatMap { set in
                choices.map { choice in set + choice.filter { !set.contains($0) } }
            }
        }
        return result
    }

    /// The sets one element stands for, as expression lists.
    private static func alternatives(_ element: GroupingElement) throws(KernelError) -> [[SQL.Expr]] {
        switch element {
        case .empty: return [[]]
        case .groupingSets(let sets): return sets
        case .rollup(let items):
            let flat = try singletons(items, kind: "Rollup")
            return (0...flat.count).reversed().map { Array(flat.prefix($0)) }
        case .cube(let items):
            let flat = try singletons(items, kind: "Cube")
            guard flat.count <= 12 else {
                throw KernelError(.invalidInput, "Error during planning: CUBE with more than 12 elements")
            }
            return (0..<(1 << flat.count)).reversed().map { mask in
                flat.indices.filter { mask & (1 << (flat.count - 1 - $0)) != 0 }.map { flat[$0] }
            }
        }
    }

    private static func singletons(_ items: [[SQL.Expr]], kind: String) throws(KernelError) -> [SQL.Expr] {
        var flat: [SQL.Expr] = []
        for item in items {
            guard item.count == 1 else {
                throw KernelError(
                    .invalidInput, "Error during planning: Tuple expressions are not supported for \(kind) expressions")
            }
            flat.append(item[0])
        }
        return flat
    }

    /// The aggregate over the repeated input, and the scope that reads keys, `grouping(...)` values
    /// and aggregates from it. `bindAggregate` binds one aggregate call in a scope over the input.
    func plan(
        _ sets: Sets,
        calls: [FunctionCall],
        input: LogicalPlan,
        bindAggregate: (FunctionCall, ExpressionBinder) throws(KernelError) -> (AggregateExpr, String)
    ) throws(KernelError) -> (LogicalPlan, BindingScope) {
        let inputColumns = input.schema.columns
        let binder = ExpressionBinder(scope: planner.scope(input.schema))
        var keys: [BoundExpression] = []
        for key in sets.keys { keys.append(try binder.bind(key)) }
        let groupingCalls = calls.filter { $0.name.baseName.lowercased() == "grouping" }
        var groupingArguments: [[Int]] = []
        var groupingNames: [String] = []
        for call in groupingCalls {
            let (indexes, name) = try groupingArgumentIndexes(call, keys: keys, binder: binder)
            groupingArguments.append(indexes)
            groupingNames.append(name)
        }
        var columns = inputColumns
        columns += keys.indices.map {
            PlanColumn(relation: nil, name: "__grouping_key_\($0)", type: keys[$0].resolvedType)
        }
        columns.append(PlanColumn(relation: nil, name: "__grouping_id", type: .integer, nullable: false))
        columns += groupingNames.indices.map {
            PlanColumn(relation: nil, name: "__grouping_\($0)", type: .integer, nullable: false)
        }
        let repeatedSchema = PlanSchema(columns)
        var branches: [LogicalPlan] = []
        for (number, set) in sets.sets.enumerated() {
            var exprs = inputColumns.indices.map { PhysicalExpr.column($0) }
            exprs += keys.indices.map { set.contains($0) ? keys[$0].expr : .literal(.null) }
            exprs.append(.literal(.integer(Int64(number))))
            exprs += groupingArguments.map { .literal(.integer(Self.groupingValue($0, set: set))) }
            branches.append(.projection(exprs, repeatedSchema, input))
        }
        let repeated: LogicalPlan = .union(branches, repeatedSchema)
        return try aggregate(
            over: repeated, keys: keys, sets: sets, groupingCalls: groupingCalls,
            groupingNames: groupingNames, calls: calls, bindAggregate: bindAggregate)
    }

    private func aggregate(
        over repeated: LogicalPlan,
        keys: [BoundExpression],
        sets: Sets,
        groupingCalls: [FunctionCall],
        groupingNames: [String],
        calls: [FunctionCall],
        bindAggregate: (FunctionCall, ExpressionBinder) throws(KernelError) -> (AggregateExpr, String)
    ) throws(KernelError) -> (LogicalPlan, BindingScope) {
        let base = repeated.schema.columns.count - keys.count - 1 - groupingNames.count
        var computed: [ComputedExpression] = []
        var columns: [PlanColumn] = []
        var groups: [PhysicalExpr] = []
        for (index, key) in keys.enumerated() {
            var relation: String?
            if case .column(let column) = key.expr { relation = repeated.schema.columns[column].relation }
            computed.append(ComputedExpression(ast: SQLExprKey(sets.keys[index]), column: columns.count))
            for alias in sets.aliases where alias.key == index {
                computed.append(ComputedExpression(ast: SQLExprKey(alias.written), column: columns.count))
            }
            columns.append(PlanColumn(relation: relation, name: key.name, type: key.resolvedType))
            groups.append(.column(base + index))
        }
        columns.append(PlanColumn(relation: nil, name: "__grouping_id", type: .integer, nullable: false))
        groups.append(.column(base + keys.count))
        for (index, call) in groupingCalls.enumerated() {
            computed.append(ComputedExpression(ast: SQLExprKey(.function(call)), column: columns.count))
            columns.append(PlanColumn(relation: nil, name: groupingNames[index], type: .integer, nullable: false))
            groups.append(.column(base + keys.count + 1 + index))
        }
        let binder = ExpressionBinder(scope: planner.scope(repeated.schema))
        var aggregates: [AggregateExpr] = []
        for call in calls where !groupingCalls.contains(call) {
            let (aggregate, name) = try bindAggregate(call, binder)
            computed.append(ComputedExpression(ast: SQLExprKey(.function(call)), column: columns.count))
            columns.append(PlanColumn(relation: nil, name: name, type: aggregate.resultType))
            aggregates.append(aggregate)
        }
        let schema = PlanSchema(columns)
        var scope = planner.scope(schema)
        scope.computed = computed
        scope.aggregateInput = PlanSchema(Array(repeated.schema.columns.prefix(base)))
        return (.aggregate(groups: groups, aggregates: aggregates, schema, repeated), scope)
    }

    /// The key indexes of `grouping(args)` and its column name, or DataFusion's error for an
    /// argument that is not a key.
    private func groupingArgumentIndexes(_ call: FunctionCall, keys: [BoundExpression], binder: ExpressionBinder)
        throws(KernelError) -> ([Int], String)
    {
        var indexes: [Int] = []
        var names: [String] = []
        for argument in call.arguments {
            guard case .expr(let expr) = argument else { throw binder.unsupported("grouping with * arguments") }
            let bound = try binder.bind(expr)
            guard let index = keys.firstIndex(where: { $0.expr == bound.expr }) else {
                let keyNames = keys.map(\.nestedName).joined(separator: ", ")
                throw KernelError(
                    .invalidInput,
                    "Error during planning: Argument \(bound.nestedName) to grouping function is not in grouping columns \(keyNames)"
                )
            }
            indexes.append(index)
            names.append(bound.nestedName)
        }
        return (indexes, "grouping(\(names.joined(separator: ",")))")
    }

    /// The bits of `grouping(args)` in one set: the last argument is bit 0, 1 when it is absent.
    static func groupingValue(_ arguments: [Int], set: [Int]) -> Int64 {
        var value: Int64 = 0
        for argument in arguments { value = value << 1 | (set.contains(argument) ? 0 : 1) }
        return value
    }
}
