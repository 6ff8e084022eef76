/// A dictionary-encoded tag column of a table write batch: `codes[row]` indexes `dictionary`,
/// and `-1` means the row has no value for this tag.
public struct TagColumn: Sendable, Hashable {
    public var name: String
    public var dictionary: [String]
    public var codes: [Int32]

    public init(name: String, dictionary: [String] = [], codes: [Int32] = []) {
        self.name = name
        self.dictionary = dictionary
        self.codes = codes
    }

    /// The tag value of `row`, or nil when absent.
    public func value(at row: Int) -> String? {
        let code = codes[row]
        return code < 0 ? nil : dictionary[Int(code)]
    }
}

/// The values of one field column, one entry per row. A row without a value holds a zero value
/// (0, "", false) and is marked null in the column's validity bitmap.
public enum FieldValues: Sendable, Hashable {
    case float([Double])
    case integer([Int64])
    case uinteger([UInt64])
    case string([String])
    case boolean([Bool])

    /// The column type these values have.
    public var columnType: ColumnType {
        switch self {
        case .float: .float
        case .integer: .integer
        case .uinteger: .uinteger
        case .string: .string
        case .boolean: .boolean
        }
    }

    public var count: Int {
        switch self {
        case .float(let values): values.count
        case .integer(let values): values.count
        case .uinteger(let values): values.count
        case .string(let values): values.count
        case .boolean(let values): values.count
        }
    }
}

/// A typed field column of a table write batch.
public struct FieldColumn: Sendable, Hashable {
    public var name: String
    public var values: FieldValues
    public var validity: ValidityBitmap

    public init(name: String, values: FieldValues, validity: ValidityBitmap) {
        precondition(values.count == validity.count, "field values and validity differ in length")
        self.name = name
        self.values = values
        self.validity = validity
    }
}

/// The rows written to one table by one request, as columns. This is the unit that flows from
/// the line protocol parser through validation into the WAL and the write buffer.
///
/// Invariants: `timestamps.count == rowCount`; every tag column has `rowCount` codes; every field
/// column has `rowCount` values; column names are unique across tags and fields.
public struct TableWriteBatch: Sendable, Hashable {
    public var tableName: String
    public var timestamps: [Int64]
    public var tags: [TagColumn]
    public var fields: [FieldColumn]

    public init(tableName: String, timestamps: [Int64] = [], tags: [TagColumn] = [], fields: [FieldColumn] = []) {
        self.tableName = tableName
        self.timestamps = timestamps
        self.tags = tags
        self.fields = fields
    }

    public var rowCount: Int { timestamps.count }

    /// Checks the invariants stated on the type; used after decoding and in tests.
    public func checkInvariants() -> Bool {
        let rows = timestamps.count
        var names = Set<String>()
        for tag in tags {
            guard tag.codes.count == rows, names.insert(tag.name).inserted else { return false }
            if tag.codes.contains(where: { $0 >= Int32(tag.dictionary.count) || $0 < -1 }) { return false }
        }
        for field in fields {
            guard field.values.count == rows, field.validity.count == rows, names.insert(field.name).inserted else {
                return false
            }
        }
        return true
    }
}

/// Everything one write request adds to one database: the WAL record payload.
public struct DatabaseWriteBatch: Sendable, Hashable {
    public var database: String
    public var tables: [TableWriteBatch]

    public init(database: String, tables: [TableWriteBatch]) {
        self.database = database
        self.tables = tables
    }

    public var rowCount: Int { tables.reduce(0) { $0 + $1.rowCount } }
}
