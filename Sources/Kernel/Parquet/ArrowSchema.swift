import Kernel

/// Builds the Arrow IPC schema message stored under the `ARROW:schema` key (apache/arrow
/// format/Schema.fbs and Message.fbs). Arrow readers use it to restore the exact Arrow types:
/// tags as `Dictionary(Int32, Utf8)`, time as `Timestamp(Nanosecond, None)`, UInt64 fields.
enum ArrowSchema {
    /// `Type` union member ids in Schema.fbs (0 is NONE).
    enum TypeID: UInt8 {
        case int = 2
        case floatingPoint = 3
        case utf8 = 5
        case bool = 6
        case timestamp = 10
    }

    /// The base64 of the encapsulated message: continuation marker 0xFFFFFFFF, the 8-byte
    /// aligned metadata length, then the flatbuffer padded to that length.
    static func encodedForParquet(_ schema: ParquetSchema) -> String {
        var message = flatbuffer(schema)
        message.append(contentsOf: repeatElement(0, count: (8 - message.count % 8) % 8))
        var framed: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF]
        PlainEncoding.appendLittleEndian(UInt32(message.count), to: &framed)
        framed.append(contentsOf: message)
        return Base64.encode(framed)
    }

    /// The `Message` flatbuffer whose header is the `Schema`.
    static func flatbuffer(_ schema: ParquetSchema) -> [UInt8] {
        var builder = FlatBufferBuilder()
        var fields: [Int] = []
        var nextDictionaryID: Int64 = 0
        for column in schema.columns {
            fields.append(field(column, dictionaryID: &nextDictionaryID, in: &builder))
        }
        let fieldVector = builder.createVector(ofOffsets: fields)
        builder.startTable()
        builder.add(slot: 1, reference: fieldVector)  // Schema.fields; endianness stays Little
        let schemaTable = builder.endTable()
        builder.startTable()
        builder.add(slot: 0, Int16(4))  // Message.version = MetadataVersion.V5
        builder.add(slot: 1, UInt8(1))  // Message.header_type = MessageHeader.Schema
        builder.add(slot: 2, reference: schemaTable)
        builder.add(slot: 3, Int64(0))  // Message.bodyLength: a schema message has no body
        let message = builder.endTable()
        return builder.finish(root: message)
    }

    private static func field(
        _ column: ParquetSchema.Column, dictionaryID: inout Int64, in builder: inout FlatBufferBuilder
    ) -> Int {
        let name = builder.createString(column.name)
        let (typeID, typeTable) = typeTable(column.type, in: &builder)
        var dictionary: Int?
        if column.type == .tag {
            let indexType = intTable(bitWidth: 32, signed: true, in: &builder)
            builder.startTable()
            builder.add(slot: 0, dictionaryID)  // DictionaryEncoding.id, unique per field
            builder.add(slot: 1, reference: indexType)
            builder.add(slot: 2, UInt8(0))  // isOrdered = false
            dictionary = builder.endTable()
            dictionaryID += 1
        }
        // Arrow C++ rejects a Field without a children vector, even for primitive types.
        let children = builder.createVector(ofOffsets: [])
        builder.startTable()
        builder.add(slot: 0, reference: name)
        builder.add(slot: 1, UInt8(column.type == .time ? 0 : 1))  // nullable
        builder.add(slot: 2, typeID.rawValue)  // type_type
        builder.add(slot: 3, reference: typeTable)
        if let dictionary { builder.add(slot: 4, reference: dictionary) }
        builder.add(slot: 5, reference: children)
        return builder.endTable()
    }

    /// The type table; for dictionary-encoded tags it is the value type, Utf8.
    private static func typeTable(_ type: ColumnType, in builder: inout FlatBufferBuilder) -> (TypeID, Int) {
        switch type {
        case .tag, .string:
            builder.startTable()
            return (.utf8, builder.endTable())
        case .boolean:
            builder.startTable()
            return (.bool, builder.endTable())
        case .float:
            builder.startTable()
            builder.add(slot: 0, Int16(2))  // Precision.DOUBLE
            return (.floatingPoint, builder.endTable())
        case .integer, .uinteger:
            return (.int, intTable(bitWidth: 64, signed: type == .integer, in: &builder))
        case .time:
            builder.startTable()
            builder.add(slot: 0, Int16(3))  // TimeUnit.NANOSECOND; no timezone
            return (.timestamp, builder.endTable())
        }
    }

    private static func intTable(bitWidth: Int32, signed: Bool, in builder: inout FlatBufferBuilder) -> Int {
        builder.startTable()
        builder.add(slot: 0, bitWidth)
        builder.add(slot: 1, UInt8(signed ? 1 : 0))
        return builder.endTable()
    }
}
