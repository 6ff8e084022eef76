import Kernel
import QueryExec

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
        if numeric.contains(function), let type = arguments[0].type, type.storage.storedType == nil,
            !(type.isDecimal
                && (function == .sum || function == .avg || function == .median
                    || DecimalAggregates.computesInFloat64(function)))
        {
            throw KernelError(
                .invalidInput,
                "Error during planning: Function '\(function.rawValue)' requires a numeric argument, but received \(ArrowTypeName.of(type))"
            )
        }
        if function == .approxPercentileCont { _ = try percentile(arguments[1]) }
        if function == .approxPercentileContWithWeight,
            let type = arguments[0...1].compactMap(\.type).first(where: { !NumericCoercion.isNumeric($0) })
        {
            throw KernelError(
                .invalidInput,
                "Error during planning: Function '\(function.rawValue)' requires Float, but received \(ArrowTypeName.of(type))"
            )
        }
        if function == .arrayAgg, distinct {
            throw KernelError(.notImplemented, "This feature is not implemented: array_agg(DISTINCT ...)")
        }
        if [.bitAnd, .bitOr, .bitXor].contains(function), let type = arguments[0].type,
            type.storage != .integer, type.storage != .uinteger
        {
            let typeName = ArrowTypeName.of(type)
            throw KernelError(
                .invalidInput,
                "Error during planning: Function '\(function.rawValue)' requires Integer, but received \(typeName) (DataType: \(typeName))."
            )
        }
        if function == .nthValue, distinct {
            throw KernelError(.notImplemented, "This feature is not implemented: nth_value(DISTINCT ...)")
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

    /// A percentile argument: a Float64 literal in [0, 1].
    static func percentile(_ argument: BoundExpression) throws(KernelError) -> ScalarValue {
        guard case .literal(let literal) = argument.expr, case .float(let p) = literal, (0...1).contains(p) else {
            throw KernelError(
                .invalidInput,
                "Error during planning: Percentile value must be between 0.0 and 1.0 inclusive, \(argument.name) is invalid"
            )
        }
        return literal
    }
}
