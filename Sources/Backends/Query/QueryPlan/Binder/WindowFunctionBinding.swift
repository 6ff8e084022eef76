import Kernel
import QueryExec
import SQL

/// The function part of a window call: which `WindowFunction`, its bound arguments, result
/// type and the name DataFusion prints before the `PARTITION BY` part.
struct WindowFunctionBinding {
    let binder: ExpressionBinder

    struct Bound {
        var window: WindowExpr
        var name: String
    }

    static let rankingFunctions: [String: WindowFunction] = [
        "row_number": .rowNumber, "rank": .rank, "dense_rank": .denseRank, "percent_rank": .percentRank,
        "cume_dist": .cumeDist,
    ]

    func bind(_ call: FunctionCall) throws(KernelError) -> Bound {
        let rawName = call.name.baseName.lowercased()
        guard call.withinGroup.isEmpty else {
            throw KernelError(
                .invalidInput,
                "Error during planning: OVER and WITHIN GROUP clause cannot be used together. OVER is for window functions, whereas WITHIN GROUP is for ordered set aggregate functions"
            )
        }
        if let aggregate = AggregateNames.function(named: rawName),
            ![.firstValue, .lastValue, .nthValue, .grouping].contains(aggregate)
        {
            return try bindAggregate(call, aggregate, rawName: rawName)
        }
        var arguments: [BoundExpression] = []
        for argument in call.arguments {
            guard case .expr(let expr) = argument else { throw binder.unsupported("\(rawName) with * arguments") }
            arguments.append(try binder.bind(expr))
        }
        // DataFusion 55 names `DISTINCT` for the value functions but ignores it (every row counts).
        let quantifier = call.quantifier == .distinct ? "DISTINCT " : ""
        let name = "\(rawName)(\(quantifier)\(arguments.map(\.nestedName).joined(separator: ",")))"
        if let ranking = Self.rankingFunctions[rawName] {
            guard arguments.isEmpty else { throw wrongArguments(rawName, arguments.count) }
            let type: ValueType = ranking == .percentRank || ranking == .cumeDist ? .float : .uinteger
            return Bound(window: make(ranking, nil, type), name: name)
        }
        let function: WindowFunction
        switch (rawName, arguments.count) {
        case ("ntile", 1):
            let buckets = try integer(arguments[0], what: "ntile")
            guard buckets > 0 else {
                throw KernelError(.invalidInput, "Execution error: NTILE requires a positive integer")
            }
            return Bound(window: make(.ntile(buckets), nil, .uinteger), name: name)
        case ("lag", 1...3), ("lead", 1...3):
            var offset = arguments.count > 1 ? try integer(arguments[1], what: rawName) : 1
            let fallback = arguments.count > 2 ? try constant(arguments[2], what: rawName) : .null
            var isLag = rawName == "lag"
            if offset < 0 {
                offset = -offset
                isLag.toggle()
            }
            function =
                isLag ? .lag(offset: offset, defaultValue: fallback) : .lead(offset: offset, defaultValue: fallback)
        case ("difference", 1), ("non_negative_difference", 1):
            function = .difference(nonNegative: rawName.hasPrefix("non_negative"))
        case ("derivative", 3), ("non_negative_derivative", 3):
            return try derivative(arguments, nonNegative: rawName.hasPrefix("non_negative"), name: name)
        case ("first_value", 1): function = .firstValue
        case ("last_value", 1): function = .lastValue
        case ("nth_value", 2): function = .nthValue(try integer(arguments[1], what: "nth_value"))
        case ("ntile", _), ("lag", _), ("lead", _), ("first_value", _), ("last_value", _), ("nth_value", _):
            throw wrongArguments(rawName, arguments.count)
        default:
            throw KernelError(.invalidInput, "Error during planning: Invalid function '\(rawName)'")
        }
        var window = make(function, arguments[0].expr, arguments[0].resolvedType)
        window.argumentType = arguments[0].type
        return Bound(window: window, name: name)
    }

    private func bindAggregate(_ call: FunctionCall, _ function: AggregateFunction, rawName: String) throws(KernelError)
        -> Bound
    {
        let distinct = call.quantifier == .distinct
        if call.arguments == [.wildcard] || (call.arguments.isEmpty && function == .count) {
            guard function == .count else {
                throw KernelError(.invalidInput, "Error during planning: \(rawName)(*) is not supported")
            }
            var window = make(.aggregate(.count, distinct: false), nil, .integer)
            window.argumentType = nil
            return Bound(window: window, name: "count(*)")
        }
        var arguments: [BoundExpression] = []
        for argument in call.arguments {
            guard case .expr(let expr) = argument else { throw binder.unsupported("\(rawName) with * arguments") }
            arguments.append(try binder.bind(expr))
        }
        if function == .count, arguments.count > 1 {
            arguments = [try AggregateArgumentChecks.countEvery(arguments, distinct: distinct, separator: ", ")]
        }
        try OrderedSetAggregates.checkCount(function, arguments.count, rawName: rawName)
        guard !arguments.isEmpty, OrderedSetAggregates.argumentCounts(function).contains(arguments.count) else {
            throw binder.unsupported("\(rawName) with \(call.arguments.count) arguments")
        }
        try DecimalAggregates.checkArgument(function, arguments[0].type)
        arguments = AggregateArgumentChecks.floatDecimals(function, arguments)
        let argument = arguments[0]
        if function == .approxDistinct, let type = argument.type,
            type == .float || type == .narrow(.float32) || type == .tag
        {
            throw binder.unsupported("Support for 'approx_distinct' for data type \(ArrowTypeName.of(type))")
        }
        var window = make(
            .aggregate(function, distinct: distinct), argument.expr, function.resultType(argument.type))
        window.argumentType = argument.type
        window.secondArgument = arguments.count > 1 ? arguments[1].expr : nil
        if OrderedSetAggregates.functions.contains(function) {
            try AggregateArgumentChecks.check(function, arguments, rawName: rawName, distinct: distinct)
            var aggregate = AggregateExpr(function: function, argument: argument.expr, argumentType: argument.type)
            try OrderedSetAggregates.configure(&aggregate, arguments, rawName: rawName, descending: false)
            window.secondArgument = aggregate.secondArgument
            window.parameter = aggregate.parameter
            window.digestMaxSize = aggregate.digestMaxSize
        }
        let names = arguments.map(\.nestedName).joined(separator: ", ")
        return Bound(window: window, name: "\(rawName)(\(distinct ? "DISTINCT " : "")\(names))")
    }

    /// `derivative(value, unit, time)`: the unit must be a constant interval of fixed length.
    private func derivative(_ arguments: [BoundExpression], nonNegative: Bool, name: String) throws(KernelError)
        -> Bound
    {
        guard case .literal(.interval(let interval)) = ConstantFolding.fold(arguments[1].expr),
            let unit = interval.fixedNanoseconds, unit > 0
        else {
            throw KernelError(.invalidInput, "Error during planning: derivative expects a positive interval unit")
        }
        guard arguments[2].type == .time else {
            throw KernelError(.invalidInput, "Error during planning: derivative expects a timestamp third argument")
        }
        var window = make(
            .derivative(unitNanoseconds: Double(unit), nonNegative: nonNegative), arguments[0].expr, .float)
        window.argumentType = arguments[0].type
        window.secondArgument = arguments[2].expr
        return Bound(window: window, name: name)
    }

    private func make(_ function: WindowFunction, _ argument: PhysicalExpr?, _ type: ValueType) -> WindowExpr {
        WindowExpr(
            function: function, argument: argument, argumentType: nil, partitionBy: [], orderBy: [],
            frame: .wholePartition, resultType: type)
    }

    private func constant(_ argument: BoundExpression, what: String) throws(KernelError) -> ScalarValue {
        guard let value = ConstantFolding.constant(argument.expr) else {
            throw KernelError(.invalidInput, "Error during planning: \(what) expects a constant argument")
        }
        return value
    }

    private func integer(_ argument: BoundExpression, what: String) throws(KernelError) -> Int64 {
        switch try constant(argument, what: what) {
        case .integer(let v): return v
        case .uinteger(let v): return Int64(clamping: v)
        default:
            throw KernelError(.invalidInput, "Error during planning: \(what) expects an integer argument")
        }
    }

    private func wrongArguments(_ name: String, _ count: Int) -> KernelError {
        KernelError(
            .invalidInput, "Error during planning: \(name) does not support \(count) arguments")
    }
}
