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
