import Kernel
import LineProtocol
import Testing

/// Timestamp units, `auto` guessing, overflow and the default timestamp.
@Suite struct PrecisionTests {
    static let cases: [(Precision, String, Int64)] = [
        (.nanosecond, "1708473600000000000", 1_708_473_600_000_000_000),
        (.microsecond, "1708473600000000", 1_708_473_600_000_000_000),
        (.millisecond, "1708473600000", 1_708_473_600_000_000_000),
        (.second, "1708473600", 1_708_473_600_000_000_000),
        (.auto, "1708473600", 1_708_473_600_000_000_000),
        (.auto, "1708473600000", 1_708_473_600_000_000_000),
        (.auto, "1708473600000000", 1_708_473_600_000_000_000),
        (.auto, "1708473600000000000", 1_708_473_600_000_000_000),
        (.auto, "1708473601000", 1_708_473_601_000_000_000),
        (.auto, "-1708473600", -1_708_473_600_000_000_000),
        (.auto, "123", 123_000_000_000),
        (.second, "-5", -5_000_000_000),
        (.nanosecond, "-9223372036854775808", .min),
        (.nanosecond, "9223372036854775807", .max),
    ]

    @Test(arguments: cases)
    func units(precision: Precision, timestamp: String, expected: Int64) {
        let result = parse("m f=1 \(timestamp)", precision: precision)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.tables.first?.timestamps == [expected])
    }

    static let overflowCases: [(Precision, String, String)] = [
        (.second, "9223372037", "timestamp, 9223372037, out of range for precision: Second"),
        (.millisecond, "9223372036855", "timestamp, 9223372036855, out of range for precision: Millisecond"),
        (.microsecond, "-9223372036854776", "timestamp, -9223372036854776, out of range for precision: Microsecond"),
    ]

    @Test(arguments: overflowCases)
    func overflow(precision: Precision, timestamp: String, message: String) {
        let result = parse("m f=1 \(timestamp)\nm f=2 1", precision: precision)
        #expect(result.errors.map(\.message) == [message])
        #expect(result.acceptedLineCount == 1)
        #expect(result.tables.first?.rowCount == 1)
    }

    @Test(arguments: [Precision.auto, .nanosecond, .microsecond, .millisecond, .second])
    func missingTimestampUsesTheDefaultAsGiven(precision: Precision) {
        let result = parse("m f=1\nm f=2 3", precision: precision, defaultTimestamp: 1_234_567)
        let second = precision.nanoseconds(from: 3) ?? 0
        #expect(result.tables.first?.timestamps == [1_234_567, second])
    }

    @Test func timestampTooLongForInt64() {
        let digits = "188888888888888888888888888888888888888888888888888888888888888888888888"
        #expect(errorMessage("testmeasure field=3.0 \(digits)") == "Unable to parse timestamp value `\(digits)`")
        #expect(errorMessage("m f=1 -9223372036854775809") == "Unable to parse timestamp value `-9223372036854775809`")
    }
}
