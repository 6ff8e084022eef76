import Kernel

/// A single typed value: SQL literals, bound `$parameters`, constant-folded results and the
/// values of one row of a group key.
public enum ScalarValue: Sendable, Hashable {
    case null
    case boolean(Bool)
    case integer(Int64)
    case uinteger(UInt64)
    case float(Double)
    case string(String)
    /// Nanoseconds since the epoch, no time zone (Arrow `Timestamp(ns)`).
    case timestamp(Int64)
    case interval(IntervalValue)

    /// The column type a column of this value has; nil for NULL and intervals (no column type).
    public var columnType: ColumnType? {
        switch self {
        case .null, .interval: nil
        case .boolean: .boolean
        case .integer: .integer
        case .uinteger: .uinteger
        case .float: .float
        case .string: .string
        case .timestamp: .time
        }
    }

    public var isNull: Bool { self == .null }
}

/// An SQL interval (Arrow `Interval(MonthDayNano)`): months and days are calendar units and are
/// kept apart from the fixed nanoseconds.
public struct IntervalValue: Sendable, Hashable {
    public var months: Int32
    public var days: Int32
    public var nanoseconds: Int64

    public init(months: Int32 = 0, days: Int32 = 0, nanoseconds: Int64 = 0) {
        self.months = months
        self.days = days
        self.nanoseconds = nanoseconds
    }

    /// The interval as a fixed number of nanoseconds when it has no months (days count 24 h).
    public var fixedNanoseconds: Int64? {
        guard months == 0 else { return nil }
        return Int64(days) * 86_400_000_000_000 + nanoseconds
    }
}
