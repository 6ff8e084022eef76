/// Parsers for the value forms settings use, each returning nil on a malformed value.
enum ConfigValues {
    /// Humantime durations as InfluxDB takes them: `1s`, `100ms`, `10m`, `1h30m`, `2d`; a bare
    /// number is seconds. Returns nanoseconds.
    static func durationNanoseconds(_ text: String) -> Int64? {
        let units: [(String, Int64)] = [
            ("ns", 1), ("us", 1_000), ("µs", 1_000), ("ms", 1_000_000), ("s", 1_000_000_000),
            ("m", 60_000_000_000), ("h", 3_600_000_000_000), ("d", 86_400_000_000_000),
        ]
        let trimmed = text.filter { $0 != " " }
        if let seconds = Int64(trimmed) {
            return seconds.multipliedReportingOverflow(by: 1_000_000_000).overflow ? nil : seconds * 1_000_000_000
        }
        var total: Int64 = 0
        var rest = Substring(trimmed)
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard let amount = Int64(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            let unitText = rest.prefix { !($0.isASCII && $0.isNumber) }
            guard let unit = units.first(where: { $0.0 == unitText })?.1 else { return nil }
            rest = rest.dropFirst(unitText.count)
            let (scaled, overflow) = amount.multipliedReportingOverflow(by: unit)
            guard !overflow else { return nil }
            total += scaled
        }
        return total
    }

    /// A size in bytes: a bare number, or with a unit `kb`, `mb`, `gb` (powers of 1024; also `kib`...).
    static func sizeBytes(_ text: String) -> Int? {
        let lower = text.lowercased().filter { $0 != " " }
        if let bytes = Int(lower), bytes > 0 { return bytes }
        let units: [(String, Int)] = [
            ("kib", 1 << 10), ("mib", 1 << 20), ("gib", 1 << 30), ("kb", 1 << 10), ("mb", 1 << 20), ("gb", 1 << 30),
            ("b", 1),
        ]
        for (suffix, multiplier) in units where lower.hasSuffix(suffix) {
            guard let amount = Int(lower.dropLast(suffix.count)), amount > 0 else { return nil }
            return amount * multiplier
        }
        return nil
    }

    /// `host:port` with a numeric port.
    static func bindAddress(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty, let port = Int(text[text.index(after: colon)...]), (0...65_535).contains(port) else {
            return nil
        }
        return (host, port)
    }

    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "1", "yes", "on": true
        case "false", "0", "no", "off": false
        default: nil
        }
    }

    /// `--disable-authz`: a comma list of known resource names (empty: none).
    static func disabledAuthz(_ text: String) -> [String]? {
        let names = text.split(separator: ",").map { $0.split(separator: " ").joined() }.filter { !$0.isEmpty }
        let known = ["health", "ping", "metrics", "ready", "pprof"]
        return names.allSatisfy(known.contains) ? names : nil
    }
}
