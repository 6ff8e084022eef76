import Kernel
import Testing

@testable import QueryExec

@Suite("Physical operators over small batches")
struct OperatorTests {
    static let fields = [
        Field(name: "host", type: .tag), Field(name: "time", type: .time, nullable: false),
        Field(name: "usage", type: .float), Field(name: "n", type: .integer),
    ]

    static func input() -> ScanOperator {
        let hosts = ColumnBuild.fromScalars(
            [.string("a"), .string("b"), .string("a"), .null, .string("b")], type: .tag)
        let times = ColumnBuild.fromScalars([1, 2, 3, 4, 5].map { ScalarValue.timestamp($0) }, type: .time)
        let usage = ColumnBuild.fromScalars([.float(1.5), .float(2), .null, .float(4), .float(0.5)], type: .float)
        let counts = ColumnBuild.fromScalars([1, 2, 3, 4, 5].map { ScalarValue.integer($0) }, type: .integer)
        let batch = RecordBatch(
            columns: [hosts.renamed("host"), times.renamed("time"), usage.renamed("usage"), counts.renamed("n")],
            rowCount: 5
        )
        return ScanOperator(batches: [batch], fields: fields)
    }

    static func rows(_ op: any ExecutionOperator) throws -> [[ScalarValue]] {
        try op.collect().flatMap { batch in
            (0..<batch.rowCount).map { row in batch.columns.map { $0.scalar(at: row) } }
        }
    }

    @Test func filterOnTagAndNumberWithThreeValuedLogic() throws {
        let predicate = PhysicalExpr.binary(
            .or,
            .binary(.equal, .column(0), .literal(.string("b"))),
            .binary(.greater, .column(2), .literal(.integer(3)))
        )
        let result = try Self.rows(FilterOperator(input: Self.input(), predicate: predicate))
        #expect(result.map { $0[1] } == [.timestamp(2), .timestamp(4), .timestamp(5)])
    }

    @Test func projectionArithmeticAndCasts() throws {
        let op = ProjectionOperator(
            input: Self.input(),
            expressions: [.binary(.multiply, .column(3), .literal(.float(0.5))), .cast(.column(3), .string)],
            fields: [Field(name: "half", type: .float), Field(name: "text", type: .string)]
        )
        let result = try Self.rows(op)
        #expect(result[0] == [.float(0.5), .string("1")])
        #expect(result[4] == [.float(2.5), .string("5")])
    }

    @Test func groupByWithAggregates() throws {
        let aggregate = HashAggregateOperator(
            input: Self.input(),
            groupExpressions: [.column(0)],
            aggregates: [
                AggregateExpr(function: .count, argument: nil, argumentType: nil),
                AggregateExpr(function: .avg, argument: .column(2), argumentType: .float),
                AggregateExpr(function: .max, argument: .column(3), argumentType: .integer),
                AggregateExpr(function: .sum, argument: .column(3), argumentType: .integer),
            ],
            fields: [
                Field(name: "host", type: .tag), Field(name: "count(*)", type: .integer),
                Field(name: "avg", type: .float), Field(name: "max", type: .integer),
                Field(name: "sum", type: .integer),
            ]
        )
        let sorted = SortOperator(input: aggregate, keys: [SortKey(expression: .column(0))])
        #expect(
            try Self.rows(sorted) == [
                [.string("a"), .integer(2), .float(1.5), .integer(3), .integer(4)],
                [.string("b"), .integer(2), .float(1.25), .integer(5), .integer(7)],
                [.null, .integer(1), .float(4), .integer(4), .integer(4)],
            ]
        )
    }

    @Test func aggregateWithoutGroupsOnEmptyInputGivesOneRow() throws {
        let empty = ScanOperator(batches: [], fields: Self.fields)
        let op = HashAggregateOperator(
            input: empty,
            groupExpressions: [],
            aggregates: [
                AggregateExpr(function: .count, argument: nil, argumentType: nil),
                AggregateExpr(function: .sum, argument: .column(2), argumentType: .float),
            ],
            fields: [Field(name: "count(*)", type: .integer), Field(name: "sum", type: .float)]
        )
        #expect(try Self.rows(op) == [[.integer(0), .null]])
    }

    @Test func sortDescendingNullsFirstThenLimit() throws {
        let sorted = SortOperator(input: Self.input(), keys: [SortKey(expression: .column(2), ascending: false)])
        let limited = LimitOperator(input: sorted, skip: 1, fetch: 2)
        #expect(try Self.rows(limited).map { $0[2] } == [.float(4), .float(2)])
    }

    @Test func dateBinAndTimestampStrings() throws {
        let op = ProjectionOperator(
            input: Self.input(),
            expressions: [
                .function(.dateBin, [.literal(.interval(IntervalValue(nanoseconds: 2))), .column(1)]),
                .binary(.greaterOrEqual, .column(1), .literal(.string("1970-01-01T00:00:00.000000003Z"))),
            ],
            fields: [Field(name: "bin", type: .time), Field(name: "late", type: .boolean)]
        )
        let result = try Self.rows(op)
        #expect(result.map { $0[0] } == [0, 2, 2, 4, 4].map { ScalarValue.timestamp($0) })
        #expect(result.map { $0[1] } == [false, false, true, true, true].map { ScalarValue.boolean($0) })
    }

    @Test func likeAndRegex() throws {
        let op = FilterOperator(
            input: Self.input(),
            predicate: .binary(
                .and, .binary(.like, .column(0), .literal(.string("a%"))),
                .binary(.regexMatch, .cast(.column(3), .string), .literal(.string("^[13]$"))))
        )
        #expect(try Self.rows(op).map { $0[3] } == [.integer(1), .integer(3)])
    }

    @Test func integerDivisionByZeroIsAnError() {
        let op = ProjectionOperator(
            input: Self.input(),
            expressions: [.binary(.divide, .column(3), .literal(.integer(0)))],
            fields: [Field(name: "x", type: .integer)]
        )
        #expect(throws: KernelError(.invalidInput, "Arrow error: Divide by zero error")) { try op.collect() }
    }

    @Test func timestampParsingAndRendering() {
        #expect(TimestampParsing.nanoseconds("2024-02-21T00:00:01.5Z") == 1_708_473_601_500_000_000)
        #expect(TimestampParsing.nanoseconds("2024-02-21 00:00:01") == 1_708_473_601_000_000_000)
        #expect(TimestampParsing.nanoseconds("2024-02-21") == 1_708_473_600_000_000_000)
        #expect(TimestampParsing.nanoseconds("2024-02-21T02:00:00+02:00") == 1_708_473_600_000_000_000)
        #expect(TimestampParsing.nanoseconds("1969-12-31T23:59:59Z") == -1_000_000_000)
        #expect(TimestampParsing.nanoseconds("nope") == nil)
        #expect(ValueText.timestamp(123) == "1970-01-01T00:00:00.000000123")
        #expect(ValueText.timestamp(1_500_000_000) == "1970-01-01T00:00:01.500")
        #expect(ValueText.timestamp(-1) == "1969-12-31T23:59:59.999999999")
    }

    @Test func scanAppliesItsTimeRangeExactly() throws {
        let scan = ScanOperator(
            batches: try Self.input().collect(),
            fields: Self.fields,
            timeRange: TimeRange(startNanoseconds: 2, endNanoseconds: 4)
        )
        #expect(try Self.rows(scan).map { $0[1] } == [.timestamp(2), .timestamp(3)])
    }

    /// Batches taking the array path and batches taking the hashing path share one group table.
    @Test func groupingIsConsistentAcrossBatchesAndPaths() throws {
        let fields = [Field(name: "a", type: .integer), Field(name: "b", type: .integer)]
        func batch(_ pairs: [(Int64, Int64)]) -> RecordBatch {
            RecordBatch(
                columns: [
                    ColumnBuild.fromScalars(pairs.map { .integer($0.0) }, type: .integer).renamed("a"),
                    ColumnBuild.fromScalars(pairs.map { .integer($0.1) }, type: .integer).renamed("b"),
                ],
                rowCount: pairs.count
            )
        }
        let small = batch([(1, 1), (2, 2), (1, 1)])
        let wide = batch((0..<200).map { (Int64($0 % 100), Int64($0 / 2)) } + [(1, 1), (2, 2)])
        let aggregate = HashAggregateOperator(
            input: ScanOperator(batches: [small, wide, small], fields: fields),
            groupExpressions: [.column(0), .column(1)],
            aggregates: [AggregateExpr(function: .count, argument: nil, argumentType: nil)],
            fields: fields + [Field(name: "count(*)", type: .integer)]
        )
        let rows = try Self.rows(aggregate)
        let counts = Dictionary(
            uniqueKeysWithValues: rows.map { (($0[0], $0[1]), $0[2]) }.map { ("\($0.0.0)|\($0.0.1)", $0.1) })
        #expect(counts["integer(1)|integer(1)"] == .integer(5))
        #expect(counts["integer(2)|integer(2)"] == .integer(3))
        #expect(rows.count == Set(rows.map { "\($0[0])|\($0[1])" }).count)
    }
}
