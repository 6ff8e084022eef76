import Kernel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a TZif file (RFC 8536) into `TimeZoneRules`: the version 2+ 64-bit block when present,
/// else the version 1 block, and the footer's POSIX rule for instants after the last listed
/// transition (Debian's "fat" files list them up to 2037). Every count is checked against the
/// file's length, so a damaged file gives nil, never a crash.
enum TZifParser {
    static func parse(_ data: [UInt8], name: String) -> TimeZoneRules? {
        guard let first = Header(data, at: 0) else { return nil }
        if first.version >= 2, let second = Header(data, at: first.end(timeSize: 4)) {
            return rules(data, second, timeSize: 8, name: name, rule: footer(data, after: second.end(timeSize: 8)))
        }
        return rules(data, first, timeSize: 4, name: name)
    }

    /// The counts of one TZif header and where its data starts.
    struct Header {
        let version: UInt8
        let start: Int
        let isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt: Int

        init?(_ data: [UInt8], at offset: Int) {
            guard offset >= 0, data.count >= offset + 44, data[offset] == 0x54, data[offset + 1] == 0x5A,
                data[offset + 2] == 0x69, data[offset + 3] == 0x66
            else { return nil }
            version = data[offset + 4] == 0 ? 1 : data[offset + 4] - 0x30
            let counts = (0..<6).map { Int(TZifParser.integer(data, at: offset + 20 + $0 * 4, size: 4)) }
            guard counts.allSatisfy({ $0 >= 0 && $0 < 100_000 }) else { return nil }
            (isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt) =
                (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5])
            start = offset + 44
        }

        /// Where the data block ends, with `timeSize`-byte times.
        func end(timeSize: Int) -> Int {
            start + timecnt * timeSize + timecnt + typecnt * 6 + charcnt + leapcnt * (timeSize + 4) + isstdcnt
                + isutcnt
        }
    }

    /// The POSIX TZ string between the newlines that follow the version 2+ data block.
    static func footer(_ data: [UInt8], after end: Int) -> PosixZoneRule? {
        guard end < data.count, data[end] == UInt8(ascii: "\n"),
            let close = data[(end + 1)...].firstIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        return PosixRuleParser.parse(data[(end + 1)..<close])
    }

    private static func rules(
        _ data: [UInt8], _ header: Header, timeSize: Int, name: String, rule: PosixZoneRule? = nil
    ) -> TimeZoneRules? {
        guard header.typecnt > 0, header.end(timeSize: timeSize) <= data.count else { return nil }
        let indexStart = header.start + header.timecnt * timeSize
        let typeStart = indexStart + header.timecnt
        let typeOffsets = (0..<header.typecnt).map {
            Int32(truncatingIfNeeded: integer(data, at: typeStart + $0 * 6, size: 4))
        }
        var transitions: [Int64] = []
        var offsets: [Int32] = []
        for index in 0..<header.timecnt {
            let type = Int(data[indexStart + index])
            guard type < typeOffsets.count else { return nil }
            transitions.append(integer(data, at: header.start + index * timeSize, size: timeSize))
            offsets.append(typeOffsets[type])
        }
        // RFC 8536: local time before the first transition uses type 0.
        return TimeZoneRules(
            name: name, initialOffset: typeOffsets[0], transitions: transitions, offsets: offsets, rule: rule)
    }

    /// A big-endian signed integer of 4 or 8 bytes.
    static func integer(_ data: [UInt8], at offset: Int, size: Int) -> Int64 {
        var value: UInt64 = 0
        for index in 0..<size { value = value << 8 | UInt64(data[offset + index]) }
        if size == 4 { return Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: value))) }
        return Int64(bitPattern: value)
    }
}

/// Reads a whole small file, nil when it is missing, unreadable or larger than `limit`.
enum ZoneFile {
    static func read(_ path: String, limit: Int) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, 4_096, file) }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit { return nil }
        }
        return ferror(file) == 0 ? bytes : nil
    }
}
