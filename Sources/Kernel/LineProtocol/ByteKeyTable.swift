/// A hash of a short byte string (names, tag values): eight bytes per multiply, no allocation.
@inline(__always)
func hashBytes(_ base: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= count {
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 29
        index += 8
    }
    if index < count {
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < count {
            tail |= UInt64(base[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
    }
    hash ^= hash >> 32
    hash = hash &* 0xD6E8_FEB8_6659_FD93
    return hash ^ (hash >> 32)
}

/// An insert-only open-addressing map from byte strings to dense entry numbers (0, 1, 2, ... in
/// insertion order). Looking up bytes that are already present allocates nothing, which is what
/// keeps repeated tag values and column names off the allocator.
struct ByteKeyTable {
    /// Entry number + 1 per slot (0 = empty); the capacity is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 16)
    private var hashes: [UInt64] = []
    private var offsets: [Int] = []
    private var keyBytes: [UInt8] = []

    var count: Int { hashes.count }

    /// The entry holding exactly these bytes, or -1.
    @inline(__always)
    func find(_ token: Token, hash: UInt64) -> Int32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return -1 }
            let entry = Int(stored - 1)
            if hashes[entry] == hash, keyEquals(entry, token) { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Whether entry `entry` holds exactly the bytes of `token`.
    @inline(__always)
    func keyEquals(_ entry: Int, _ token: Token) -> Bool {
        let start = offsets[entry]
        let length = (entry + 1 < offsets.count ? offsets[entry + 1] : keyBytes.count) - start
        guard length == token.count else { return false }
        return keyBytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return length == 0 }
            return length == 0 || memoryEquals(base + start, token.base, length)
        }
    }

    /// Adds bytes known to be absent and returns their entry number.
    @discardableResult
    mutating func insert(_ token: Token, hash: UInt64) -> Int32 {
        let entry = Int32(hashes.count)
        hashes.append(hash)
        offsets.append(keyBytes.count)
        keyBytes.append(contentsOf: token.bytes)
        if hashes.count * 2 > slots.count {
            grow()
        } else {
            place(entry, hash: hash)
        }
        return entry
    }

    private mutating func place(_ entry: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry + 1
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for entry in hashes.indices { place(Int32(entry), hash: hashes[entry]) }
    }
}
