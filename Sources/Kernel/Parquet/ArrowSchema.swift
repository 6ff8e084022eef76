import Kernel

/// Builds the Arrow IPC schema message stored under the `ARROW:schema` key (apache/arrow
/// format/Schema.fbs and Message.fbs). Arrow readers use it to restore the exact Arrow types:
/// tags as `Dictionary(Int32, Utf8)`, time as `Timestamp(Nanosecond, None)`, UInt64 fields,
/// zones, dates, times, and struct and list fields with their children.
enum ArrowSchema {
    /// `Type` union member ids in Schema.fbs (0 is NONE).
    enum TypeID: UInt8 {
        case null = 1
        case int = 2
        case floatingPoint = 3
        case utf8 = 5
        case binary = 4
        case bool = 6
        case decimal = 7
        case date = 8
        case time = 9
        case timestamp = 10
        case list = 12
        case structure = 13
        case map = 17
        case duration = 18
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
            fields.append(
                field(
                    column.name, column.type, nullable: column.nullable, dictionaryID: &nextDictionaryID, in: &builder))
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

    /// A `Field` table; children (struct fields, a list's item) are built first, as a flatbuffer
    /// builder cannot nest tables.
    private static func field(
        _ name: String, _ type: ValueType, nullable: Bool, dictionaryID: inout Int64,
        in builder: inout FlatBufferBuilder
    ) -> Int {
        var childFields: [Int] = []
        switch type {
        case .structure(let children), .list(let children), .map(let children):
            for child in children {
                childFields.append(
                    field(child.name, child.type, nullable: child.nullable, dictionaryID: &dictionaryID, in: &builder))
            }
        default: break
        }
        let name = builder.createString(name)
        let (typeID, typeTable) = typeTable(type, in: &builder)
        var dictionary: Int?
        if type == .tag {
            let indexType = intTable(bitWidth: 32, signed: true, in: &builder)
            builder.startTable()
            builder.add(slot: 0, dictionaryID)  // DictionaryEncoding.id, unique per field
            builder.add(slot: 1, reference: indexType)
            builder.add(slot: 2, UInt8(0))  // isOrdered = false
            dictionary = builder.endTable()
            dictionaryID += 1
        }
        // Arrow C++ rejects a Field without a children vector, even for primitive types.
        let children = builder.createVector(ofOffsets: childFields)
        builder.startTable()
        builder.add(slot: 0, reference: name)
        builder.add(slot: 1, UInt8(nullable ? 1 : 0))
        builder.add(slot: 2, typeID.rawValue)  // type_type
        builder.add(slot: 3, reference: typeTable)
        if let dictionary { builder.add(slot: 4, reference: dictionary) }
        builder.add(slot: 5, reference: children)
        return builder.endTable()
    }

    /// The type table; for dictionary-encoded tags it is the value type, Utf8. Empty tables
    /// (Utf8, Bool, Binary, List, Struct_) carry no fields.
    private static func typeTable(_ type: ValueType, in builder: inout FlatBufferBuilder) -> (TypeID, Int) {
        switch type {
        case .tag, .string: return (.utf8, emptyTable(in: &builder))
        case .boolean: return (.bool, emptyTable(in: &builder))
        case .binary: return (.binary, emptyTable(in: &builder))
        case .null: return (.null, emptyTable(in: &builder))
        case .structure: return (.structure, emptyTable(in: &builder))
        case .list: return (.list, emptyTable(in: &builder))
        case .map:
            builder.startTable()
            builder.add(slot: 0, UInt8(0))  // keysSorted = false
            return (.map, builder.endTable())
        case .float:
            builder.startTable()
            builder.add(slot: 0, Int16(2))  // Precision.DOUBLE
            return (.floatingPoint, builder.endTable())
        case .integer, .uinteger:
            return (.int, intTable(bitWidth: 64, signed: type == .integer, in: &builder))
        case .narrow(.float32):
            builder.startTable()
            builder.add(slot: 0, Int16(1))  // Precision.SINGLE
            return (.floatingPoint, builder.endTable())
        case .narrow(let narrow):
            let signed = narrow.wide == .integer
            return (.int, intTable(bitWidth: Int32(narrow.bitWidth), signed: signed, in: &builder))
        case .time:
            builder.startTable()
            builder.add(slot: 0, Int16(3))  // TimeUnit.NANOSECOND; no timezone
            return (.timestamp, builder.endTable())
        case .zonedTime(let zone):
            let zoneName = builder.createString(zone.name)
            builder.startTable()
            builder.add(slot: 0, Int16(3))  // TimeUnit.NANOSECOND
            builder.add(slot: 1, reference: zoneName)
            return (.timestamp, builder.endTable())
        case .date:
            builder.startTable()
            builder.add(slot: 0, Int16(0))  // DateUnit.DAY (the default is MILLISECOND)
            return (.date, builder.endTable())
        case .time64:
            builder.startTable()
            builder.add(slot: 0, Int16(3))  // TimeUnit.NANOSECOND
            builder.add(slot: 1, Int32(64))  // bitWidth
            return (.time, builder.endTable())
        case .coarseTime(let unit, let zone):
            let zoneName = zone.map { builder.createString($0.name) }
            builder.startTable()
            builder.add(slot: 0, Int16(unit.rawValue))  // TimeUnit
            if let zoneName { builder.add(slot: 1, reference: zoneName) }
            return (.timestamp, builder.endTable())
        case .duration(let unit):
            builder.startTable()
            builder.add(slot: 0, Int16(unit.rawValue))  // TimeUnit
            return (.duration, builder.endTable())
        case .coarseTimeOfDay(let unit):
            builder.startTable()
            builder.add(slot: 0, Int16(unit.rawValue))  // TimeUnit
            builder.add(slot: 1, Int32(unit <= .millisecond ? 32 : 64))  // bitWidth
            return (.time, builder.endTable())
        case .decimal(let decimal):
            builder.startTable()
            builder.add(slot: 0, Int32(decimal.precision))
            builder.add(slot: 1, Int32(decimal.scale))
            builder.add(slot: 2, Int32(128))  // bitWidth
            return (.decimal, builder.endTable())
        case .interval:
            preconditionFailure("ParquetNode refuses intervals before the Arrow schema is built")
        }
    }

    private static func emptyTable(in builder: inout FlatBufferBuilder) -> Int {
        builder.startTable()
        return builder.endTable()
    }

    private static func intTable(bitWidth: Int32, signed: Bool, in builder: inout FlatBufferBuilder) -> Int {
        builder.startTable()
        builder.add(slot: 0, bitWidth)
        builder.add(slot: 1, UInt8(signed ? 1 : 0))
        return builder.endTable()
    }
}
