import Kernel
import Synchronization

/// Time zone names resolved as arrow-rs does (`Tz::from_str`): a fixed offset `+HH:MM`, `+HHMM`
/// or `+HH`, else an IANA name read from the system's TZif files (`/usr/share/zoneinfo`, Debian
/// package `tzdata`). Parsed rules are cached by name.
public enum TimeZoneDatabase {
    static let directory = "/usr/share/zoneinfo/"
    private static let cache = ZoneCache()

    /// The rules of `name`, or arrow's error for a name it cannot parse.
    public static func rules(named name: String) throws(KernelError) -> TimeZoneRules {
        if let cached = cache.rules(name) { return cached }
        guard let rules = fixedOffset(name) ?? named(name) else {
            throw KernelError(
                .invalidInput, "Arrow error: Parser error: Invalid timezone \"\(name)\": failed to parse timezone")
        }
        cache.store(rules)
        return rules
    }

    /// `+HH:MM`, `+HHMM` or `+HH` (and `-`), as arrow-rs `parse_fixed_offset` reads them.
    static func fixedOffset(_ name: String) -> TimeZoneRules? {
        let bytes = Array(name.utf8)
        guard let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        let digits = bytes.dropFirst().filter { $0 != UInt8(ascii: ":") }
        let shapeOK =
            bytes.count == 3 || (bytes.count == 5 && !bytes.contains(UInt8(ascii: ":")))
            || (bytes.count == 6 && bytes[3] == UInt8(ascii: ":"))
        guard shapeOK, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let values = digits.map { Int32($0 - 48) }
        let hours = values[0] * 10 + values[1]
        let minutes = values.count == 4 ? values[2] * 10 + values[3] : 0
        guard hours < 24, minutes < 60 else { return nil }
        let seconds = (hours * 3_600 + minutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        return TimeZoneRules(name: name, fixedOffsetSeconds: seconds)
    }

    /// An IANA zone: names are path segments of letters, digits, `_`, `-` and `+` (no `..`).
    static func named(_ name: String) -> TimeZoneRules? {
        let segments = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.isEmpty, name.utf8.count <= 64,
            segments.allSatisfy({ segment in
                !segment.isEmpty && segment.first != "." && segment.first != "-"
                    && segment.utf8.allSatisfy { byte in
                        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
                            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                    }
            })
        else { return nil }
        // The system directory also holds copies and aliases chrono-tz does not know.
        guard !["posix", "right"].contains(segments[0]), !["localtime", "posixrules", "Factory"].contains(name),
            let data = ZoneFile.read(directory + name, limit: 1 << 20)
        else { return nil }
        return TZifParser.parse(data, name: name)
    }
}

/// The parsed zones, shared by all queries (at most 1024 names).
private final class ZoneCache: Sendable {
    private let zones = Mutex<[String: TimeZoneRules]>([:])

    func rules(_ name: String) -> TimeZoneRules? {
        zones.withLock { $0[name] }
    }

    func store(_ rules: TimeZoneRules) {
        zones.withLock { if $0.count < 1_024 { $0[rules.name] = rules } }
    }
}
