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
    /// Days since the epoch (Arrow `Date32`).
    case date(Int32)
    /// A struct's field values in the order of its type's fields.
    case structure([ScalarValue])
    /// A list's items.
    case list([ScalarValue])

    /// The column type a column of this value has; nil for NULL, intervals, structs and lists
    /// (whose type the value alone does not give).
    public var columnType: ValueType? {
        switch self {
        case .null, .interval, .structure, .list: nil
        case .date: .date
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
