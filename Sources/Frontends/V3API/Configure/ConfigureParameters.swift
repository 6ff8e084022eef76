import HTTPSupport
import Hummingbird
import Kernel

/// The query-string and body values the configure routes share, parsed with InfluxDB 3's errors.
enum ConfigureParameters {
    /// A required query parameter (`serde error: missing field` as serde_urlencoded answers).
    static func required(_ request: Request, _ name: String) throws(HTTPFailure) -> String {
        guard let value = QueryString.value(request, name) else {
            throw .badRequest("serde error: missing field `\(name)`")
        }
        return value
    }

    /// A database name a configure request creates or addresses, validated by the v3 rules
    /// (400 JSON `{"error": ...}` as on writes).
    static func databaseName(_ text: String) throws(HTTPFailure) -> DatabaseName {
        do {
            return try DatabaseName(validating: text)
        } catch {
            throw .badParameter(error.message)
        }
    }

    /// `hard_delete_at`: `never`, `now`, `default` (also when absent) or an RFC 3339 instant.
    static func hardDeletion(_ request: Request) throws(HTTPFailure) -> HardDeletion {
        switch QueryString.value(request, "hard_delete_at") {
        case nil, "default": return .default
        case "never": return .never
        case "now": return .now
        case .some(let text):
            guard let nanoseconds = RFC3339.nanoseconds(text) else {
                throw .badRequest("Cannot parse the timestamp: input contains invalid characters")
            }
            return .at(nanoseconds: nanoseconds)
        }
    }

    /// A humantime retention period from a JSON body (nil stays nil: no period).
    static func retention(_ text: String?, codingPath: [any CodingKey]) throws(JSONFieldFailure) -> Duration? {
        guard let text else { return nil }
        do {
            return try HumanDuration.parse(text)
        } catch {
            throw JSONFieldFailure(error.message, codingPath: codingPath)
        }
    }

    /// The `duration` query parameter of the retention endpoints.
    static func duration(_ request: Request) throws(HTTPFailure) -> Duration {
        let text = try required(request, "duration")
        do {
            return try HumanDuration.parse(text)
        } catch {
            throw .badRequest("Cannot parse the given human time: \(error.message)")
        }
    }
}

/// RFC 3339 instants (`2025-12-31T23:59:59Z`, `...59.5+02:00`) as Unix nanoseconds.
enum RFC3339 {
    static func nanoseconds(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[13] == 0x3A, bytes[16] == 0x3A,
            bytes[10] == 0x54 || bytes[10] == 0x74 || bytes[10] == 0x20,
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var fraction: Int64 = 0
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            var digits = 0
            while index < bytes.count, let digit = number(bytes, index, 1) {
                if digits < 9 { fraction = fraction * 10 + digit }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if digits < 9 { for _ in digits..<9 { fraction *= 10 } }
        }
        guard let offsetSeconds = zoneOffset(bytes, index) else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offsetSeconds
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return nil }
        let (total, overflowSum) = scaled.addingReportingOverflow(fraction)
        return overflowSum ? nil : total
    }

    private static func zoneOffset(_ bytes: [UInt8], _ index: Int) -> Int64? {
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x5A || bytes[index] == 0x7A { return index + 1 == bytes.count ? 0 : nil }
        guard bytes.count == index + 6, bytes[index] == 0x2B || bytes[index] == 0x2D, bytes[index + 3] == 0x3A,
            let hours = number(bytes, index + 1, 2), let minutes = number(bytes, index + 4, 2), hours < 24, minutes < 60
        else { return nil }
        return (bytes[index] == 0x2D ? -1 : 1) * (hours * 3_600 + minutes * 60)
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int64? {
        guard start + count <= bytes.count else { return nil }
        var value: Int64 = 0
        for byte in bytes[start..<start + count] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        return value
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        CivilCalendar.days(year: year, month: month, day: day)
    }
}
