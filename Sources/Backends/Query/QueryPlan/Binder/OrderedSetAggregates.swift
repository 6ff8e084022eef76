import Kernel
import QueryExec
import SQL

/// DataFusion 55's ordered-set aggregates: `percentile_cont(p) WITHIN GROUP (ORDER BY x)`,
/// `approx_percentile_cont(p [, max_size]) WITHIN GROUP (...)` and
/// `approx_percentile_cont_with_weight(w, p [, max_size]) WITHIN GROUP (...)`. The ordering
/// expression becomes the first argument (the older `f(x, p ...)` forms stay), a descending
/// ordering reads the percentile `1 - p`, and the literal arguments go into the aggregate's
/// parameters.
enum OrderedSetAggregates {
    /// The `WITHIN GROUP` ordering of a call, bound: its expression (the aggregate's first
    /// argument), whether it descends, and its display name (`t.v ASC NULLS LAST`).
    struct Clause {
        var argument: BoundExpression
        var descending: Bool
        var name: String
    }

    static let functions: [AggregateFunction] = [
        .percentileCont, .approxPercentileCont, .approxPercentileContWithWeight,
    ]

    /// The bound `WITHIN GROUP` clause of `call`, nil without one; refused where DataFusion refuses.
    static func clause(_ call: FunctionCall, _ function: AggregateFunction, binder: ExpressionBinder)
        throws(KernelError) -> Clause?
    {
        guard !call.withinGroup.isEmpty else { return nil }
        guard functions.contains(function) else {
            throw KernelError(
                .invalidInput,
                "Error during planning: WITHIN GROUP is only supported for ordered-set aggregate functions")
        }
        guard call.withinGroup.count == 1 else {
            throw KernelError(
                .notImplemented,
                "This feature is not implemented: Only a single ordering expression is permitted in a WITHIN GROUP clause"
            )
        }
        let (keys, names) = try WindowBinding.sortKeys(call.withinGroup, binder: binder)
        let argument = try binder.bind(call.withinGroup[0].expr)
        return Clause(argument: argument, descending: !keys[0].ascending, name: names[0])
    }

    /// How many arguments (the ordering expression counted) each function takes.
    static func argumentCounts(_ function: AggregateFunction) -> ClosedRange<Int> {
        switch function {
        case .approxPercentileCont: 2...3
        case .approxPercentileContWithWeight: 3...4
        case .percentileCont, .nthValue: 2...2
        default: function.takesTwoArguments ? 2...2 : 1...1
        }
    }

    /// Refuses a percentile aggregate called with the wrong number of arguments, as DataFusion's
    /// signature check does (a planning error).
    static func checkCount(_ function: AggregateFunction, _ count: Int, rawName: String) throws(KernelError) {
        let counts = argumentCounts(function)
        guard functions.contains(function), !counts.contains(count) else { return }
        let expected = counts.map(String.init).joined(separator: " or ")
        throw KernelError(
            .invalidInput,
            "Error during planning: Function '\(rawName)' expects \(expected) arguments but received \(count)")
    }

    /// Sets the percentile (flipped for a descending ordering), the weight column and the
    /// digest size of a percentile aggregate from its bound arguments.
    static func configure(
        _ aggregate: inout AggregateExpr, _ arguments: [BoundExpression], rawName: String, descending: Bool
    ) throws(KernelError) {
        let weighted = aggregate.function == .approxPercentileContWithWeight
        if weighted { aggregate.secondArgument = arguments[1].expr }
        let label = aggregate.function == .percentileCont ? "PERCENTILE_CONT" : "APPROX_PERCENTILE_CONT"
        let p = try percentile(arguments[weighted ? 2 : 1], label: label)
        aggregate.parameter = .float(descending ? 1 - p : p)
        let sizeIndex = weighted ? 3 : 2
        if arguments.count > sizeIndex { aggregate.digestMaxSize = try digestSize(arguments[sizeIndex], label: label) }
    }

    /// A percentile argument: a numeric literal in [0, 1], as DataFusion's `validate_percentile_expr`.
    static func percentile(_ argument: BoundExpression, label: String) throws(KernelError) -> Double {
        guard case .literal(let literal) = argument.expr else {
            throw KernelError(
                .invalidInput, "Error during planning: Percentile value for '\(label)' must be a literal")
        }
        let value: Double
        switch literal {
        case .float(let p): value = p
        case .integer(let p): value = Double(p)
        case .uinteger(let p): value = Double(p)
        default:
            throw KernelError(
                .invalidInput,
                "Error during planning: Percentile value for '\(label)' must be Float32 or Float64 literal (got data type \(argument.type.map(ArrowTypeName.of) ?? "Null"))"
            )
        }
        guard (0...1).contains(value) else {
            throw KernelError(
                .invalidInput,
                "Error during planning: Percentile value must be between 0.0 and 1.0 inclusive, \(rustDisplay(value)) is invalid"
            )
        }
        return value
    }

    /// The t-digest size argument: a literal integer above 0 (a float literal is truncated).
    static func digestSize(_ argument: BoundExpression, label: String) throws(KernelError) -> Int {
        guard case .literal(let literal) = argument.expr else {
            throw KernelError(
                .invalidInput, "Error during planning: Tdigest max_size value for '\(label)' must be a literal")
        }
        let size: Int? =
            switch literal {
            case .integer(let n) where n > 0: Int(n)
            case .uinteger(let n) where n > 0 && n <= UInt64(Int.max): Int(n)
            case .float(let n) where n >= 1 && n < 1e18: Int(n)
            default: nil
            }
        guard let size else {
            throw KernelError(
                .invalidInput,
                "Error during planning: Tdigest max_size value for '\(label)' must be UInt > 0 literal (got data type \(argument.type.map(ArrowTypeName.of) ?? "Null"))."
            )
        }
        return size
    }

    /// The output name: `f(args) [FILTER (...)] WITHIN GROUP [x ASC NULLS LAST]`, the ordering
    /// expression left out of the arguments. The `quantile_cont` alias prints every argument
    /// and nothing else (no DISTINCT, FILTER or WITHIN GROUP), in either form, as DataFusion 55 does.
    static func name(
        rawName: String, arguments: [BoundExpression], clause: Clause?, distinct: Bool, filterName: String
    ) -> String {
        guard let clause, rawName != "quantile_cont" else {
            return "\(rawName)(\(arguments.map(\.nestedName).joined(separator: ",")))"
        }
        let names = arguments.dropFirst().map(\.nestedName).joined(separator: ",")
        return "\(rawName)(\(distinct ? "DISTINCT " : "")\(names))\(filterName) WITHIN GROUP [\(clause.name)]"
    }

    /// Rust's `Display` of an f64 (`1.5`, `-0.1`, `2`).
    private static func rustDisplay(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e16 ? String(Int64(value)) : "\(value)"
    }
}
