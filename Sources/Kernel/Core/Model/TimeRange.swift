/// A half-open range of nanosecond timestamps `[startNanoseconds, endNanoseconds)` used to prune
/// chunks in scans.
public struct TimeRange: Sendable, Hashable {
    public var startNanoseconds: Int64
    public var endNanoseconds: Int64

    public init(startNanoseconds: Int64, endNanoseconds: Int64) {
        self.startNanoseconds = startNanoseconds
        self.endNanoseconds = endNanoseconds
    }

    /// Every representable timestamp.
    public static let all = TimeRange(startNanoseconds: .min, endNanoseconds: .max)

    public func contains(_ nanoseconds: Int64) -> Bool {
        nanoseconds >= startNanoseconds && (nanoseconds < endNanoseconds || endNanoseconds == .max)
    }

    /// Whether `[minNanoseconds, maxNanoseconds]` (inclusive) intersects this range.
    public func overlaps(minNanoseconds: Int64, maxNanoseconds: Int64) -> Bool {
        maxNanoseconds >= startNanoseconds && (minNanoseconds < endNanoseconds || endNanoseconds == .max)
    }
}
