/// Element and field type codes of the Thrift compact protocol.
enum ThriftType: UInt8, Sendable {
    case stop = 0
    case boolTrue = 1
    case boolFalse = 2
    case byte = 3
    case i16 = 4
    case i32 = 5
    case i64 = 6
    case double = 7
    case binary = 8
    case list = 9
    case set = 10
    case map = 11
    case structure = 12
}

/// Serialises Thrift structs with the compact protocol, the encoding Parquet uses for its page
/// headers and file footer. Callers write fields in increasing id order, as the generated code of
/// other implementations does, so short field-delta headers are used where possible.
struct ThriftCompactWriter: Sendable {
    private(set) var bytes: [UInt8] = []
    /// The last field id of each open struct; the compact protocol encodes ids as deltas.
    private var lastFieldIds: [Int16] = [0]

    init() {}

    // MARK: Primitive encodings

    mutating func writeVarint(_ value: UInt64) {
        var remaining = value
        while remaining >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    static func zigzag(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value << 1) ^ (value >> 63))
    }

    mutating func writeI64(_ value: Int64) { writeVarint(Self.zigzag(value)) }

    mutating func writeI32(_ value: Int32) { writeVarint(Self.zigzag(Int64(value))) }

    mutating func writeBinary(_ value: [UInt8]) {
        writeVarint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    mutating func writeString(_ value: String) {
        writeVarint(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    // MARK: Fields

    /// Writes a field header: a one-byte delta form when the id is 1...15 above the previous one.
    mutating func writeFieldHeader(id: Int16, type: ThriftType) {
        let last = lastFieldIds[lastFieldIds.count - 1]
        let delta = Int(id) - Int(last)
        if delta > 0 && delta <= 15 {
            bytes.append(UInt8(delta) << 4 | type.rawValue)
        } else {
            bytes.append(type.rawValue)
            writeVarint(Self.zigzag(Int64(id)))
        }
        lastFieldIds[lastFieldIds.count - 1] = id
    }

    mutating func writeI32Field(_ id: Int16, _ value: Int32) {
        writeFieldHeader(id: id, type: .i32)
        writeI32(value)
    }

    mutating func writeI64Field(_ id: Int16, _ value: Int64) {
        writeFieldHeader(id: id, type: .i64)
        writeI64(value)
    }

    mutating func writeByteField(_ id: Int16, _ value: Int8) {
        writeFieldHeader(id: id, type: .byte)
        bytes.append(UInt8(bitPattern: value))
    }

    /// Booleans carry their value in the field header's type nibble.
    mutating func writeBoolField(_ id: Int16, _ value: Bool) {
        writeFieldHeader(id: id, type: value ? .boolTrue : .boolFalse)
    }

    mutating func writeBinaryField(_ id: Int16, _ value: [UInt8]) {
        writeFieldHeader(id: id, type: .binary)
        writeBinary(value)
    }

    mutating func writeStringField(_ id: Int16, _ value: String) {
        writeFieldHeader(id: id, type: .binary)
        writeString(value)
    }

    /// Writes a nested struct field; `body` writes the inner fields.
    mutating func writeStructField(_ id: Int16, _ body: (inout ThriftCompactWriter) -> Void) {
        writeFieldHeader(id: id, type: .structure)
        writeStruct(body)
    }

    /// Writes a struct value (fields then the stop byte) with its own field-id scope.
    mutating func writeStruct(_ body: (inout ThriftCompactWriter) -> Void) {
        lastFieldIds.append(0)
        body(&self)
        bytes.append(ThriftType.stop.rawValue)
        lastFieldIds.removeLast()
    }

    /// Writes a list header: the size shares a byte with the element type when it is below 15.
    mutating func writeListHeader(elementType: ThriftType, count: Int) {
        if count < 15 {
            bytes.append(UInt8(count) << 4 | elementType.rawValue)
        } else {
            bytes.append(0xF0 | elementType.rawValue)
            writeVarint(UInt64(count))
        }
    }

    mutating func writeListField<Element>(
        _ id: Int16, elementType: ThriftType, _ elements: [Element],
        _ writeElement: (inout ThriftCompactWriter, Element) -> Void
    ) {
        writeFieldHeader(id: id, type: .list)
        writeListHeader(elementType: elementType, count: elements.count)
        for element in elements { writeElement(&self, element) }
    }
}
