import Kernel

/// Text of a value as a `CAST(x AS VARCHAR)` produces it: integers in decimal, floats in their
/// shortest round-trip form with a `.0` for integral values, booleans `true`/`false`, timestamps
/// `YYYY-MM-DDTHH:MM:SS[.fraction]`.
public enum ValueText {
    public static func render(_ value: ScalarValue) -> String {
        switch value {
        case .null: ""
        case .boolean(let v): v ? "true" : "false"
        case .integer(let v): String(v)
        case .uinteger(let v): String(v)
        case .float(let v): float(v)
        case .string(let v): v
        case .timestamp(let v): timestamp(v)
        case .zonedTimestamp(let v, let zone): zonedTimestamp(v, zone)
        case .interval(let v): v.displayText
        case .date(let v): date(v)
        case .time64(let v): timeOfDay(v)
        case .decimal(let v, let type): type.render(v)
        case .binary(let v): v.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        case .structure, .list: nested(value)
        case .coarseTimestamp(let v, _, let zone): zone.map { zonedTimestamp(v, $0) } ?? timestamp(v)
        case .duration(let v, let unit): DurationText.pretty(v, unit: unit)
        case .coarseTimeOfDay(let v, _): timeOfDay(v)
        }
    }

    /// arrow-cast's display of a zoned timestamp: the local time, then `Z` or `+HH:MM`.
    public static func zonedTimestamp(_ nanoseconds: Int64, _ zone: TimeZoneRules) -> String {
        var offset: [UInt8] = []
        TimeZoneRules.appendOffset(
            Int32(zone.offsetNanoseconds(atUTC: nanoseconds) / 1_000_000_000), to: &offset)
        return timestamp(zone.localNanoseconds(fromUTC: nanoseconds)) + String(decoding: offset, as: UTF8.self)
    }

    /// arrow-cast's display of a `Time64(ns)`: `HH:MM:SS` and the fraction as chrono shows it.
    public static func timeOfDay(_ nanoseconds: Int64) -> String {
        String(timestamp(nanoseconds).dropFirst("1970-01-01T".count))
    }

    /// `YYYY-MM-DD` of days since the epoch.
    public static func date(_ days: Int32) -> String {
        let civil = TimestampParsing.civilFromDays(Int(days))
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(abs(value))
            return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(civil.year, 4))-\(pad(civil.month, 2))-\(pad(civil.day, 2))"
    }

    /// Lists as `[a, b]` and structs as `{a, b}` of their items' texts (field names are in the
    /// type, which a scalar does not carry; `StructText` prints them).
    private static func nested(_ value: ScalarValue) -> String {
        switch value {
        case .list(let items): "[" + items.map(render).joined(separator: ", ") + "]"
        case .structure(let items): "{" + items.map(render).joined(separator: ", ") + "}"
        default: render(value)
        }
    }

    /// ryu's `format64` layout: plain while the decimal point is within 16 digits and the value
    /// at least 1e-5 (`1000000000000000.0`, `0.00001`), else `1e16`, `1.5e-7`.
    static func float(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return shortest(value.magnitude.description, negative: value.sign == .minus, plain: -4...16)
    }

    static func timestamp(_ nanoseconds: Int64) -> String {
        let seconds = nanoseconds >= 0 ? nanoseconds / 1_000_000_000 : (nanoseconds + 1) / 1_000_000_000 - 1
        let fraction = nanoseconds - seconds * 1_000_000_000
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds + 1) / 86_400 - 1)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let date = TimestampParsing.civilFromDays(days)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        var text = "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))T"
        text += "\(pad(secondOfDay / 3_600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
        if fraction != 0 {
            var digits = pad(Int(fraction), 9)
            if fraction % 1_000_000 == 0 {
                digits = String(digits.prefix(3))
            } else if fraction % 1_000 == 0 {
                digits = String(digits.prefix(6))
            }
            text += "." + digits
        }
        return text
    }
}
