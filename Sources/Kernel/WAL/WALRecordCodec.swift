import Kernel

/// Binary encoding of one WAL record, `(sequence, DatabaseWriteBatch)`, as the payload that the
/// segment format frames with a length and a CRC32C.
///
/// Layout (all integers little-endian; `str` = UInt32 byte length + UTF-8 bytes):
///
/// | part | encoding |
/// | --- | --- |
/// | format version | UInt8 (`formatVersion`) |
/// | database | str |
/// | tables | UInt32 count, then per table: |
/// | · name, row count | str, UInt32 |
/// | · timestamps | row count × Int64 (nanoseconds) |
/// | · tags | UInt32 count, then per tag: |
/// | · · name, dictionary | str, UInt32 count + strs |
/// | · · codes | row count × Int32 (-1 = absent) |
/// | · fields | UInt32 count, then per field: |
/// | · · name, type | str, UInt8 `ColumnType` raw value |
/// | · · validity | ⌈rows/64⌉ × UInt64 words |
/// | · · values | float: UInt64 bit patterns; integer: Int64; uinteger: UInt64; string: strs; |
/// | | boolean: one byte, 0 or 1 |
/// | sequence | UInt64, last |
///
/// The sequence sits last on purpose: the WAL checksums the body off its lock and then extends the
/// running CRC32C over just these 8 bytes when it stamps the sequence under the lock that orders
/// the file (see `WALPreparedRecord`).
///
/// Pair assertion: `TableWriteBatch.checkInvariants()` is checked before encoding (a violation is a
/// bug upstream and is refused) and again after decoding (a violation means corrupt input).
public enum WALRecordCodec {
    /// Version of the payload layout above; a decoder refuses any other value.
    public static let formatVersion: UInt8 = 1

    /// Encodes a record payload (without the segment framing).
    public static func encode(sequence: UInt64, batch: DatabaseWriteBatch) throws(WALFormatError) -> [UInt8] {
        var writer = ByteWriter(reservingCapacity: estimatedPayloadBytes(batch))
        try encodeBody(batch, into: &writer)
        writer.append(sequence)
        return writer.bytes
    }

    /// Decodes a record payload. Throws on any malformed, truncated or trailing input.
    public static func decode(_ payload: [UInt8]) throws(WALFormatError) -> WALRecord {
        try payload.withUnsafeBytesTyped { (buffer) throws(WALFormatError) -> WALRecord in try decode(buffer) }
    }

    /// Decodes a record payload. Throws on any malformed, truncated or trailing input.
    public static func decode(_ payload: UnsafeRawBufferPointer) throws(WALFormatError) -> WALRecord {
        guard payload.count >= 1 + 8 else { throw WALFormatError("record shorter than its fixed fields", offset: 0) }
        let sequence = UInt64(littleEndian: payload.loadUnaligned(fromByteOffset: payload.count - 8, as: UInt64.self))
        var reader = ByteReader(UnsafeRawBufferPointer(rebasing: payload[0..<payload.count - 8]))
        let version = try reader.readUInt8()
        guard version == formatVersion else { throw WALFormatError("unknown record version \(version)", offset: 0) }
        let database = try reader.readString()
        let tableCount = try reader.readCount(minimumBytesEach: 16, what: "table")
        var tables: [TableWriteBatch] = []
        tables.reserveCapacity(tableCount)
        for _ in 0..<tableCount {
            let start = reader.offset
            let table = try decodeTable(&reader)
            guard table.checkInvariants() else { throw WALFormatError("table violates its invariants", offset: start) }
            tables.append(table)
        }
        guard reader.remainingBytes == 0 else { throw reader.failure("trailing bytes after the last table") }
        return WALRecord(sequence: sequence, batch: DatabaseWriteBatch(database: database, tables: tables))
    }

    /// Writes everything but the trailing sequence.
    static func encodeBody(_ batch: DatabaseWriteBatch, into writer: inout ByteWriter) throws(WALFormatError) {
        writer.append(formatVersion)
        try appendString(batch.database, to: &writer)
        try appendCount(batch.tables.count, to: &writer)
        for table in batch.tables {
            guard table.checkInvariants() else {
                throw WALFormatError("table \(table.tableName) violates its invariants", offset: writer.bytes.count)
            }
            try encodeTable(table, into: &writer)
        }
    }

    /// A close upper estimate of the payload size, so the writer allocates once.
    static func estimatedPayloadBytes(_ batch: DatabaseWriteBatch) -> Int {
        var total = 1 + 8 + 8 + batch.database.utf8.count
        for table in batch.tables {
            let rows = table.rowCount
            total += 16 + table.tableName.utf8.count + rows * 8
            for tag in table.tags {
                total += 8 + tag.name.utf8.count + rows * 4
                total += tag.dictionary.reduce(0) { $0 + 4 + $1.utf8.count }
            }
            for field in table.fields {
                total += 5 + field.name.utf8.count + field.validity.words.count * 8 + rows * 8
            }
        }
        return total
    }

    private static func encodeTable(_ table: TableWriteBatch, into writer: inout ByteWriter) throws(WALFormatError) {
        try appendString(table.tableName, to: &writer)
        try appendCount(table.rowCount, to: &writer)
        writer.appendIntegers(table.timestamps)
        try appendCount(table.tags.count, to: &writer)
        for tag in table.tags {
            try appendString(tag.name, to: &writer)
            try appendCount(tag.dictionary.count, to: &writer)
            for value in tag.dictionary { try appendString(value, to: &writer) }
            writer.appendIntegers(tag.codes)
        }
        try appendCount(table.fields.count, to: &writer)
        for field in table.fields {
            try appendString(field.name, to: &writer)
            writer.append(field.values.columnType.rawValue)
            writer.appendIntegers(field.validity.words)
            switch field.values {
            case .float(let values): writer.appendDoubles(values)
            case .integer(let values): writer.appendIntegers(values)
            case .uinteger(let values): writer.appendIntegers(values)
            case .string(let values):
                for value in values { try appendString(value, to: &writer) }
            case .boolean(let values): writer.appendIntegers(values.map { $0 ? UInt8(1) : 0 })
            }
        }
    }

    private static func decodeTable(_ reader: inout ByteReader) throws(WALFormatError) -> TableWriteBatch {
        let name = try reader.readString()
        let rowCount = try reader.readCount(minimumBytesEach: 8, what: "row")
        let timestamps = try reader.readIntegers(Int64.self, count: rowCount)
        let tagCount = try reader.readCount(minimumBytesEach: 8, what: "tag column")
        var tags: [TagColumn] = []
        tags.reserveCapacity(tagCount)
        for _ in 0..<tagCount {
            let tagName = try reader.readString()
            let dictionaryCount = try reader.readCount(minimumBytesEach: 4, what: "tag dictionary")
            var dictionary: [String] = []
            dictionary.reserveCapacity(dictionaryCount)
            for _ in 0..<dictionaryCount { dictionary.append(try reader.readString()) }
            let codes = try reader.readIntegers(Int32.self, count: rowCount)
            tags.append(TagColumn(name: tagName, dictionary: dictionary, codes: codes))
        }
        let fieldCount = try reader.readCount(minimumBytesEach: 5, what: "field column")
        var fields: [FieldColumn] = []
        fields.reserveCapacity(fieldCount)
        for _ in 0..<fieldCount {
            fields.append(try decodeField(&reader, rowCount: rowCount))
        }
        return TableWriteBatch(tableName: name, timestamps: timestamps, tags: tags, fields: fields)
    }

    private static func decodeField(_ reader: inout ByteReader, rowCount: Int) throws(WALFormatError) -> FieldColumn {
        let name = try reader.readString()
        let typeOffset = reader.offset
        let typeByte = try reader.readUInt8()
        let words = try reader.readIntegers(UInt64.self, count: (rowCount + 63) / 64)
        let values: FieldValues
        switch ColumnType(rawValue: typeByte) {
        case .float: values = .float(try reader.readDoubles(count: rowCount))
        case .integer: values = .integer(try reader.readIntegers(Int64.self, count: rowCount))
        case .uinteger: values = .uinteger(try reader.readIntegers(UInt64.self, count: rowCount))
        case .string:
            // Each string takes at least its 4-byte length: check before reserving.
            guard rowCount <= reader.remainingBytes / 4 else {
                throw reader.failure("string column exceeds the record")
            }
            var strings: [String] = []
            strings.reserveCapacity(rowCount)
            for _ in 0..<rowCount { strings.append(try reader.readString()) }
            values = .string(strings)
        case .boolean:
            let raw = try reader.readBytes(count: rowCount)
            guard raw.allSatisfy({ $0 <= 1 }) else { throw reader.failure("boolean value other than 0 or 1") }
            values = .boolean(raw.map { $0 == 1 })
        case .tag, .time, nil:
            throw WALFormatError("unknown field type \(typeByte)", offset: typeOffset)
        }
        return FieldColumn(name: name, values: values, validity: ValidityBitmap(words: words, count: rowCount))
    }

    private static func appendString(_ string: String, to writer: inout ByteWriter) throws(WALFormatError) {
        guard string.utf8.count <= Int(UInt32.max) else {
            throw WALFormatError("string longer than 4 GiB", offset: writer.bytes.count)
        }
        writer.append(string)
    }

    private static func appendCount(_ count: Int, to writer: inout ByteWriter) throws(WALFormatError) {
        guard count <= Int(UInt32.max) else { throw WALFormatError("count above UInt32", offset: writer.bytes.count) }
        writer.append(UInt32(count))
    }
}
