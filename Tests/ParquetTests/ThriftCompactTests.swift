import Testing

@testable import Parquet

@Suite struct ThriftCompactTests {
    @Test func varints() {
        let vectors: [(UInt64, [UInt8])] = [
            (0, [0x00]), (1, [0x01]), (127, [0x7F]), (128, [0x80, 0x01]), (300, [0xAC, 0x02]),
            (16_384, [0x80, 0x80, 0x01]), (UInt64.max, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]),
        ]
        for (value, bytes) in vectors {
            var writer = ThriftCompactWriter()
            writer.writeVarint(value)
            #expect(writer.bytes == bytes)
            var reader = ThriftCompactReader(bytes: bytes)
            #expect((try? reader.readVarint()) == value)
        }
    }

    @Test func zigzag() {
        let vectors: [(Int64, UInt64)] = [
            (0, 0), (-1, 1), (1, 2), (-2, 3), (2_147_483_647, 4_294_967_294), (-2_147_483_648, 4_294_967_295),
            (Int64.max, UInt64.max - 1), (Int64.min, UInt64.max),
        ]
        for (value, encoded) in vectors {
            #expect(ThriftCompactWriter.zigzag(value) == encoded)
            #expect(ThriftCompactReader.unzigzag(encoded) == value)
        }
    }

    @Test func fieldHeadersUseDeltasAndLongForm() {
        var writer = ThriftCompactWriter()
        writer.writeStruct { writer in
            writer.writeI32Field(1, 5)  // delta 1, type i32 (5): 0x15, zigzag(5) = 10
            writer.writeBoolField(2, true)  // delta 1, type true (1): 0x11
            writer.writeI64Field(20, -1)  // delta 18 > 15: type byte 0x06, zigzag(20) = 40, zigzag(-1) = 1
            writer.writeStringField(21, "hi")  // delta 1, binary (8): 0x18, length 2
            writer.writeStructField(22) { writer in
                writer.writeBoolField(1, false)  // inner ids restart at 0: 0x12
            }
            writer.writeByteField(23, -2)  // back in the outer scope: delta 1 from 22: 0x13
        }
        #expect(
            writer.bytes == [
                0x15, 0x0A, 0x11, 0x06, 0x28, 0x01, 0x18, 0x02, 0x68, 0x69, 0x1C, 0x12, 0x00, 0x13, 0xFE, 0x00,
            ])
    }

    @Test func listHeaders() {
        var writer = ThriftCompactWriter()
        writer.writeListHeader(elementType: .i32, count: 3)
        writer.writeListHeader(elementType: .structure, count: 14)
        writer.writeListHeader(elementType: .binary, count: 15)
        writer.writeListHeader(elementType: .i64, count: 300)
        #expect(writer.bytes == [0x35, 0xEC, 0xF8, 0x0F, 0xF6, 0xAC, 0x02])
    }

    @Test func readerSkipsUnknownFieldsAndRoundTrips() throws {
        var writer = ThriftCompactWriter()
        writer.writeStruct { writer in
            writer.writeI32Field(1, -300)
            writer.writeListField(2, elementType: .binary, ["a", "bc"]) { $0.writeString($1) }
            writer.writeStructField(3) { writer in writer.writeI64Field(40, 1 << 40) }
            writer.writeStringField(4, "key")
        }
        var reader = ThriftCompactReader(bytes: writer.bytes)
        var seen: [Int16] = []
        var number: Int32 = 0
        var name = ""
        try reader.readStruct { reader, id, type throws(ParquetError) in
            seen.append(id)
            switch id {
            case 1: number = try reader.readI32()
            case 4: name = try reader.readString()
            default: return false
            }
            return true
        }
        #expect(seen == [1, 2, 3, 4])
        #expect(number == -300)
        #expect(name == "key")
        #expect(reader.remaining == 0)
    }

    @Test func truncatedInputThrows() {
        var writer = ThriftCompactWriter()
        writer.writeStruct { writer in
            writer.writeStringField(1, "hello")
            writer.writeListField(2, elementType: .i64, [1, 2, 3] as [Int64]) { $0.writeI64($1) }
        }
        for length in 0..<writer.bytes.count {
            var reader = ThriftCompactReader(bytes: Array(writer.bytes[0..<length]))
            #expect(throws: ParquetError.self) {
                try reader.readStruct { reader, _, type throws(ParquetError) in
                    try reader.skip(type)
                    return true
                }
            }
        }
    }

    @Test func hugeListCountIsRejectedBeforeAllocating() {
        // A list header claiming 2^40 i32 elements in a 7-byte input.
        var reader = ThriftCompactReader(bytes: [0xF5, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20])
        #expect(throws: ParquetError.self) {
            try reader.readList(of: .i32) { reader throws(ParquetError) in try reader.readI32() }
        }
    }
}
