/// BLAKE2b (64-bit words, 64-byte digest) and BLAKE2s (32-bit words, 32-byte digest), unkeyed,
/// sequential mode (RFC 7693): the `digest(x, 'blake2b' | 'blake2s')` SQL functions. Both share
/// one compression function generic over the word; the IVs are SHA-512's and SHA-256's.
public enum BLAKE2 {
    /// The BLAKE2b digest (64 bytes) of `message`.
    public static func blake2b(_ message: [UInt8]) -> [UInt8] {
        hash(message, iv: SHA2.initialWords512, rounds: 12, rotations: (32, 24, 16, 63))
    }

    /// The BLAKE2s digest (32 bytes) of `message`.
    public static func blake2s(_ message: [UInt8]) -> [UInt8] {
        hash(message, iv: SHA2.initialWords256, rounds: 10, rotations: (16, 12, 8, 7))
    }

    /// The message word order of each round (round `r` uses row `r % 10`).
    static let sigma: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ]

    private static func hash<Word: FixedWidthInteger & UnsignedInteger>(
        _ message: [UInt8], iv: [Word], rounds: Int, rotations: (Int, Int, Int, Int)
    ) -> [UInt8] {
        let wordBytes = Word.bitWidth / 8
        let blockBytes = 16 * wordBytes
        let digestBytes = 8 * wordBytes
        var state = iv
        state[0] ^= 0x0101_0000 ^ Word(digestBytes)  // parameter block: fanout 1, depth 1, no key
        var offset = 0
        var counter: UInt64 = 0
        repeat {
            let isLast = message.count - offset <= blockBytes
            let take = min(blockBytes, message.count - offset)
            var block = [UInt8](repeating: 0, count: blockBytes)
            block.replaceSubrange(0..<take, with: message[offset..<(offset + take)])
            counter &+= UInt64(take)
            var words = [Word](repeating: 0, count: 16)
            for index in 0..<16 { words[index] = littleEndian(block, at: index * wordBytes) }
            compress(&state, words, counter: counter, isLast: isLast, iv: iv, rounds: rounds, rotations: rotations)
            offset += take
        } while offset < message.count
        var digest: [UInt8] = []
        for word in state { for byte in 0..<wordBytes { digest.append(UInt8(truncatingIfNeeded: word >> (8 * byte))) } }
        return digest
    }

    private static func littleEndian<Word: FixedWidthInteger>(_ bytes: [UInt8], at start: Int) -> Word {
        var value: Word = 0
        for index in (0..<(Word.bitWidth / 8)).reversed() { value = value << 8 | Word(bytes[start + index]) }
        return value
    }

    private static func compress<Word: FixedWidthInteger & UnsignedInteger>(
        _ state: inout [Word], _ message: [Word], counter: UInt64, isLast: Bool, iv: [Word], rounds: Int,
        rotations: (Int, Int, Int, Int)
    ) {
        var v = state + iv
        v[12] ^= Word(truncatingIfNeeded: counter)
        if Word.bitWidth == 32 { v[13] ^= Word(truncatingIfNeeded: counter >> 32) }
        if isLast { v[14] = ~v[14] }
        func mix(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: Word, _ y: Word) {
            v[a] = v[a] &+ v[b] &+ x
            v[d] = (v[d] ^ v[a]).rotatedRight(rotations.0)
            v[c] = v[c] &+ v[d]
            v[b] = (v[b] ^ v[c]).rotatedRight(rotations.1)
            v[a] = v[a] &+ v[b] &+ y
            v[d] = (v[d] ^ v[a]).rotatedRight(rotations.2)
            v[c] = v[c] &+ v[d]
            v[b] = (v[b] ^ v[c]).rotatedRight(rotations.3)
        }
        for round in 0..<rounds {
            let s = sigma[round % 10]
            mix(0, 4, 8, 12, message[s[0]], message[s[1]])
            mix(1, 5, 9, 13, message[s[2]], message[s[3]])
            mix(2, 6, 10, 14, message[s[4]], message[s[5]])
            mix(3, 7, 11, 15, message[s[6]], message[s[7]])
            mix(0, 5, 10, 15, message[s[8]], message[s[9]])
            mix(1, 6, 11, 12, message[s[10]], message[s[11]])
            mix(2, 7, 8, 13, message[s[12]], message[s[13]])
            mix(3, 4, 9, 14, message[s[14]], message[s[15]])
        }
        for index in 0..<8 { state[index] ^= v[index] ^ v[index + 8] }
    }
}

extension FixedWidthInteger where Self: UnsignedInteger {
    /// Rotation right by `count` bits (0 < count < bitWidth).
    func rotatedRight(_ count: Int) -> Self { self >> count | self << (Self.bitWidth - count) }
}
