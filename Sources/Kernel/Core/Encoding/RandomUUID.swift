/// Random (version 4) UUIDs in the lower-case hyphenated form Rust's `uuid` crate prints: the
/// SQL `uuid()` function and the ids of `system.queries` entries.
public enum RandomUUID {
    public static func v4() -> String {
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }
        return [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
    }
}
