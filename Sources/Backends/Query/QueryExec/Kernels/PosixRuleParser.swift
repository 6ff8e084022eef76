import Kernel

/// Reads the POSIX TZ string of a TZif footer (`std offset [dst [offset] ,start[/time],end[/time]]`)
/// into a `PosixZoneRule`. Only the `Mm.w.d` date form is read (the one tzdata writes); a
/// footer in another form gives nil, and the zone keeps its last transition's offset.
struct PosixRuleParser {
    private var bytes: ArraySlice<UInt8>

    static func parse(_ text: ArraySlice<UInt8>) -> PosixZoneRule? {
        guard !text.isEmpty, text.count <= 128 else { return nil }
        var parser = PosixRuleParser(bytes: text)
        return parser.rule()
    }

    private mutating func rule() -> PosixZoneRule? {
        guard skipName(), let west = seconds() else { return nil }
        let standard = Int32(-west)
        if bytes.isEmpty { return PosixZoneRule(standard: standard, daylight: standard, start: nil, end: nil) }
        guard skipName() else { return nil }
        var daylight = standard + 3_600
        if let first = bytes.first, first != UInt8(ascii: ",") {
            guard let dstWest = seconds() else { return nil }
            daylight = Int32(-dstWest)
        }
        guard take(","), let start = change(), take(","), let end = change(), bytes.isEmpty else { return nil }
        return PosixZoneRule(standard: standard, daylight: daylight, start: start, end: end)
    }

    /// `Mm.w.d[/time]`, the time 02:00 when left out.
    private mutating func change() -> PosixZoneRule.Change? {
        guard take("M"), let month = number(), take("."), let week = number(), take("."), let weekday = number(),
            (1...12).contains(month), (1...5).contains(week), (0...6).contains(weekday)
        else { return nil }
        var time: Int64 = 7_200
        if take("/") {
            guard let value = seconds() else { return nil }
            time = value
        }
        return PosixZoneRule.Change(month: month, week: week, weekday: weekday, time: time)
    }

    /// A zone abbreviation: `<...>` or three or more letters.
    private mutating func skipName() -> Bool {
        if take("<") {
            guard let close = bytes.firstIndex(of: UInt8(ascii: ">")) else { return false }
            bytes = bytes[(close + 1)...]
            return true
        }
        let letters = bytes.prefix { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
        guard letters.count >= 3 else { return false }
        bytes = bytes.dropFirst(letters.count)
        return true
    }

    /// `[+-]hh[:mm[:ss]]` in seconds.
    private mutating func seconds() -> Int64? {
        var sign: Int64 = 1
        if take("-") { sign = -1 } else { _ = take("+") }
        guard let hours = number(), hours <= 167 else { return nil }
        var total = Int64(hours) * 3_600
        if take(":") {
            guard let minutes = number(), minutes < 60 else { return nil }
            total += Int64(minutes) * 60
            if take(":") {
                guard let secs = number(), secs < 60 else { return nil }
                total += Int64(secs)
            }
        }
        return sign * total
    }

    private mutating func number() -> Int? {
        let digits = bytes.prefix { $0 >= 48 && $0 <= 57 }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        bytes = bytes.dropFirst(digits.count)
        return digits.reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard bytes.first == UInt8(ascii: character) else { return false }
        bytes = bytes.dropFirst()
        return true
    }
}
