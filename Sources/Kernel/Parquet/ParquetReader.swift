import Kernel

/// Limits a `ParquetReader` enforces on sizes that the file declares but cannot prove (row
/// counts and decompressed page sizes, which encodings and compression legitimately shrink).
public struct ParquetReaderLimits: Sendable, Equatable {
    /// Largest row group accepted, in rows.
    public var maxRowsPerRowGroup = 1 << 24
    /// Largest decompressed page accepted, in bytes.
    public var maxPageSize = 1 << 28

    public init() {}
}

/// Reads Parquet files of flat columns back into `RecordBatch`es, one per row group. It reads
/// what `ParquetWriter` writes (PLAIN and dictionary pages, v1 data pages, optional columns,
/// UNCOMPRESSED or ZSTD) and rejects anything else or anything damaged with a `ParquetError`.
public struct ParquetReader: Sendable {
    public let schema: ParquetSchema
    /// The file's key/value metadata (for example `ARROW:schema`).
    public let keyValueMetadata: [String: String]
    public let rowCount: Int
    private let file: [UInt8]
    private let metadata: FileMetaData
    private let required: [Bool]
    /// The storage type of each column (the schema's types are their `ValueType`s).
    private let storedTypes: [ColumnType]
    private let limits: ParquetReaderLimits

    /// Parses the footer of `file`.
    public init(file: [UInt8], limits: ParquetReaderLimits = ParquetReaderLimits()) throws(ParquetError) {
        let magic = Array("PAR1".utf8)
        guard file.count >= 12, Array(file[0..<4]) == magic, Array(file[(file.count - 4)...]) == magic else {
            throw .corrupt("not a Parquet file (missing PAR1 magic)")
        }
        var lengthOffset = file.count - 8
        let footerLength = Int(try PlainEncoding.readUInt32(file, at: &lengthOffset))
        guard footerLength <= file.count - 12 else { throw .corrupt("footer length exceeds the file") }
        var reader = ThriftCompactReader(bytes: file, start: file.count - 8 - footerLength, end: file.count - 8)
        let metadata = try reader.readFileMetaData()
        var keyValues: [String: String] = [:]
        for pair in metadata.keyValueMetadata ?? [] { keyValues[pair.key] = pair.value ?? "" }
        let tags = keyValues["ARROW:schema"].flatMap(ArrowSchemaDecoding.dictionaryFieldNames) ?? []
        let (storedTypes, required) = try Self.columns(metadata.schema, tags: tags)
        var groupRows: Int64 = 0
        for group in metadata.rowGroups {
            let (sum, overflow) = groupRows.addingReportingOverflow(group.numRows)
            guard !overflow else { throw .corrupt("row counts overflow") }
            groupRows = sum
        }
        guard groupRows == metadata.numRows else { throw .corrupt("row groups do not add up to the row count") }
        self.file = file
        self.metadata = metadata
        self.schema = ParquetSchema(
            columns: zip(metadata.schema.dropFirst(), storedTypes).map { .init(name: $0.name, type: ValueType($1)) })
        self.required = required
        self.storedTypes = storedTypes
        self.keyValueMetadata = keyValues
        self.rowCount = Int(metadata.numRows)
        self.limits = limits
    }

    public var rowGroupCount: Int { metadata.rowGroups.count }

    /// Reads every row group.
    public func readAll() throws(ParquetError) -> [RecordBatch] {
        var batches: [RecordBatch] = []
        for index in 0..<rowGroupCount { batches.append(try readRowGroup(index)) }
        return batches
    }

    /// Reads row group `index` into one batch.
    public func readRowGroup(_ index: Int) throws(ParquetError) -> RecordBatch {
        guard index >= 0 && index < rowGroupCount else { throw .corrupt("no row group \(index)") }
        let group = metadata.rowGroups[index]
        guard group.numRows <= Int64(limits.maxRowsPerRowGroup) else {
            throw .unsupported("row group of \(group.numRows) rows exceeds the reader limit")
        }
        guard group.columns.count == schema.columns.count else { throw .corrupt("row group column count") }
        let rows = Int(group.numRows)
        let reader = ColumnChunkReader(file: file, limits: limits)
        var columns: [RecordColumn] = []
        for (position, chunk) in group.columns.enumerated() {
            let column = schema.columns[position]
            guard let meta = chunk.metaData, meta.pathInSchema == [column.name],
                meta.type == Self.physicalType(storedTypes[position])
            else { throw .corrupt("column chunk \(position) does not match the schema") }
            var accumulator = ColumnAccumulator(name: column.name, type: storedTypes[position])
            try reader.read(
                meta, range: try chunkRange(meta), rows: rows, into: &accumulator, required: required[position])
            columns.append(accumulator.column())
        }
        return RecordBatch(columns: columns, rowCount: rows)
    }

    /// The byte range of a column chunk, checked to lie between the leading magic and the footer.
    private func chunkRange(_ meta: ColumnMetaData) throws(ParquetError) -> Range<Int> {
        var start = meta.dataPageOffset
        if let dictionary = meta.dictionaryPageOffset, dictionary > 0, dictionary < start { start = dictionary }
        let dataEnd = Int64(file.count) - 8
        guard start >= 4, meta.totalCompressedSize >= 0, start <= dataEnd,
            meta.totalCompressedSize <= dataEnd - start
        else { throw .corrupt("column chunk outside the file") }
        return Int(start)..<Int(start + meta.totalCompressedSize)
    }

    /// The physical type `ParquetWriter` writes a storage type with.
    private static func physicalType(_ type: ColumnType) -> PhysicalType? {
        guard case .leaf(let mapping) = try? ParquetNode(ValueType(type)) else { return nil }
        return mapping.physicalType
    }

    /// Maps the flat Parquet schema to InfluxDB column types; `tags` are the Arrow dictionary fields.
    private static func columns(
        _ elements: [SchemaElement], tags: Set<String>
    ) throws(ParquetError) -> ([ColumnType], [Bool]) {
        guard let root = elements.first, Int(root.numChildren ?? -1) == elements.count - 1 else {
            throw .unsupported("nested or malformed schema")
        }
        var columns: [ColumnType] = []
        var required: [Bool] = []
        for element in elements.dropFirst() {
            guard element.numChildren == nil || element.numChildren == 0, let physical = element.type else {
                throw .unsupported("nested column '\(element.name)'")
            }
            guard element.repetition != .repeated else { throw .unsupported("repeated column '\(element.name)'") }
            columns.append(try columnType(element, physical, tags: tags))
            required.append(element.repetition == .required)
        }
        return (columns, required)
    }

    private static func columnType(
        _ element: SchemaElement, _ physical: PhysicalType, tags: Set<String>
    ) throws(ParquetError) -> ColumnType {
        switch physical {
        case .byteArray:
            // Binary (no UTF8 annotation) has no storage type.
            guard element.logicalType == .string || element.convertedType == .utf8 else {
                throw .unsupported("binary column '\(element.name)'")
            }
            return tags.contains(element.name) ? .tag : .string
        case .double: return .float
        case .boolean: return .boolean
        case .int64:
            switch element.logicalType {
            case .timestampNanos(false): return .time
            case .timestampNanos(true): throw .unsupported("time zone of column '\(element.name)'")
            case .timeNanos: throw .unsupported("time of day column '\(element.name)'")
            case .timestampOther: throw .unsupported("timestamp unit of column '\(element.name)'")
            case .integer(_, false): return .uinteger
            default: return element.convertedType == .uint64 ? .uinteger : .integer
            }
        default:
            throw .unsupported("physical type \(physical) of column '\(element.name)'")
        }
    }
}
