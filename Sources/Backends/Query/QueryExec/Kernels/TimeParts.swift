import Kernel

/// The calendar fields of one timestamp, rendered with chrono's `strftime` specifiers (what
/// DataFusion's `to_char` uses for naive timestamps).
struct TimeParts {
    var year, month, day, hour, minute, second, fraction: Int
    /// 0 = Sunday.
    var weekday: Int
    var dayOfYear: Int
    var epoch: Int64
    /// The UTC offset in seconds of a zoned timestamp; nil for a naive one (chrono then refuses
    /// the offset specifiers).
    var offset: Int32? = nil

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// How a numeric field is padded: chrono's default per specifier, or the `-`, `_`, `0` modifier.
    enum Padding {
        case standard, none, spaces, zeros
    }

    static func pad(_ value: Int, _ width: Int, with filler: Character = "0") -> String {
        let text = String(value)
        return String(repeating: filler, count: max(0, width - text.count)) + text
    }

    func fractionDigits(_ width: Int) -> String {
        String(Self.pad(fraction, 9).prefix(max(0, min(width, 9))))
    }

    /// chrono's `%.f`: the fraction with 3, 6 or 9 digits, as few as represent it; nothing when zero.
    var shortestFraction: String {
        if fraction == 0 { return "" }
        if fraction % 1_000_000 == 0 { return "." + fractionDigits(3) }
        if fraction % 1_000 == 0 { return "." + fractionDigits(6) }
        return "." + fractionDigits(9)
    }

    /// One specifier (after `%` and an optional padding modifier); nil for one chrono refuses
    /// for a naive timestamp (time zones) or does not know.
    func render(_ specifier: Character, padding: Padding = .standard) -> String? {
        if let (value, width, filler) = numeric(specifier) {
            switch padding {
            case .standard: return Self.pad(value, width, with: filler)
            case .none: return String(value)
            case .spaces: return Self.pad(value, width, with: " ")
            case .zeros: return Self.pad(value, width)
            }
        }
        switch specifier {
        case "b", "h": return String(Self.months[month - 1].prefix(3))
        case "B": return Self.months[month - 1]
        case "a": return String(Self.weekdays[weekday].prefix(3))
        case "A": return Self.weekdays[weekday]
        case "p": return hour < 12 ? "AM" : "PM"
        case "P": return hour < 12 ? "am" : "pm"
        case "s": return String(epoch)
        case "z": return offsetText(colons: 0)
        case "Z": return offsetText(colons: 1)  // arrow's Tz shows the offset, not an abbreviation
        case "+":
            guard let zone = offsetText(colons: 1), let date = render("F"), let time = render("T") else { return nil }
            return date + "T" + time + shortestFraction + zone
        case "f": return Self.pad(fraction, 9)
        case "n": return "\n"
        case "t": return "\t"
        case "%": return "%"
        default: return composite(specifier)
        }
    }

    /// The offset as `+HHMM`, then with one, two or three colons `+HH:MM`, `+HH:MM:SS`, `+HH`.
    func offsetText(colons: Int) -> String? {
        guard let offset else { return nil }
        let sign = offset < 0 ? "-" : "+"
        let magnitude = Int(offset.magnitude)
        let hours = Self.pad(magnitude / 3_600, 2)
        let minutes = Self.pad(magnitude / 60 % 60, 2)
        switch colons {
        case 0: return sign + hours + minutes
        case 1: return sign + hours + ":" + minutes
        case 2: return sign + hours + ":" + minutes + ":" + Self.pad(magnitude % 60, 2)
        case 3: return sign + hours
        default: return nil
        }
    }

    /// Specifiers that stand for a sequence of others.
    private func composite(_ specifier: Character) -> String? {
        let sequence: [Character]
        switch specifier {
        case "T", "X": sequence = ["H", ":", "M", ":", "S"]
        case "D", "x": sequence = ["m", "/", "d", "/", "y"]
        case "F": sequence = ["Y", "-", "m", "-", "d"]
        case "R": sequence = ["H", ":", "M"]
        case "r": sequence = ["I", ":", "M", ":", "S", " ", "p"]
        case "v": sequence = ["e", "-", "b", "-", "Y"]
        case "c": sequence = ["a", " ", "b", " ", "e", " ", "H", ":", "M", ":", "S", " ", "Y"]
        default: return nil
        }
        var result = ""
        for item in sequence {
            result += item.isLetter ? render(item) ?? "" : String(item)
        }
        return result
    }

    /// A numeric specifier's value, default width and filler.
    private func numeric(_ specifier: Character) -> (Int, Int, Character)? {
        let mondayBased = (weekday + 6) % 7
        switch specifier {
        case "Y": return (year, 4, "0")
        case "C": return (Int((Double(year) / 100).rounded(.down)), 2, "0")
        case "y": return ((year % 100 + 100) % 100, 2, "0")
        case "m": return (month, 2, "0")
        case "d": return (day, 2, "0")
        case "e": return (day, 2, " ")
        case "H": return (hour, 2, "0")
        case "k": return (hour, 2, " ")
        case "I": return (hour % 12 == 0 ? 12 : hour % 12, 2, "0")
        case "l": return (hour % 12 == 0 ? 12 : hour % 12, 2, " ")
        case "M": return (minute, 2, "0")
        case "S": return (second, 2, "0")
        case "j": return (dayOfYear, 3, "0")
        case "u": return (mondayBased + 1, 1, "0")
        case "w": return (weekday, 1, "0")
        case "U": return ((dayOfYear - weekday + 6) / 7, 2, "0")
        case "W": return ((dayOfYear - mondayBased + 6) / 7, 2, "0")
        case "V": return (isoWeek.week, 2, "0")
        case "G": return (isoWeek.year, 4, "0")
        case "g": return ((isoWeek.year % 100 + 100) % 100, 2, "0")
        default: return nil
        }
    }

    /// ISO 8601 week number and week-based year (weeks start on Monday; week 1 holds the
    /// year's first Thursday).
    private var isoWeek: (year: Int, week: Int) {
        let mondayBased = (weekday + 6) % 7
        let week = (dayOfYear - (mondayBased + 1) + 10) / 7
        if week < 1 { return (year - 1, Self.isoWeeks(in: year - 1)) }
        if week > Self.isoWeeks(in: year) { return (year + 1, 1) }
        return (year, week)
    }

    private static func isoWeeks(in year: Int) -> Int {
        func p(_ y: Int) -> Int { ((y + y / 4 - y / 100 + y / 400) % 7 + 7) % 7 }
        return p(year) == 4 || p(year - 1) == 3 ? 53 : 52
    }
}
