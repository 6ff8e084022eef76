// Thrift compact decoders for the footer: FileMetaData, RowGroup, ColumnChunk, ColumnMetaData.

extension ThriftCompactReader {
    mutating func readColumnMetaData() throws(ParquetError) -> ColumnMetaData {
        var type: PhysicalType?
        var encodings: [Encoding] = []
        var path: [String]?
        var codec: CompressionCodec?
        var counts: [Int64?] = [nil, nil, nil]
        var dataPageOffset: Int64?
        var dictionaryPageOffset: Int64?
        var statistics: Statistics?
        try readStruct { reader, id, fieldType throws(ParquetError) in
            switch (id, fieldType) {
            case (1, .i32): type = try reader.readEnum(PhysicalType.self, "physical type")
            case (2, .list):
                // Unknown encodings in the list only matter if a page uses them.
                encodings = try reader.readList(of: .i32) { reader throws(ParquetError) in try reader.readI32() }
                    .compactMap { Encoding(rawValue: $0) }
            case (3, .list):
                path = try reader.readList(of: .binary) { reader throws(ParquetError) in
                    try reader.readString()
                }
            case (4, .i32): codec = try reader.readEnum(CompressionCodec.self, "compression codec")
            case (5...7, .i64): counts[Int(id) - 5] = try reader.readI64()
            case (9, .i64): dataPageOffset = try reader.readI64()
            case (11, .i64): dictionaryPageOffset = try reader.readI64()
            case (12, .structure): statistics = try reader.readStatistics()
            default: return false
            }
            return true
        }
        guard let type, let path, let codec, let numValues = counts[0], let uncompressed = counts[1],
            let compressed = counts[2], let dataPageOffset
        else { throw .corrupt("column metadata missing required fields") }
        return ColumnMetaData(
            type: type, encodings: encodings, pathInSchema: path, codec: codec, numValues: numValues,
            totalUncompressedSize: uncompressed, totalCompressedSize: compressed, dataPageOffset: dataPageOffset,
            dictionaryPageOffset: dictionaryPageOffset, statistics: statistics)
    }

    mutating func readColumnChunk() throws(ParquetError) -> ColumnChunk {
        var chunk = ColumnChunk(fileOffset: 0, metaData: nil)
        try readStruct { reader, id, type throws(ParquetError) in
            switch (id, type) {
            case (1, .binary): throw .unsupported("column chunks in external files")
            case (2, .i64): chunk.fileOffset = try reader.readI64()
            case (3, .structure): chunk.metaData = try reader.readColumnMetaData()
            default: return false
            }
            return true
        }
        return chunk
    }

    mutating func readRowGroup() throws(ParquetError) -> RowGroup {
        var group = RowGroup(columns: [], totalByteSize: 0, numRows: -1)
        try readStruct { reader, id, type throws(ParquetError) in
            switch (id, type) {
            case (1, .list):
                group.columns = try reader.readList(of: .structure) { reader throws(ParquetError) in
                    try reader.readColumnChunk()
                }
            case (2, .i64): group.totalByteSize = try reader.readI64()
            case (3, .i64): group.numRows = try reader.readI64()
            case (5, .i64): group.fileOffset = try reader.readI64()
            case (6, .i64): group.totalCompressedSize = try reader.readI64()
            default: return false
            }
            return true
        }
        guard group.numRows >= 0 else { throw .corrupt("row group without a valid row count") }
        return group
    }

    mutating func readFileMetaData() throws(ParquetError) -> FileMetaData {
        var meta = FileMetaData(version: 0, schema: [], numRows: -1, rowGroups: [])
        try readStruct { reader, id, type throws(ParquetError) in
            switch (id, type) {
            case (1, .i32): meta.version = try reader.readI32()
            case (2, .list):
                meta.schema = try reader.readList(of: .structure) { reader throws(ParquetError) in
                    try reader.readSchemaElement()
                }
            case (3, .i64): meta.numRows = try reader.readI64()
            case (4, .list):
                meta.rowGroups = try reader.readList(of: .structure) { reader throws(ParquetError) in
                    try reader.readRowGroup()
                }
            case (5, .list):
                meta.keyValueMetadata = try reader.readList(of: .structure) { reader throws(ParquetError) in
                    try reader.readKeyValue()
                }
            case (6, .binary): meta.createdBy = try reader.readString()
            default: return false
            }
            return true
        }
        guard meta.numRows >= 0, !meta.schema.isEmpty else { throw .corrupt("file metadata missing fields") }
        return meta
    }
}
