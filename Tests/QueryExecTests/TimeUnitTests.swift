import Kernel
import Testing

@testable import QueryExec

/// Timestamp units, durations and `Time64`: DataFusion's result types, arrow-cast's conversions
/// (truncation toward zero, integers as counts of the unit) and its time-of-day parser.
@Suite("Timestamp units, durations and Time64")
struct TimeUnitTests {
    @Test func resultTypes() {
        let ms = ValueType.coarseTime(.millisecond, nil)
        #expect(TemporalArithmetic.resultType(.minus, .time, .time) == .duration(.nanosecond))
        #expect(TemporalArithmetic.resultType(.minus, .coarseTime(.second, nil), ms) == .duration(.millisecond))
        #expect(TemporalArithmetic.resultType(.plus, ms, .duration(.nanosecond)) == ms)
        #expect(TemporalArithmetic.resultType(.plus, .duration(.second), .time) == .time)
        #expect(TemporalArithmetic.resultType(.minus, .duration(.second), .time) == nil)
        #expect(TemporalArithmetic.resultType(.plus, .time, .time) == nil)
        #expect(TemporalArithmetic.resultType(.minus, .duration(.second), .duration(.millisecond)) == nil)
        #expect(TemporalArithmetic.commonType(.coarseTime(.second, nil), .time) == .time)
        #expect(TemporalArithmetic.commonType(.coarseTime(.second, nil), ms) == ms)
        #expect(TemporalArithmetic.commonType(.duration(.second), .interval) == .interval)
    }

    @Test func castsTruncateTowardZero() throws {
        let column = RecordColumn(
            name: "t", type: .time, values: .time([-1_500_000_000, 1_999_999_999]),
            validity: ValidityBitmap(repeating: true, count: 2))
        let seconds = try Cast.column(column, to: .coarseTime(.second, nil))
        #expect(seconds.values == .time([-1_000_000_000, 1_000_000_000]))
        #expect(try Cast.column(seconds, to: .integer).values == .integer([-1, 1]))
        let counts = RecordColumn(
            name: "n", type: .integer, values: .integer([1_500]), validity: ValidityBitmap(repeating: true, count: 1))
        #expect(try Cast.column(counts, to: .duration(.millisecond)).values == .time([1_500_000_000]))
        #expect(
            try Cast.column(counts, to: .coarseTime(.millisecond, nil)).scalar(at: 0)
                == .coarseTimestamp(1_500_000_000, .millisecond, nil))
    }

    @Test(
        arguments: [
            ("12:00:00", 43_200_000_000_000), ("1:02:03", 3_723_000_000_000), ("12:00", 43_200_000_000_000),
            ("00:00:00.5", 500_000_000), ("00:00:00.1234567891", 123_456_789), ("12:00:60", 43_260_000_000_000),
        ] as [(String, Int64)])
    func parsesTimesOfDay(text: String, expected: Int64) {
        #expect(TimeUnitCast.parseTimeOfDay(text) == expected)
    }

    @Test(arguments: ["25:00:00", "12:0:00", " 12:00:00", "12:00:00Z", "2024-01-01T12:00:00", "12", "12:00:00."])
    func refusesOtherTimes(text: String) {
        #expect(TimeUnitCast.parseTimeOfDay(text) == nil)
    }
}
