/// Writes JSON string literals byte-for-byte as serde_json (and so arrow-json) does: `"` and `\`
/// are backslash-escaped, `\b \f \n \r \t` use their short forms, every other byte below 0x20 is
/// `\u00XX` with lowercase hex, and everything else (`/`, DEL, non-ASCII UTF-8) is copied raw.
public enum JSONEscaping {
    /// For each byte: 0 = copy, otherwise the character after the backslash (`u` = `\u00XX`).
    static let escapes: [UInt8] = (0..<256).map { byte in
        switch byte {
        case 0x22: UInt8(ascii: "\"")
        case 0x5C: UInt8(ascii: "\\")
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        case 0..<0x20: UInt8(ascii: "u")
        default: 0
        }
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `text` as a quoted JSON string.
    public static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &output) }
        if done == nil {
            var copy = text
            copy.withUTF8 { appendEscaped($0, to: &output) }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends `bytes` (UTF-8) escaped, without quotes; runs of plain bytes are copied at once.
    public static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        escapes.withUnsafeBufferPointer { table in
            var runStart = 0
            for index in 0..<bytes.count {
                let escape = table[Int(bytes[index])]
                if escape == 0 { continue }
                if runStart < index {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                }
                output.append(UInt8(ascii: "\\"))
                output.append(escape)
                if escape == UInt8(ascii: "u") {
                    let byte = Int(bytes[index])
                    output.append(UInt8(ascii: "0"))
                    output.append(UInt8(ascii: "0"))
                    output.append(hexDigits[byte >> 4])
                    output.append(hexDigits[byte & 0xF])
                }
                runStart = index + 1
            }
            if runStart < bytes.count {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            }
        }
    }
}
