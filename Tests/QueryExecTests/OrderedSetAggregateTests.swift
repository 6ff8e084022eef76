import Kernel
import Testing

@testable import QueryExec

/// `percentile_cont`, the t-digest's `max_size`, `any_value`, DISTINCT lists and IGNORE NULLS,
/// each against values DataFusion 55 gives for the same rows.
@Suite("Ordered-set and newer aggregates")
struct OrderedSetAggregateTests {
    @Test func exactPercentileInterpolatesWithSixDecimalWeights() {
        let values = [1.0, 2, 3, 4, 5, 10]
        #expect(ExactPercentile.value(values, 0.4) == 3)
        #expect(ExactPercentile.value(values, 0.3333) == 2.666499)  // weight 0.666499, not 0.6665
        #expect(ExactPercentile.value([10.5, 55.25, 70, 33.3, 90.125], 1 - 0.3) == 67.04998525)
        #expect(ExactPercentile.value([4, 1], 0) == 1)
        #expect(ExactPercentile.value([4, 1], 1) == 4)
        #expect(ExactPercentile.value([7], 0.9) == 7)
        #expect(ExactPercentile.value([], 0.5) == nil)
    }

    @Test func digestSizeChangesTheEstimate() {
        let values = (1...200).map { Double($0 * $0 % 97) }
        let small = TDigest.of(values, maxSize: 5).quantile(0.3)
        let standard = TDigest.of(values).quantile(0.3)
        #expect(small != nil && standard != nil)
        #expect(small != standard)
        #expect(TDigest.of(values, maxSize: 100).quantile(0.3) == standard)
    }

    @Test func digestMergedRowByRowAsAGrowingWindowMergesIt() {
        // DataFusion 55: approx_percentile_cont(v, 0.3, 3) OVER (ORDER BY i) over v = 1, 2, NULL, 4, 5, 10.
        var digest = TDigest()
        var estimates: [Double?] = []
        for batch in [[1.0], [2], [], [4], [5], [10]] {
            digest = digest.merging(sorted: batch, maxSize: 3)
            estimates.append(digest.quantile(0.3))
        }
        #expect(estimates == [1, 1.1, 1.1, 1.4, 2.2, 2.1875])
        #expect(TDigest().merging(sorted: [1, 2, 4, 5, 10], maxSize: 3).quantile(0.3) == 2.1875)
    }

    private func result(_ expr: AggregateExpr, _ values: [ScalarValue], type: ValueType = .float) -> ScalarValue {
        var accumulator = AggregateAccumulator(expr)
        accumulator.addGroup()
        let column = ColumnBuild.fromScalars(values, type: type)
        for row in values.indices {
            accumulator.addSpecial(group: 0, column: column, second: nil, keys: [values[row]], row: row)
        }
        return accumulator.result(0)
    }

    @Test func percentileContSkipsNullsAndReadsItsParameter() {
        var expr = AggregateExpr(function: .percentileCont, argument: .column(0), argumentType: .float)
        expr.parameter = .float(0.25)
        #expect(result(expr, [.float(1), .float(2), .null, .float(10), .float(4), .float(5)]) == .float(2))
        #expect(result(expr, [.null]) == .null)
        expr.distinct = true
        #expect(result(expr, [.float(1), .float(1), .float(1), .float(3)]) == .float(1.5))
    }

    @Test func anyValueIsTheFirstNonNullValue() {
        let expr = AggregateExpr(function: .anyValue, argument: .column(0), argumentType: .float)
        #expect(result(expr, [.null, .float(3), .float(1)]) == .float(3))
        #expect(result(expr, [.null]) == .null)
    }

    @Test func distinctArrayAggKeepsOneNullAndOrders() {
        var expr = AggregateExpr(
            function: .arrayAgg, argument: .column(0), argumentType: .string, distinct: true)
        expr.ordering = [SortKey(expression: .column(0), ascending: false, nullsFirst: true)]
        let values: [ScalarValue] = [.string("x"), .null, .string("y"), .string("x"), .null]
        #expect(result(expr, values, type: .string) == .list(ScalarValues([.null, .string("y"), .string("x")])))
    }

    @Test func firstValueIgnoringNulls() {
        var expr = AggregateExpr(function: .firstValue, argument: .column(0), argumentType: .float)
        expr.ordering = [SortKey(expression: .column(0))]
        expr.ignoresNulls = true
        #expect(result(expr, [.null, .float(3), .float(2)]) == .float(2))
        expr.ignoresNulls = false
        #expect(result(expr, [.float(3), .null, .float(2)]) == .float(2))
    }
}
