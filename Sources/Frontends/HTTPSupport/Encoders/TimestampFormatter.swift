import Kernel

/// Formats `Timestamp(ns)` values without a time zone exactly as arrow-cast's display does (chrono's
/// `NaiveDateTime` debug form): `YYYY-MM-DDTHH:MM:SS`, then `.fff`, `.ffffff` or `.fffffffff` only
/// when the fraction is non-zero (the shortest of the three that is exact), and no `Z`.
///
/// Dates are proleptic Gregorian and computed here (Foundation is not allowed in the hot path).
/// An Int64 of nanoseconds spans 1677-09-21 to 2262-04-11; years outside 0...9999, reachable only
/// through `appendDateTime`, are printed as chrono does: a sign and at least four digits.
public enum TimestampFormatter {
    static let nanosPerSecond: Int64 = 1_000_000_000
    static let secondsPerDay: Int64 = 86_400

    /// Appends the text of `nanoseconds` since the Unix epoch.
    public static func append(nanoseconds: Int64, to output: inout [UInt8]) {
        // Floor division, so times before 1970 count back from the previous whole second.
        var seconds = nanoseconds / nanosPerSecond
        var nanos = nanoseconds % nanosPerSecond
        if nanos < 0 {
            seconds -= 1
            nanos += nanosPerSecond
        }
        var days = seconds / secondsPerDay
        var secondOfDay = seconds % secondsPerDay
        if secondOfDay < 0 {
            days -= 1
            secondOfDay += secondsPerDay
        }
        appendDateTime(daysSinceEpoch: days, secondOfDay: secondOfDay, nanosecond: nanos, to: &output)
    }

    /// Appends a `Timestamp(ns, "<zone>")` value as arrow-cast displays it (chrono's RFC 3339 with
    /// automatic fraction digits): the zone's local time, then `Z` for a zero offset or `+HH:MM`.
    public static func append(nanoseconds: Int64, zone: TimeZoneRules, to output: inout [UInt8]) {
        let offset = zone.offsetNanoseconds(atUTC: nanoseconds)
        append(nanoseconds: nanoseconds &+ offset, to: &output)
        TimeZoneRules.appendOffset(Int32(offset / nanosPerSecond), to: &output)
    }

    /// Returns the text of `nanoseconds` since the Unix epoch (tests and error messages).
    public static func string(nanoseconds: Int64) -> String {
        var bytes: [UInt8] = []
        append(nanoseconds: nanoseconds, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a date-time given as days since 1970-01-01, the second of that day (0..<86400) and
    /// the nanosecond of that second (0..<1e9).
    public static func appendDateTime(
        daysSinceEpoch: Int64, secondOfDay: Int64, nanosecond: Int64, to output: inout [UInt8]
    ) {
        let (year, month, day) = civilFromDays(daysSinceEpoch)
        appendYear(year, to: &output)
        output.append(UInt8(ascii: "-"))
        DecimalFormatting.appendPadded(UInt64(month), width: 2, to: &output)
        output.append(UInt8(ascii: "-"))
        DecimalFormatting.appendPadded(UInt64(day), width: 2, to: &output)
        output.append(UInt8(ascii: "T"))
        DecimalFormatting.appendPadded(UInt64(secondOfDay / 3600), width: 2, to: &output)
        output.append(UInt8(ascii: ":"))
        DecimalFormatting.appendPadded(UInt64(secondOfDay / 60 % 60), width: 2, to: &output)
        output.append(UInt8(ascii: ":"))
        DecimalFormatting.appendPadded(UInt64(secondOfDay % 60), width: 2, to: &output)
        appendFraction(nanosecond, to: &output)
    }

    /// chrono prints milliseconds, microseconds or nanoseconds: the coarsest unit that is exact.
    static func appendFraction(_ nanosecond: Int64, to output: inout [UInt8]) {
        guard nanosecond != 0 else { return }
        output.append(UInt8(ascii: "."))
        if nanosecond % 1_000_000 == 0 {
            DecimalFormatting.appendPadded(UInt64(nanosecond / 1_000_000), width: 3, to: &output)
        } else if nanosecond % 1_000 == 0 {
            DecimalFormatting.appendPadded(UInt64(nanosecond / 1_000), width: 6, to: &output)
        } else {
            DecimalFormatting.appendPadded(UInt64(nanosecond), width: 9, to: &output)
        }
    }

    /// chrono's `{:04}` for years 0...9999, otherwise `{:+05}` (`+10000`, `-0001`).
    static func appendYear(_ year: Int64, to output: inout [UInt8]) {
        if year >= 0 && year <= 9999 {
            DecimalFormatting.appendPadded(UInt64(year), width: 4, to: &output)
            return
        }
        output.append(year < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let magnitude = year.magnitude
        if magnitude < 1000 {
            DecimalFormatting.appendPadded(magnitude, width: 4, to: &output)
        } else {
            DecimalFormatting.append(magnitude, to: &output)
        }
    }

    /// Howard Hinnant's `civil_from_days`: proleptic Gregorian (year, month, day) of a day count
    /// relative to 1970-01-01, exact for any day an Int64 of seconds can express.
    public static func civilFromDays(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        CivilCalendar.date(daysSinceEpoch: days)
    }
}
