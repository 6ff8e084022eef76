import Kernel

/// `percentile_cont`'s exact percentile, as DataFusion 55 computes it: the values (NULLs left
/// out) in total order, the rank `p * (n - 1)`, and between two ranks a linear interpolation
/// whose weight is cut to six decimals (DataFusion's `INTERPOLATION_PRECISION`).
enum ExactPercentile {
    static let interpolationPrecision = 1_000_000.0

    /// The percentile `p` (in [0, 1]) of `values`; nil when there are none.
    static func value(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        guard values.count > 1 else { return values[0] }
        let sorted = values.sorted { !$1.isTotallyOrdered(belowOrEqualTo: $0) }
        if p == 0 { return sorted[0] }
        if p == 1 { return sorted[sorted.count - 1] }
        let index = p * Double(sorted.count - 1)
        let lower = Int(index.rounded(.down))
        let upper = Int(index.rounded(.up))
        guard lower != upper else { return sorted[lower] }
        let fraction = index - Double(lower)
        let weight = (fraction * interpolationPrecision).rounded(.towardZero) / interpolationPrecision
        return sorted[lower] + (sorted[upper] - sorted[lower]) * weight
    }
}

extension AggregateAccumulator {
    /// `median(x)`: the middle value, or the mean of the two middle values, as Float64.
    static func median(_ values: [ScalarValue]) -> ScalarValue {
        guard !values.isEmpty else { return .null }
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
