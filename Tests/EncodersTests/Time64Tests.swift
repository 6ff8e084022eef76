import HTTPSupport
import Kernel
import Testing

/// `Time64(ns)` cells (`current_time()`): the time of day as arrow-cast displays it (chrono's
/// `NaiveTime`: the fraction in 3, 6 or 9 digits, none when zero), quoted in JSON.
@Suite("Time64 cells in every format")
struct Time64Tests {
    static func sample() -> RecordBatch {
        let values: [Int64?] = [1_000_000_001, 3_723_000_000_000, nil, 1_500_000]
        return batch(
            RecordColumn(
                name: "t", type: .time64, values: .time(values.map { $0 ?? 0 }), validity: Columns.validity(values)))
    }

    @Test func json() {
        let expected = #"[{"t":"00:00:01.000000001"},{"t":"01:02:03"},{},{"t":"00:00:00.001500"}]"#
        #expect(encode(.json, [Self.sample()]) == expected)
    }

    @Test func csv() {
        // A row whose only field is empty is written `""` (the csv crate's rule).
        #expect(encode(.csv, [Self.sample()]) == "t\n00:00:01.000000001\n01:02:03\n\"\"\n00:00:00.001500\n")
    }

    @Test func pretty() {
        let expected = """
            +--------------------+
            | t                  |
            +--------------------+
            | 00:00:01.000000001 |
            | 01:02:03           |
            |                    |
            | 00:00:00.001500    |
            +--------------------+
            """
        #expect(encode(.pretty, [Self.sample()]) == expected)
    }

    @Test func arrowName() {
        #expect(ValueType.time64.arrowName == "Time64(ns)")
    }
}
