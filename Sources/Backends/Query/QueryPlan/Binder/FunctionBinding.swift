import Kernel
import QueryExec
import SQL

/// Function calls: scalar functions bind to `ScalarFunction`s, `now()` folds to the query's
/// instant, aggregates are recognised (`AggregateNames`) but planned by the select binder.
struct FunctionBinding {
    let binder: ExpressionBinder

    static let aliases: [String: String] = [
        "datetrunc": "date_trunc", "datepart": "date_part", "char_length": "character_length",
        "date_format": "to_char", "pow": "power", "instr": "strpos",
        "substring_index": "substr_index",
    ]

    func bind(_ call: FunctionCall) throws(KernelError) -> BoundExpression {
        let rawName = call.name.baseName.lowercased()
        let name = Self.aliases[rawName] ?? ArrayFunctions.aliases[rawName] ?? rawName
        if call.over != nil {
            throw KernelError(
                .invalidInput, "Error during planning: Window function \(rawName) is not allowed in this clause")
        }
        if AggregateNames.function(named: name) != nil {
            throw KernelError(
                .invalidInput,
                "Error during planning: Aggregate function \(name) is not allowed here (no GROUP BY context)"
            )
        }
        switch name {
        case "now", "current_timestamp":
            let value = ScalarValue.timestamp(binder.scope.nowNanoseconds)
            return BoundExpression(.literal(value), type: .time, name: "now()")
        case "current_time":
            // DataFusion's Time64(ns): the UTC time of day of the query's instant.
            let nanoseconds = binder.scope.nowNanoseconds.flooredRemainder(dividingBy: DateFunctions.nanosecondsPerDay)
            return BoundExpression(.literal(.time64(nanoseconds)), type: .time64, name: "current_time()")
        case "current_date", "today":
            let days = binder.scope.nowNanoseconds.flooredDivision(by: DateFunctions.nanosecondsPerDay)
            return BoundExpression(.literal(.date(Int32(clamping: days))), type: .date, name: "current_date()")
        case "locf", "interpolate":
            // Gap-fill markers: the value is the wrapped aggregate's; `GapFillPlanning` fills it.
            guard call.arguments.count == 1, case .expr(let inner) = call.arguments[0] else {
                throw KernelError(.invalidInput, "Error during planning: \(rawName) expects one aggregate argument")
            }
            let bound = try binder.bind(inner)
            return BoundExpression(bound.expr, type: bound.type, name: "\(rawName)(\(bound.name))")
        case "date_bin_gapfill", "date_bin_wallclock_gapfill":
            // Bins like the function without `_gapfill`; `GapFillPlanning` adds the missing ones.
            let base = String(name.dropLast("_gapfill".count))
            var renamed = call
            renamed.name = ObjectName([Identifier(base)])
            let bound = try bind(renamed)
            return BoundExpression(bound.expr, type: bound.type, name: name + bound.name.dropFirst(base.count))
        default:
            break
        }
        if name == "arrow_typeof" || name == "arrow_cast" || name == "tz" || TimeFunctionBinding.names.contains(name) {
            let arguments = try boundArguments(call, rawName: rawName)
            if name == "tz" { return try ArrowFunctions.tz(arguments, rawName: rawName) }
            if TimeFunctionBinding.names.contains(name) { return try TimeFunctionBinding.bind(name, arguments) }
            return try ArrowFunctions.bind(name, arguments, rawName: rawName)
        }
        if MapBinding.names.contains(name) {
            let arguments = try boundArguments(call, rawName: rawName)
            return try MapBinding.bind(name, arguments)
        }
        guard let function = ScalarFunction(rawValue: name) else {
            throw KernelError(.invalidInput, "Error during planning: Invalid function '\(rawName)'")
        }
        let arguments = try boundArguments(call, rawName: rawName)
        if NestedFunctions.handles(function) { return try NestedBinding.bind(function, arguments, rawName: rawName) }
        try ScalarSignatures.check(function, arguments.map(\.type), rawName: rawName)
        return Self.typedCall(function, arguments, rawName: rawName)
    }

    /// The call with its result type. Kernels compute on the wide storage; a cast labels (and
    /// bounds) a narrow result, and gives the COALESCE family of narrow arguments their common type.
    static func typedCall(_ function: ScalarFunction, _ arguments: [BoundExpression], rawName: String)
        -> BoundExpression
    {
        var type = function.resultType(arguments.map(\.type))
        if function == .datePart, case .literal(.string(let part))? = arguments.first?.expr {
            type = NarrowFunctionTypes.datePartType(part)
        }
        if function == .round, case .decimal(let decimal)? = arguments.first?.type {
            type = DecimalMath.roundType(
                decimal, digits: arguments.count > 1 ? arguments[1].expr : .literal(.integer(0)))
        }
        let display = "\(rawName)(\(arguments.map(\.nestedName).joined(separator: ",")))"
        // Concatenation prints a Float32 with its own digits (`39.482`), which its wide value
        // no longer knows.
        let operands = arguments.map { argument in
            [.concat, .concatWs].contains(function) && argument.type == .narrow(.float32)
                ? PhysicalExpr.cast(argument.expr, .string) : argument.expr
        }
        var expr = PhysicalExpr.function(function, operands)
        if type.storage != type || type.isDecimal
            || arguments.contains(where: { $0.type.map { $0.storage != $0 } ?? false })
        {
            expr = .cast(expr, type)
        }
        return BoundExpression(expr, type: type, name: display)
    }
}

extension FunctionBinding {
    /// The call's arguments bound in order (`f(*)` is refused).
    func boundArguments(_ call: FunctionCall, rawName: String) throws(KernelError) -> [BoundExpression] {
        var arguments: [BoundExpression] = []
        for argument in call.arguments {
            guard case .expr(let expr) = argument else { throw binder.unsupported("\(rawName) with * arguments") }
            arguments.append(try binder.bind(expr))
        }
        return arguments
    }
}

/// Which function names are aggregates, and their canonical function.
enum AggregateNames {
    static func function(named name: String) -> AggregateFunction? {
        switch name {
        case "mean": .avg
        case "stddev_samp": .stddev
        case "var_samp", "variance", "var_sample": .variance
        case "var_population": .variancePop
        case "covar": .covarSamp
        case "quantile_cont": .percentileCont
        default: AggregateFunction(rawValue: name)
        }
    }

    /// Whether an AST expression contains an aggregate call (outside subqueries).
    static func contains(_ expr: SQL.Expr) -> Bool {
        var found = false
        ASTWalker.visit(expr) { node in
            if case .function(let call) = node, call.over == nil,
                function(named: call.name.baseName.lowercased()) != nil
            {
                found = true
            }
        }
        return found
    }

    /// The aggregate calls in an expression, outermost first, each once.
    static func calls(in expr: SQL.Expr) -> [FunctionCall] {
        var calls: [FunctionCall] = []
        ASTWalker.visit(expr, descendIntoAggregates: false) { node in
            if case .function(let call) = node, call.over == nil,
                function(named: call.name.baseName.lowercased()) != nil,
                !calls.contains(call)
            {
                calls.append(call)
            }
        }
        return calls
    }
}

/// Visits the sub-expressions of an AST expression (not into subqueries).
enum ASTWalker {
    static func visit(_ expr: SQL.Expr, descendIntoAggregates: Bool = true, _ body: (SQL.Expr) -> Void) {
        body(expr)
        if !descendIntoAggregates, case .function(let call) = expr,
            AggregateNames.function(named: call.name.baseName.lowercased()) != nil, call.over == nil
        {
            return
        }
        for child in children(expr) { visit(child, descendIntoAggregates: descendIntoAggregates, body) }
    }

    static func children(_ expr: SQL.Expr) -> [SQL.Expr] {
        switch expr {
        case .unary(_, let e), .nested(let e), .cast(let e, _, _), .extract(_, let e): return [e]
        case .binary(let l, _, let r): return [l, r]
        case .isTest(let e, let test, _):
            if case .distinctFrom(let other) = test { return [e, other] }
            return [e]
        case .inList(let e, let list, _): return [e] + list
        case .between(let e, _, let low, let high): return [e, low, high]
        case .like(let e, _, _, let pattern, _): return [e, pattern]
        case .caseWhen(let c):
            return (c.operand.map { [$0] } ?? []) + c.branches.flatMap { [$0.condition, $0.result] }
                + (c.elseResult.map { [$0] } ?? [])
        case .function(let call):
            var window: [SQL.Expr] = []
            if case .spec(let spec) = call.over { window = spec.partitionBy + spec.orderBy.map(\.expr) }
            return call.arguments.compactMap { if case .expr(let e) = $0 { e } else { nil } }
                + (call.filter.map { [$0] } ?? []) + window
        case .atTimeZone(let e, let zone): return [e, zone]
        case .quantifiedComparison(let left, _, _, let right): return [left, right]
        case .subscripted(let e, _): return [e]
        case .substring(let e, let from, let length, _):
            return [e] + (from.map { [$0] } ?? []) + (length.map { [$0] } ?? [])
        case .position(let a, let b): return [a, b]
        case .trim(let e, _, let characters): return [e] + (characters.map { [$0] } ?? [])
        case .tuple(let items), .array(let items, _): return items
        case .map(let entries): return entries.flatMap { [$0.key, $0.value] }
        default: return []
        }
    }
}
