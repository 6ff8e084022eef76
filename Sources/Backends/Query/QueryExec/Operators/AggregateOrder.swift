import Kernel

/// The order of aggregate values (min/max, median): numbers, strings, booleans, and timestamps
/// and durations of any unit by their nanoseconds.
extension AggregateAccumulator {
    static func order(_ a: ScalarValue, _ b: ScalarValue) -> Int {
        switch (a, b) {
        case (.float(let x), .float(let y)): Comparison.compareFloats(x, y)
        case (.integer(let x), .integer(let y)): Comparison.compare(x, y)
        case (.uinteger(let x), .uinteger(let y)): Comparison.compare(x, y)
        case (.string(let x), .string(let y)): Comparison.compare(x, y)
        case (.boolean(let x), .boolean(let y)): Comparison.compare(x ? 1 : 0, y ? 1 : 0)
        case (.decimal(let x, _), .decimal(let y, _)): Comparison.compare(x, y)
        default:
            if let x = a.temporalNanoseconds, let y = b.temporalNanoseconds { Comparison.compare(x, y) } else { 0 }
        }
    }

    static func median(_ values: [ScalarValue]) -> ScalarValue {
        guard !values.isEmpty else { return .null }
        if case .decimal = values[0] { return DecimalAggregates.median(values) }
        let sorted = values.sorted { order($0, $1) < 0 }
        let middle = sorted.count / 2
        guard sorted.count % 2 == 0 else { return MathFunctionsBridge.asFloat(sorted[middle]) }
        switch (sorted[middle - 1], sorted[middle]) {
        case (.float(let a), .float(let b)): return .float((a + b) / 2)
        case (.integer(let a), .integer(let b)): return .float((Double(a) + Double(b)) / 2)
        case (.uinteger(let a), .uinteger(let b)): return .float((Double(a) + Double(b)) / 2)
        default: return sorted[middle]
        }
    }
}
