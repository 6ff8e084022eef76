import Kernel

/// Settings of a `ParquetWriter`.
public struct ParquetWriterOptions: Sendable, Equatable {
    /// Rows per row group. 1,048,576 matches the Arrow/DataFusion writers InfluxDB 3 uses, so
    /// files have few, large row groups; smaller values bound the writer's memory more tightly
    /// (it buffers one row group).
    public var rowGroupSize: Int = 1_048_576
    /// Rows per data page; 20,000 is the default row-count limit of the Arrow writers.
    public var dataPageRowLimit: Int = 20_000
    public var compression: ParquetCompression = .uncompressed
    /// A string column stops being dictionary-encoded once its dictionary page would exceed this
    /// many bytes (1 MiB, as in parquet-cpp). Tag columns are always dictionary-encoded.
    public var dictionaryPageSizeLimit: Int = 1 << 20
    /// Whether to store the `ARROW:schema` key so Arrow readers restore dictionary tags.
    public var includeArrowSchema = true
    public var createdBy = "influxdb3-swift parquet"

    public init() {}
}

/// Streams `RecordBatch`es into a Parquet file: buffers one row group, writes it when full, and
/// writes the footer in `finish()`. Output can be taken incrementally with `takeBytes()`.
/// Struct and list columns are written as arrow-rs's `ArrowWriter` writes them (groups, levels).
public struct ParquetWriter: Sendable {
    public let schema: ParquetSchema
    public let options: ParquetWriterOptions
    private let layout: ParquetLayout
    /// One per leaf column, in file order.
    private var buffers: [ColumnBuffer]
    private var bufferedRows = 0
    private var rowGroups: [RowGroup] = []
    private var totalRows: Int64 = 0
    /// Bytes produced but not yet taken; `flushedBytes` counts those already taken.
    private var output: [UInt8] = Array("PAR1".utf8)
    private var flushedBytes: Int64 = 0
    private var isFinished = false

    /// Refuses (`typeNotWritable`) a schema with a type arrow-rs does not write either.
    public init(schema: ParquetSchema, options: ParquetWriterOptions = ParquetWriterOptions()) throws(ParquetError) {
        self.schema = schema
        var options = options
        options.rowGroupSize = max(1, options.rowGroupSize)
        options.dataPageRowLimit = max(1, options.dataPageRowLimit)
        self.options = options
        self.layout = try ParquetLayout(schema)
        self.buffers = layout.leaves.map {
            ColumnBuffer(leaf: $0, dictionaryPageLimit: options.dictionaryPageSizeLimit)
        }
    }

    /// Appends a batch; its columns are matched to the schema by name and must have its types.
    /// A batch rejected before any row is buffered (missing column, wrong type) leaves the writer
    /// usable; a failure after that (a tag code outside its dictionary) ends the file, because
    /// the columns would no longer line up.
    public mutating func write(_ batch: RecordBatch) throws(ParquetError) {
        guard !isFinished else { throw .finished }
        let columns = try matchColumns(batch)
        do {
            var rowStart = 0
            while rowStart < batch.rowCount {
                let rowEnd = min(batch.rowCount, rowStart + options.rowGroupSize - bufferedRows)
                for (column, placement) in zip(columns, layout.columns) {
                    switch placement {
                    case .flat(let leaf): try buffers[leaf].append(column, rows: rowStart..<rowEnd)
                    case .nested(let node): try node.write(column, rows: rowStart..<rowEnd, into: &buffers)
                    }
                }
                bufferedRows += rowEnd - rowStart
                rowStart = rowEnd
                if bufferedRows >= options.rowGroupSize { try flushRowGroup() }
            }
        } catch {
            isFinished = true
            throw error
        }
    }

    /// The bytes written so far that have not been taken yet (for streaming responses).
    public mutating func takeBytes() -> [UInt8] {
        let taken = output
        flushedBytes += Int64(taken.count)
        output = []
        return taken
    }

    /// Writes the last row group and the footer, and returns the bytes not yet taken (the whole
    /// file when `takeBytes()` was never called).
    public mutating func finish() throws(ParquetError) -> [UInt8] {
        guard !isFinished else { throw .finished }
        try flushRowGroup()
        isFinished = true
        var keyValues: [KeyValue]?
        if options.includeArrowSchema {
            keyValues = [KeyValue(key: "ARROW:schema", value: ArrowSchema.encodedForParquet(schema))]
        }
        let footer = FileMetaData(
            version: 1, schema: layout.elements, numRows: totalRows, rowGroups: rowGroups,
            keyValueMetadata: keyValues, createdBy: options.createdBy, columnOrderCount: layout.leaves.count
        ).encoded()
        output.append(contentsOf: footer)
        PlainEncoding.appendLittleEndian(UInt32(truncatingIfNeeded: footer.count), to: &output)
        output.append(contentsOf: "PAR1".utf8)
        return takeBytes()
    }

    private func matchColumns(_ batch: RecordBatch) throws(ParquetError) -> [RecordColumn] {
        if batch.columns.count == schema.columns.count
            && zip(batch.columns, schema.columns).allSatisfy({ $0.name == $1.name })
        {
            return try checkTypes(batch.columns)
        }
        var result: [RecordColumn] = []
        for column in schema.columns {
            guard let found = batch.column(named: column.name) else {
                throw .schemaMismatch("batch has no column '\(column.name)'")
            }
            result.append(found)
        }
        return try checkTypes(result)
    }

    private func checkTypes(_ columns: [RecordColumn]) throws(ParquetError) -> [RecordColumn] {
        for (column, expected) in zip(columns, schema.columns) where column.type != expected.type {
            throw .schemaMismatch("column '\(column.name)' has type \(column.type), expected \(expected.type)")
        }
        return columns
    }

    private mutating func flushRowGroup() throws(ParquetError) {
        guard bufferedRows > 0 else { return }
        let writer = ColumnChunkWriter(compression: options.compression, pageRowLimit: options.dataPageRowLimit)
        let start = flushedBytes + Int64(output.count)
        var chunks: [ColumnChunk] = []
        var uncompressed: Int64 = 0
        for index in buffers.indices {
            let chunk = try writer.write(buffers[index], to: &output, baseOffset: flushedBytes)
            uncompressed += chunk.metaData?.totalUncompressedSize ?? 0
            chunks.append(chunk)
            buffers[index].reset()
        }
        let end = flushedBytes + Int64(output.count)
        rowGroups.append(
            RowGroup(
                columns: chunks, totalByteSize: uncompressed, numRows: Int64(bufferedRows), fileOffset: start,
                totalCompressedSize: end - start))
        totalRows += Int64(bufferedRows)
        bufferedRows = 0
    }
}
