import Kernel
import Testing

@testable import WAL

@Suite("WAL record codec")
struct WALRecordCodecTests {
    @Test func roundTripsAllFieldTypesNullsEmptyStringsAndUnicode() throws {
        let batch = DatabaseWriteBatch(
            database: "dbé",
            tables: [Fixtures.allTypesTable(rows: 70), Fixtures.allTypesTable(name: "mem", rows: 1)]
        )
        let bytes = try WALRecordCodec.encode(sequence: 42, batch: batch)
        let record = try WALRecordCodec.decode(bytes)
        #expect(record.sequence == 42)
        #expect(record.batch == batch)
    }

    @Test func roundTripsEmptyBatchesAndManyTables() throws {
        let empty = DatabaseWriteBatch(database: "", tables: [])
        #expect(try WALRecordCodec.decode(WALRecordCodec.encode(sequence: 1, batch: empty)).batch == empty)
        let zeroRows = DatabaseWriteBatch(database: "db", tables: [Fixtures.allTypesTable(rows: 0)])
        #expect(try WALRecordCodec.decode(WALRecordCodec.encode(sequence: 2, batch: zeroRows)).batch == zeroRows)
        let many = DatabaseWriteBatch(
            database: "db",
            tables: (0..<200).map { Fixtures.allTypesTable(name: "t\($0)", rows: $0 % 9) }
        )
        #expect(try WALRecordCodec.decode(WALRecordCodec.encode(sequence: .max, batch: many)).batch == many)
    }

    @Test func roundTripsRandomBatches() throws {
        var rng = SplitMix64(state: 1)
        for sequence in 0..<200 as Range<UInt64> {
            let batch = Fixtures.randomBatch(using: &rng)
            let record = try WALRecordCodec.decode(WALRecordCodec.encode(sequence: sequence, batch: batch))
            #expect(record == WALRecord(sequence: sequence, batch: batch))
        }
    }

    @Test func preparedRecordMatchesDirectEncoding() throws {
        let batch = Fixtures.batch(3)
        var prepared = try WALPreparedRecord(batch: batch)
        let frame = prepared.takeStamped(sequence: 77)
        let payload = Array(frame[WALSegmentFormat.frameHeaderBytes...])
        #expect(payload == (try WALRecordCodec.encode(sequence: 77, batch: batch)))
        #expect(Array(frame[0..<4]) == withUnsafeBytes(of: UInt32(payload.count).littleEndian, Array.init))
        #expect(Array(frame[4..<8]) == withUnsafeBytes(of: CRC32C.checksum(payload).littleEndian, Array.init))
    }

    @Test func refusesBatchesThatBreakInvariants() {
        var table = Fixtures.allTypesTable(rows: 4)
        table.timestamps.removeLast()
        let batch = DatabaseWriteBatch(database: "db", tables: [table])
        #expect(throws: WALFormatError.self) { try WALRecordCodec.encode(sequence: 1, batch: batch) }
        #expect(throws: KernelError.self) { try WALPreparedRecord(batch: batch) }
    }

    @Test func everyTruncationOfAValidRecordThrows() throws {
        let bytes = try WALRecordCodec.encode(sequence: 9, batch: Fixtures.batch(1, rows: 70))
        for length in 0..<bytes.count {
            #expect(throws: WALFormatError.self) { try WALRecordCodec.decode(Array(bytes[0..<length])) }
        }
        #expect(throws: WALFormatError.self) { try WALRecordCodec.decode(bytes + [0]) }
    }

    @Test func bitFlipsAndRandomBytesNeverTrap() throws {
        let bytes = try WALRecordCodec.encode(sequence: 9, batch: Fixtures.batch(1, rows: 10))
        for index in bytes.indices {
            for mask in [0x01, 0x80, 0xFF] as [UInt8] {
                var corrupt = bytes
                corrupt[index] ^= mask
                if let record = try? WALRecordCodec.decode(corrupt) {
                    #expect(record.batch.tables.allSatisfy { $0.checkInvariants() })
                }
            }
        }
        var rng = SplitMix64(state: 99)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...200, using: &rng)
            var random = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            if !random.isEmpty { random[0] = WALRecordCodec.formatVersion }
            if let record = try? WALRecordCodec.decode(random) {
                #expect(record.batch.tables.allSatisfy { $0.checkInvariants() })
            }
        }
    }

    @Test func hostileCountsAreRejectedBeforeAllocating() {
        // version, empty database name, then a table count of 4 billion in a 13-byte record.
        var hostile: [UInt8] = [WALRecordCodec.formatVersion, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]
        hostile += [UInt8](repeating: 0, count: 8)
        #expect(throws: WALFormatError.self) { try WALRecordCodec.decode(hostile) }
        // A string length far beyond the record.
        let longString: [UInt8] =
            [WALRecordCodec.formatVersion, 0xFF, 0xFF, 0xFF, 0x7F] + [UInt8](repeating: 0, count: 8)
        #expect(throws: WALFormatError.self) { try WALRecordCodec.decode(longString) }
    }

    @Test func rejectsUnknownVersionAndInvalidUTF8() throws {
        var bytes = try WALRecordCodec.encode(sequence: 1, batch: DatabaseWriteBatch(database: "ab", tables: []))
        var badVersion = bytes
        badVersion[0] = 99
        #expect(throws: WALFormatError.self) { try WALRecordCodec.decode(badVersion) }
        bytes[5] = 0xC3  // a lone UTF-8 lead byte in the database name
        bytes[6] = 0x28
        #expect(throws: WALFormatError.self) { try WALRecordCodec.decode(bytes) }
    }
}
