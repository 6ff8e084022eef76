import Kernel
import Testing

@testable import Parquet

/// Damaged files must be rejected with an error (or read as some other valid content), never trap.
@Suite struct CorruptInputTests {
    static func sampleFile(compression: ParquetCompression = .uncompressed) throws -> [UInt8] {
        try writeFile(
            [sampleBatch(rows: 0..<40, nulls: true)], rowGroupSize: 16, pageRows: 7, compression: compression)
    }

    /// Reads everything, turning any error into `nil`; a trap would crash the test process.
    static func readAll(_ file: [UInt8]) -> [RecordBatch]? {
        var limits = ParquetReaderLimits()
        limits.maxRowsPerRowGroup = 10_000
        limits.maxPageSize = 1 << 20
        return try? ParquetReader(file: file, limits: limits).readAll()
    }

    @Test func everyTruncationThrows() throws {
        let file = try Self.sampleFile()
        for length in 0..<file.count {
            #expect(throws: ParquetError.self) { _ = try ParquetReader(file: Array(file[0..<length])).readAll() }
        }
    }

    @Test(arguments: [ParquetCompression.uncompressed, .zstd(level: 1)])
    func randomByteFlipsNeverTrap(compression: ParquetCompression) throws {
        let file = try Self.sampleFile(compression: compression)
        var random = SplitMix(state: 42)
        for _ in 0..<3_000 {
            var damaged = file
            for _ in 0..<Int(random.next() % 4 + 1) {
                let position = Int(random.next() % UInt64(damaged.count))
                damaged[position] = UInt8(truncatingIfNeeded: random.next())
            }
            _ = Self.readAll(damaged)
        }
    }

    @Test func footerFlipsNeverTrap() throws {
        // Concentrate damage in the footer, where sizes, offsets and counts live.
        let file = try Self.sampleFile()
        let footerLength = Int(file[file.count - 8]) | Int(file[file.count - 7]) << 8
        let footerStart = file.count - 8 - footerLength
        for position in footerStart..<(file.count - 8) {
            for value: UInt8 in [0x00, 0x7F, 0xFF, file[position] ^ 0x10] {
                var damaged = file
                damaged[position] = value
                _ = Self.readAll(damaged)
            }
        }
    }

    @Test func hugeDeclaredRowCountIsRefused() throws {
        let metadata = FileMetaData(
            version: 1, schema: try ParquetLayout(ParquetSchema(columns: [.init(name: "time", type: .time)])).elements,
            numRows: 1 << 40, rowGroups: [RowGroup(columns: [], totalByteSize: 0, numRows: 1 << 40)])
        var file = Array("PAR1".utf8)
        let footer = metadata.encoded()
        file += footer
        PlainEncoding.appendLittleEndian(UInt32(footer.count), to: &file)
        file += Array("PAR1".utf8)
        #expect(throws: ParquetError.self) { _ = try ParquetReader(file: file).readAll() }
    }
}
