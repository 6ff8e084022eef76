import Kernel
import Testing

@testable import QueryExec

/// A scan that selects rows through the chunk's `TagRowIndex` returns exactly what the same scan
/// returns by testing every row.
@Suite("Scans through a tag row index")
struct IndexedScanTests {
    static let fields = OperatorTests.fields

    static func batch() -> RecordBatch {
        let hosts = ColumnBuild.fromScalars(
            [.string("a"), .string("b"), .string("a"), .null, .string("c"), .string("b"), .string("a")], type: .tag)
        let times = ColumnBuild.fromScalars((1...7).map { ScalarValue.timestamp(Int64($0)) }, type: .time)
        let usage = ColumnBuild.fromScalars(
            [.float(1.5), .float(2), .null, .float(4), .float(0.5), .float(9), .float(7)], type: .float)
        let counts = ColumnBuild.fromScalars((1...7).map { ScalarValue.integer(Int64($0)) }, type: .integer)
        return RecordBatch(
            columns: [hosts.renamed("host"), times.renamed("time"), usage.renamed("usage"), counts.renamed("n")],
            rowCount: 7)
    }

    static func scan(indexed: Bool, _ predicates: [PhysicalExpr], range: TimeRange = .all) throws -> [[ScalarValue]] {
        let batch = batch()
        let chunk = ScanChunk(batch: batch, tagIndex: indexed ? TagRowIndex(batch: batch) : nil)
        return try OperatorTests.rows(
            ScanOperator(chunks: [chunk], fields: fields, timeRange: range, predicates: predicates))
    }

    static let predicates: [[PhysicalExpr]] = [
        [.binary(.equal, .column(0), .literal(.string("a")))],
        [.binary(.notEqual, .column(0), .literal(.string("a")))],
        [.inList(.column(0), [.literal(.string("c")), .literal(.string("a"))], negated: false)],
        [.isNull(.column(0), negated: false)],
        [.binary(.equal, .column(0), .literal(.string("zz")))],
        [.binary(.equal, .column(0), .literal(.string("a"))), .binary(.greater, .column(2), .literal(.float(1)))],
    ]

    @Test(arguments: predicates)
    func indexedScanMatchesRowByRowScan(_ predicates: [PhysicalExpr]) throws {
        #expect(try Self.scan(indexed: true, predicates) == Self.scan(indexed: false, predicates))
        let range = TimeRange(startNanoseconds: 2, endNanoseconds: 7)
        #expect(
            try Self.scan(indexed: true, predicates, range: range)
                == Self.scan(indexed: false, predicates, range: range))
    }

    @Test func indexListsRowsOfCodesAscendingWithNulls() {
        let index = TagRowIndex(batch: Self.batch())
        // Dictionary order follows first appearance: a = 0, b = 1, c = 2.
        #expect(index.rows(column: 0, codes: [0], includeNulls: false) == [0, 2, 6])
        #expect(index.rows(column: 0, codes: [2, 1], includeNulls: true) == [1, 3, 4, 5])
        #expect(index.rows(column: 0, codes: [], includeNulls: false) == [])
        #expect(index.rows(column: 2, codes: [0], includeNulls: false) == nil)
    }
}
