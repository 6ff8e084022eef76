/// Standard base64 (RFC 4648, with padding), used for the `ARROW:schema` metadata value.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var chunk: UInt32 = 0
            for offset in 0..<3 {
                chunk = chunk << 8 | (offset < count ? UInt32(bytes[index + offset]) : 0)
            }
            for position in 0..<4 {
                if position <= count {
                    out.append(alphabet[Int((chunk >> UInt32(18 - 6 * position)) & 0x3F)])
                } else {
                    out.append(UInt8(ascii: "="))
                }
            }
            index += count
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes base64, returning nil for characters outside the alphabet or a bad length.
    static func decode(_ text: String) -> [UInt8]? {
        let input = Array(text.utf8)
        guard input.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(input.count / 4 * 3)
        var index = 0
        while index < input.count {
            var chunk: UInt32 = 0
            var padding = 0
            for offset in 0..<4 {
                let char = input[index + offset]
                guard let value = sextet(char) else {
                    guard char == UInt8(ascii: "="), index + 4 == input.count, offset >= 2 else { return nil }
                    padding += 1
                    chunk <<= 6
                    continue
                }
                guard padding == 0 else { return nil }
                chunk = chunk << 6 | value
            }
            for offset in 0..<(3 - padding) { out.append(UInt8(truncatingIfNeeded: chunk >> UInt32(16 - 8 * offset))) }
            index += 4
        }
        return out
    }

    private static func sextet(_ char: UInt8) -> UInt32? {
        switch char {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt32(char - UInt8(ascii: "A"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt32(char - UInt8(ascii: "a")) + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(char - UInt8(ascii: "0")) + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
