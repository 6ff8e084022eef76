/// Splits a body into lines exactly like InfluxDB's `split_lines` (a port of Go's `scanLine`):
/// a newline ends a line unless it is escaped by a backslash or sits inside a double-quoted
/// string field value, and leading whitespace and `#` comment lines are skipped.
enum LineSplitter {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Offset of the `\n` that ends the line starting at `start`, or `count` for the last line.
    @inline(__always)
    static func lineEnd(_ base: UnsafePointer<UInt8>, start: Int, count: Int) -> Int {
        // Fast path: a line without quote or backslash before its newline ends at that newline,
        // because only those two bytes can make the splitter skip a newline.
        let stop = firstSpecial(base, from: start, count: count)
        if stop >= count || base[stop] == UInt8(ascii: "\n") { return stop }
        return slowLineEnd(base, start: start, count: count)
    }

    /// First offset at or after `from` holding `\n`, `"` or `\`, scanning eight bytes at a time.
    @inline(__always)
    static func firstSpecial(_ base: UnsafePointer<UInt8>, from: Int, count: Int) -> Int {
        var index = from
        let raw = UnsafeRawPointer(base)
        while index + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let found =
                zeroBytes(word ^ (ones &* 0x0A)) | zeroBytes(word ^ (ones &* 0x22))
                | zeroBytes(word ^ (ones &* 0x5C))
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte == 0x0A || byte == 0x22 || byte == 0x5C { return index }
            index += 1
        }
        return count
    }

    /// High bit set in every byte of `word` that is zero (exact for the lowest such byte).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highs
    }

    /// The full `scanLine` state machine, used only for lines containing quotes or backslashes.
    static func slowLineEnd(_ base: UnsafePointer<UInt8>, start: Int, count: Int) -> Int {
        var quoted = false
        var inFields = false
        var equals = 0
        var commas = 0
        var escaped = false
        var index = start
        while index < count {
            let byte = base[index]
            defer { index += 1 }
            if escaped {
                escaped = false
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"): escaped = true
            case UInt8(ascii: " "): inFields = true
            case UInt8(ascii: "=") where inFields && !quoted: equals += 1
            case UInt8(ascii: ",") where inFields && !quoted: commas += 1
            case UInt8(ascii: "\"") where inFields && equals > commas: quoted.toggle()
            case UInt8(ascii: "\n") where !quoted: return index
            default: break
            }
        }
        return count
    }

    /// Mirrors `trim_leading`: skips spaces, tabs and newlines, and `#` comments up to the next
    /// newline inside the line, repeatedly. Returns `end` when nothing but whitespace is left.
    @inline(__always)
    static func trimLeading(_ base: UnsafePointer<UInt8>, start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            let byte = base[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                index += 1
            } else if byte == UInt8(ascii: "#") {
                while index < end, base[index] != 0x0A { index += 1 }
            } else {
                break
            }
        }
        return index
    }
}
