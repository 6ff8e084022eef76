/// The text encodings tokens travel in: base64url without padding (the token itself), standard
/// base64 (HTTP Basic credentials) and lowercase hex (the hash in responses).
public enum TokenEncoding {
    private static let standard = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let urlSafe = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// RFC 4648 §5 (`-` and `_`), no `=` padding, as InfluxDB's `URL_SAFE_NO_PAD` engine.
    public static func base64URLNoPadding(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var chunk: UInt32 = 0
            for offset in 0..<3 { chunk = chunk << 8 | (offset < count ? UInt32(bytes[index + offset]) : 0) }
            for position in 0...count { out.append(urlSafe[Int((chunk >> UInt32(18 - 6 * position)) & 0x3F)]) }
            index += count
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes standard base64 with canonical padding; nil for anything else (as Rust's
    /// `STANDARD` engine, which InfluxDB uses for Basic credentials).
    public static func decodeStandardBase64(_ text: String) -> [UInt8]? {
        let input = Array(text.utf8)
        guard input.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(input.count / 4 * 3)
        var index = 0
        while index < input.count {
            var chunk: UInt32 = 0
            var padding = 0
            for offset in 0..<4 {
                let byte = input[index + offset]
                if byte == UInt8(ascii: "=") {
                    // Padding only at the end of the last quantum, at most two.
                    guard index + 4 == input.count, offset >= 2 else { return nil }
                    padding += 1
                    chunk <<= 6
                } else {
                    guard padding == 0, let value = standard.firstIndex(of: byte) else { return nil }
                    chunk = chunk << 6 | UInt32(value)
                }
            }
            let bytes = [
                UInt8(truncatingIfNeeded: chunk >> 16), UInt8(truncatingIfNeeded: chunk >> 8),
                UInt8(truncatingIfNeeded: chunk),
            ]
            out.append(contentsOf: bytes[0..<(3 - padding)])
            index += 4
        }
        return out
    }

    /// Lowercase hexadecimal, two digits per byte.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether two digests are equal, looking at every byte whatever the first difference (so the
    /// time taken says nothing about where a guessed hash diverges).
    public static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in 0..<lhs.count { difference |= lhs[index] ^ rhs[index] }
        return difference == 0
    }
}
