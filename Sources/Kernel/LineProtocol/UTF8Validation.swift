/// Checks that a request body is UTF-8 before it is parsed (InfluxDB rejects other encodings).
public enum UTF8Validation {
    /// nil when `bytes` is valid UTF-8, else the offset of the first byte of the first invalid
    /// sequence. ASCII, the common case, is skipped eight bytes at a time.
    public static func firstInvalidOffset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard let start = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            while index + 8 <= count,
                start.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            guard index < count else { return nil }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(bytes, index, lead)
            if length == 0 { return index }
            index += length
        }
        return nil
    }

    /// Length of the valid multi-byte sequence starting at `index`, or 0 when invalid
    /// (overlong forms, surrogates and values above U+10FFFF are invalid, as in RFC 3629).
    private static func sequenceLength(_ bytes: UnsafeRawBufferPointer, _ index: Int, _ lead: UInt8) -> Int {
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upper = 0x9F
        case 0xF0:
            length = 4
            lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upper = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= lower, second <= upper else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
