/// The unit of timestamps in a line protocol body. `auto` (the v3 default) guesses the unit of
/// each line from the magnitude of its timestamp.
public enum Precision: Sendable, Hashable {
    case auto
    case nanosecond
    case microsecond
    case millisecond
    case second

    /// Parses the `precision` parameter. v3 accepts `auto` plus the long and short names; v1 and
    /// v2 accept the same names without `auto` (the caller decides whether `auto` is allowed).
    public init?(parameter: String) {
        switch parameter {
        case "auto": self = .auto
        case "nanosecond", "ns", "n": self = .nanosecond
        case "microsecond", "us", "u", "µ": self = .microsecond
        case "millisecond", "ms": self = .millisecond
        case "second", "s": self = .second
        default: return nil
        }
    }

    /// Nanoseconds per unit; `auto` has no fixed multiplier.
    public var nanosecondsPerUnit: Int64? {
        switch self {
        case .auto: nil
        case .nanosecond: 1
        case .microsecond: 1_000
        case .millisecond: 1_000_000
        case .second: 1_000_000_000
        }
    }

    /// The unit `auto` picks for a timestamp: `|ts| / 1e9` below 5 means seconds, below 5,000
    /// milliseconds, below 5,000,000 microseconds, otherwise nanoseconds.
    public static func guess(for timestamp: Int64) -> Precision {
        let magnitude = timestamp.magnitude / 1_000_000_000
        if magnitude < 5 { return .second }
        if magnitude < 5_000 { return .millisecond }
        if magnitude < 5_000_000 { return .microsecond }
        return .nanosecond
    }

    /// The name InfluxDB prints in `out of range for precision` errors.
    public var displayName: String {
        switch self {
        case .auto: "Auto"
        case .nanosecond: "Nanosecond"
        case .microsecond: "Microsecond"
        case .millisecond: "Millisecond"
        case .second: "Second"
        }
    }

    /// Converts a timestamp in this precision to nanoseconds; nil when it overflows `Int64`.
    public func nanoseconds(from timestamp: Int64) -> Int64? {
        let unit = self == .auto ? Precision.guess(for: timestamp) : self
        guard let multiplier = unit.nanosecondsPerUnit else { return nil }
        let (value, overflow) = timestamp.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : value
    }

    /// The server time used for a line without a timestamp: `now` truncated down to a multiple of
    /// the unit (not truncated for `auto`).
    public func defaultTimestamp(nowNanoseconds: Int64) -> Int64 {
        guard self != .auto, let unit = nanosecondsPerUnit else { return nowNanoseconds }
        return nowNanoseconds - nowNanoseconds.flooredRemainder(dividingBy: unit)
    }
}
