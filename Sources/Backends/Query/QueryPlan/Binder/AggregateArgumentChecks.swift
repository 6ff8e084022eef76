import Kernel
import QueryExec
import SQL

/// The argument rules of aggregates beyond their count, each with DataFusion's (or IOx's)
/// planning error: selectors need a timestamp, numeric aggregates refuse the result-only types,
/// a percentile is a literal in [0, 1], and the combinations not implemented say so.
enum AggregateArgumentChecks {
    static func check(
        _ function: AggregateFunction, _ arguments: [BoundExpression], rawName: String, distinct: Bool
    ) throws(KernelError) {
        if [.selectorFirst, .selectorLast, .selectorMin, .selectorMax].contains(function), arguments[1].type != .time {
            throw KernelError(
                .invalidInput,
                "Error during planning: \(rawName) requires a timestamp as its second argument, got \(arguments[1].type.map(ArrowTypeName.of) ?? "Null")"
            )
        }
        let numeric: [AggregateFunction] = [
            .sum, .avg, .stddev, .stddevPop, .variance, .variancePop, .median, .approxPercentileCont, .approxMedian,
            .approxPercentileContWithWeight,
        ]
        try DecimalAggregates.checkArgument(function, arguments[0].type)
        // sum and avg of durations answer a Duration in DataFusion; decimals sum, average and take
        // medians as decimals and the statistics as Float64.
        if numeric.contains(function), let type = arguments[0].type, type.storage.storedType == nil || type == .time,
            !((function == .sum || function == .avg) && type.isDuration),
            !(type.isDecimal
                && (function == .sum || function == .avg || function == .median
                    || DecimalAggregates.computesInFloat64(function)))
        {
            throw KernelError(
                .invalidInput,
                "Error during planning: Function '\(function.rawValue)' requires a numeric argument, but received \(ArrowTypeName.of(type))"
            )
        }
        if function == .approxPercentileContWithWeight,
            let type = arguments[0...1].compactMap(\.type).first(where: { !NumericCoercion.isNumeric($0) })
        {
            throw KernelError(
                .invalidInput,
                "Error during planning: Function '\(function.rawValue)' requires Float, but received \(ArrowTypeName.of(type))"
            )
        }
        try checkMapsAndPercentiles(function, arguments)
        if [.bitAnd, .bitOr, .bitXor].contains(function), let type = arguments[0].type,
            type.storage != .integer, type.storage != .uinteger
        {
            let typeName = ArrowTypeName.of(type)
            throw KernelError(
                .invalidInput,
                "Error during planning: Function '\(function.rawValue)' requires Integer, but received \(typeName) (DataType: \(typeName))."
            )
        }
        if distinct, function == .approxPercentileContWithWeight {
            throw KernelError(
                .notImplemented,
                "This feature is not implemented: \(function.rawValue)(DISTINCT) aggregations are not available")
        }
        if function == .approxDistinct, let type = arguments[0].type,
            type == .float || type == .narrow(.float32) || type == .tag
        {
            throw KernelError(
                .notImplemented,
                "This feature is not implemented: Support for 'approx_distinct' for data type \(ArrowTypeName.of(type)) is not implemented"
            )
        }
    }

    /// `count(a, b, ...)`: one argument that is 1 where every argument is non-NULL (DataFusion
    /// counts those rows), named by the arguments joined with `separator`. DISTINCT is refused.
    static func countEvery(_ arguments: [BoundExpression], distinct: Bool, separator: String) throws(KernelError)
        -> BoundExpression
    {
        guard !distinct else {
            throw KernelError(
                .notImplemented, "This feature is not implemented: COUNT DISTINCT with multiple arguments")
        }
        let present = arguments.map { PhysicalExpr.isNull($0.expr, negated: true) }
        let condition = present.dropFirst().reduce(present[0]) { .binary(.and, $0, $1) }
        let name = arguments.map(\.nestedName).joined(separator: separator)
        return BoundExpression(
            .caseWhen([CaseBranch(condition: condition, result: .literal(.integer(1)))], otherwise: nil),
            type: .integer, name: name)
    }

    /// `IGNORE NULLS` / `RESPECT NULLS` only on the aggregates DataFusion allows them on.
    static func checkNullTreatment(_ call: FunctionCall, _ function: AggregateFunction, rawName: String)
        throws(KernelError)
    {
        guard call.nullTreatment != nil, ![.firstValue, .lastValue, .arrayAgg].contains(function) else { return }
        throw KernelError(
            .invalidInput, "Error during planning: [IGNORE | RESPECT] NULLS are not permitted for \(rawName)")
    }

    /// min/max refuse maps; percentiles need a number.
    private static func checkMapsAndPercentiles(_ function: AggregateFunction, _ arguments: [BoundExpression])
        throws(KernelError)
    {
        if function == .min || function == .max, let type = arguments[0].type, type.mapKeyAndValue != nil {
            throw KernelError(
                .internalError,
                "Internal error: Min/Max accumulator not implemented for type \(ArrowTypeName.of(type)).\nThis issue "
                    + "was likely caused by a bug in DataFusion's code. Please help us to resolve this by filing a bug "
                    + "report in our issue tracker: https://github.com/apache/datafusion/issues")
        }
        if [.percentileCont, .approxPercentileCont].contains(function), let type = arguments[0].type,
            ![.integer, .uinteger, .float].contains(type.storage), !type.isDecimal
        {
            let typeName = ArrowTypeName.of(type)
            let logical = type == .string || type == .tag ? "String" : typeName
            var message =
                "Error during planning: Function '\(function.rawValue)' requires Float, but received \(logical) (DataType: \(typeName))."
            if function == .percentileCont {
                message +=
                    ". No function matches the given name and argument types 'percentile_cont(\(typeName), Float64)'. You might need to add explicit type casts.\n\tCandidate functions:\n\tpercentile_cont(expr: Float, percentile: Float64)"
            }
            throw KernelError(.invalidInput, message)
        }
    }

    /// The aggregates that read an `ORDER BY` inside the call.
    static let ordered: [AggregateFunction] = [.firstValue, .lastValue, .arrayAgg, .stringAgg, .nthValue, .anyValue]

    /// With DISTINCT, every `ORDER BY` expression must be an argument (DataFusion's rule).
    /// `string_agg` casts a tag argument to a string first, so its tag never matches.
    static func checkDistinctOrdering(_ keys: [SortKey], _ arguments: [BoundExpression], _ function: AggregateFunction)
        throws(KernelError)
    {
        // DataFusion 55 ignores DISTINCT in first_value/last_value/nth_value (no rule there).
        if [.firstValue, .lastValue, .nthValue].contains(function) { return }
        let argumentExprs = arguments.filter { function != .stringAgg || $0.type != .tag }.map(\.expr)
        guard keys.allSatisfy({ argumentExprs.contains($0.expression) }) else {
            throw KernelError(
                .invalidInput,
                "Execution error: In an aggregate with DISTINCT, ORDER BY expressions must appear in argument list")
        }
    }

    /// Decimal arguments of the statistical aggregates as Float64, as DataFusion coerces them
    /// (`stddev`, `var_pop`, `corr`, `approx_median`, ...); other arguments unchanged.
    static func floatDecimals(_ function: AggregateFunction, _ arguments: [BoundExpression]) -> [BoundExpression] {
        guard DecimalAggregates.computesInFloat64(function) else { return arguments }
        return arguments.map { argument in
            guard argument.type?.isDecimal == true else { return argument }
            var converted = argument
            converted.expr = .cast(argument.expr, .float)
            converted.type = .float
            return converted
        }
    }

    /// `nth_value`'s n: a non-zero integer literal, as DataFusion requires.
    static func nthValueIndex(_ argument: BoundExpression) throws(KernelError) -> ScalarValue {
        guard case .literal(let literal) = argument.expr, case .integer(let n) = literal else {
            throw KernelError(
                .notImplemented, "This feature is not implemented: nth_value not supported for n: \(argument.name)")
        }
        guard n != 0 else {
            throw KernelError(
                .invalidInput,
                "Internal error: Assertion failed: n != 0: Nth value indices are 1 based. 0 is invalid index."
            )
        }
        return literal
    }
}
