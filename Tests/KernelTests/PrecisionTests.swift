import Kernel
import Testing

@Suite("Precision: parameters, auto guessing, scaling, default timestamps")
struct PrecisionTests {
    @Test(arguments: [
        ("auto", Precision.auto), ("ns", .nanosecond), ("n", .nanosecond), ("nanosecond", .nanosecond),
        ("us", .microsecond), ("u", .microsecond), ("microsecond", .microsecond), ("ms", .millisecond),
        ("millisecond", .millisecond), ("s", .second), ("second", .second),
    ])
    func parameters(text: String, precision: Precision) {
        #expect(Precision(parameter: text) == precision)
    }

    @Test(arguments: ["h", "m", "NS", "", "seconds"])
    func unknownParameters(text: String) {
        #expect(Precision(parameter: text) == nil)
    }

    @Test(arguments: [
        (Int64(1_708_473_600), Precision.second), (1_708_473_600_000, .millisecond),
        (1_708_473_600_000_000, .microsecond), (1_708_473_600_000_000_000, .nanosecond), (-1_708_473_600, .second),
        (4_999_999_999, .second), (5_000_000_000, .millisecond), (0, .second),
    ])
    func autoGuess(timestamp: Int64, unit: Precision) {
        #expect(Precision.guess(for: timestamp) == unit)
    }

    @Test func autoGivesTheSameInstantForEveryUnit() {
        for value in [Int64(1_708_473_600), 1_708_473_600_000, 1_708_473_600_000_000, 1_708_473_600_000_000_000] {
            #expect(Precision.auto.nanoseconds(from: value) == 1_708_473_600_000_000_000)
        }
    }

    @Test func overflowIsNil() {
        #expect(Precision.second.nanoseconds(from: 9_300_000_000_000_000) == nil)
        #expect(Precision.millisecond.nanoseconds(from: .min) == nil)
        #expect(Precision.nanosecond.nanoseconds(from: .max) == .max)
    }

    @Test func defaultTimestampTruncatesExceptAuto() {
        let now: Int64 = 1_700_000_000_123_456_789
        #expect(Precision.second.defaultTimestamp(nowNanoseconds: now) == 1_700_000_000_000_000_000)
        #expect(Precision.millisecond.defaultTimestamp(nowNanoseconds: now) == 1_700_000_000_123_000_000)
        #expect(Precision.microsecond.defaultTimestamp(nowNanoseconds: now) == 1_700_000_000_123_456_000)
        #expect(Precision.nanosecond.defaultTimestamp(nowNanoseconds: now) == now)
        #expect(Precision.auto.defaultTimestamp(nowNanoseconds: now) == now)
        #expect(Precision.second.defaultTimestamp(nowNanoseconds: -1) == -1_000_000_000)
    }
}
