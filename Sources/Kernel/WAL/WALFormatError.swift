/// Why bytes read back from a WAL segment were rejected: the reason and the byte offset (within the
/// buffer being decoded) where decoding stopped. Replay logs it and truncates; it never traps.
public struct WALFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public var offset: Int

    public init(_ reason: String, offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String { "\(reason) at offset \(offset)" }
}
