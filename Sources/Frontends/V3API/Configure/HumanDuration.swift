/// Parses durations the way InfluxDB 3 does (the `humantime` crate): numbers each followed by a
/// unit, optionally separated by spaces (`30d`, `720h`, `1h 30m`, `1h30m`); months are 30.44 days
/// and years 365.25 days. Errors carry humantime's texts, byte offsets included. A duration must
/// fit in `Int64` nanoseconds (about 292 years), since the catalog stores it so.
enum HumanDuration {
    /// A refused text, with humantime's message.
    struct Failure: Error, Equatable {
        var message: String
    }

    static func parse(_ text: String) throws(Failure) -> Duration {
        var parser = Parser(bytes: Array(text.utf8))
        return try parser.parse()
    }

    private struct Parser {
        let bytes: [UInt8]
        var offset = 0
        var seconds: UInt64 = 0
        var nanoseconds: UInt64 = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func parse() throws(Failure) -> Duration {
            guard var number = try firstDigit() else { throw Failure(message: "value was empty") }
            while true {
                number = try digits(continuing: number)
                let unitStart = offset
                while offset < bytes.count, Self.isUnitByte(bytes[offset]) { offset += 1 }
                let unitEnd = offset
                if offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 {
                    try add(number, unit: unitStart..<unitEnd)
                    number = UInt64(bytes[offset] - 0x30)
                    offset += 1
                    continue
                }
                if offset < bytes.count {
                    guard Self.isSpace(bytes[offset]) else { throw Failure(message: "invalid character at \(offset)") }
                    offset += 1  // humantime consumes the separator before looking for the next number
                }
                try add(number, unit: unitStart..<unitEnd)
                guard let next = try firstDigit() else { return try result() }
                number = next
            }
        }

        /// Skips spaces; the first digit of the next number, nil at the end.
        private mutating func firstDigit() throws(Failure) -> UInt64? {
            let start = offset
            while offset < bytes.count {
                let byte = bytes[offset]
                offset += 1
                if byte >= 0x30, byte <= 0x39 { return UInt64(byte - 0x30) }
                if Self.isSpace(byte) { continue }
                throw Failure(message: "expected number at \(start)")
            }
            return nil
        }

        /// The rest of a number (spaces inside are skipped, as humantime does), up to its unit.
        private mutating func digits(continuing first: UInt64) throws(Failure) -> UInt64 {
            var number = first
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte >= 0x30, byte <= 0x39 {
                    let (times, overflow) = number.multipliedReportingOverflow(by: 10)
                    let (sum, overflowSum) = times.addingReportingOverflow(UInt64(byte - 0x30))
                    guard !overflow, !overflowSum else { throw Failure(message: "number is too large") }
                    number = sum
                } else if Self.isUnitByte(byte) {
                    break
                } else if !Self.isSpace(byte) {
                    throw Failure(message: "invalid character at \(offset)")
                }
                offset += 1
            }
            return number
        }

        private mutating func add(_ number: UInt64, unit range: Range<Int>) throws(Failure) {
            let unit = String(decoding: bytes[range], as: UTF8.self)
            guard let (secondsPerUnit, nanosecondsPerUnit) = Self.units[unit] else {
                if unit.isEmpty {
                    throw Failure(message: "time unit needed, for example \(number)sec or \(number)ms")
                }
                throw Failure(
                    message: "unknown time unit \"\(unit)\", supported units: ns, us, ms, sec, min, hours, days, "
                        + "weeks, months, years (and few variations)")
            }
            let (addedSeconds, overflow) = number.multipliedReportingOverflow(by: secondsPerUnit)
            let (addedNanoseconds, overflowNanos) = number.multipliedReportingOverflow(by: nanosecondsPerUnit)
            guard !overflow, !overflowNanos else { throw Failure(message: "number is too large") }
            let (totalSeconds, overflowSum) = seconds.addingReportingOverflow(addedSeconds)
            guard !overflowSum else { throw Failure(message: "number is too large") }
            seconds = totalSeconds
            nanoseconds += addedNanoseconds % 1_000_000_000
            let carry = addedNanoseconds / 1_000_000_000 + nanoseconds / 1_000_000_000
            nanoseconds %= 1_000_000_000
            let (carried, overflowCarry) = seconds.addingReportingOverflow(carry)
            guard !overflowCarry else { throw Failure(message: "number is too large") }
            seconds = carried
        }

        private func result() throws(Failure) -> Duration {
            // The catalog keeps nanoseconds in an Int64.
            guard seconds < UInt64(Int64.max / 1_000_000_000) else { throw Failure(message: "number is too large") }
            return .seconds(Int64(seconds)) + .nanoseconds(Int64(nanoseconds))
        }

        /// Letters and `µ` (its two UTF-8 bytes) make up units.
        private static func isUnitByte(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0xC2 || byte == 0xB5
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
        }

        /// Each unit's length as (seconds, nanoseconds).
        static let units: [String: (UInt64, UInt64)] = {
            var table: [String: (UInt64, UInt64)] = [:]
            let groups: [([String], (UInt64, UInt64))] = [
                (["nanos", "nsec", "ns"], (0, 1)),
                (["usec", "us", "µs"], (0, 1_000)),
                (["millis", "msec", "ms"], (0, 1_000_000)),
                (["seconds", "second", "secs", "sec", "s"], (1, 0)),
                (["minutes", "minute", "min", "mins", "m"], (60, 0)),
                (["hours", "hour", "hr", "hrs", "h"], (3_600, 0)),
                (["days", "day", "d"], (86_400, 0)),
                (["weeks", "week", "w"], (604_800, 0)),
                (["months", "month", "M"], (2_630_016, 0)),
                (["years", "year", "y"], (31_557_600, 0)),
            ]
            for (names, length) in groups {
                for name in names { table[name] = length }
            }
            return table
        }()
    }
}
