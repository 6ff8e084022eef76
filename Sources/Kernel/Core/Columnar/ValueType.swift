/// The type of a query result column: the storage types (`ColumnType`) plus the types only
/// queries produce (Arrow's `Date32`, `Interval(MonthDayNano)`, `Struct` and `List`). The case
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
        case .zonedTime, .date, .time64, .interval, .binary, .structure, .list, .narrow, .decimal: nil
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
        case .structure(let fields):
            "Struct(" + fields.map { "\"\($0.name)\": \($0.type.arrowName)" }.joined(separator: ", ") + ")"
        case .list(let list): "List(\(list.item.type.arrowName))"
        case .narrow(let narrow): narrow.rawValue
        case .decimal(let decimal): decimal.arrowName
        }
    }

    /// Whether values are `ColumnValues.time` (a timestamp with or without a zone).
    public var isTimestamp: Bool {
        switch self {
        case .time, .zonedTime: true
        default: false
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
        case .structure, .list: true
        default: false
        }
    }
}

/// The fields of a struct type, or the one field of a list type. A class, so that `ValueType`
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

/// A named child of a struct or list type.
public struct ValueField: Sendable, Hashable {
    public var name: String
    public var type: ValueType
    public var nullable: Bool

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
