import Kernel
import Testing

@testable import Parquet

@Suite struct RoundTripTests {
    func roundTrip(
        _ batches: [RecordBatch], rowGroupSize: Int, pageRows: Int, compression: ParquetCompression = .uncompressed
    ) throws -> ParquetReader {
        let file = try writeFile(batches, rowGroupSize: rowGroupSize, pageRows: pageRows, compression: compression)
        let reader = try ParquetReader(file: file)
        let read = try reader.readAll()
        #expect(table(read) == table(batches))
        #expect(reader.schema == ParquetSchema(batch: batches[0]))
        #expect(reader.rowCount == batches.reduce(0) { $0 + $1.rowCount })
        return reader
    }

    @Test(arguments: [false, true])
    func everyTypeAcrossRowGroupsAndPages(nulls: Bool) throws {
        let batches = [sampleBatch(rows: 0..<10, nulls: nulls), sampleBatch(rows: 10..<47, nulls: nulls)]
        let reader = try roundTrip(batches, rowGroupSize: 16, pageRows: 5)
        #expect(reader.rowGroupCount == 3)
        let single = try roundTrip(batches, rowGroupSize: 1_000, pageRows: 1_000)
        #expect(single.rowGroupCount == 1)
    }

    @Test(arguments: [false, true])
    func zstdCompression(nulls: Bool) throws {
        let batches = [sampleBatch(rows: 0..<500, nulls: nulls)]
        let reader = try roundTrip(batches, rowGroupSize: 200, pageRows: 64, compression: .zstd(level: 3))
        #expect(reader.rowGroupCount == 3)
    }

    @Test func largeRowCountAcrossRowGroups() throws {
        let batches = stride(from: 0, to: 300_000, by: 65_536).map {
            sampleBatch(rows: $0..<min($0 + 65_536, 300_000), nulls: $0 % 2 == 0)
        }
        let reader = try roundTrip(batches, rowGroupSize: 122_880, pageRows: 20_000)
        #expect(reader.rowGroupCount == 3)
    }

    @Test func zeroRowBatchGivesAValidEmptyFile() throws {
        let batch = sampleBatch(rows: 0..<0, nulls: false)
        let file = try writeFile([batch])
        let reader = try ParquetReader(file: file)
        #expect(reader.rowCount == 0)
        #expect(reader.rowGroupCount == 0)
        #expect(reader.schema == ParquetSchema(batch: batch))
    }

    @Test func allNullColumns() throws {
        let rows = 12
        let none = [String?](repeating: nil, count: rows)
        let batch = RecordBatch(
            columns: [
                tagColumn("host", none), timeColumn((0..<rows).map(Int64.init)),
                floatColumn("f", [Double?](repeating: nil, count: rows)),
                integerColumn("i", [Int64?](repeating: nil, count: rows)),
                uintegerColumn("u", [UInt64?](repeating: nil, count: rows)), stringColumn("s", none),
                booleanColumn("b", [Bool?](repeating: nil, count: rows)),
            ], rowCount: rows)
        _ = try roundTrip([batch], rowGroupSize: 5, pageRows: 2)
    }

    @Test func tagDictionariesDifferPerBatch() throws {
        let first = RecordBatch(columns: [tagColumn("t", ["a", "b", nil]), timeColumn([1, 2, 3])], rowCount: 3)
        // Same strings in another order, an unused dictionary entry, and a new value.
        let second = RecordBatch(
            columns: [
                RecordColumn(
                    name: "t", type: .tag, values: .tag(dictionary: ["unused", "b", "c", "a"], codes: [1, 2, 3, 3]),
                    validity: ValidityBitmap(repeating: true, count: 4)),
                timeColumn([4, 5, 6, 7]),
            ], rowCount: 4)
        let reader = try roundTrip([first, second], rowGroupSize: 100, pageRows: 3)
        guard case .tag(let dictionary, _) = try reader.readRowGroup(0).columns[0].values else {
            Issue.record("tag column read back with another type")
            return
        }
        #expect(dictionary == ["a", "b", "c"])
    }

    @Test func manyDistinctStringsFallBackToPlain() throws {
        let rows = 5_000
        let values: [String?] = (0..<rows).map {
            $0 % 7 == 0 ? nil : "value-\($0)-" + String(repeating: "x", count: $0 % 50)
        }
        let batch = RecordBatch(
            columns: [stringColumn("s", values), timeColumn((0..<rows).map(Int64.init))], rowCount: rows)
        var options = ParquetWriterOptions()
        options.dictionaryPageSizeLimit = 4_096
        var writer = try ParquetWriter(schema: ParquetSchema(batch: batch), options: options)
        try writer.write(batch)
        let file = try writer.finish()
        #expect(table(try ParquetReader(file: file).readAll()) == table([batch]))
    }

    @Test func columnsAreMatchedByName() throws {
        let batch = RecordBatch(columns: [timeColumn([1, 2]), floatColumn("v", [1, nil])], rowCount: 2)
        let reordered = RecordBatch(columns: [floatColumn("v", [3, 4]), timeColumn([3, 4])], rowCount: 2)
        var writer = try ParquetWriter(schema: ParquetSchema(batch: batch))
        try writer.write(batch)
        try writer.write(reordered)
        let read = try ParquetReader(file: try writer.finish()).readAll()
        #expect(table(read)["v"] == [.double(1.0.bitPattern), .null, .double(3.0.bitPattern), .double(4.0.bitPattern)])
        let missing = RecordBatch(columns: [timeColumn([1])], rowCount: 1)
        #expect(throws: ParquetError.self) { try writer.write(missing) }
    }

    @Test func streamingOutputMatchesWholeFile() throws {
        let batches = [sampleBatch(rows: 0..<30, nulls: true), sampleBatch(rows: 30..<60, nulls: false)]
        var options = ParquetWriterOptions()
        options.rowGroupSize = 20
        var writer = try ParquetWriter(schema: ParquetSchema(batch: batches[0]), options: options)
        var streamed: [UInt8] = []
        for batch in batches {
            try writer.write(batch)
            streamed += writer.takeBytes()
        }
        streamed += try writer.finish()
        #expect(streamed == (try writeFile(batches, rowGroupSize: 20)))
        #expect(throws: ParquetError.finished) { try writer.write(batches[0]) }
    }
}

@Suite struct WriterErrorTests {
    @Test func wrongTypeIsRejectedAndTheWriterStaysUsable() throws {
        let batch = RecordBatch(columns: [timeColumn([1, 2]), floatColumn("v", [1, 2])], rowCount: 2)
        var writer = try ParquetWriter(schema: ParquetSchema(batch: batch))
        let wrong = RecordBatch(columns: [timeColumn([3]), integerColumn("v", [3])], rowCount: 1)
        #expect(throws: ParquetError.self) { try writer.write(wrong) }
        try writer.write(batch)
        #expect(try ParquetReader(file: try writer.finish()).rowCount == 2)
    }

    @Test func badTagCodeEndsTheFile() throws {
        let good = RecordBatch(columns: [timeColumn([1]), tagColumn("t", ["a"])], rowCount: 1)
        let bad = RecordBatch(
            columns: [
                timeColumn([2]),
                RecordColumn(
                    name: "t", type: .tag, values: .tag(dictionary: ["a"], codes: [5]),
                    validity: ValidityBitmap(repeating: true, count: 1)),
            ], rowCount: 1)
        var writer = try ParquetWriter(schema: ParquetSchema(batch: good))
        #expect(throws: ParquetError.self) { try writer.write(bad) }
        #expect(throws: ParquetError.finished) { try writer.write(good) }
    }
}
