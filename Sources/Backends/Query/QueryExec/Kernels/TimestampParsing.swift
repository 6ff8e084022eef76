import Kernel

/// Parses timestamp strings the way DataFusion coerces them (`'2022-01-31T06:30:30.123Z'`,
/// `'2022-01-31 06:30:30'`, `'2022-01-31'`, offsets `+02:00`) into nanoseconds since the epoch,
/// and converts between civil dates and days (proleptic Gregorian, no Foundation).
public enum TimestampParsing {
    public static func nanoseconds(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = bytes[index + offset]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += digits
            return value
        }
        func expect(_ character: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == character else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = 0
        var fraction: Int64 = 0
        if index < bytes.count, bytes[index] == 84 || bytes[index] == 32 {  // 'T' or ' '
            index += 1
            guard let hour = number(2), expect(58), let minute = number(2), hour < 24, minute < 60 else { return nil }
            var second = 0
            if expect(58) {
                guard let parsed = number(2), parsed < 61 else { return nil }
                second = parsed
                if expect(46) {
                    var digits = 0
                    while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                        if digits < 9 { fraction = fraction * 10 + Int64(bytes[index] - 48) }
                        digits += 1
                        index += 1
                    }
                    guard digits > 0 else { return nil }
                    for _ in digits..<max(digits, 9) { fraction *= 10 }
                }
            }
            seconds = hour * 3_600 + minute * 60 + second
        }
        var offsetSeconds = 0
        if index < bytes.count {
            if bytes[index] == 90 || bytes[index] == 122 {  // Z
                index += 1
            } else if bytes[index] == 43 || bytes[index] == 45 {  // + -
                let sign = bytes[index] == 45 ? -1 : 1
                index += 1
                guard let hours = number(2) else { return nil }
                _ = expect(58)
                let minutes = number(2) ?? 0
                offsetSeconds = sign * (hours * 3_600 + minutes * 60)
            }
        }
        guard index == bytes.count else { return nil }
        let days = Int64(daysFromCivil(year: year, month: month, day: day))
        let total = (days * 86_400 + Int64(seconds - offsetSeconds))
        let (nanos, overflow) = total.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return nil }
        let (result, overflow2) = nanos.addingReportingOverflow(fraction)
        return overflow2 ? nil : result
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        Int(CivilCalendar.days(year: Int64(year), month: Int64(month), day: Int64(day)))
    }

    /// The civil date of a day count since 1970-01-01.
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let date = CivilCalendar.date(daysSinceEpoch: Int64(days))
        return (Int(date.year), Int(date.month), Int(date.day))
    }
}
