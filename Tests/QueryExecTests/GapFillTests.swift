import Kernel
import Testing

@testable import QueryExec

@Suite("Gap filling (date_bin_gapfill, locf, interpolate)")
struct GapFillTests {
    /// Aggregated rows: host, bin time, avg — host a has bins 0 and 30, host b only 10.
    static func input() -> ValuesOperator {
        ValuesOperator(
            fields: [
                Field(name: "host", type: .tag), Field(name: "time", type: .time), Field(name: "avg", type: .float),
            ],
            rows: [
                [.string("a"), .timestamp(0), .float(1)], [.string("a"), .timestamp(30), .float(4)],
                [.string("b"), .timestamp(10), .float(7)],
            ]
        )
    }

    static func run(_ fill: GapFillStrategy) throws -> [[ScalarValue]] {
        let op = GapFillOperator(
            input: input(),
            timeColumn: 1,
            keyColumns: [0],
            strideNanoseconds: 10,
            range: TimeRange(startNanoseconds: 0, endNanoseconds: 40),
            fill: [.null, .null, fill]
        )
        return try op.collect().flatMap { batch in
            (0..<batch.rowCount).map { row in batch.columns.map { $0.scalar(at: row) } }
        }
    }

    @Test func missingBinsAreNull() throws {
        #expect(
            try Self.run(.null) == [
                [.string("a"), .timestamp(0), .float(1)], [.string("a"), .timestamp(10), .null],
                [.string("a"), .timestamp(20), .null], [.string("a"), .timestamp(30), .float(4)],
                [.string("b"), .timestamp(0), .null], [.string("b"), .timestamp(10), .float(7)],
                [.string("b"), .timestamp(20), .null], [.string("b"), .timestamp(30), .null],
            ]
        )
    }

    @Test func locfCarriesForwardButNotBackward() throws {
        #expect(
            try Self.run(.lastObservationCarriedForward).map { $0[2] }
                == [1, 1, 1, 4, nil, 7, 7, 7].map { $0.map(ScalarValue.float) ?? .null })
    }

    @Test func interpolateFillsBetweenNeighboursOnly() throws {
        #expect(
            try Self.run(.interpolate).map { $0[2] }
                == [1, 2, 3, 4, nil, 7, nil, nil].map { $0.map(ScalarValue.float) ?? .null })
    }
}
