import Kernel
import Testing

@testable import QueryExec

/// `to_date` with chrono formats: each expectation is what DataFusion 55 answers.
@Suite("to_date with chrono formats")
struct ChronoDateTests {
    private static func day(_ year: Int, _ month: Int, _ day: Int) -> ScalarValue {
        .date(Int32(TimestampParsing.daysFromCivil(year: year, month: month, day: day)))
    }

    private static func toDate(_ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        try FunctionKernels.apply(.toDate, args)
    }

    @Test(
        arguments: [
            ("2023-01-31", "%Y-%m-%d", day(2023, 1, 31)),
            ("20230131", "%Y%m%d", day(2023, 1, 31)),
            ("2023-01-31T12:00:00", "%Y-%m-%dT%H:%M:%S", day(2023, 1, 31)),
            ("2023-01-31 12", "%Y-%m-%d %H", day(2023, 1, 31)),  // no minutes: the date alone
            ("  2023-1-5", "%Y-%m-%d", day(2023, 1, 5)),
            ("23-01-05", "%y-%m-%d", day(2023, 1, 5)),
            ("75-01-05", "%y-%m-%d", day(1975, 1, 5)),
            ("Jan 5 2023", "%b %d %Y", day(2023, 1, 5)),
            ("5 JANUARY 2023", "%e %B %Y", day(2023, 1, 5)),
            ("2023-001", "%Y-%j", day(2023, 1, 1)),
            ("Tue 2024-01-02", "%a %Y-%m-%d", day(2024, 1, 2)),
            ("2024-W01-2", "%G-W%V-%u", day(2024, 1, 2)),
            ("2024 01 2", "%Y %W %w", day(2024, 1, 2)),
            ("2024 00 1", "%Y %U %w", day(2024, 1, 1)),
            ("2023-06-15T23:30:00-05:00", "%Y-%m-%dT%H:%M:%S%:z", day(2023, 6, 16)),  // the UTC day
            ("2023-01-31 10:00 +05:00", "%Y-%m-%d %H:%M %z", day(2023, 1, 31)),
            ("1704153600", "%s", day(2024, 1, 2)),
            ("2024-01-02 23:59:59.999 -0100", "%Y-%m-%d %H:%M:%S%.3f %z", day(2024, 1, 3)),
            ("-42/01/01", "%Y/%m/%d", day(-42, 1, 1)),
            ("12/31/99", "%D", day(1999, 12, 31)),
        ] as [(String, String, ScalarValue)])
    func parses(text: String, format: String, expected: ScalarValue) throws {
        #expect(try Self.toDate([.string(text), .string(format)]) == expected, "\(text) with \(format)")
    }

    @Test(
        arguments: [
            ("xx", "%Y-%m-%d", "input contains invalid characters"),
            ("2023", "%Y", "input is not enough for unique date and time"),
            ("12:30", "%H:%M", "input is not enough for unique date and time"),
            ("2023-01-31 xx", "%Y-%m-%d", "trailing input"),
            ("2023-13-31", "%Y-%m-%d", "input is out of range"),
            ("2023-02-29", "%Y-%m-%d", "input is out of range"),
            ("2023-01-31", "%Y-%m-%d%z", "premature end of input"),
            ("100000-01-01", "%Y-%m-%d", "input contains invalid characters"),
            ("Wed 2024-01-02", "%a %Y-%m-%d", "no possible date and time matching input"),
            ("2024-01-02", "%Y-%m-%d %Q", "bad or unsupported format string"),
            ("2024-01-02 03:04:05.1234", "%Y-%m-%d %H:%M:%S%.3f", "trailing input"),
            ("2024-01-02 03:04:05.12", "%Y-%m-%d %H:%M:%S%.3f", "premature end of input"),
            ("-86400", "%s", "input contains invalid characters"),
            ("2024 53 0", "%Y %U %w", "no possible date and time matching input"),
        ] as [(String, String, String)])
    func failsAsChrono(text: String, format: String, reason: String) {
        #expect(throws: KernelError.self) { try Self.toDate([.string(text), .string(format)]) }
        do {
            _ = try Self.toDate([.string(text), .string(format)])
        } catch {
            #expect(
                error.message
                    == "Execution error: Error parsing timestamp from '\(text)' using format '\(format)': \(reason)")
        }
    }

    @Test func timestampsWithFormats() throws {
        let text = ScalarValue.string("31/01/2023 10:00:01.25 +01:00")
        let format = ScalarValue.string("%d/%m/%Y %H:%M:%S%.f %:z")
        let instant =
            Int64(TimestampParsing.daysFromCivil(year: 2023, month: 1, day: 31)) * 86_400_000_000_000
            + 9 * 3_600_000_000_000 + 1_250_000_000
        #expect(try FunctionKernels.apply(.toTimestamp, [text, format]) == .timestamp(instant))
        // to_timestamp_seconds answers Timestamp(s), as DataFusion does.
        #expect(
            try FunctionKernels.apply(.toTimestampSeconds, [text, format])
                == .coarseTimestamp(instant - 250_000_000, .second, nil))
        #expect(throws: KernelError.self) {
            try FunctionKernels.apply(.toTimestamp, [.string("1500-01-31"), .string("%Y-%m-%d")])
        }
    }

    @Test func formatsAreTriedInOrder() throws {
        #expect(
            try Self.toDate([.string("31/01/2023"), .string("%Y-%m-%d"), .string("%d/%m/%Y")]) == Self.day(2023, 1, 31))
        #expect(try Self.toDate([.string("2023-01-31"), .null, .string("%Y-%m-%d")]) == Self.day(2023, 1, 31))
        #expect(try Self.toDate([.string("x"), .null]) == .null)
        #expect(try Self.toDate([.null, .string("%Y")]) == .null)
        #expect(try Self.toDate([.integer(123), .string("%Y")]) == Self.day(1970, 5, 4))  // days, format ignored
        do {
            _ = try Self.toDate([.string("xx"), .string("%Y-%m-%d"), .string("%d")])
            Issue.record("no format parses")
        } catch {
            // The last failure is the error.
            #expect(error.message.hasSuffix("using format \'%d\': input contains invalid characters"))
        }
    }
}
