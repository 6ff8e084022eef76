import Kernel
import QueryExec
import SQL

/// Plans the window calls of a SELECT (`f(...) OVER (...)`, `OVER w`) into a window node between
/// aggregation and projection; later expressions refer to its columns through `scope.computed`.
struct WindowBinding {
    let planner: QueryPlanner
    let namedWindows: [NamedWindow]

    /// The window calls in the expressions, each once, in order of appearance.
    static func calls(in exprs: [SQL.Expr]) -> [FunctionCall] {
        var calls: [FunctionCall] = []
        for expr in exprs {
            ASTWalker.visit(expr) { node in
                if case .function(let call) = node, call.over != nil, !calls.contains(call) { calls.append(call) }
            }
        }
        return calls
    }

    /// Whether DataFusion marks the window column nullable (ranks and counts never are).
    static func isNullable(_ function: WindowFunction) -> Bool {
        switch function {
        case .rowNumber, .rank, .denseRank, .percentRank, .cumeDist, .ntile: false
        case .aggregate(let aggregate, _): ![.count, .regrCount, .approxDistinct].contains(aggregate)
        default: true
        }
    }

    /// Refuses a `WINDOW` clause that defines a name twice.
    static func checkDefinitions(_ windows: [NamedWindow]) throws(KernelError) {
        var seen: Set<String> = []
        for window in windows where !seen.insert(window.name.value).inserted {
            throw KernelError(
                .invalidInput, "Error during planning: The window \(window.name.value) is defined multiple times!")
        }
    }

    /// Bound sort keys and their display (`cpu.time ASC NULLS LAST`).
    static func sortKeys(_ items: [OrderByItem], binder: ExpressionBinder) throws(KernelError) -> ([SortKey], [String])
    {
        var keys: [SortKey] = []
        var names: [String] = []
        for item in items {
            let bound = try binder.bind(item.expr)
            let key = SortKey(expression: bound.expr, ascending: item.ascending ?? true, nullsFirst: item.nullsFirst)
            keys.append(key)
            names.append(
                "\(bound.nestedName) \(key.ascending ? "ASC" : "DESC") NULLS \(key.nullsFirst ? "FIRST" : "LAST")")
        }
        return (keys, names)
    }

    func plan(_ calls: [FunctionCall], input: LogicalPlan, scope: BindingScope) throws(KernelError) -> (
        LogicalPlan, BindingScope
    ) {
        let binder = ExpressionBinder(scope: scope)
        var columns = input.schema.columns
        var computed = scope.computed
        var windows: [WindowExpr] = []
        for call in calls {
            let (window, name) = try bind(call, binder: binder)
            computed.append(ComputedExpression(ast: SQLExprKey(.function(call)), column: columns.count))
            columns.append(
                PlanColumn(
                    relation: nil, name: name, type: window.resultType, nullable: Self.isNullable(window.function)))
            windows.append(window)
        }
        let schema = PlanSchema(columns)
        var result = scope
        result.schema = schema
        result.computed = computed
        return (.window(windows, schema, input), result)
    }

    private func bind(_ call: FunctionCall, binder: ExpressionBinder) throws(KernelError) -> (WindowExpr, String) {
        guard let over = call.over else { throw binder.unsupported("window call without OVER") }
        let spec = try resolve(over, depth: 0)
        var partition: [BoundExpression] = []
        for expr in spec.partitionBy { partition.append(try binder.bind(expr)) }
        let (keys, orderNames) = try Self.sortKeys(spec.orderBy, binder: binder)
        let (frame, frameName) = try WindowFrameBinding(binder: binder).frame(spec.frame, orderCount: keys.count)
        let function = try WindowFunctionBinding(binder: binder).bind(call)
        if case .aggregate(let aggregate, _) = function.window.function,
            [
                .boolAnd, .boolOr, .stringAgg, .approxDistinct, .approxMedian, .approxPercentileCont,
                .approxPercentileContWithWeight,
            ].contains(aggregate),
            frame.start != .unboundedPreceding
        {
            throw KernelError(
                .notImplemented,
                "This feature is not implemented: Aggregate can not be used as a sliding accumulator because `retract_batch` is not implemented"
            )
        }
        var window = function.window
        window.ignoresNulls = call.nullTreatment == .ignore
        window.partitionBy = partition.map(\.expr)
        window.orderBy = keys
        window.frame = frame
        var parts = [function.name + (call.nullTreatment.map { " \($0.rawValue)" } ?? "")]
        if !partition.isEmpty { parts.append("PARTITION BY [\(partition.map(\.nestedName).joined(separator: ", "))]") }
        if !keys.isEmpty { parts.append("ORDER BY [\(orderNames.joined(separator: ", "))]") }
        parts.append(frameName)
        return (window, parts.joined(separator: " "))
    }

    /// The window specification behind `OVER`, with named windows substituted.
    private func resolve(_ reference: WindowReference, depth: Int) throws(KernelError) -> WindowSpec {
        guard depth < 16 else {
            throw KernelError(.invalidInput, "Error during planning: window definitions nest too deep")
        }
        switch reference {
        case .named(let name):
            guard let named = namedWindows.first(where: { $0.name.value == name.value }) else {
                throw KernelError(.invalidInput, "Error during planning: The window \(name.value) is not defined!")
            }
            return try resolve(.spec(named.spec), depth: depth + 1)
        case .spec(let spec):
            // DataFusion 55 ignores a base window named inside `OVER (w ...)`; so do we.
            return spec
        }
    }
}

/// Frame clauses: validation, DataFusion's defaults and display text.
struct WindowFrameBinding {
    let binder: ExpressionBinder

    func frame(_ frame: SQL.WindowFrame?, orderCount: Int) throws(KernelError) -> (WindowFrameSpec, String) {
        guard let frame else {
            if orderCount == 0 {
                return (.wholePartition, "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING")
            }
            return (
                WindowFrameSpec(units: .range, start: .unboundedPreceding, end: .currentRow),
                "RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"
            )
        }
        let units: WindowFrameUnit
        switch frame.units {
        case .rows: units = .rows
        case .range: units = .range
        case .groups: units = .groups
        }
        let (start, startName) = try edge(frame.start)
        let (end, endName) = try edge(frame.end ?? .currentRow)
        if start == .unboundedFollowing {
            throw KernelError(
                .invalidInput, "Error during planning: Invalid window frame: start bound cannot be UNBOUNDED FOLLOWING")
        }
        if end == .unboundedPreceding {
            throw KernelError(
                .invalidInput, "Error during planning: Invalid window frame: end bound cannot be UNBOUNDED PRECEDING")
        }
        let hasOffset = [start, end].contains {
            if case .preceding = $0 { true } else if case .following = $0 { true } else { false }
        }
        if units == .range, hasOffset, orderCount != 1 {
            throw KernelError(.invalidInput, "Error during planning: RANGE requires exactly one ORDER BY column")
        }
        if units == .groups, orderCount == 0 {
            throw KernelError(.invalidInput, "Error during planning: GROUPS requires an ORDER BY clause")
        }
        return (
            WindowFrameSpec(units: units, start: start, end: end),
            "\(units.rawValue) BETWEEN \(startName) AND \(endName)"
        )
    }

    private func edge(_ bound: SQL.WindowFrameBound) throws(KernelError) -> (WindowFrameEdge, String) {
        switch bound {
        case .currentRow: return (.currentRow, "CURRENT ROW")
        case .preceding(nil): return (.unboundedPreceding, "UNBOUNDED PRECEDING")
        case .following(nil): return (.unboundedFollowing, "UNBOUNDED FOLLOWING")
        case .preceding(let expr?):
            let (value, name) = try offset(expr)
            return (.preceding(value), "\(name) PRECEDING")
        case .following(let expr?):
            let (value, name) = try offset(expr)
            return (.following(value), "\(name) FOLLOWING")
        }
    }

    private func offset(_ expr: SQL.Expr) throws(KernelError) -> (Double, String) {
        var scope = binder.scope
        scope.computed = []  // `GROUP BY 1` must not turn the offset 1 into the first group key
        let bound = try ExpressionBinder(scope: scope).bind(expr)
        if case .interval(let literal) = expr, case .literal(.string(let text)) = literal.value,
            literal.leadingField == nil, case .literal(.interval(let interval)) = ConstantFolding.fold(bound.expr),
            let nanoseconds = interval.fixedNanoseconds, nanoseconds >= 0
        {
            // DataFusion prints an interval bound as written: `RANGE BETWEEN 1 minute PRECEDING ...`.
            return (Double(nanoseconds), text)
        }
        switch ConstantFolding.constant(bound.expr) {
        case .integer(let v) where v >= 0: return (Double(v), "\(v)")
        case .uinteger(let v): return (Double(v), "\(v)")
        case .float(let v) where v >= 0: return (v, LiteralBinding.floatText(v))
        default:
            throw KernelError(.notImplemented, "This feature is not implemented: window frame offset \(bound.name)")
        }
    }
}
