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
        ]
        if numeric.contains(function), let type = arguments[0].type, type.storedType == nil {
            throw KernelError(
                .invalidInput,
                "Error during planning: Function '\(function.rawValue)' requires a numeric argument, but received \(ArrowTypeName.of(type))"
            )
        }
        if function == .approxPercentileCont {
            guard case .literal(let literal) = arguments[1].expr, case .float(let p) = literal, (0...1).contains(p)
            else {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: Percentile value must be between 0.0 and 1.0 inclusive, \(arguments[1].name) is invalid"
                )
            }
        }
        if function == .arrayAgg, distinct {
            throw KernelError(.notImplemented, "This feature is not implemented: array_agg(DISTINCT ...)")
        }
        if function == .approxDistinct, let type = arguments[0].type, type == .float || type == .tag {
            throw KernelError(
                .notImplemented,
                "This feature is not implemented: Support for 'approx_distinct' for data type \(ArrowTypeName.of(type)) is not implemented"
            )
        }
    }
}
