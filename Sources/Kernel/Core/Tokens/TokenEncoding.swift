/// Comparing token digests (the text encodings tokens travel in are `Base64` and `Hex`).
public enum TokenEncoding {
    /// Whether two digests are equal, looking at every byte whatever the first difference (so the
    /// time taken says nothing about where a guessed hash diverges).
    public static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in 0..<lhs.count { difference |= lhs[index] ^ rhs[index] }
        return difference == 0
    }
}
