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

    public var count: Int {
        switch self {
        case .tag(_, let codes): codes.count
        case .time(let values): values.count
        case .float(let values): values.count
        case .integer(let values): values.count
        case .uinteger(let values): values.count
        case .string(let values): values.count
        case .boolean(let values): values.count
        }
    }
}

/// One named, typed column of a `RecordBatch`.
public struct RecordColumn: Sendable, Hashable {
    public var name: String
    public var type: ColumnType
    public var values: ColumnValues
    public var validity: ValidityBitmap

    public init(name: String, type: ColumnType, values: ColumnValues, validity: ValidityBitmap) {
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
