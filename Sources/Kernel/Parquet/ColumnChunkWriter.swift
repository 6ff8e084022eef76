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
            && (column.storage == .tag || column.dictionary.count * 2 <= column.nonNullCount)
        var dictionaryOffset: Int64?
        if dictionary {
            dictionaryOffset = start
            try pages.writeDictionaryPage(column.dictionary.encodedPage(), count: column.dictionary.count, to: &out)
        }
        let dataOffset = baseOffset + Int64(out.count)
        var valueStart = 0
        var levelStart = 0
        repeat {
            let levelEnd = pageEnd(column, from: levelStart)
            var body: [UInt8] = []
            let valueEnd = appendLevels(column, levelStart..<levelEnd, valueStart: valueStart, to: &body)
            if dictionary {
                DictionaryIndices.append(
                    column.indices[valueStart..<valueEnd], bitWidth: column.dictionary.indexBitWidth, to: &body)
            } else {
                appendPlain(column, values: valueStart..<valueEnd, to: &body)
            }
            try pages.writeDataPage(
                body, valueCount: levelEnd - levelStart, encoding: dictionary ? .rleDictionary : .plain, to: &out)
            valueStart = valueEnd
            levelStart = levelEnd
        } while levelStart < column.levelCount
        let meta = ColumnMetaData(
            type: column.leaf.mapping.physicalType,
            encodings: dictionary ? [.plain, .rle, .rleDictionary] : [.plain, .rle],
            pathInSchema: column.leaf.path, codec: compression.codec, numValues: Int64(column.levelCount),
            totalUncompressedSize: pages.uncompressedBytes, totalCompressedSize: pages.compressedBytes,
            dataPageOffset: dataOffset, dictionaryPageOffset: dictionaryOffset, statistics: column.statistics())
        return ColumnChunk(fileOffset: start, metaData: meta)
    }

    /// The end of the page starting at level entry `start`: `pageRowLimit` rows, where a row of a
    /// leaf inside a list is every entry up to the next repetition level 0.
    private func pageEnd(_ column: ColumnBuffer, from start: Int) -> Int {
        guard column.maxRepetitionLevel > 0 else { return min(start + pageRowLimit, column.levelCount) }
        var rows = 0
        var index = start
        while index < column.levelCount {
            if column.repetitionLevels[index] == 0 {
                if rows == pageRowLimit { break }
                rows += 1
            }
            index += 1
        }
        return index
    }

    /// Writes the page's repetition and definition levels (each a 4-byte length, then the RLE
    /// hybrid) where the leaf has them, and returns the end of the page's range of values.
    private func appendLevels(
        _ column: ColumnBuffer, _ levels: Range<Int>, valueStart: Int, to body: inout [UInt8]
    ) -> Int {
        if column.maxRepetitionLevel > 0 {
            appendLevelRun(column.repetitionLevels[levels], max: column.maxRepetitionLevel, uniform: false, to: &body)
        }
        let maxDefinition = column.maxDefinitionLevel
        guard maxDefinition > 0 else { return valueStart + levels.count }
        let definitions = column.definitionLevels[levels]
        appendLevelRun(definitions, max: maxDefinition, uniform: column.nullCount == 0, to: &body)
        guard column.nullCount > 0 else { return valueStart + levels.count }
        return valueStart + definitions.reduce(0) { $0 + ($1 == maxDefinition ? 1 : 0) }
    }

    /// `uniform`: every level is `max`, written as one run.
    private func appendLevelRun(_ levels: ArraySlice<UInt8>, max: UInt8, uniform: Bool, to body: inout [UInt8]) {
        let bitWidth = RLEHybrid.bitWidth(forMaxValue: UInt32(max))
        var encoded: [UInt8] = []
        if uniform {
            RLEHybrid.appendRun(value: UInt32(max), count: levels.count, bitWidth: bitWidth, to: &encoded)
        } else {
            RLEHybrid.encode(levels.map { UInt32($0) }, bitWidth: bitWidth, to: &encoded)
        }
        PlainEncoding.appendLittleEndian(UInt32(encoded.count), to: &body)
        body.append(contentsOf: encoded)
    }

    private func appendPlain(_ column: ColumnBuffer, values range: Range<Int>, to body: inout [UInt8]) {
        switch column.storage {
        case .int64, .uint64: PlainEncoding.append(column.int64s[range], to: &body)
        case .int32, .uint32: PlainEncoding.append(column.int32s[range], to: &body)
        case .float: PlainEncoding.append(column.floats[range], to: &body)
        case .double: PlainEncoding.append(column.doubles[range], to: &body)
        case .boolean: PlainEncoding.append(column.bools[range], to: &body)
        case .bytes: for value in column.byteArrays[range] { PlainEncoding.appendByteArray(value, to: &body) }
        case .fixedBytes: for value in column.byteArrays[range] { body.append(contentsOf: value) }
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
