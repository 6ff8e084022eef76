import Kernel

#if canImport(Glibc)
    import Glibc
#endif

/// MD5 (RFC 1321) for the SQL `md5` function: the lowercase hex digest of bytes.
enum MD5 {
    private static let shifts: [UInt32] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14,
        20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6,
        10, 15, 21,
    ]
    private static let constants: [UInt32] = (0..<64).map { index in
        UInt32(truncatingIfNeeded: Int64(abs(sin(Double(index + 1))) * 4_294_967_296))
    }

    static func hex(_ message: [UInt8]) -> String {
        Hex.encode(digest(message))
    }

    /// The 16 digest bytes.
    static func digest(_ message: [UInt8]) -> [UInt8] {
        var bytes = message
        let bitLength = UInt64(message.count) &* 8
        bytes.append(0x80)
        while bytes.count % 64 != 56 { bytes.append(0) }
        for shift in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(shift)))) }
        var state: [UInt32] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476]
        for chunk in stride(from: 0, to: bytes.count, by: 64) {
            let words = (0..<16).map { index in
                (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[chunk + index * 4 + $1]) << (8 * UInt32($1)) }
            }
            state = round(state, words)
        }
        return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (8 * UInt32($0))) } }
    }

    private static func round(_ state: [UInt32], _ words: [UInt32]) -> [UInt32] {
        var (a, b, c, d) = (state[0], state[1], state[2], state[3])
        for index in 0..<64 {
            var f: UInt32
            let g: Int
            switch index {
            case 0..<16: (f, g) = ((b & c) | (~b & d), index)
            case 16..<32: (f, g) = ((d & b) | (~d & c), (5 * index + 1) % 16)
            case 32..<48: (f, g) = (b ^ c ^ d, (3 * index + 5) % 16)
            default: (f, g) = (c ^ (b | ~d), (7 * index) % 16)
            }
            f = f &+ a &+ constants[index] &+ words[g]
            a = d
            d = c
            c = b
            b = b &+ (f << shifts[index] | f >> (32 - shifts[index]))
        }
        return [state[0] &+ a, state[1] &+ b, state[2] &+ c, state[3] &+ d]
    }
}
