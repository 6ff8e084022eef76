import Testing

@testable import WAL

@Suite("CRC32C")
struct CRC32CTests {
    @Test func knownVectors() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([]) == 0)
        #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
    }

    @Test func slicedPathMatchesBytewiseAtEveryLengthAndSplit() {
        var rng = SplitMix64(state: 7)
        let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &rng) }
        for length in 0...bytes.count {
            let whole = CRC32C.checksum(Array(bytes[0..<length]))
            let split = length / 3
            let streamed = bytes.withUnsafeBytes { buffer in
                CRC32C.finalize(
                    CRC32C.update(
                        CRC32C.update(CRC32C.initialState, UnsafeRawBufferPointer(rebasing: buffer[0..<split])),
                        UnsafeRawBufferPointer(rebasing: buffer[split..<length])
                    )
                )
            }
            #expect(whole == streamed)
            #expect(whole == bytewise(Array(bytes[0..<length])))
        }
    }

    /// The textbook bit-at-a-time definition, as an oracle for the table-driven code.
    private func bytewise(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
        }
        return ~crc
    }
}
