import Kernel
import Parquet
import Testing

/// Files written by ParquetWriter read back by pyarrow with the expected Arrow types and values.
@Suite(.serialized) struct PyArrowOracleTests {
    static let expectedTypes = [
        ("host", "dictionary<values=string, indices=int32, ordered=0>"), ("time", "timestamp[ns]"),
        ("usage", "double"), ("count", "int64"), ("bytes", "uint64"), ("message", "string"), ("ok", "bool"),
    ]

    /// The cells of a batch rendered the way the oracle script renders pyarrow's values.
    static func expectedColumns(_ batches: [RecordBatch]) -> [String: [String?]] {
        table(batches).mapValues { cells in
            cells.map { cell -> String? in
                switch cell {
                case .null: nil
                case .double(let bits): "\(Double(bitPattern: bits))"
                default: cell.description
                }
            }
        }
    }

    @Test(arguments: [
        (false, ParquetCompression.uncompressed), (true, .uncompressed), (true, .zstd(level: 3)),
    ])
    func pyarrowReadsEveryType(nulls: Bool, compression: ParquetCompression) throws {
        let batches = [sampleBatch(rows: 0..<25, nulls: nulls), sampleBatch(rows: 25..<70, nulls: nulls)]
        let file = try writeFile(batches, rowGroupSize: 32, pageRows: 10, compression: compression)
        let result = try PyArrowOracle.read(file, name: "types-\(nulls)")
        #expect(result.types.map(\.name) == Self.expectedTypes.map(\.0))
        #expect(result.types.map(\.type) == Self.expectedTypes.map(\.1))
        #expect(result.columns == Self.expectedColumns(batches))
        #expect(result.rowGroups == 3)
    }

    @Test func pyarrowSeesStatistics() throws {
        let batch = RecordBatch(
            columns: [
                tagColumn("host", ["b", nil, "a", "c"]), timeColumn([30, 10, 20, 40]),
                floatColumn("usage", [0.0, -2.5, nil, 7.25]), integerColumn("count", [5, -9, nil, 3]),
                uintegerColumn("bytes", [UInt64.max, 1, nil, 1 << 63]), stringColumn("message", ["é", "", nil, "z"]),
                booleanColumn("ok", [true, nil, true, nil]),
            ], rowCount: 4)
        let result = try PyArrowOracle.read(try writeFile([batch]), name: "stats")
        #expect(result.statistics["host"] == ["1", "a", "c"])
        #expect(result.statistics["time"] == ["0", "10", "40"])
        #expect(result.statistics["usage"] == ["1", "-2.5", "7.25"])
        #expect(result.statistics["count"] == ["1", "-9", "5"])
        #expect(result.statistics["bytes"] == ["1", "1", "\(UInt64.max)"])
        #expect(result.statistics["message"] == ["1", "", "é"])
        #expect(result.statistics["ok"] == ["2", "true", "true"])
    }

    @Test func pyarrowReadsEdgeCases() throws {
        let rows = 6
        let batch = RecordBatch(
            columns: [
                tagColumn("host", [String?](repeating: nil, count: rows)), timeColumn((0..<rows).map(Int64.init)),
                stringColumn("message", ["", "日本語", "emoji 🎉", nil, "tab\tquote\"", ""]),
                floatColumn("usage", [Double?](repeating: nil, count: rows)),
            ], rowCount: rows)
        let result = try PyArrowOracle.read(try writeFile([batch], rowGroupSize: 4, pageRows: 3), name: "edges")
        #expect(result.columns == Self.expectedColumns([batch]))
        #expect(
            result.types.map(\.type) == [
                "dictionary<values=string, indices=int32, ordered=0>", "timestamp[ns]", "string", "double",
            ])

        let empty = sampleBatch(rows: 0..<0, nulls: false)
        let emptyResult = try PyArrowOracle.read(try writeFile([empty]), name: "empty")
        #expect(emptyResult.types.map(\.type) == Self.expectedTypes.map(\.1))
        #expect(emptyResult.rowGroups == 0)
        #expect(emptyResult.columns["time"] == [])
    }
}

/// The reverse check: ParquetReader reads files written by pyarrow (another writer's choices of
/// pages, dictionary fallback and metadata).
@Suite(.serialized) struct PyArrowWrittenFileTests {
    @Test(arguments: ["none", "zstd"])
    func readerReadsPyarrowFiles(compression: String) throws {
        let rows = 1_000
        let file = try PyArrowOracle.pyarrowFile(rows: rows, compression: compression)
        let reader = try ParquetReader(file: file)
        #expect(reader.schema == ParquetSchema(batch: sampleBatch(rows: 0..<1, nulls: true)))
        #expect(reader.rowGroupCount == 4)
        #expect(table(try reader.readAll()) == table([sampleBatch(rows: 0..<rows, nulls: true)]))
    }
}

/// Larger files through pyarrow: many pages and row groups, nulls bit-packed in the levels.
@Suite(.serialized) struct PyArrowLargeFileTests {
    @Test func pyarrowReadsManyRowGroupsAndPages() throws {
        let batches = stride(from: 0, to: 30_000, by: 7_000).map {
            sampleBatch(rows: $0..<min($0 + 7_000, 30_000), nulls: true)
        }
        let file = try writeFile(batches, rowGroupSize: 12_000, pageRows: 5_000, compression: .zstd(level: 1))
        let result = try PyArrowOracle.read(file, name: "large")
        #expect(result.rowGroups == 3)
        #expect(result.columns == PyArrowOracleTests.expectedColumns(batches))
    }
}
