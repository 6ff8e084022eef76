import Kernel
import LineProtocol
import Testing

/// Shape of the output batches: dictionary encoding, nulls, column and table order.
@Suite struct ColumnarTests {
    @Test func dictionaryEncodingAndNullsAcrossDifferentKeySets() throws {
        let body = """
            cpu,host=a,region=eu usage=1 10
            cpu,host=b usage=2,idle=5i 20
            mem,host=a free=3u 30
            cpu,region=us,host=a idle=6i,note="n" 40
            cpu,host=b usage=4 50
            """
        let result = parse(body)
        #expect(result.errors.isEmpty)
        #expect(result.tables.map(\.tableName) == ["cpu", "mem"])
        let cpu = try #require(result.tables.first)
        #expect(cpu.checkInvariants())
        #expect(cpu.timestamps == [10, 20, 40, 50])
        #expect(cpu.tags.map(\.name) == ["host", "region"])
        #expect(cpu.tags[0].dictionary == ["a", "b"])
        #expect(cpu.tags[0].codes == [0, 1, 0, 1])
        #expect(cpu.tags[1].dictionary == ["eu", "us"])
        #expect(cpu.tags[1].codes == [0, -1, 1, -1])
        #expect(cpu.fields.map(\.name) == ["usage", "idle", "note"])
        #expect(cpu.fields[0].values == .float([1, 2, 0, 4]))
        #expect(cpu.fields[0].validity == validity([true, true, false, true]))
        #expect(cpu.fields[1].values == .integer([0, 5, 6, 0]))
        #expect(cpu.fields[1].validity == validity([false, true, true, false]))
        #expect(cpu.fields[2].values == .string(["", "", "n", ""]))
        #expect(cpu.fields[2].validity == validity([false, false, true, false]))
        let mem = try #require(result.tables.last)
        #expect(mem.fields.first?.values == .uinteger([3]))
        #expect(mem.fields.first?.validity == validity([true]))
        #expect(mem.tags.first?.codes == [0])
    }

    @Test func booleanNullsHoldFalse() {
        let result = parse("m a=t 1\nm b=1 2")
        #expect(result.tables.first?.fields.first?.values == .boolean([true, false]))
        #expect(result.tables.first?.fields.first?.validity == validity([true, false]))
    }

    @Test func duplicatesOfSeriesAndTimeAreKeptInOrder() {
        let result = parse("m,t=a f=1 5\nm,t=a f=2 5\nm,t=a f=3 4")
        #expect(result.tables.first?.fields.first?.values == .float([1, 2, 3]))
        #expect(result.tables.first?.timestamps == [5, 5, 4])
    }

    @Test func tagValuesAreDictionaryEncodedOncePerColumn() {
        var lines: [String] = []
        for index in 0..<1000 { lines.append("m,host=h\(index % 7),dc=x f=\(index) \(index)") }
        let result = parse(lines.joined(separator: "\n"))
        let batch = result.tables.first
        #expect(batch?.tags[0].dictionary.count == 7)
        #expect(batch?.tags[1].dictionary == ["x"])
        #expect(batch?.tags[0].codes.prefix(8) == [0, 1, 2, 3, 4, 5, 6, 0])
        #expect(batch?.rowCount == 1000)
    }

    @Test func manyColumnsAndTablesGrowTheHashTables() {
        var line = "wide"
        for index in 0..<40 { line += ",t\(index)=v\(index)" }
        line += " " + (0..<60).map { "f\($0)=\($0)i" }.joined(separator: ",")
        var body = [line]
        for index in 0..<50 { body.append("t\(index) f=1") }
        let result = parse(body.joined(separator: "\n"))
        #expect(result.errors.isEmpty)
        #expect(result.tables.count == 51)
        #expect(result.tables.first?.tags.count == 40)
        #expect(result.tables.first?.fields.count == 60)
        #expect(result.tables.first?.fields.last?.values == .integer([59]))
    }

    private func validity(_ bits: [Bool]) -> ValidityBitmap {
        var bitmap = ValidityBitmap()
        for bit in bits { bitmap.append(bit) }
        return bitmap
    }
}

/// Lines repeating an earlier raw tag set take the series-cache path; results must not differ.
@Suite struct SeriesCacheTests {
    @Test func repeatedTagSetsWithChangingFieldsAndColumns() throws {
        let body = """
            m,a=1,b=2 f=1 1
            m,c=3 f=2 2
            m,a=1,b=2 f=3,g=4i 3
            m,a=1,b=2,a=9 f=4 4
            m,a=1,b=2,a=9 h="x" 5
            m,a=1,b=2 a=5
            m,c=3 f=6,f=7 7
            m,c=3 f=8 8
            m,a\\ x=1 f=9 9
            m,a\\ x=1 f=10 10
            """
        let result = parse(body)
        #expect(
            result.errors.map(\.message) == [
                "invalid column type for column 'a', expected iox::column_type::tag, got iox::column_type::field::float",
                "invalid line protocol - multiple instances of 'f' field found",
            ])
        let batch = try #require(result.tables.first)
        #expect(batch.checkInvariants())
        #expect(batch.tags.map(\.name) == ["a", "b", "c", "a x"])
        #expect(batch.tags[0].codes == [0, -1, 0, 1, 1, -1, -1, -1])
        #expect(batch.tags[0].dictionary == ["1", "9"])
        #expect(batch.tags[1].codes == [0, -1, 0, 0, 0, -1, -1, -1])
        #expect(batch.tags[2].codes == [-1, 0, -1, -1, -1, 0, -1, -1])
        #expect(batch.tags[3].codes == [-1, -1, -1, -1, -1, -1, 0, 0])
        #expect(batch.fields.map(\.name) == ["f", "g", "h"])
        #expect(batch.fields[0].values == .float([1, 2, 3, 4, 0, 8, 9, 10]))
        #expect(batch.fields[2].values == .string(["", "", "", "", "x", "", "", ""]))
    }

    @Test func manyUniqueSeriesStillEncodeCorrectly() {
        var lines: [String] = []
        for index in 0..<10_000 { lines.append("m,id=\(index),k=\(index % 3) f=\(index)i \(index)") }
        lines.append("m,id=5,k=2 f=1i 1")
        let result = parse(lines.joined(separator: "\n"))
        let batch = result.tables.first
        #expect(batch?.tags[0].dictionary.count == 10_000)
        #expect(batch?.tags[0].codes.last == 5)
        #expect(batch?.tags[1].codes.last == 2)
        #expect(batch?.rowCount == 10_001)
    }
}
