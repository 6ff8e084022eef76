/// The calendar fields of one timestamp, rendered by chrono-style format specifiers.
struct TimeParts {
    var year, month, day, hour, minute, second, fraction: Int
    /// 0 = Sunday.
    var weekday: Int
    var dayOfYear: Int
    var epoch: Int64

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static func pad(_ value: Int, _ width: Int, with filler: Character = "0") -> String {
        let text = String(value)
        return String(repeating: filler, count: max(0, width - text.count)) + text
    }

    func fractionDigits(_ width: Int) -> String {
        String(Self.pad(fraction, 9).prefix(max(0, min(width, 9))))
    }

    func render(_ specifier: Character) -> String {
        switch specifier {
        case "Y": return Self.pad(year, 4)
        case "y": return Self.pad(year % 100, 2)
        case "m": return Self.pad(month, 2)
        case "d": return Self.pad(day, 2)
        case "e": return Self.pad(day, 2, with: " ")
        case "H": return Self.pad(hour, 2)
        case "I": return Self.pad(hour % 12 == 0 ? 12 : hour % 12, 2)
        case "p": return hour < 12 ? "AM" : "PM"
        case "M": return Self.pad(minute, 2)
        case "S": return Self.pad(second, 2)
        case "f": return Self.pad(fraction, 9)
        case "j": return Self.pad(dayOfYear, 3)
        case "b", "h": return String(Self.months[month - 1].prefix(3))
        case "B": return Self.months[month - 1]
        case "a": return String(Self.weekdays[weekday].prefix(3))
        case "A": return Self.weekdays[weekday]
        case "u": return String(weekday == 0 ? 7 : weekday)
        case "w": return String(weekday)
        case "s": return String(epoch)
        case "T": return "\(render("H")):\(render("M")):\(render("S"))"
        case "D": return "\(render("m"))/\(render("d"))/\(render("y"))"
        case "F": return "\(render("Y"))-\(render("m"))-\(render("d"))"
        case "R": return "\(render("H")):\(render("M"))"
        case "%": return "%"
        default: return "%\(specifier)"
        }
    }
}
