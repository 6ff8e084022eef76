/// The UTC offsets of one time zone of a `Timestamp(ns, "<zone>")` result type: a fixed offset
/// (`+05:30`) or an IANA zone's transitions as its TZif file lists them. Values of that type stay
/// UTC nanoseconds; the rules only say which local time they show. Compared by name.
public final class TimeZoneRules: Sendable, Hashable {
    /// The zone as the query spelled it (Arrow keeps that text in the type).
    public let name: String
    /// The offset before the first transition (or always, for a fixed offset).
    let initialOffset: Int32
    /// UTC seconds at which `offsets[i]` starts, ascending.
    let transitions: [Int64]
    let offsets: [Int32]
    /// The TZif footer's rule for instants after the last transition (nil: keep its offset).
    let rule: PosixZoneRule?

    /// A zone whose offset never changes.
    public init(name: String, fixedOffsetSeconds: Int32) {
        self.name = name
        self.initialOffset = fixedOffsetSeconds
        self.transitions = []
        self.offsets = []
        self.rule = nil
    }

    /// A zone whose offset changes at `transitions` (UTC seconds, ascending) to `offsets`, then
    /// follows `rule` after the last one.
    public init(
        name: String, initialOffset: Int32, transitions: [Int64], offsets: [Int32], rule: PosixZoneRule? = nil
    ) {
        self.name = name
        self.initialOffset = initialOffset
        self.transitions = transitions
        self.offsets = offsets
        self.rule = rule
    }

    /// The offset from UTC, in seconds, at an instant given in UTC seconds.
    public func offsetSeconds(atUTCSeconds seconds: Int64) -> Int32 {
        var low = 0
        var high = transitions.count
        while low < high {
            let middle = (low + high) / 2
            if transitions[middle] <= seconds { low = middle + 1 } else { high = middle }
        }
        if low == transitions.count, let rule, low > 0 || transitions.isEmpty {
            return rule.offset(atUTCSeconds: seconds)
        }
        return low == 0 ? initialOffset : offsets[low - 1]
    }

    /// The offset in nanoseconds at an instant given in UTC nanoseconds.
    public func offsetNanoseconds(atUTC nanoseconds: Int64) -> Int64 {
        let seconds = nanoseconds >= 0 ? nanoseconds / 1_000_000_000 : (nanoseconds + 1) / 1_000_000_000 - 1
        return Int64(offsetSeconds(atUTCSeconds: seconds)) * 1_000_000_000
    }

    /// The local wall-clock nanoseconds of a UTC instant.
    public func localNanoseconds(fromUTC nanoseconds: Int64) -> Int64 {
        nanoseconds &+ offsetNanoseconds(atUTC: nanoseconds)
    }

    /// The UTC instant of a local wall-clock time, nil when the time is skipped or repeated by a
    /// transition (chrono's `single()`, which arrow-cast uses).
    public func utcNanoseconds(fromLocal local: Int64) -> Int64? {
        var found: Int64?
        var candidates: Set<Int64> = []
        for probe in [local - 86_400_000_000_000, local, local + 86_400_000_000_000] {
            candidates.insert(offsetNanoseconds(atUTC: probe))
        }
        for offset in candidates where localNanoseconds(fromUTC: local &- offset) == local {
            if let previous = found, previous != local &- offset { return nil }
            found = local &- offset
        }
        return found
    }

    /// chrono's RFC 3339 offset: `Z` for zero, else `+HH:MM` (`+HH:MM:SS` with seconds).
    public static func appendOffset(_ seconds: Int32, to output: inout [UInt8]) {
        guard seconds != 0 else {
            output.append(UInt8(ascii: "Z"))
            return
        }
        output.append(UInt8(ascii: seconds < 0 ? "-" : "+"))
        let magnitude = Int(seconds.magnitude)
        appendTwoDigits(magnitude / 3_600, to: &output)
        output.append(UInt8(ascii: ":"))
        appendTwoDigits(magnitude / 60 % 60, to: &output)
        if magnitude % 60 != 0 {
            output.append(UInt8(ascii: ":"))
            appendTwoDigits(magnitude % 60, to: &output)
        }
    }

    private static func appendTwoDigits(_ value: Int, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "0") + UInt8(value / 10 % 10))
        output.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    public static func == (left: TimeZoneRules, right: TimeZoneRules) -> Bool {
        left === right || left.name == right.name
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
    }
}
