import HTTPSupport
import Testing

/// Float and timestamp spellings against arrow-rs output recorded from datafusion-python.
@Suite struct FormatterTests {
    @Test func floatsMatchArrowDisplayAndArrowJSON() {
        for (value, display, json) in GeneratedExpectations.floats {
            #expect(FloatFormatter.string(value, style: .display) == display, "display of \(value)")
            #expect(FloatFormatter.string(value, style: .json) == json, "json of \(value)")
        }
    }

    @Test func nonFiniteFloats() {
        #expect(FloatFormatter.string(.nan, style: .display) == "NaN")
        #expect(FloatFormatter.string(.infinity, style: .display) == "inf")
        #expect(FloatFormatter.string(-.infinity, style: .display) == "-inf")
        #expect(FloatFormatter.string(.nan, style: .json) == "null")
        #expect(FloatFormatter.string(-.infinity, style: .json) == "null")
    }

    @Test func timestampsMatchArrowDisplay() {
        for (nanoseconds, text) in GeneratedExpectations.timestamps {
            #expect(TimestampFormatter.string(nanoseconds: nanoseconds) == text, "\(nanoseconds)")
        }
    }

    @Test func timestampExtremes() {
        #expect(TimestampFormatter.string(nanoseconds: .min) == "1677-09-21T00:12:43.145224192")
        #expect(TimestampFormatter.string(nanoseconds: .max) == "2262-04-11T23:47:16.854775807")
        #expect(TimestampFormatter.string(nanoseconds: -1) == "1969-12-31T23:59:59.999999999")
        #expect(TimestampFormatter.string(nanoseconds: 1_500_000_000) == "1970-01-01T00:00:01.500")
    }

    /// Years beyond 0...9999 cannot come from Int64 nanoseconds, but the date path follows chrono.
    @Test func yearsOutsideFourDigits() {
        func text(days: Int64) -> String {
            var bytes: [UInt8] = []
            TimestampFormatter.appendDateTime(daysSinceEpoch: days, secondOfDay: 0, nanosecond: 0, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(text(days: 2_932_896) == "9999-12-31T00:00:00")
        #expect(text(days: 2_932_897) == "+10000-01-01T00:00:00")
        #expect(text(days: -719_528) == "0000-01-01T00:00:00")
        #expect(text(days: -719_529) == "-0001-12-31T00:00:00")
        #expect(text(days: 0) == "1970-01-01T00:00:00")
        #expect(text(days: 11_016) == "2000-02-29T00:00:00")
    }

    @Test func civilFromDaysRoundTripsEveryDayOfTwoThousandYears() {
        var expected = (year: Int64(1000), month: Int64(1), day: Int64(1))
        let monthLengths: [Int64] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for days in Int64(-354_285)...Int64(376_200) {
            let civil = TimestampFormatter.civilFromDays(days)
            guard civil == expected else {
                Issue.record("day \(days): \(civil) != \(expected)")
                return
            }
            let leap = expected.year % 4 == 0 && (expected.year % 100 != 0 || expected.year % 400 == 0)
            let length = expected.month == 2 && leap ? 29 : monthLengths[Int(expected.month - 1)]
            if expected.day < length {
                expected.day += 1
            } else if expected.month < 12 {
                expected = (expected.year, expected.month + 1, 1)
            } else {
                expected = (expected.year + 1, 1, 1)
            }
        }
    }

    @Test func jsonEscapingMatchesSerdeJSON() {
        var bytes: [UInt8] = []
        JSONEscaping.appendQuoted("a\"b\\c/d\n\r\t\u{08}\u{0C}\u{01}\u{1F}\u{7F}é日😀\u{2028}", to: &bytes)
        let expected = "\"a\\\"b\\\\c/d\\n\\r\\t\\b\\f\\u0001\\u001f\u{7F}é日😀\u{2028}\""
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test func displayWidths() {
        #expect(DisplayWidth.width(of: "日本語") == 6)
        #expect(DisplayWidth.width(of: "😀") == 2)
        #expect(DisplayWidth.width(of: "e\u{301}") == 1)
        #expect(DisplayWidth.width(of: "a\tb") == 3)
        #expect(DisplayWidth.width(of: "\u{2028}") == 1)
    }
}
