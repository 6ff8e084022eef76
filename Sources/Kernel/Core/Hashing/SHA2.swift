#if canImport(Glibc)
    import Glibc
#endif

/// SHA-224, SHA-256, SHA-384 and SHA-512 (FIPS 180-4): token digests (`SHA512`) and the SQL
/// functions `sha224`…`sha512` and `digest`. The
/// round constants and initial values are derived here, as the standard defines them (the first
/// bits of the fractional parts of square and cube roots of primes), computed exactly in
/// integers rather than copied as tables.
public enum SHA2 {
    /// The digest of `message` with `algorithm` (`sha224`, `sha256`, `sha384`, `sha512`).
    public static func digest(_ message: [UInt8], algorithm: Algorithm) -> [UInt8] {
        switch algorithm {
        case .sha224: Array(digest32(message, initial: Constants.initial224).prefix(28))
        case .sha256: digest32(message, initial: Constants.initial256)
        case .sha384: Array(digest64(message, initial: Constants.initial384).prefix(48))
        case .sha512: digest64(message, initial: Constants.initial512)
        }
    }

    /// SHA-512's initial hash words, which BLAKE2b uses as its IV.
    static var initialWords512: [UInt64] { Constants.initial512 }
    /// SHA-256's initial hash words, which BLAKE2s and BLAKE3 use as their IV.
    static var initialWords256: [UInt32] { Constants.initial256 }

    /// The four digests.
    public enum Algorithm: String, CaseIterable, Sendable {
        case sha224, sha256, sha384, sha512
    }

    private static func padded(_ message: [UInt8], blockBytes: Int) -> [UInt8] {
        var bytes = message
        let bitLength = UInt64(message.count) &* 8
        bytes.append(0x80)
        let lengthBytes = blockBytes / 8
        while bytes.count % blockBytes != blockBytes - lengthBytes { bytes.append(0) }
        bytes += [UInt8](repeating: 0, count: lengthBytes - 8)
        for shift in (0..<8).reversed() { bytes.append(UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(shift)))) }
        return bytes
    }

    private static func digest32(_ message: [UInt8], initial: [UInt32]) -> [UInt8] {
        let bytes = padded(message, blockBytes: 64)
        var state = initial
        var w = [UInt32](repeating: 0, count: 64)
        for chunk in stride(from: 0, to: bytes.count, by: 64) {
            for i in 0..<16 {
                w[i] = (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[chunk + i * 4 + $1]) }
            }
            for i in 16..<64 {
                let s0 = w[i - 15].rotated(7) ^ w[i - 15].rotated(18) ^ (w[i - 15] >> 3)
                let s1 = w[i - 2].rotated(17) ^ w[i - 2].rotated(19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (
                state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
            )
            for i in 0..<64 {
                let s1 = e.rotated(6) ^ e.rotated(11) ^ e.rotated(25)
                let t1 = h &+ s1 &+ ((e & f) ^ (~e & g)) &+ Constants.rounds256[i] &+ w[i]
                let s0 = a.rotated(2) ^ a.rotated(13) ^ a.rotated(22)
                let t2 = s0 &+ ((a & b) ^ (a & c) ^ (b & c))
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            for (index, value) in [a, b, c, d, e, f, g, h].enumerated() { state[index] &+= value }
        }
        return state.flatMap { word in (0..<4).reversed().map { UInt8(truncatingIfNeeded: word >> (8 * UInt32($0))) } }
    }

    private static func digest64(_ message: [UInt8], initial: [UInt64]) -> [UInt8] {
        let bytes = padded(message, blockBytes: 128)
        var state = initial
        var w = [UInt64](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: bytes.count, by: 128) {
            for i in 0..<16 {
                w[i] = (0..<8).reduce(UInt64(0)) { $0 << 8 | UInt64(bytes[chunk + i * 8 + $1]) }
            }
            for i in 16..<80 {
                let s0 = w[i - 15].rotated(1) ^ w[i - 15].rotated(8) ^ (w[i - 15] >> 7)
                let s1 = w[i - 2].rotated(19) ^ w[i - 2].rotated(61) ^ (w[i - 2] >> 6)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (
                state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
            )
            for i in 0..<80 {
                let s1 = e.rotated(14) ^ e.rotated(18) ^ e.rotated(41)
                let t1 = h &+ s1 &+ ((e & f) ^ (~e & g)) &+ Constants.rounds512[i] &+ w[i]
                let s0 = a.rotated(28) ^ a.rotated(34) ^ a.rotated(39)
                let t2 = s0 &+ ((a & b) ^ (a & c) ^ (b & c))
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            for (index, value) in [a, b, c, d, e, f, g, h].enumerated() { state[index] &+= value }
        }
        return state.flatMap { word in (0..<8).reversed().map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) } }
    }
}

extension FixedWidthInteger where Self: UnsignedInteger {
    /// Rotation right by `count` bits.
    fileprivate func rotated(_ count: Int) -> Self { self >> count | self << (Self.bitWidth - count) }
}

/// The SHA-2 constants: 64 fraction bits of the square roots (initial values) and cube roots
/// (round constants) of the first primes, found exactly as the largest integer whose square or
/// cube does not exceed `prime · 2^(64·k)`.
private enum Constants {
    static let primes: [UInt64] = {
        var found: [UInt64] = []
        var candidate: UInt64 = 2
        while found.count < 80 {
            if found.allSatisfy({ candidate % $0 != 0 }) { found.append(candidate) }
            candidate += 1
        }
        return found
    }()

    static let initial512 = primes[0..<8].map { fraction(of: $0, root: 2) }
    static let initial384 = primes[8..<16].map { fraction(of: $0, root: 2) }
    static let initial256 = initial512.map { UInt32(truncatingIfNeeded: $0 >> 32) }
    static let initial224 = initial384.map { UInt32(truncatingIfNeeded: $0) }
    static let rounds512 = primes.map { fraction(of: $0, root: 3) }
    static let rounds256 = rounds512[0..<64].map { UInt32(truncatingIfNeeded: $0 >> 32) }

    /// The first 64 bits of the fractional part of `prime`'s square (2) or cube (3) root.
    static func fraction(of prime: UInt64, root: Int) -> UInt64 {
        // floor(prime^(1/root) · 2^64) is the largest y with y^root <= prime · 2^(64·root).
        let target = Wide.shifted(prime, words: root)
        let estimate = pow(Double(prime), 1 / Double(root)) * 18_446_744_073_709_551_616.0
        var low = Wide(approximately: estimate) &- Wide(word: 1 << 24)
        var high = Wide(approximately: estimate) &+ Wide(word: 1 << 24)
        while low < high {  // largest y in [low, high] with y^root <= target
            let middle = (low &+ high &+ Wide(word: 1)) >> 1
            if Wide.power(middle, root) <= target { low = middle } else { high = middle &- Wide(word: 1) }
        }
        return low.words[0]
    }
}

/// An unsigned 256-bit integer (four little-endian words), just enough arithmetic for the
/// constants above.
private struct Wide: Comparable {
    var words: [UInt64] = [0, 0, 0, 0]

    init(word value: UInt64) {
        words[0] = value
    }

    init(approximately value: Double) {
        let base = 18_446_744_073_709_551_616.0
        words[1] = UInt64(value / base)
        words[0] = UInt64(value - Double(words[1]) * base)
    }

    /// `value · 2^(64·count)`.
    static func shifted(_ value: UInt64, words count: Int) -> Wide {
        var result = Wide(word: 0)
        result.words[count] = value
        return result
    }

    static func &+ (left: Wide, right: Wide) -> Wide {
        var result = Wide(word: 0)
        var carry: UInt64 = 0
        for index in 0..<4 {
            let (sum, overflow) = left.words[index].addingReportingOverflow(right.words[index])
            let (total, overflow2) = sum.addingReportingOverflow(carry)
            result.words[index] = total
            carry = (overflow ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        return result
    }

    static func &- (left: Wide, right: Wide) -> Wide {
        var result = Wide(word: 0)
        var borrow: UInt64 = 0
        for index in 0..<4 {
            let (difference, overflow) = left.words[index].subtractingReportingOverflow(right.words[index])
            let (total, overflow2) = difference.subtractingReportingOverflow(borrow)
            result.words[index] = total
            borrow = (overflow ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        return result
    }

    static func >> (value: Wide, count: Int) -> Wide {
        precondition(count == 1, "only halving is needed")
        var result = Wide(word: 0)
        for index in 0..<4 {
            result.words[index] = value.words[index] >> 1 | (index < 3 ? value.words[index + 1] << 63 : 0)
        }
        return result
    }

    /// The product, truncated to 256 bits (the constants never need more).
    static func * (left: Wide, right: Wide) -> Wide {
        var result = [UInt64](repeating: 0, count: 5)
        for i in 0..<4 where left.words[i] != 0 {
            var carry: UInt64 = 0
            for j in 0..<(4 - i) {
                let (high, low) = left.words[i].multipliedFullWidth(by: right.words[j])
                let (sum1, o1) = result[i + j].addingReportingOverflow(low)
                let (sum2, o2) = sum1.addingReportingOverflow(carry)
                result[i + j] = sum2
                carry = high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
        }
        var wide = Wide(word: 0)
        wide.words = Array(result[0..<4])
        return wide
    }

    static func power(_ value: Wide, _ exponent: Int) -> Wide {
        (1..<exponent).reduce(value) { product, _ in product * value }
    }

    static func < (left: Wide, right: Wide) -> Bool {
        for index in (0..<4).reversed() where left.words[index] != right.words[index] {
            return left.words[index] < right.words[index]
        }
        return false
    }
}

/// SHA-512 of a whole token string (`apiv3_` included): the only form tokens are stored in.
public enum SHA512 {
    public static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        SHA2.digest(Array(bytes), algorithm: .sha512)
    }

    public static func digest(of text: String) -> [UInt8] { digest(Array(text.utf8)) }
}
