/// BLAKE3 (unkeyed hash mode, 32-byte output): the `digest(x, 'blake3')` SQL function. The input
/// is split in 1 KiB chunks (each a chain of 64-byte blocks), and the chunks' chaining values are
/// merged pairwise in a binary tree whose left subtrees are always complete (the largest power
/// of two of chunks that leaves the right side non-empty); the root node's compression carries
/// the ROOT flag. Compression is BLAKE2s's with 7 rounds and a permuted message schedule.
public enum BLAKE3 {
    /// The 32-byte BLAKE3 digest of `message`.
    public static func hash(_ message: [UInt8]) -> [UInt8] {
        let root = node(message[...], chunkCounter: 0)
        let words = compress(
            root.chaining, root.block, counter: root.counter, length: root.length, flags: root.flags | Flag.root)
        var digest: [UInt8] = []
        for word in words[0..<8] { for byte in 0..<4 { digest.append(UInt8(truncatingIfNeeded: word >> (8 * byte))) } }
        return digest
    }

    static let chunkBytes = 1024
    static let blockBytes = 64

    private enum Flag {
        static let chunkStart: UInt32 = 1
        static let chunkEnd: UInt32 = 2
        static let parent: UInt32 = 4
        static let root: UInt32 = 8
    }

    /// A node's last compression, not yet run: the root runs it with the ROOT flag added.
    private struct Output {
        var chaining: [UInt32]
        var block: [UInt32]
        var counter: UInt64
        var length: UInt32
        var flags: UInt32

        var chainingValue: [UInt32] {
            Array(compress(chaining, block, counter: counter, length: length, flags: flags)[0..<8])
        }
    }

    private static func node(_ bytes: ArraySlice<UInt8>, chunkCounter: UInt64) -> Output {
        guard bytes.count > chunkBytes else { return chunk(bytes, counter: chunkCounter) }
        let chunks = (bytes.count + chunkBytes - 1) / chunkBytes
        var leftChunks = 1
        while leftChunks * 2 < chunks { leftChunks *= 2 }
        let split = bytes.startIndex + leftChunks * chunkBytes
        let left = node(bytes[..<split], chunkCounter: chunkCounter).chainingValue
        let right = node(bytes[split...], chunkCounter: chunkCounter + UInt64(leftChunks)).chainingValue
        return Output(
            chaining: SHA2.initialWords256, block: left + right, counter: 0, length: UInt32(blockBytes),
            flags: Flag.parent)
    }

    private static func chunk(_ bytes: ArraySlice<UInt8>, counter: UInt64) -> Output {
        var chaining = SHA2.initialWords256
        var start = bytes.startIndex
        var flags = Flag.chunkStart
        while true {
            let end = min(start + blockBytes, bytes.endIndex)
            var block = [UInt32](repeating: 0, count: 16)
            for (offset, byte) in bytes[start..<end].enumerated() {
                block[offset / 4] |= UInt32(byte) << (8 * (offset % 4))
            }
            if end == bytes.endIndex {
                return Output(
                    chaining: chaining, block: block, counter: counter, length: UInt32(end - start),
                    flags: flags | Flag.chunkEnd)
            }
            chaining = Array(
                compress(chaining, block, counter: counter, length: UInt32(blockBytes), flags: flags)[0..<8])
            flags = 0
            start = end
        }
    }

    private static let permutation = [2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9, 14, 15, 8]

    private static func compress(
        _ chaining: [UInt32], _ block: [UInt32], counter: UInt64, length: UInt32, flags: UInt32
    ) -> [UInt32] {
        let iv = SHA2.initialWords256
        var v = chaining + iv[0..<4]
        v += [UInt32(truncatingIfNeeded: counter), UInt32(truncatingIfNeeded: counter >> 32), length, flags]
        var m = block
        func mix(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: UInt32, _ y: UInt32) {
            v[a] = v[a] &+ v[b] &+ x
            v[d] = (v[d] ^ v[a]).rotatedRight(16)
            v[c] = v[c] &+ v[d]
            v[b] = (v[b] ^ v[c]).rotatedRight(12)
            v[a] = v[a] &+ v[b] &+ y
            v[d] = (v[d] ^ v[a]).rotatedRight(8)
            v[c] = v[c] &+ v[d]
            v[b] = (v[b] ^ v[c]).rotatedRight(7)
        }
        for round in 0..<7 {
            mix(0, 4, 8, 12, m[0], m[1])
            mix(1, 5, 9, 13, m[2], m[3])
            mix(2, 6, 10, 14, m[4], m[5])
            mix(3, 7, 11, 15, m[6], m[7])
            mix(0, 5, 10, 15, m[8], m[9])
            mix(1, 6, 11, 12, m[10], m[11])
            mix(2, 7, 8, 13, m[12], m[13])
            mix(3, 4, 9, 14, m[14], m[15])
            if round < 6 { m = permutation.map { m[$0] } }
        }
        for index in 0..<8 {
            v[index] ^= v[index + 8]
            v[index + 8] ^= chaining[index]
        }
        return v
    }
}
