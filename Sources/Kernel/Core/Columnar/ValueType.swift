/// The type of a query result column: the storage types (`ColumnType`) plus the types only
/// queries produce (Arrow's `Date32`, `Interval(MonthDayNano)`, `Struct`, `List` and `Map`). The case
/// names of the storage types are those of `ColumnType`, so engine code compares `type == .float`
/// whichever it holds. Never persisted: the catalog and the WAL keep `ColumnType`.
public enum ValueType: Sendable, Hashable {
    case tag
    case time
    case float
    case integer
    case uinteger
    case string
    case boolean
    /// UTC nanoseconds shown in a time zone (Arrow `Timestamp(Nanosecond, Some("<zone>"))`); the
    /// values are `ColumnValues.time`.
    case zonedTime(TimeZoneRules)
    /// Days since the epoch (Arrow `Date32`).
    case date
    /// Nanoseconds since midnight (Arrow `Time64(Nanosecond)`, `current_time()`); the values
    /// are `ColumnValues.time`.
    case time64
    /// Arrow `Interval(MonthDayNano)`.
    case interval
    /// Bytes (Arrow `Binary`), displayed as lowercase hex.
    case binary
    /// Named child columns (Arrow `Struct`).
    case structure(NestedFields)
    /// A variable-length list of the one child field's type (Arrow `List`, the field `item`).
    case list(NestedFields)
    /// A numeric type narrower than the stored ones (Arrow `Int32`, `Float32`, ...): the values
    /// are those of its `wide` type (`ColumnValues.integer`, `.uinteger`, `.float`), each within
    /// the narrow type's range (a Float32 holds Doubles exactly representable as `Float`).
    case narrow(NarrowNumericType)
    /// Arrow `Timestamp(s|ms|µs[, zone])`: nanoseconds since the epoch in `ColumnValues.time`,
    /// truncated to the unit, so the timestamp kernels work unchanged. Nanosecond timestamps
    /// are `.time` and `.zonedTime` (build through `timestamp(_:zone:)`, which keeps that).
    case coarseTime(TimeUnit, TimeZoneRules?)
    /// Arrow `Duration(unit)`: nanoseconds in `ColumnValues.time`, truncated to the unit.
    case duration(TimeUnit)
    /// Arrow `Time32(s|ms)` and `Time64(µs)`: nanoseconds since midnight in `ColumnValues.time`,
    /// truncated to the unit (`Time64(ns)` is `.time64`).
    case coarseTimeOfDay(TimeUnit)
    /// Arrow `Map`: the one non-null field `entries`, a struct of a non-null `key` and a `value`
    /// (keys unsorted). The values are `ColumnValues.list` over that struct column, as Arrow
    /// lays a map out; `ValueType.map(key:value:)` builds it.
    case map(NestedFields)
    /// Arrow's `Null`: every value NULL. Only as a list's item type (`make_array()`,
    /// `make_array(NULL)`, `array_agg(NULL)`); values are stored as an all-invalid integer column.
    case null
    /// Arrow `Decimal128(precision, scale)`; the values are `ColumnValues.decimal`.
    case decimal(DecimalType)

    /// The result type of a stored column.
    public init(_ stored: ColumnType) {
        switch stored {
        case .tag: self = .tag
        case .time: self = .time
        case .float: self = .float
        case .integer: self = .integer
        case .uinteger: self = .uinteger
        case .string: self = .string
        case .boolean: self = .boolean
        }
    }

    /// The storage type, nil for the types only queries produce.
    public var storedType: ColumnType? {
        switch self {
        case .tag: .tag
        case .time: .time
        case .float: .float
        case .integer: .integer
        case .uinteger: .uinteger
        case .string: .string
        case .boolean: .boolean
        case .zonedTime, .date, .time64, .interval, .binary, .structure, .list, .narrow, .coarseTime, .duration,
            .coarseTimeOfDay, .map, .null, .decimal:
            nil
        }
    }

    /// The type whose values this type's columns hold: the wide type of a narrow number, else itself.
    public var storage: ValueType {
        if case .narrow(let narrow) = self { return narrow.wide }
        return self
    }

    /// Arrow's display of the type (`information_schema`, `arrow_typeof`, error texts).
    public var arrowName: String {
        switch self {
        case .tag: "Dictionary(Int32, Utf8)"
        case .time: "Timestamp(ns)"
        case .zonedTime(let zone): "Timestamp(ns, \"\(zone.name)\")"
        case .float: "Float64"
        case .integer: "Int64"
        case .uinteger: "UInt64"
        case .string: "Utf8"
        case .boolean: "Boolean"
        case .date: "Date32"
        case .time64: "Time64(ns)"
        case .interval: "Interval(MonthDayNano)"
        case .binary: "Binary"
        case .structure(let fields): "Struct(" + fields.map(\.arrowText).joined(separator: ", ") + ")"
        case .list(let list): "List(\(list.item.nullable ? "" : "non-null ")\(list.item.type.arrowName))"
        case .map(let entries): "Map(\(entries.item.arrowText), unsorted)"
        case .narrow(let narrow): narrow.rawValue
        case .coarseTime(let unit, nil): "Timestamp(\(unit.abbreviation))"
        case .coarseTime(let unit, let zone?): "Timestamp(\(unit.abbreviation), \"\(zone.name)\")"
        case .duration(let unit): "Duration(\(unit.abbreviation))"
        case .coarseTimeOfDay(let unit):
            unit <= .millisecond ? "Time32(\(unit.abbreviation))" : "Time64(\(unit.abbreviation))"
        case .null: "Null"
        case .decimal(let decimal): decimal.arrowName
        }
    }

    /// Whether values are `ColumnValues.time` (a timestamp with or without a zone).
    public var isTimestamp: Bool {
        switch self {
        case .time, .zonedTime, .coarseTime: true
        default: false
        }
    }

    /// Whether this is a time of day (`Time32`/`Time64`) of any unit.
    public var isTimeOfDay: Bool {
        switch self {
        case .time64, .coarseTimeOfDay: true
        default: false
        }
    }

    /// Whether this is a `Duration` of any unit.
    public var isDuration: Bool {
        if case .duration = self { true } else { false }
    }

    /// The timestamp type of `unit` and `zone` (`.time`/`.zonedTime` for nanoseconds).
    public static func timestamp(_ unit: TimeUnit, zone: TimeZoneRules? = nil) -> ValueType {
        switch (unit, zone) {
        case (.nanosecond, nil): .time
        case (.nanosecond, let zone?): .zonedTime(zone)
        default: .coarseTime(unit, zone)
        }
    }

    /// The unit of a timestamp, duration or time-of-day type (nil for others).
    public var timeUnit: TimeUnit? {
        switch self {
        case .time, .zonedTime: .nanosecond
        case .coarseTime(let unit, _), .duration(let unit), .coarseTimeOfDay(let unit): unit
        case .time64: .nanosecond
        default: nil
        }
    }

    /// The zone of a timestamp type (nil for naive timestamps and other types).
    public var timeZone: TimeZoneRules? {
        switch self {
        case .zonedTime(let zone): zone
        case .coarseTime(_, let zone): zone
        default: nil
        }
    }

    /// Whether the type is a `Decimal128`.
    public var isDecimal: Bool {
        if case .decimal = self { return true }
        return false
    }

    /// Whether values have child columns (arrow-csv refuses those).
    public var isNested: Bool {
        switch self {
        case .structure, .list, .map: true
        default: false
        }
    }
}

/// The unit of an Arrow `Timestamp` or `Duration`, finest last (so `max` is the finer unit,
/// the one DataFusion coerces mixed units to).
public enum TimeUnit: Int, Sendable, Hashable, Comparable, CaseIterable {
    case second, millisecond, microsecond, nanosecond

    /// Nanoseconds in one unit.
    public var nanoseconds: Int64 {
        switch self {
        case .second: 1_000_000_000
        case .millisecond: 1_000_000
        case .microsecond: 1_000
        case .nanosecond: 1
        }
    }

    /// arrow-rs's short display (`Timestamp(ms)`).
    public var abbreviation: String {
        switch self {
        case .second: "s"
        case .millisecond: "ms"
        case .microsecond: "µs"
        case .nanosecond: "ns"
        }
    }

    /// arrow-rs's long name (`Timestamp(Millisecond, None)`).
    public var name: String {
        switch self {
        case .second: "Second"
        case .millisecond: "Millisecond"
        case .microsecond: "Microsecond"
        case .nanosecond: "Nanosecond"
        }
    }

    /// `nanoseconds` truncated toward zero to a whole number of units (as arrow's casts divide).
    public func truncate(_ nanoseconds: Int64) -> Int64 {
        nanoseconds / self.nanoseconds * self.nanoseconds
    }

    public static func < (left: TimeUnit, right: TimeUnit) -> Bool { left.rawValue < right.rawValue }
}

extension ValueType {
    /// A map type of `key` and `value` (Arrow's field names and nullability).
    public static func map(key: ValueType, value: ValueType) -> ValueType {
        let entries = ValueType.structure(
            [ValueField(name: "key", type: key, nullable: false), ValueField(name: "value", type: value)])
        return .map([ValueField(name: "entries", type: entries, nullable: false)])
    }

    /// A map type's key and value types.
    public var mapKeyAndValue: (key: ValueType, value: ValueType)? {
        guard case .map(let entries) = self, case .structure(let fields) = entries.item.type, fields.count == 2 else {
            return nil
        }
        return (fields[0].type, fields[1].type)
    }
}

/// The fields of a struct type, or the one field of a list or map type. A class, so that `ValueType`
/// does not contain itself by value: a recursive value type is laid out at run time, and every
/// copy of a column (which holds its type) would then go through value witnesses.
public final class NestedFields: Sendable, Hashable, RandomAccessCollection, ExpressibleByArrayLiteral {
    public let fields: [ValueField]

    public init(_ fields: [ValueField]) {
        self.fields = fields
    }

    public convenience init(arrayLiteral fields: ValueField...) {
        self.init(fields)
    }

    public var startIndex: Int { fields.startIndex }
    public var endIndex: Int { fields.endIndex }
    public subscript(position: Int) -> ValueField { fields[position] }

    /// A list's item field.
    public var item: ValueField { fields[0] }

    public static func == (left: NestedFields, right: NestedFields) -> Bool {
        left === right || left.fields == right.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields)
    }
}

/// A named child of a struct, list or map type.
public struct ValueField: Sendable, Hashable {
    public var name: String
    public var type: ValueType
    public var nullable: Bool

    /// Arrow's display of a field inside a nested type: `"key": non-null Utf8`.
    public var arrowText: String { "\"\(name)\": \(nullable ? "" : "non-null ")\(type.arrowName)" }

    public init(name: String, type: ValueType, nullable: Bool = true) {
        self.name = name
        self.type = type
        self.nullable = nullable
    }
}

/// An Arrow `Interval(MonthDayNano)` value: months and days are calendar units and are kept
/// apart from the fixed nanoseconds.
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

extension IntervalValue {
    /// arrow-cast's display: `1 mons 2 days 3 hours 4 mins 5.000000006 secs`, zero parts left
    /// out (a zero interval is `0 secs`).
    public var displayText: String {
        var parts: [String] = []
        if months != 0 { parts.append("\(months) mons") }
        if days != 0 { parts.append("\(days) days") }
        if nanoseconds != 0 {
            let totalSeconds = nanoseconds / 1_000_000_000
            let hours = totalSeconds / 3_600
            let minutes = totalSeconds / 60 - hours * 60
            let seconds = totalSeconds - totalSeconds / 60 * 60
            let fraction = nanoseconds % 1_000_000_000
            if hours != 0 { parts.append("\(hours) hours") }
            if minutes != 0 { parts.append("\(minutes) mins") }
            if seconds != 0 || fraction != 0 {
                let sign = seconds < 0 || fraction < 0 ? "-" : ""
                let digits = String(fraction.magnitude)
                let padded = String(repeating: "0", count: 9 - digits.count) + digits
                parts.append("\(sign)\(seconds.magnitude).\(padded) secs")
            }
        }
        return parts.isEmpty ? "0 secs" : parts.joined(separator: " ")
    }
}
