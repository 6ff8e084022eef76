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
    /// UTC nanoseconds shown in a time zone (Arrow `Timestamp(ns, "<zone>")`).
    case zonedTimestamp(Int64, TimeZoneRules)
    case interval(IntervalValue)
    /// Days since the epoch (Arrow `Date32`).
    case date(Int32)
    /// Nanoseconds since midnight (`current_time()`, Arrow `Time64(Nanosecond)`).
    case time64(Int64)
    case binary([UInt8])
    /// A struct's field values in the order of its type's fields.
    case structure(ScalarValues)
    /// A list's items.
    case list(ScalarValues)
    /// A `Timestamp(s|ms|µs[, zone])`: nanoseconds since the epoch, truncated to the unit.
    case coarseTimestamp(Int64, TimeUnit, TimeZoneRules?)
    /// A `Duration(unit)`: nanoseconds, truncated to the unit.
    case duration(Int64, TimeUnit)
    /// A `Time32(s|ms)` or `Time64(µs)`: nanoseconds since midnight, truncated to the unit.
    case coarseTimeOfDay(Int64, TimeUnit)
    /// An unscaled Decimal128 value and its type.
    case decimal(Int128, DecimalType)

    /// The column type a column of this value has; nil for NULL, structs and lists (whose type
    /// the value alone does not give).
    public var columnType: ValueType? {
        switch self {
        case .null, .structure, .list: nil
        case .interval: .interval
        case .date: .date
        case .time64: .time64
        case .binary: .binary
        case .decimal(_, let type): .decimal(type)
        case .boolean: .boolean
        case .integer: .integer
        case .uinteger: .uinteger
        case .float: .float
        case .string: .string
        case .timestamp: .time
        case .zonedTimestamp(_, let zone): .zonedTime(zone)
        case .coarseTimestamp(_, let unit, let zone): .coarseTime(unit, zone)
        case .duration(_, let unit): .duration(unit)
        case .coarseTimeOfDay(_, let unit): .coarseTimeOfDay(unit)
        }
    }

    /// A value of the timestamp or duration `type` holding `nanoseconds` (nil for other types).
    public static func temporal(_ nanoseconds: Int64, type: ValueType) -> ScalarValue? {
        switch type {
        case .time: .timestamp(nanoseconds)
        case .zonedTime(let zone): .zonedTimestamp(nanoseconds, zone)
        case .coarseTime(let unit, let zone): .coarseTimestamp(nanoseconds, unit, zone)
        case .duration(let unit): .duration(nanoseconds, unit)
        case .time64: .time64(nanoseconds)
        case .coarseTimeOfDay(let unit): .coarseTimeOfDay(nanoseconds, unit)
        default: nil
        }
    }

    /// A coarse timestamp as the nanosecond timestamp it holds (other values unchanged), for
    /// the functions whose answer does not depend on the unit.
    public var asNanosecondTimestamp: ScalarValue {
        guard case .coarseTimestamp(let v, _, let zone) = self else { return self }
        return zone.map { .zonedTimestamp(v, $0) } ?? .timestamp(v)
    }

    /// The nanoseconds of a timestamp, duration or `Time64` value (nil for others).
    public var temporalNanoseconds: Int64? {
        switch self {
        case .timestamp(let v), .zonedTimestamp(let v, _), .coarseTimestamp(let v, _, _), .duration(let v, _),
            .time64(let v), .coarseTimeOfDay(let v, _):
            v
        default: nil
        }
    }

    public var isNull: Bool { self == .null }
}

/// The values inside a struct or list scalar. A class, so that `ScalarValue` does not contain
/// itself by value (a recursive value type is laid out at run time, and every copy of every
/// scalar, which aggregation makes per row, would go through value witnesses).
public final class ScalarValues: Sendable, Hashable, RandomAccessCollection, ExpressibleByArrayLiteral {
    public let values: [ScalarValue]

    public init(_ values: [ScalarValue]) {
        self.values = values
    }

    public convenience init(arrayLiteral values: ScalarValue...) {
        self.init(values)
    }

    public var startIndex: Int { values.startIndex }
    public var endIndex: Int { values.endIndex }
    public subscript(position: Int) -> ScalarValue { values[position] }

    public static func == (left: ScalarValues, right: ScalarValues) -> Bool {
        left === right || left.values == right.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(values)
    }
}
