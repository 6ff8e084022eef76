/// One bit per row saying whether the row has a value (1) or is null (0), packed into 64-bit words.
/// The number of valid rows is kept up to date, because kernels ask "any nulls?" on every batch.
public struct ValidityBitmap: Sendable, Hashable {
    public private(set) var words: [UInt64]
    public private(set) var count: Int
    /// Number of valid rows (maintained by every mutation).
    public private(set) var validCount: Int

    public init() {
        self.words = []
        self.count = 0
        self.validCount = 0
    }

    /// A bitmap of `count` rows, all valid or all null.
    public init(repeating valid: Bool, count: Int) {
        let wordCount = (count + 63) / 64
        self.words = Array(repeating: valid ? ~0 : 0, count: wordCount)
        self.count = count
        self.validCount = valid ? count : 0
        if valid, count % 64 != 0, let last = words.indices.last {
            words[last] = (1 << UInt64(count % 64)) - 1
        }
    }

    /// Rebuilds a bitmap from its stored words (used by decoders); extra high bits are cleared.
    public init(words: [UInt64], count: Int) {
        precondition(words.count == (count + 63) / 64, "bitmap words do not match the row count")
        self.words = words
        self.count = count
        if count % 64 != 0, let last = self.words.indices.last {
            self.words[last] &= (1 << UInt64(count % 64)) - 1
        }
        self.validCount = self.words.reduce(0) { $0 + $1.nonzeroBitCount }
    }

    @inlinable public subscript(index: Int) -> Bool {
        precondition(index >= 0 && index < count, "validity index out of range")
        return words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    public mutating func append(_ valid: Bool) {
        if count & 63 == 0 { words.append(0) }
        if valid {
            words[count >> 6] |= 1 << UInt64(count & 63)
            validCount += 1
        }
        count += 1
    }

    public mutating func set(_ index: Int, _ valid: Bool) {
        precondition(index >= 0 && index < count, "validity index out of range")
        guard self[index] != valid else { return }
        if valid {
            words[index >> 6] |= 1 << UInt64(index & 63)
            validCount += 1
        } else {
            words[index >> 6] &= ~(1 << UInt64(index & 63))
            validCount -= 1
        }
    }

    /// Drops rows from the end so that `count == newCount` (used to roll back a rejected line).
    public mutating func truncate(to newCount: Int) {
        precondition(newCount <= count, "cannot grow a bitmap by truncating")
        count = newCount
        words.removeLast(words.count - (newCount + 63) / 64)
        if newCount % 64 != 0, let last = words.indices.last {
            words[last] &= (1 << UInt64(newCount % 64)) - 1
        }
        validCount = words.reduce(0) { $0 + $1.nonzeroBitCount }
    }
}
