import HTTPSupport
import Kernel
import Testing

/// `Timestamp(ns, "<zone>")` cells: the zone's local time and its offset, as arrow-cast's display
/// (and so arrow-json, arrow-csv and the pretty printer) writes them; `Z` for a zero offset.
@Suite("Zoned timestamps in every format")
struct ZonedTimestampTests {
    /// A zone at +01:00 that moves to +02:00 at 2024-03-31T01:00:00Z.
    static let brussels = TimeZoneRules(
        name: "Europe/Brussels", initialOffset: 3_600, transitions: [1_711_846_800], offsets: [7_200])

    static func zoned(_ name: String, _ zone: TimeZoneRules, _ values: [Int64?]) -> RecordColumn {
        RecordColumn(
            name: name, type: .zonedTime(zone), values: .time(values.map { $0 ?? 0 }),
            validity: Columns.validity(values))
    }

    static func sample() -> RecordBatch {
        batch(
            zoned("b", brussels, [1_704_067_200_000_000_000, 1_711_846_800_123_000_000, nil]),
            zoned("k", TimeZoneRules(name: "+05:30", fixedOffsetSeconds: 19_800), [1, -1, 0]),
            zoned("u", TimeZoneRules(name: "UTC", fixedOffsetSeconds: 0), [0, nil, 1_500_000]))
    }

    @Test func json() {
        let expected =
            #"[{"b":"2024-01-01T01:00:00+01:00","k":"1970-01-01T05:30:00.000000001+05:30","u":"1970-01-01T00:00:00Z"},"#
            + #"{"b":"2024-03-31T03:00:00.123+02:00","k":"1970-01-01T05:29:59.999999999+05:30"},"#
            + #"{"k":"1970-01-01T05:30:00+05:30","u":"1970-01-01T00:00:00.001500Z"}]"#
        #expect(encode(.json, [Self.sample()]) == expected)
    }

    @Test func csv() {
        let expected = """
            b,k,u
            2024-01-01T01:00:00+01:00,1970-01-01T05:30:00.000000001+05:30,1970-01-01T00:00:00Z
            2024-03-31T03:00:00.123+02:00,1970-01-01T05:29:59.999999999+05:30,
            ,1970-01-01T05:30:00+05:30,1970-01-01T00:00:00.001500Z

            """
        #expect(encode(.csv, [Self.sample()]) == expected)
    }

    @Test func pretty() {
        let expected = """
            +-------------------------------+-------------------------------------+-----------------------------+
            | b                             | k                                   | u                           |
            +-------------------------------+-------------------------------------+-----------------------------+
            | 2024-01-01T01:00:00+01:00     | 1970-01-01T05:30:00.000000001+05:30 | 1970-01-01T00:00:00Z        |
            | 2024-03-31T03:00:00.123+02:00 | 1970-01-01T05:29:59.999999999+05:30 |                             |
            |                               | 1970-01-01T05:30:00+05:30           | 1970-01-01T00:00:00.001500Z |
            +-------------------------------+-------------------------------------+-----------------------------+
            """
        #expect(encode(.pretty, [Self.sample()]) == expected)
    }
}
