import Kernel

/// Reads the pages of one column chunk (dictionary page, v1 data pages; PLAIN or dictionary
/// values; RLE definition levels) into a `ColumnAccumulator`, checking every size and count.
struct ColumnChunkReader {
    let file: [UInt8]
    let limits: ParquetReaderLimits

    func read(
        _ meta: ColumnMetaData, range: Range<Int>, rows: Int, into column: inout ColumnAccumulator, required: Bool
    ) throws(ParquetError) {
        guard meta.numValues == Int64(rows) else { throw .corrupt("column '\(column.name)': value count mismatch") }
        var position = range.lowerBound
        var dictionary: PageValues?
        while column.rowCount < rows {
            var reader = ThriftCompactReader(bytes: file, start: position, end: range.upperBound)
            let header = try reader.readPageHeader()
            let bodyStart = reader.position
            guard Int(header.compressedPageSize) <= range.upperBound - bodyStart else {
                throw .corrupt("page past the end of its column chunk")
            }
            guard Int(header.uncompressedPageSize) <= limits.maxPageSize else {
                throw .unsupported("page of \(header.uncompressedPageSize) bytes exceeds the reader limit")
            }
            position = bodyStart + Int(header.compressedPageSize)
            switch header.type {
            case .dictionaryPage:
                guard dictionary == nil, column.rowCount == 0, let info = header.dictionaryPageHeader,
                    info.encoding == .plain || info.encoding == .plainDictionary
                else { throw .unsupported("dictionary page of this kind") }
                let body = try page(header, bodyStart, meta.codec)
                var offset = 0
                let values = try plainValues(body, &offset, meta.type, Int(info.numValues))
                if case .strings(let strings) = values { column.setDictionary(strings) }
                dictionary = values
            case .dataPage:
                guard let info = header.dataPageHeader, Int(info.numValues) <= rows - column.rowCount else {
                    throw .corrupt("data page without header or with too many values")
                }
                let body = try page(header, bodyStart, meta.codec)
                try readDataPage(body, info, meta.type, dictionary, required: required, into: &column)
            case .indexPage:
                continue
            case .dataPageV2:
                throw .unsupported("data page v2")
            }
        }
    }

    private func page(_ header: PageHeader, _ start: Int, _ codec: CompressionCodec) throws(ParquetError) -> [UInt8] {
        let body = file[start..<(start + Int(header.compressedPageSize))]
        return try PageCompression.decompress(body, codec: codec, uncompressedSize: Int(header.uncompressedPageSize))
    }

    private func readDataPage(
        _ body: [UInt8], _ info: DataPageHeader, _ type: PhysicalType, _ dictionary: PageValues?, required: Bool,
        into column: inout ColumnAccumulator
    ) throws(ParquetError) {
        let rows = Int(info.numValues)
        var offset = 0
        var levels: [UInt32]?
        var present = rows
        if !required {
            guard info.definitionLevelEncoding == .rle else { throw .unsupported("definition level encoding") }
            let length = Int(try PlainEncoding.readUInt32(body, at: &offset))
            guard length <= body.count - offset else { throw .corrupt("definition levels past page end") }
            let decoded = try RLEHybrid.decode(body, from: offset, to: offset + length, bitWidth: 1, count: rows)
            offset += length
            present = decoded.reduce(0) { $0 + Int($1) }
            levels = decoded
        }
        let values: PageValues
        switch info.encoding {
        case .plain:
            values = try plainValues(body, &offset, type, present)
        case .rleDictionary, .plainDictionary:
            guard let dictionary else { throw .corrupt("dictionary-encoded page without a dictionary") }
            let indices = try DictionaryIndices.decode(
                Array(body[offset...]), from: 0, count: present, dictionarySize: dictionary.count)
            values = Self.lookUp(indices, in: dictionary, keepIndices: column.type == .tag)
        default:
            throw .unsupported("encoding \(info.encoding)")
        }
        try column.append(levels: levels, rows: rows, values: values)
    }

    /// Replaces dictionary indices by values (indices already checked against the dictionary
    /// size). Tag columns keep the indices: the accumulator maps them to its own dictionary.
    private static func lookUp(_ indices: [UInt32], in dictionary: PageValues, keepIndices: Bool) -> PageValues {
        switch dictionary {
        case .strings where keepIndices: .indices(indices)
        case .strings(let values): .strings(indices.map { values[Int($0)] })
        case .int64s(let values): .int64s(indices.map { values[Int($0)] })
        case .doubles(let values): .doubles(indices.map { values[Int($0)] })
        case .bools(let values): .bools(indices.map { values[Int($0)] })
        case .indices: .indices(indices)
        }
    }

    private func plainValues(
        _ body: [UInt8], _ offset: inout Int, _ type: PhysicalType, _ count: Int
    ) throws(ParquetError) -> PageValues {
        switch type {
        case .int64: return .int64s(try PlainEncoding.decodeUInt64s(body, at: &offset, count: count))
        case .double:
            return .doubles(
                try PlainEncoding.decodeUInt64s(body, at: &offset, count: count).map(Double.init(bitPattern:)))
        case .boolean: return .bools(try PlainEncoding.decodeBools(body, at: &offset, count: count))
        case .byteArray: return .strings(try PlainEncoding.decodeStrings(body, at: &offset, count: count))
        default: throw .unsupported("physical type \(type)")
        }
    }
}
