import Kernel
import QueryExec

/// `generate_series`/`range` over timestamps or dates with an interval step (DataFusion 55's
/// table functions answer `Timestamp(ns)` values for both): the list of values, built by
/// adding the step with the engine's own timestamp + interval arithmetic.
enum TemporalSeries {
    /// The series as a list literal, or nil when the arguments are not temporal.
    static func list(_ function: String, _ values: [ScalarValue]) throws(KernelError) -> BoundExpression? {
        guard values.count == 3, let start = nanoseconds(values[0]), let end = nanoseconds(values[1]),
            case .interval(let step) = values[2]
        else { return nil }
        guard step != IntervalValue(months: 0, days: 0, nanoseconds: 0) else {
            throw KernelError(.invalidInput, "Error during planning: Step interval cannot be zero")
        }
        let inclusive = function == "generate_series"
        var items: [ScalarValue] = []
        var current = start
        let forward = step.months > 0 || step.days > 0 || (step.months == 0 && step.days == 0 && step.nanoseconds > 0)
        while forward ? (inclusive ? current <= end : current < end) : (inclusive ? current >= end : current > end) {
            guard items.count < maximumLength else {
                throw KernelError(
                    .invalidInput, "Execution error: \(function) would build more than \(maximumLength) values")
            }
            items.append(.timestamp(current))
            let next = ConstantFolding.fold(.binary(.plus, .literal(.timestamp(current)), .literal(.interval(step))))
            guard case .literal(.timestamp(let value)) = next, value != current else { break }
            current = value
        }
        let type = ValueType.list([ValueField(name: "item", type: .time)])
        return BoundExpression(.literal(.list(ScalarValues(items))), type: type, name: function)
    }

    /// Longest series built (as the list functions `range`/`generate_series`).
    static let maximumLength = 10_000_000

    private static func nanoseconds(_ value: ScalarValue) -> Int64? {
        switch value {
        case .timestamp(let t): t
        case .date(let days): Int64(days) * 86_400_000_000_000
        default: nil
        }
    }
}
