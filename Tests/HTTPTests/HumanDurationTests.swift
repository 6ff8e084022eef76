import Kernel
import Testing

@testable import V3API

/// Durations as InfluxDB 3 (the humantime crate) parses them, with its error texts.
@Suite("humantime durations")
struct HumanDurationTests {
    @Test(
        arguments: [
            ("30d", Duration.seconds(30 * 86_400)), ("720h", .seconds(720 * 3_600)), ("1h 30m", .seconds(5_400)),
            ("1h30m", .seconds(5_400)), ("  2w ", .seconds(14 * 86_400)), ("1y", .seconds(31_557_600)),
            ("1M", .seconds(2_630_016)), ("1 2s", .seconds(12)), ("1500ms", .milliseconds(1_500)),
            ("3us 4ns", .nanoseconds(3_004)), ("2µs", .nanoseconds(2_000)), ("0s", .zero),
            ("1hour 1min 1sec", .seconds(3_661)), ("1000000000ns", .seconds(1)),
        ])
    func parses(text: String, expected: Duration) throws {
        #expect(try HumanDuration.parse(text) == expected)
    }

    @Test(
        arguments: [
            ("", "value was empty"), ("   ", "value was empty"), ("-1d", "expected number at 0"),
            ("1d x", "expected number at 3"), ("1d!", "invalid character at 2"), ("1!d", "invalid character at 1"),
            ("10", "time unit needed, for example 10sec or 10ms"),
            (
                "3 days 2x",
                "unknown time unit \"x\", supported units: ns, us, ms, sec, min, hours, days, weeks, months, years (and few variations)"
            ),
            ("99999999999999999999s", "number is too large"), ("300y", "number is too large"),
        ])
    func refuses(text: String, message: String) {
        #expect(throws: HumanDuration.Failure(message: message)) { try HumanDuration.parse(text) }
    }
}
