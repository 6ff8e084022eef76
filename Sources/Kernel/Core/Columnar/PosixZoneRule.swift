/// The POSIX TZ rule that ends a TZif file (`CET-1CEST,M3.5.0,M10.5.0/3`): the offsets after the
/// file's last transition, with daylight saving time between two `Mm.w.d/time` dates each year.
public struct PosixZoneRule: Sendable, Hashable {
    /// A `Mm.w.d/time` date: month 1...12, week 1...5 (5 = last), weekday 0...6 (0 = Sunday),
    /// the local wall-clock second of that day the change happens at.
    public struct Change: Sendable, Hashable {
        public var month: Int
        public var week: Int
        public var weekday: Int
        public var time: Int64

        public init(month: Int, week: Int, weekday: Int, time: Int64) {
            self.month = month
            self.week = week
            self.weekday = weekday
            self.time = time
        }
    }

    /// UTC offsets in seconds (east positive) of standard and daylight time.
    public var standard: Int32
    public var daylight: Int32
    /// nil for a zone without daylight saving time.
    public var start: Change?
    public var end: Change?

    public init(standard: Int32, daylight: Int32, start: Change?, end: Change?) {
        self.standard = standard
        self.daylight = daylight
        self.start = start
        self.end = end
    }

    /// The offset at an instant given in UTC seconds.
    public func offset(atUTCSeconds seconds: Int64) -> Int32 {
        guard let start, let end else { return standard }
        let year = Self.civil(days: (seconds + Int64(standard)).flooredDays).year
        let startUTC = Self.localSeconds(start, year: year) - Int64(standard)
        let endUTC = Self.localSeconds(end, year: year) - Int64(daylight)
        let inDaylight =
            startUTC < endUTC ? (seconds >= startUTC && seconds < endUTC) : (seconds < endUTC || seconds >= startUTC)
        return inDaylight ? daylight : standard
    }

    /// Local seconds since the epoch of a change in `year`.
    static func localSeconds(_ change: Change, year: Int) -> Int64 {
        let first = daysFromCivil(year: year, month: change.month, day: 1)
        let firstWeekday = Int((first + 4).flooredModulo(7))  // 1970-01-01 was a Thursday
        var day = 1 + (change.weekday - firstWeekday + 7) % 7 + (change.week - 1) * 7
        let length =
            daysFromCivil(year: change.month == 12 ? year + 1 : year, month: change.month % 12 + 1, day: 1) - first
        while day > Int(length) { day -= 7 }
        return (first + Int64(day - 1)) * 86_400 + change.time
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(days: Int64) -> (year: Int, month: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        return (Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), Int(month))
    }
}

extension Int64 {
    fileprivate var flooredDays: Int64 { self >= 0 ? self / 86_400 : (self + 1) / 86_400 - 1 }

    fileprivate func flooredModulo(_ divisor: Int64) -> Int64 {
        let remainder = self % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }
}
