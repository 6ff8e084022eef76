import Kernel

/// The reasons chrono's `parse` gives, with its texts (DataFusion quotes them in its errors).
enum ChronoParseError: String, Error {
    case outOfRange = "input is out of range"
    case impossible = "no possible date and time matching input"
    case notEnough = "input is not enough for unique date and time"
    case invalid = "input contains invalid characters"
    case tooShort = "premature end of input"
    case tooLong = "trailing input"
    case badFormat = "bad or unsupported format string"
}

/// The fields a chrono format filled in (chrono's `Parsed`): each set once (a second, different
/// value is `impossible`), each range-checked when set, and resolved to a date, a time and an
/// instant only at the end, as chrono resolves them.
struct ChronoFields {
    var year: Int?
    var century: Int?
    var yearOfCentury: Int?
    var isoYear: Int?
    var isoCentury: Int?
    var isoYearOfCentury: Int?
    var month: Int?
    var day: Int?
    var ordinal: Int?
    var weekFromSunday: Int?
    var weekFromMonday: Int?
    var isoWeek: Int?
    /// 0 = Monday … 6 = Sunday.
    var weekday: Int?
    var hourDiv12: Int?
    var hourMod12: Int?
    var minute: Int?
    var second: Int?
    var nanosecond: Int?
    var timestamp: Int?
    var offsetSeconds: Int?

    /// Sets `field` to `value` after the range check; a different earlier value is `impossible`.
    static func set(
        _ field: inout Int?, _ value: Int, in range: ClosedRange<Int>
    ) throws(ChronoParseError) {
        guard range.contains(value) else { throw .outOfRange }
        if let old = field, old != value { throw .impossible }
        field = value
    }

    mutating func setHour(_ value: Int) throws(ChronoParseError) {
        guard (0...23).contains(value) else { throw .outOfRange }
        try Self.set(&hourDiv12, value / 12, in: 0...1)
        try Self.set(&hourMod12, value % 12, in: 0...11)
    }

    mutating func setHour12(_ value: Int) throws(ChronoParseError) {
        guard (1...12).contains(value) else { throw .outOfRange }
        try Self.set(&hourMod12, value % 12, in: 0...11)
    }

    // MARK: resolution

    /// The proleptic year from `%Y`, or `%C` with `%y`, or `%y` alone (1970…2069).
    private static func resolveYear(_ year: Int?, _ century: Int?, _ ofCentury: Int?) throws(ChronoParseError) -> Int? {
        switch (year, century, ofCentury) {
        case (let year?, _, _):
            guard century != nil || ofCentury != nil else { return year }
            guard year >= 0 else { throw .impossible }
            guard century ?? year / 100 == year / 100, ofCentury ?? year % 100 == year % 100 else {
                throw .impossible
            }
            return year
        case (nil, let century?, let ofCentury?): return century * 100 + ofCentury
        case (nil, nil, let ofCentury?): return ofCentury + (ofCentury < 70 ? 2000 : 1900)
        case (nil, nil, nil): return nil
        case (nil, _?, nil): throw .notEnough
        }
    }

    /// Days since 1970-01-01 of the date the fields name (chrono's `to_naive_date`).
    func date() throws(ChronoParseError) -> Int {
        let year = try Self.resolveYear(self.year, century, yearOfCentury)
        let isoYear = try Self.resolveYear(self.isoYear, isoCentury, isoYearOfCentury)
        let days: Int
        if let year, let month, let day {
            guard day <= CivilDates.daysIn(month: month, year: year) else { throw .outOfRange }
            days = TimestampParsing.daysFromCivil(year: year, month: month, day: day)
        } else if let year, let ordinal {
            guard ordinal <= (CivilDates.isLeap(year) ? 366 : 365) else { throw .outOfRange }
            days = TimestampParsing.daysFromCivil(year: year, month: 1, day: 1) + ordinal - 1
        } else if let year, let week = weekFromSunday, let weekday {
            days = try Self.weekDate(year: year, week: week, daysFromWeekStart: (weekday + 1) % 7, weekStart: 6)
        } else if let year, let week = weekFromMonday, let weekday {
            days = try Self.weekDate(year: year, week: week, daysFromWeekStart: weekday, weekStart: 0)
        } else if let isoYear, let isoWeek, let weekday {
            guard isoWeek <= CivilDates.isoWeeks(in: isoYear) else { throw .outOfRange }
            days = CivilDates.isoWeekOneMonday(isoYear) + (isoWeek - 1) * 7 + weekday
        } else {
            throw .notEnough
        }
        guard CivilDates.chronoRange.contains(days) else { throw .outOfRange }
        guard consistent(withDays: days, year: year, isoYear: isoYear) else { throw .impossible }
        return days
    }

    /// Days of `week` (`%U` with weeks starting Sunday, 6 = Sunday, or `%W` Monday, 0) in `year`.
    private static func weekDate(year: Int, week: Int, daysFromWeekStart: Int, weekStart: Int) throws(ChronoParseError)
        -> Int
    {
        let newYear = TimestampParsing.daysFromCivil(year: year, month: 1, day: 1)
        let newYearWeekday = CivilDates.weekday(newYear)
        let firstWeek = (weekStart - newYearWeekday + 7) % 7  // days to the first week start
        let days = newYear + firstWeek + (week - 1) * 7 + daysFromWeekStart
        guard TimestampParsing.civilFromDays(days).year == year else { throw .impossible }
        return days
    }

    /// Whether every field that was given agrees with the date `days`.
    private func consistent(withDays days: Int, year: Int?, isoYear: Int?) -> Bool {
        let civil = TimestampParsing.civilFromDays(days)
        let weekday = CivilDates.weekday(days)
        let ordinal = days - TimestampParsing.daysFromCivil(year: civil.year, month: 1, day: 1) + 1
        let iso = CivilDates.isoWeek(days)
        let weekFromSunday = (ordinal - (weekday + 1) % 7 + 6) / 7
        let weekFromMonday = (ordinal - weekday + 6) / 7
        let checks: [(Int?, Int)] = [
            (year, civil.year), (month, civil.month), (self.day, civil.day), (self.ordinal, ordinal),
            (self.weekday, weekday), (isoYear, iso.year), (isoWeek, iso.week),
            (self.weekFromSunday, weekFromSunday), (self.weekFromMonday, weekFromMonday),
        ]
        return checks.allSatisfy { given, actual in given.map { $0 == actual } ?? true }
    }

    /// Nanoseconds into the day (chrono's `to_naive_time`: hour and minute needed, seconds and
    /// fraction optional, a fraction without seconds not enough).
    func timeOfDay() throws(ChronoParseError) -> Int {
        guard let hourDiv12, let hourMod12, let minute else { throw .notEnough }
        guard (0...60).contains(second ?? 0) else { throw .outOfRange }
        if nanosecond != nil, second == nil { throw .notEnough }
        let seconds = ((hourDiv12 * 12 + hourMod12) * 60 + minute) * 60 + min(second ?? 0, 59)
        return seconds * 1_000_000_000 + (second == 60 ? 1_000_000_000 : 0) + (nanosecond ?? 0)
    }

    /// The instant in nanoseconds since the epoch when the text was a local date and time at
    /// UTC offset `offset` (chrono's `to_naive_datetime_with_offset`, shifted by the offset).
    func instant(offset: Int) throws(ChronoParseError) -> (days: Int, nanosOfDay: Int) {
        let date = Result { () throws(ChronoParseError) in try self.date() }
        let time = Result { () throws(ChronoParseError) in try self.timeOfDay() }
        if case .success(let days) = date, case .success(let nanos) = time {
            let shifted = nanos - offset * 1_000_000_000
            let dayShift = shifted.flooredDivision(by: 86_400_000_000_000)
            return (days + dayShift, shifted - dayShift * 86_400_000_000_000)
        }
        if let timestamp {
            let days = timestamp.flooredDivision(by: 86_400)
            let seconds = timestamp - days * 86_400
            let local = ChronoFields.civilFields(days: (timestamp + offset).flooredDivision(by: 86_400))
            guard consistentDate(with: local) else { throw .impossible }
            return (days, seconds * 1_000_000_000 + (nanosecond ?? 0))
        }
        if case .failure(let error) = date { throw error }
        if case .failure(let error) = time { throw error }
        throw .notEnough
    }

    private static func civilFields(days: Int) -> ChronoFields {
        let civil = TimestampParsing.civilFromDays(days)
        return ChronoFields(year: civil.year, month: civil.month, day: civil.day)
    }

    private func consistentDate(with other: ChronoFields) -> Bool {
        [(year, other.year), (month, other.month), (day, other.day)].allSatisfy { given, actual in
            given.map { $0 == actual } ?? true
        }
    }
}

/// Proleptic Gregorian calendar facts the chrono resolution needs.
enum CivilDates {
    /// chrono's `NaiveDate` range: years −262 143 … 262 142, as days since 1970-01-01.
    static let chronoRange =
        TimestampParsing.daysFromCivil(
            year: -262_143, month: 1, day: 1)...TimestampParsing
        .daysFromCivil(year: 262_142, month: 12, day: 31)

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    static func weekday(_ days: Int) -> Int { ((days + 3) % 7 + 7) % 7 }

    /// The Monday of ISO week 1 of `isoYear` (the week holding January 4).
    static func isoWeekOneMonday(_ isoYear: Int) -> Int {
        let january4 = TimestampParsing.daysFromCivil(year: isoYear, month: 1, day: 4)
        return january4 - weekday(january4)
    }

    static func isoWeeks(in isoYear: Int) -> Int { (isoWeekOneMonday(isoYear + 1) - isoWeekOneMonday(isoYear)) / 7 }

    static func isoWeek(_ days: Int) -> (year: Int, week: Int) {
        var year = TimestampParsing.civilFromDays(days).year + 1
        while days < isoWeekOneMonday(year) { year -= 1 }
        return (year, (days - isoWeekOneMonday(year)) / 7 + 1)
    }
}
