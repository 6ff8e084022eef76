import Kernel

/// Writes one column chunk of a row group (an optional dictionary page, then v1 data pages of at
/// most `pageRowLimit` rows) and describes it with `ColumnMetaData`.
struct ColumnChunkWriter {
    let compression: ParquetCompression
    let pageRowLimit: Int

    /// Appends the chunk for `column` to `out`; `baseOffset` is the file offset of `out[0]`.
    func write(_ column: ColumnBuffer, to out: inout [UInt8], baseOffset: Int64) throws(ParquetError) -> ColumnChunk {
        var pages = PageWriter(compression: compression)
        let start = baseOffset + Int64(out.count)
        // An all-null dictionary column is written PLAIN: an empty dictionary page buys nothing.
        // Strings keep the dictionary only when values repeat (at most half are distinct).
        let dictionary =
            column.usesDictionary && column.nonNullCount > 0
            && (column.type == .tag || column.dictionary.count * 2 <= column.nonNullCount)
        var dictionaryOffset: Int64?
        if dictionary {
            dictionaryOffset = start
            try pages.writeDictionaryPage(column.dictionary.encodedPage(), count: column.dictionary.count, to: &out)
        }
        let dataOffset = baseOffset + Int64(out.count)
        var valueStart = 0
        var rowStart = 0
        repeat {
            let rowEnd = min(rowStart + pageRowLimit, column.rowCount)
            var body: [UInt8] = []
            let valueEnd = appendLevels(column, rows: rowStart..<rowEnd, valueStart: valueStart, to: &body)
            if dictionary {
                DictionaryIndices.append(
                    column.indices[valueStart..<valueEnd], bitWidth: column.dictionary.indexBitWidth, to: &body)
            } else {
                appendPlain(column, values: valueStart..<valueEnd, to: &body)
            }
            try pages.writeDataPage(
                body, valueCount: rowEnd - rowStart, encoding: dictionary ? .rleDictionary : .plain, to: &out)
            valueStart = valueEnd
            rowStart = rowEnd
        } while rowStart < column.rowCount
        let meta = ColumnMetaData(
            type: column.type.physicalType,
            encodings: dictionary ? [.plain, .rle, .rleDictionary] : [.plain, .rle],
            pathInSchema: [column.name], codec: compression.codec, numValues: Int64(column.rowCount),
            totalUncompressedSize: pages.uncompressedBytes, totalCompressedSize: pages.compressedBytes,
            dataPageOffset: dataOffset, dictionaryPageOffset: dictionaryOffset, statistics: column.statistics())
        return ColumnChunk(fileOffset: start, metaData: meta)
    }

    /// Writes the page's definition levels (4-byte length, then the RLE hybrid) for OPTIONAL
    /// columns and returns the end of the page's range of non-null values.
    private func appendLevels(
        _ column: ColumnBuffer, rows: Range<Int>, valueStart: Int, to body: inout [UInt8]
    ) -> Int {
        guard !column.isRequired else { return valueStart + rows.count }
        let levels = column.definitionLevels[rows]
        var encoded: [UInt8] = []
        var present = rows.count
        if column.nullCount == 0 {
            RLEHybrid.appendRun(value: 1, count: rows.count, bitWidth: 1, to: &encoded)
        } else {
            present = levels.reduce(0) { $0 + Int($1) }
            let wide = levels.map { UInt32($0) }
            RLEHybrid.encode(wide, bitWidth: 1, to: &encoded)
        }
        PlainEncoding.appendLittleEndian(UInt32(encoded.count), to: &body)
        body.append(contentsOf: encoded)
        return valueStart + present
    }

    private func appendPlain(_ column: ColumnBuffer, values range: Range<Int>, to body: inout [UInt8]) {
        switch column.type {
        case .time, .integer, .uinteger: PlainEncoding.append(column.int64s[range], to: &body)
        case .float: PlainEncoding.append(column.doubles[range], to: &body)
        case .boolean: PlainEncoding.append(column.bools[range], to: &body)
        case .tag, .string:
            if column.usesDictionary {
                // An all-null chunk, or strings whose dictionary would not pay off.
                for index in column.indices[range] {
                    PlainEncoding.appendByteArray(column.dictionary.values[Int(index)], to: &body)
                }
            } else {
                for value in column.strings[range] { PlainEncoding.appendByteArray(value, to: &body) }
            }
        }
    }
}

extension ColumnType {
    var physicalType: PhysicalType {
        switch self {
        case .tag, .string: .byteArray
        case .time, .integer, .uinteger: .int64
        case .float: .double
        case .boolean: .boolean
        }
    }
}
