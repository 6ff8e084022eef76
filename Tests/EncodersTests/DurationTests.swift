import HTTPSupport
import Kernel
import Testing

/// `Duration` cells: arrow-cast's ISO 8601 display (chrono's `TimeDelta`) in json, csv and pretty,
/// byte for byte as arrow-json, arrow-csv and the pretty table write them; and the "pretty" text
/// of `CAST(duration AS VARCHAR)`. Expected texts are arrow-rs's own test vectors
/// (`arrow-cast/src/display.rs`, `test_array_value_to_string_duration`) and DataFusion 55's output.
@Suite("Duration cells and texts")
struct DurationTests {
    static func sample() -> RecordBatch {
        let values: [Int64?] = [4_000_000_000, -1_500_000_000, nil, 0, 1_000, 259_200_000_000_005]
        return batch(
            RecordColumn(
                name: "d", type: .duration(.nanosecond), values: .time(values.map { $0 ?? 0 }),
                validity: Columns.validity(values)))
    }

    @Test func json() {
        let expected =
            #"[{"d":"PT4S"},{"d":"-PT1.5S"},{},{"d":"P0D"},{"d":"PT0.000001S"},{"d":"PT259200.000000005S"}]"#
        #expect(encode(.json, [Self.sample()]) == expected)
    }

    @Test func csv() {
        #expect(
            encode(.csv, [Self.sample()]) == "d\nPT4S\n-PT1.5S\n\"\"\nP0D\nPT0.000001S\nPT259200.000000005S\n")
    }

    @Test func pretty() {
        let expected = """
            +---------------------+
            | d                   |
            +---------------------+
            | PT4S                |
            | -PT1.5S             |
            |                     |
            | P0D                 |
            | PT0.000001S         |
            | PT259200.000000005S |
            +---------------------+
            """
        #expect(encode(.pretty, [Self.sample()]) == expected)
    }

    @Test func iso8601MatchesArrow() {
        let day: Int64 = 3_938_554  // 45 days 14 hours 2 mins 34 secs
        #expect(DurationText.iso8601(1) == "PT0.000000001S")
        #expect(DurationText.iso8601(-1) == "-PT0.000000001S")
        #expect(DurationText.iso8601(day * 1_000_000_000 + 123_456_789) == "PT3938554.123456789S")
        #expect(DurationText.iso8601(-(day * 1_000_000_000 + 123_456_789)) == "-PT3938554.123456789S")
        #expect(DurationText.iso8601(1_000_000) == "PT0.001S")
        #expect(DurationText.iso8601(-1_000_000_000_000) == "-PT1000S")
    }

    @Test func prettyMatchesArrow() {
        let day: Int64 = 3_938_554  // 45 days 14 hours 2 mins 34 secs
        #expect(DurationText.pretty(1, unit: .nanosecond) == "0 days 0 hours 0 mins 0.000000001 secs")
        #expect(DurationText.pretty(-1, unit: .nanosecond) == "0 days 0 hours 0 mins -0.000000001 secs")
        #expect(
            DurationText.pretty(-(day * 1_000_000_000 + 123_456_789), unit: .nanosecond)
                == "-45 days -14 hours -2 mins -34.123456789 secs")
        #expect(DurationText.pretty(1_000_000, unit: .microsecond) == "0 days 0 hours 0 mins 0.001000 secs")
        #expect(DurationText.pretty(-1_000_000_000, unit: .millisecond) == "0 days 0 hours 0 mins -1.000 secs")
        #expect(DurationText.pretty(-1_000_000_000_000, unit: .second) == "0 days 0 hours -16 mins -40 secs")
        #expect(DurationText.pretty(day * 1_000_000_000, unit: .second) == "45 days 14 hours 2 mins 34 secs")
    }

    @Test func arrowNames() {
        #expect(ValueType.duration(.millisecond).arrowName == "Duration(ms)")
        #expect(ValueType.coarseTime(.microsecond, nil).arrowName == "Timestamp(µs)")
        #expect(ValueType.timestamp(.nanosecond) == .time)
        #expect(ValueType.coarseTimeOfDay(.second).arrowName == "Time32(s)")
        #expect(ValueType.coarseTimeOfDay(.microsecond).arrowName == "Time64(µs)")
    }
}
