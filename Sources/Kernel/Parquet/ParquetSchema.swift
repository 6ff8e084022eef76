import Kernel

/// The columns of a Parquet file written by `ParquetWriter`: names and InfluxDB column types, in
/// file order. Built from the first `RecordBatch` of a result.
public struct ParquetSchema: Sendable, Hashable {
    /// One column of the schema.
    public struct Column: Sendable, Hashable {
        public var name: String
        public var type: ColumnType

        public init(name: String, type: ColumnType) {
            self.name = name
            self.type = type
        }
    }

    public var columns: [Column]

    public init(columns: [Column]) {
        self.columns = columns
    }

    /// The schema of `batch`'s columns; nil when one has a type only queries produce (struct,
    /// list, date, interval), which this writer does not encode.
    public init?(batch: RecordBatch) {
        var columns: [Column] = []
        for column in batch.columns {
            guard let type = column.type.storedType else { return nil }
            columns.append(Column(name: column.name, type: type))
        }
        self.columns = columns
    }

    /// The flattened Parquet schema: a root group followed by one leaf per column.
    func schemaElements() -> [SchemaElement] {
        var elements = [SchemaElement(name: "schema", numChildren: Int32(clamping: columns.count))]
        for column in columns {
            elements.append(Self.element(for: column))
        }
        return elements
    }

    private static func element(for column: Column) -> SchemaElement {
        var element = SchemaElement(
            type: column.type.physicalType, repetition: column.type == .time ? .required : .optional,
            name: column.name)
        switch column.type {
        case .tag, .string:
            element.convertedType = .utf8
            element.logicalType = .string
        case .time:
            // No ConvertedType exists for nanosecond timestamps; only the logical type is set.
            element.logicalType = .timestampNanos(adjustedToUTC: false)
        case .integer:
            element.convertedType = .int64
            element.logicalType = .integer(bitWidth: 64, signed: true)
        case .uinteger:
            element.convertedType = .uint64
            element.logicalType = .integer(bitWidth: 64, signed: false)
        case .float, .boolean:
            break
        }
        return element
    }
}
