import Kernel
import QueryExec

/// The spellings of `Timestamp`, `Duration`, `Time32` and `Time64` type names that arrow-rs's type parser
/// accepts in `arrow_cast`: long or short units (`Millisecond`, `ms`; `us` or `µs`), a zone as
/// `None`, `Some("zone")` or `"zone"`, spaces around the parts.
enum ArrowTemporalTypeName {
    /// The type, or nil when `typeName` is not one of those forms. A temporal name with a bad
    /// unit or zone part is refused with arrow-rs's parser error, as DataFusion reports it.
    static func parse(_ typeName: String) throws(KernelError) -> ValueType? {
        let trimmed = typeName.trimmingSpaces
        guard let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") else { return nil }
        let head = String(trimmed[..<open]).trimmingSpaces
        guard ["Timestamp", "Duration", "Time32", "Time64"].contains(head) else { return nil }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let (unitText, zoneText) = split(inner)
        func refused(_ detail: String) -> KernelError {
            KernelError(
                .invalidInput,
                "Execution error: Unsupported type '\(typeName)'. Must be a supported arrow type name such as 'Int32' or 'Timestamp(ns)'. Error \(detail)"
            )
        }
        guard let unit = unit(unitText) else {
            guard !unitText.isEmpty, unitText.allSatisfy({ $0.isLetter }) else { return nil }
            throw refused("unknown token: \(unitText)")
        }
        if head != "Timestamp", zoneText != nil { throw refused("Expected ')', got ','") }
        switch head {
        case "Timestamp":
            guard let zoneText else { return .timestamp(unit) }
            guard let zoneName = zoneName(zoneText) else {
                let bare = zoneText.hasPrefix("Some(") ? String(zoneText.dropFirst(5).dropLast()) : zoneText
                guard !bare.isEmpty, bare.allSatisfy({ $0.isLetter || $0 == "/" || $0 == "_" }) else { return nil }
                throw refused("unknown token: \(bare)")
            }
            guard let zoneName = zoneName else { return .timestamp(unit) }
            return .timestamp(unit, zone: try TimeZoneDatabase.rules(named: zoneName))
        case "Duration": return .duration(unit)
        case "Time64":
            guard unit >= .microsecond else {
                throw refused("Time64 time unit must be 'µs' or 'ns', got '\(unit.abbreviation)'")
            }
            return unit == .nanosecond ? .time64 : .coarseTimeOfDay(unit)
        default:
            guard unit <= .millisecond else {
                throw refused("Time32 time unit must be 's' or 'ms', got '\(unit.abbreviation)'")
            }
            return .coarseTimeOfDay(unit)
        }
    }

    /// The unit and, after the first comma, the zone part.
    private static func split(_ inner: Substring) -> (String, String?) {
        guard let comma = inner.firstIndex(of: ",") else { return (String(inner).trimmingSpaces, nil) }
        return (
            String(inner[..<comma]).trimmingSpaces, String(inner[inner.index(after: comma)...]).trimmingSpaces
        )
    }

    private static func unit(_ text: String) -> TimeUnit? {
        switch text {
        case "Second", "s": .second
        case "Millisecond", "ms": .millisecond
        case "Microsecond", "us", "µs": .microsecond
        case "Nanosecond", "ns": .nanosecond
        default: nil
        }
    }

    /// `.some(nil)` for `None`, `.some(name)` for `Some("name")` or `"name"`, nil otherwise.
    private static func zoneName(_ text: String) -> String?? {
        if text == "None" { return .some(nil) }
        var quoted = Substring(text)
        if quoted.hasPrefix("Some("), quoted.hasSuffix(")") { quoted = quoted.dropFirst(5).dropLast() }
        quoted = Substring(String(quoted).trimmingSpaces)
        guard quoted.count >= 2, quoted.hasPrefix("\""), quoted.hasSuffix("\"") else { return nil }
        return .some(String(quoted.dropFirst().dropLast()))
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
