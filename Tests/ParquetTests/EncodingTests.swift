import Kernel
import Testing

@testable import Parquet

@Suite struct EncodingTests {
    @Test func bitPackedExampleFromTheSpec() throws {
        // Encodings.md: 0...7 with bit width 3 packs to 10001000 11000110 11111010.
        var out: [UInt8] = []
        RLEHybrid.encode(Array(0...7), bitWidth: 3, to: &out)
        #expect(out == [0x03, 0x88, 0xC6, 0xFA])
        #expect(try RLEHybrid.decode(out, from: 0, to: out.count, bitWidth: 3, count: 8) == Array(0...7))
    }

    @Test func repeatedRunsUseRLE() throws {
        var out: [UInt8] = []
        RLEHybrid.encode(Array(repeating: 4, count: 100), bitWidth: 3, to: &out)
        #expect(out == [0xC8, 0x01, 0x04])
        var wide: [UInt8] = []
        RLEHybrid.encode(Array(repeating: 0x1234, count: 9), bitWidth: 13, to: &wide)
        #expect(wide == [0x12, 0x34, 0x12])
    }

    @Test func randomRoundTrips() throws {
        var random = SplitMix(state: 7)
        for bitWidth in [1, 2, 3, 5, 8, 13, 17, 31, 32] {
            let maxValue = bitWidth == 32 ? UInt64(UInt32.max) : (UInt64(1) << UInt64(bitWidth)) - 1
            var values: [UInt32] = []
            for _ in 0..<1_000 {
                let value = UInt32(random.next() % (maxValue + 1))
                let repeats = random.next() % 4 == 0 ? Int(random.next() % 30) + 1 : 1
                values += repeatElement(value, count: repeats)
            }
            var out: [UInt8] = []
            RLEHybrid.encode(values, bitWidth: bitWidth, to: &out)
            #expect(
                try RLEHybrid.decode(out, from: 0, to: out.count, bitWidth: bitWidth, count: values.count) == values)
        }
    }

    @Test func corruptRunsThrow() {
        // A literal run claiming 2^62 groups, and an RLE run cut short.
        let huge: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]
        #expect(throws: ParquetError.self) {
            try RLEHybrid.decode(huge, from: 0, to: huge.count, bitWidth: 8, count: 5)
        }
        #expect(throws: ParquetError.self) { try RLEHybrid.decode([0x10], from: 0, to: 1, bitWidth: 8, count: 8) }
        #expect(throws: ParquetError.self) { try RLEHybrid.decode([], from: 0, to: 0, bitWidth: 1, count: 1) }
    }

    @Test func plainBooleansAreBitPackedLSBFirst() throws {
        var out: [UInt8] = []
        let values = [true, false, true, true, false, false, false, false, true]
        PlainEncoding.append(values[...], to: &out)
        #expect(out == [0x0D, 0x01])
        var offset = 0
        #expect(try PlainEncoding.decodeBools(out, at: &offset, count: 9) == values)
    }

    @Test func plainByteArraysHaveLengthPrefixes() throws {
        var out: [UInt8] = []
        PlainEncoding.appendByteArray("", to: &out)
        PlainEncoding.appendByteArray("é", to: &out)
        #expect(out == [0, 0, 0, 0, 2, 0, 0, 0, 0xC3, 0xA9])
        var offset = 0
        #expect(try PlainEncoding.decodeStrings(out, at: &offset, count: 2) == ["", "é"])
        offset = 0
        #expect(throws: ParquetError.self) { try PlainEncoding.decodeStrings(out, at: &offset, count: 3) }
    }

    @Test func base64() {
        #expect(Base64.encode(Array("Man".utf8)) == "TWFu")
        #expect(Base64.encode(Array("Ma".utf8)) == "TWE=")
        #expect(Base64.encode(Array("M".utf8)) == "TQ==")
        #expect(Base64.encode([]) == "")
        #expect(Base64.decode("TWE=") == Array("Ma".utf8))
        #expect(Base64.decode("TQ==") == Array("M".utf8))
        #expect(Base64.decode("T===") == nil)
        #expect(Base64.decode("TW=u") == nil)
        #expect(Base64.decode("TWE") == nil)
    }

    @Test func arrowSchemaNamesDictionaryFields() {
        let schema = ParquetSchema(columns: [
            .init(name: "host", type: .tag), .init(name: "time", type: .time), .init(name: "v", type: .float),
            .init(name: "region", type: .tag),
        ])
        let encoded = ArrowSchema.encodedForParquet(schema)
        #expect(ArrowSchemaDecoding.dictionaryFieldNames(encoded) == ["host", "region"])
        #expect(ArrowSchemaDecoding.dictionaryFieldNames("AAAA") == nil)
    }
}
