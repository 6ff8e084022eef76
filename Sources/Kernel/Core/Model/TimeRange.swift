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

extension Int64 {
    /// The remainder of dividing by a positive `divisor`, always in `0..<divisor` (time windows
    /// and bins floor, also before 1970).
    @inlinable public func flooredRemainder(dividingBy divisor: Int64) -> Int64 {
        let remainder = self % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }
}
