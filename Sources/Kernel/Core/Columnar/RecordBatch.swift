/// The values of one column of a `RecordBatch`, one entry per row. Null rows (see the column's
/// validity) hold a zero value. Tags are dictionary-encoded (`codes[row]` indexes `dictionary`,
/// `-1` for null), as InfluxDB 3 stores them (`Dictionary(Int32, Utf8)`).
public enum ColumnValues: Sendable, Hashable {
    case tag(dictionary: [String], codes: [Int32])
    case time([Int64])
    case float([Double])
    case integer([Int64])
    case uinteger([UInt64])
    case string([String])
    case boolean([Bool])
    /// Days since the epoch.
    case date([Int32])
    case interval([IntervalValue])
    case binary([[UInt8]])
    /// One child column per struct field, each as long as the parent (a null parent row may
    /// hold anything in its children).
    case structure(ChildColumns)
    /// Row `i` is rows `offsets[i]..<offsets[i + 1]` of the one child column (`offsets` has one
    /// more entry than there are rows and starts at 0).
    case list(offsets: [Int32], items: ChildColumns)
    /// Unscaled Decimal128 values (the scale is the column type's).
    case decimal([Int128])

    public var count: Int {
        switch self {
        case .tag(_, let codes): codes.count
        case .time(let values): values.count
        case .float(let values): values.count
        case .integer(let values): values.count
        case .uinteger(let values): values.count
        case .string(let values): values.count
        case .boolean(let values): values.count
        case .date(let values): values.count
        case .interval(let values): values.count
        case .binary(let values): values.count
        case .decimal(let values): values.count
        case .structure(let children): children.columns.first?.values.count ?? 0
        case .list(let offsets, _): max(0, offsets.count - 1)
        }
    }
}

/// One named, typed column of a `RecordBatch`.
public struct RecordColumn: Sendable, Hashable {
    public var name: String
    public var type: ValueType
    public var values: ColumnValues
    public var validity: ValidityBitmap

    public init(name: String, type: ValueType, values: ColumnValues, validity: ValidityBitmap) {
        precondition(values.count == validity.count, "column values and validity differ in length")
        self.name = name
        self.type = type
        self.values = values
        self.validity = validity
    }
}

/// A set of equally long columns: the unit scans hand to the query engine and encoders.
public struct RecordBatch: Sendable, Hashable {
    public var columns: [RecordColumn]
    public var rowCount: Int

    public init(columns: [RecordColumn], rowCount: Int) {
        precondition(columns.allSatisfy { $0.values.count == rowCount }, "columns differ in length")
        self.columns = columns
        self.rowCount = rowCount
    }

    public func column(named name: String) -> RecordColumn? {
        columns.first { $0.name == name }
    }
}

/// The children of a struct or list column. A class, so that `RecordColumn` does not contain
/// itself by value: a recursive value type is laid out at run time, and every copy of every
/// column (the scan and aggregation loops make many) then goes through value witnesses.
public final class ChildColumns: Sendable, Hashable {
    public let columns: [RecordColumn]

    public init(_ columns: [RecordColumn]) {
        self.columns = columns
    }

    /// A list's single child column.
    public var item: RecordColumn { columns[0] }

    public static func == (left: ChildColumns, right: ChildColumns) -> Bool {
        left === right || left.columns == right.columns
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(columns)
    }
}
