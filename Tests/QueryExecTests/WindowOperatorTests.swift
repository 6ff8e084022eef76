import Kernel
import Testing

@testable import QueryExec

@Suite("Window operator: ranking, offsets, frames")
struct WindowOperatorTests {
    /// host a|b|a|NULL|b, time 1...5, usage 1.5|2|NULL|4|0.5, n 1...5.
    static func run(_ window: WindowExpr) throws -> [ScalarValue] {
        let input = OperatorTests.input()
        let fields = input.fields + [Field(name: "w", type: window.resultType)]
        let op = WindowOperator(input: input, windows: [window], fields: fields)
        return try OperatorTests.rows(op).map { $0[4] }
    }

    static func window(
        _ function: WindowFunction,
        argument: PhysicalExpr? = nil,
        type: ValueType = .uinteger,
        argumentType: ValueType? = nil,
        partition: [PhysicalExpr] = [],
        order: [SortKey] = [SortKey(expression: .column(1))],
        frame: WindowFrameSpec = WindowFrameSpec(units: .range, start: .unboundedPreceding, end: .currentRow)
    ) -> WindowExpr {
        WindowExpr(
            function: function, argument: argument, argumentType: argumentType, partitionBy: partition,
            orderBy: order, frame: frame, resultType: type)
    }

    @Test func rowNumberPerPartitionKeepsInputOrder() throws {
        let result = try Self.run(Self.window(.rowNumber, partition: [.column(0)]))
        #expect(result == [1, 1, 2, 1, 2].map { ScalarValue.uinteger($0) })
    }

    @Test func rankAndDenseRankShareTiesAndPeers() throws {
        let byHost = [SortKey(expression: .column(0))]
        #expect(try Self.run(Self.window(.rank, order: byHost)) == [1, 3, 1, 5, 3].map { ScalarValue.uinteger($0) })
        #expect(
            try Self.run(Self.window(.denseRank, order: byHost)) == [1, 2, 1, 3, 2].map { ScalarValue.uinteger($0) })
        #expect(
            try Self.run(Self.window(.cumeDist, type: .float, order: byHost))
                == [0.4, 0.8, 0.4, 1, 0.8].map { ScalarValue.float($0) })
    }

    @Test func ntileGivesTheFirstBucketsTheExtraRows() {
        #expect((0..<10).map { WindowPartition.ntile($0, count: 10, buckets: 4) } == [1, 1, 1, 2, 2, 2, 3, 3, 4, 4])
        #expect((0..<3).map { WindowPartition.ntile($0, count: 3, buckets: 5) } == [1, 2, 3])
    }

    @Test func lagAndLeadWithDefaults() throws {
        let lag = Self.window(
            .lag(offset: 1, defaultValue: .integer(0)), argument: .column(3), type: .integer, argumentType: .integer)
        #expect(try Self.run(lag) == [0, 1, 2, 3, 4].map { ScalarValue.integer($0) })
        let lead = Self.window(
            .lead(offset: 2, defaultValue: .null), argument: .column(3), type: .integer, argumentType: .integer)
        #expect(try Self.run(lead) == [.integer(3), .integer(4), .integer(5), .null, .null])
    }

    @Test func ignoreNullsSkipsNullRows() throws {
        var lag = Self.window(
            .lag(offset: 1, defaultValue: .null), argument: .column(2), type: .float, argumentType: .float)
        lag.ignoresNulls = true
        #expect(try Self.run(lag) == [.null, .float(1.5), .float(2), .float(2), .float(4)])
        var last = Self.window(.lastValue, argument: .column(2), type: .float, argumentType: .float)
        last.ignoresNulls = true
        #expect(try Self.run(last) == [1.5, 2, 2, 4, 0.5].map { ScalarValue.float($0) })
    }

    @Test func slidingRowsFrameSum() throws {
        let frame = WindowFrameSpec(units: .rows, start: .preceding(1), end: .following(1))
        let sum = Self.window(
            .aggregate(.sum, distinct: false), argument: .column(3), type: .integer, argumentType: .integer,
            frame: frame)
        #expect(try Self.run(sum) == [3, 6, 9, 12, 9].map { ScalarValue.integer($0) })
    }

    @Test func rangeOffsetsAndRunningTotals() throws {
        let byN = [SortKey(expression: .column(3), ascending: false)]
        let frame = WindowFrameSpec(units: .range, start: .preceding(1), end: .currentRow)
        let count = Self.window(.aggregate(.count, distinct: false), type: .integer, order: byN, frame: frame)
        #expect(try Self.run(count) == [2, 2, 2, 2, 1].map { ScalarValue.integer($0) })
        let running = Self.window(
            .aggregate(.sum, distinct: false), argument: .column(2), type: .float, argumentType: .float)
        #expect(try Self.run(running) == [1.5, 3.5, 3.5, 7.5, 8].map { ScalarValue.float($0) })
    }

    @Test func influxDifferenceSkipsNulls() throws {
        let difference = Self.window(
            .difference(nonNegative: false), argument: .column(2), type: .float, argumentType: .float)
        #expect(try Self.run(difference) == [.null, .float(0.5), .null, .float(2), .float(-3.5)])
        let nonNegative = Self.window(
            .difference(nonNegative: true), argument: .column(2), type: .float, argumentType: .float)
        #expect(try Self.run(nonNegative) == [.null, .float(0.5), .null, .float(2), .null])
    }

    @Test func influxDerivativePerUnit() throws {
        var derivative = Self.window(
            .derivative(unitNanoseconds: 2, nonNegative: false), argument: .column(3), type: .float,
            argumentType: .integer)
        derivative.secondArgument = .column(1)
        // n = 1...5 one nanosecond apart: 1 per ns = 2 per 2 ns.
        #expect(try Self.run(derivative) == [.null, .float(2), .float(2), .float(2), .float(2)])
    }

    @Test func valueFunctionsOverTheWholePartition() throws {
        let whole = WindowFrameSpec.wholePartition
        let last = Self.window(
            .lastValue, argument: .column(3), type: .integer, argumentType: .integer, partition: [.column(0)],
            frame: whole)
        #expect(try Self.run(last) == [3, 5, 3, 4, 5].map { ScalarValue.integer($0) })
        let second = Self.window(
            .nthValue(2), argument: .column(3), type: .integer, argumentType: .integer, frame: whole)
        #expect(try Self.run(second) == Array(repeating: .integer(2), count: 5))
    }
}

@Suite("More scalar functions")
struct ExtraFunctionTests {
    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws -> ScalarValue {
        try FunctionKernels.apply(function, args)
    }

    @Test func choiceFunctionsSkipNulls() throws {
        #expect(try Self.apply(.greatest, [.null, .integer(3), .float(2.5)]) == .integer(3))
        #expect(try Self.apply(.least, [.string("b"), .string("a")]) == .string("a"))
        #expect(try Self.apply(.nvl2, [.null, .integer(1), .integer(2)]) == .integer(2))
        #expect(try Self.apply(.ifnull, [.null, .float(1)]) == .float(1))
    }

    @Test func stringFunctionsMatchDataFusion() throws {
        #expect(try Self.apply(.lpad, [.string("héllo"), .integer(3)]) == .string("hél"))
        #expect(try Self.apply(.lpad, [.string("ab"), .integer(5), .string("xy")]) == .string("xyxab"))
        #expect(try Self.apply(.initcap, [.string("hello wORLD foo-bar")]) == .string("Hello World Foo-Bar"))
        #expect(try Self.apply(.translate, [.string("hello"), .string("el"), .string("ip")]) == .string("hippo"))
        #expect(try Self.apply(.splitPart, [.string("a,b,c"), .string(","), .integer(-1)]) == .string("c"))
        #expect(try Self.apply(.md5, [.string("abc")]) == .string("900150983cd24fb0d6963f7d28e17f72"))
        #expect(try Self.apply(.md5, [.string("")]) == .string("d41d8cd98f00b204e9800998ecf8427e"))
    }

    @Test func regexAndFormatting() throws {
        #expect(try Self.apply(.regexpReplace, [.string("aaa"), .string("a"), .string("z")]) == .string("zaa"))
        #expect(
            try Self.apply(.regexpReplace, [.string("ab-cd"), .string("(\\w+)-(\\w+)"), .string("\\2:\\1")])
                == .string("cd:ab"))
        #expect(try Self.apply(.regexpLike, [.string("ABC"), .string("b"), .string("i")]) == .boolean(true))
        let instant = ScalarValue.timestamp(1_704_067_215_123_000_000)
        #expect(
            try Self.apply(.toChar, [instant, .string("%Y-%m-%dT%H:%M:%S%.3f %a %j")])
                == .string("2024-01-01T00:00:15.123 Mon 001"))
        #expect(try Self.apply(.toUnixtime, [instant]) == .integer(1_704_067_215))
    }
}

@Suite("Two-argument and selection aggregates")
struct SpecialAggregateTests {
    @Test func regressionOfAnExactLine() {
        var statistics = PairStatistics()
        for x in [1.0, 2, 3, 4] { statistics.add(y: 2 * x + 1, x: x) }
        #expect(statistics.result(.regrSlope) == .float(2))
        #expect(statistics.result(.regrIntercept) == .float(1))
        #expect(statistics.result(.corr) == .float(1))
        #expect(statistics.result(.regrCount) == .uinteger(4))
        #expect(statistics.result(.covarPop) == .float(2.5))
    }

    @Test func firstAndLastValueFollowTheirOrdering() throws {
        let ordering = [SortKey(expression: .column(2), ascending: false)]
        var first = AggregateExpr(function: .firstValue, argument: .column(3), argumentType: .integer)
        first.ordering = ordering
        let fields = [Field(name: "first", type: .integer)]
        let op = HashAggregateOperator(
            input: OperatorTests.input(), groupExpressions: [], aggregates: [first], fields: fields)
        // usage 1.5|2|NULL|4|0.5 descending puts NULL first (NULLS FIRST for DESC): n = 3.
        #expect(try OperatorTests.rows(op) == [[.integer(3)]])
    }
}
