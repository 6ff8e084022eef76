import Kernel
import Testing

@testable import Parquet

/// Which encodings the writer picks, read from the footer it wrote.
@Suite struct EncodingChoiceTests {
    static func columnMetadata(_ file: [UInt8]) throws -> [String: ColumnMetaData] {
        var offset = file.count - 8
        let length = Int(try PlainEncoding.readUInt32(file, at: &offset))
        var reader = ThriftCompactReader(bytes: file, start: file.count - 8 - length, end: file.count - 8)
        let footer = try reader.readFileMetaData()
        var result: [String: ColumnMetaData] = [:]
        for chunk in footer.rowGroups[0].columns {
            if let meta = chunk.metaData { result[meta.pathInSchema[0]] = meta }
        }
        return result
    }

    @Test func dictionaryForTagsAndRepetitiveStringsOnly() throws {
        let rows = 100
        let batch = RecordBatch(
            columns: [
                tagColumn("tag", (0..<rows).map { "t\($0)" }),  // distinct, still a dictionary
                stringColumn("few", (0..<rows).map { $0 % 3 == 0 ? nil : "v\($0 % 4)" }),
                stringColumn("unique", (0..<rows).map { "u\($0)" }), timeColumn((0..<rows).map(Int64.init)),
                floatColumn("f", (0..<rows).map { Double($0) }),
            ], rowCount: rows)
        let meta = try Self.columnMetadata(try writeFile([batch]))
        #expect(meta["tag"]?.encodings.contains(.rleDictionary) == true)
        #expect(meta["tag"]?.dictionaryPageOffset != nil)
        #expect(meta["few"]?.encodings.contains(.rleDictionary) == true)
        #expect(meta["unique"]?.encodings.contains(.rleDictionary) == false)
        #expect(meta["unique"]?.dictionaryPageOffset == nil)
        #expect(meta["f"]?.encodings == [.plain, .rle])
        #expect(meta["time"]?.statistics?.nullCount == 0)
        #expect(meta["few"]?.statistics?.nullCount == 34)
        #expect(meta["few"]?.statistics?.minValue == Array("v0".utf8))
        #expect(meta["few"]?.statistics?.maxValue == Array("v3".utf8))
    }

    @Test func floatStatisticsSkipNaNAndSignZeros() throws {
        let batch = RecordBatch(
            columns: [floatColumn("f", [.nan, 0.0, 3.5, nil]), timeColumn([1, 2, 3, 4])], rowCount: 4)
        let stats = try Self.columnMetadata(try writeFile([batch]))["f"]?.statistics
        var offset = 0
        let minimum = try PlainEncoding.decodeUInt64s(stats?.minValue ?? [], at: &offset, count: 1)
        #expect(minimum == [(-0.0).bitPattern])
        offset = 0
        let maximum = try PlainEncoding.decodeUInt64s(stats?.maxValue ?? [], at: &offset, count: 1)
        #expect(maximum == [Double(3.5).bitPattern])
        let allNaN = RecordBatch(columns: [floatColumn("f", [.nan]), timeColumn([1])], rowCount: 1)
        #expect(try Self.columnMetadata(try writeFile([allNaN]))["f"]?.statistics?.minValue == nil)
    }
}
