import Kernel
import Testing

@testable import QueryExec

/// `BinnedLimitOperator` reads chunks nearest first and stops once the first n bins are settled.
@Suite("Binned limit scans")
struct BinnedLimitTests {
    static let fields = [Field(name: "time", type: .time, nullable: false), Field(name: "v", type: .float)]
    /// date_bin(10 ns, time)
    static let bin = PhysicalExpr.function(.dateBin, [.literal(.interval(IntervalValue(nanoseconds: 10))), .column(0)])

    static func chunk(_ times: [Int64]) -> ScanChunk {
        let batch = RecordBatch(
            columns: [
                RecordColumn(
                    name: "time", type: .time, values: .time(times),
                    validity: ValidityBitmap(repeating: true, count: times.count)),
                RecordColumn(
                    name: "v", type: .float, values: .float(times.map(Double.init)),
                    validity: ValidityBitmap(repeating: true, count: times.count)),
            ], rowCount: times.count)
        return ScanChunk(batch: batch, timeBounds: times.min()!...times.max()!)
    }

    static func run(limit: Int, descending: Bool) throws -> (times: [Int64], scans: Int) {
        let chunks = [chunk([0, 5, 12]), chunk([40, 41, 55]), chunk([20, 33, 38]), chunk([60, 61])]
        var scans = 0
        let op = BinnedLimitOperator(
            chunks: chunks, fields: fields, bin: bin, timeField: 0, limit: limit, descending: descending,
            makeScan: { scanned in
                scans += 1
                return ScanOperator(chunks: scanned, fields: fields)
            })
        let times = try op.collect().flatMap { batch -> [Int64] in
            guard case .time(let values) = batch.columns[0].values else { return [] }
            return values
        }
        return (times, scans)
    }

    @Test func descendingStopsAfterTheLatestBins() throws {
        // Bins 60 and 50, 40: two chunks hold the three latest bins; the third chunk's latest
        // time (38, bin 30) is beyond the third bin, so it and the rest are not read.
        let (times, scans) = try Self.run(limit: 3, descending: true)
        #expect(times == [60, 61, 40, 41, 55])
        #expect(scans == 2)
    }

    @Test func ascendingStopsAfterTheEarliestBins() throws {
        let (times, scans) = try Self.run(limit: 2, descending: false)
        #expect(times == [0, 5, 12])
        #expect(scans == 1)
        #expect(try Self.run(limit: 3, descending: false).scans == 2)
    }

    @Test func aLimitBeyondTheBinsReadsEverything() throws {
        #expect(try Self.run(limit: 100, descending: true).scans == 4)
    }
}
