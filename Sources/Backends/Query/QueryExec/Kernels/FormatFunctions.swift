import Kernel

/// `regexp_like`, `regexp_replace` (both on the linear-time `LinearRegex`), `to_char` (chrono
/// format specifiers) and `to_unixtime`.
enum FormatFunctions {
    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        switch function {
        case .regexpLike:
            guard args.count >= 2 else { throw MathFunctions.argumentError(function) }
            let flags = args.count > 2 ? ValueText.render(args[2]) : ""
            let pattern = ValueText.render(args[1])
            guard pattern.utf8.count <= PatternMatching.maxPatternLength else {
                throw KernelError(.invalidInput, "regex pattern longer than \(PatternMatching.maxPatternLength) bytes")
            }
            let regex = try LinearRegex((flags.contains("i") ? "(?i)" : "") + pattern)
            return .boolean(regex.matches(ValueText.render(args[0])))
        case .regexpReplace:
            guard args.count >= 3 else { throw MathFunctions.argumentError(function) }
            let flags = args.count > 3 ? ValueText.render(args[3]) : ""
            let pattern = ValueText.render(args[1])
            guard pattern.utf8.count <= PatternMatching.maxPatternLength else {
                throw KernelError(.invalidInput, "regex pattern longer than \(PatternMatching.maxPatternLength) bytes")
            }
            let regex = try LinearRegex((flags.contains("i") ? "(?i)" : "") + pattern)
            return .string(
                regex.replacing(
                    in: ValueText.render(args[0]), with: ValueText.render(args[2]), global: flags.contains("g")))
        case .toChar:
            switch args.first {
            case .timestamp(let nanoseconds) where args.count == 2:
                return .string(try format(nanoseconds, ValueText.render(args[1])))
            case .zonedTimestamp(let nanoseconds, let zone) where args.count == 2:
                return .string(try format(nanoseconds, ValueText.render(args[1]), zone: zone))
            default: throw MathFunctions.argumentError(function)
            }
        case .toUnixtime:
            switch args.first {
            case .timestamp(let v), .zonedTimestamp(let v, _):
                return .integer(v >= 0 ? v / 1_000_000_000 : (v + 1) / 1_000_000_000 - 1)
            case .integer(let v): return .integer(v)
            case .float(let v): return .integer(Int64(v.rounded(.towardZero)))
            default: throw MathFunctions.argumentError(function)
            }
        default: throw MathFunctions.argumentError(function)
        }
    }

    /// chrono's `strftime` for a naive timestamp: every specifier chrono has except the time
    /// zone ones (`%Z %z %:z %+`, which it refuses without a zone), with the `-`, `_` and `0`
    /// padding modifiers and `%.f %.3f %.6f %.9f %3f %6f %9f`. An unknown specifier fails as
    /// DataFusion's does.
    /// chrono's `format` of a timestamp; a zoned one shows its local time and knows `%z`.
    static func format(_ nanoseconds: Int64, _ pattern: String, zone: TimeZoneRules? = nil) throws(KernelError)
        -> String
    {
        var parts = timeParts(zone.map { $0.localNanoseconds(fromUTC: nanoseconds) } ?? nanoseconds)
        if let zone {
            let offset = zone.offsetNanoseconds(atUTC: nanoseconds)
            parts.offset = Int32(offset / 1_000_000_000)
            parts.epoch = (nanoseconds &- nanoseconds.flooredRemainder(dividingBy: 1_000_000_000)) / 1_000_000_000
        }
        var result = ""
        var characters = pattern[...]
        while let character = characters.popFirst() {
            guard character == "%" else {
                result.append(character)
                continue
            }
            guard let rendered = renderSpecifier(parts, &characters) else {
                throw KernelError(.invalidInput, "Arrow error: Cast error: Format error")
            }
            result += rendered
        }
        return result
    }

    /// The text of the specifier at the start of `characters` (after its `%`), consuming it.
    private static func renderSpecifier(_ parts: TimeParts, _ characters: inout Substring) -> String? {
        guard let first = characters.popFirst() else { return nil }
        switch first {
        case ".":
            guard let next = characters.popFirst() else { return nil }
            if next == "f" { return parts.shortestFraction }
            guard "369".contains(next), characters.popFirst() == "f", let width = Int(String(next)) else { return nil }
            return "." + parts.fractionDigits(width)
        case "3", "6", "9":
            guard characters.popFirst() == "f", let width = Int(String(first)) else { return nil }
            return parts.fractionDigits(width)
        case ":":
            var colons = 1
            while characters.first == ":" {
                colons += 1
                characters.removeFirst()
            }
            guard characters.popFirst() == "z" else { return nil }
            return parts.offsetText(colons: colons)
        case "-", "_", "0":
            guard let specifier = characters.popFirst() else { return nil }
            let padding: TimeParts.Padding = first == "-" ? .none : first == "_" ? .spaces : .zeros
            return parts.render(specifier, padding: padding)
        default:
            return parts.render(first)
        }
    }

    private static func timeParts(_ nanoseconds: Int64) -> TimeParts {
        let seconds = nanoseconds >= 0 ? nanoseconds / 1_000_000_000 : (nanoseconds + 1) / 1_000_000_000 - 1
        let fraction = Int(nanoseconds - seconds * 1_000_000_000)
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds + 1) / 86_400 - 1)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let date = TimestampParsing.civilFromDays(days)
        return TimeParts(
            year: date.year, month: date.month, day: date.day, hour: secondOfDay / 3_600,
            minute: secondOfDay / 60 % 60, second: secondOfDay % 60, fraction: fraction,
            weekday: ((days % 7) + 11) % 7,
            dayOfYear: days - TimestampParsing.daysFromCivil(year: date.year, month: 1, day: 1) + 1,
            epoch: seconds)
    }
}
