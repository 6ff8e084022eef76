/// Where things are in a JSON text, so body errors can carry serde_json's ` at line L column C`:
/// the end of every value and the closing brace of every object, by coding path, and the first
/// syntax error in serde_json's words. Only used on the error path.
struct JSONPositions {
    /// A coding path as text: keys as themselves, array positions as `[n]`.
    typealias Path = [String]

    private(set) var valueEnds: [Path: Int] = [:]
    private(set) var valueStarts: [Path: Int] = [:]
    private(set) var objectCloses: [Path: Int] = [:]
    /// serde_json's message and the offset it points at, for a text that is not JSON.
    private(set) var syntaxError: (message: String, offset: Int)?

    private let bytes: [UInt8]
    private var offset = 0
    static let maxDepth = 64

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        do throws(Stop) {
            try value(path: [], depth: 0)
            skipSpace()
            if offset < bytes.count { throw Stop(message: "trailing characters", offset: offset) }
        } catch {
            syntaxError = (error.message, error.offset)
        }
    }

    /// ` at line L column C` for the byte at `offset` (column 0 before the first byte).
    func location(_ offset: Int) -> String {
        guard !bytes.isEmpty else { return " at line 1 column 0" }
        let clamped = min(max(offset, 0), bytes.count - 1)
        var line = 1
        var lineStart = 0
        for index in 0..<clamped where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return " at line \(line) column \(clamped - lineStart + 1)"
    }

    /// The raw text of the value at `path`, as serde names an unexpected value.
    func unexpected(at path: Path) -> String? {
        guard let start = valueStarts[path], let end = valueEnds[path] else { return nil }
        let text = String(decoding: bytes[start...end], as: UTF8.self)
        switch bytes[start] {
        case 0x22: return "string \(text)"
        case 0x7B: return "map"
        case 0x5B: return "sequence"
        case 0x74, 0x66: return "boolean `\(text)`"
        case 0x6E: return "null"
        default:
            return text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
                ? "floating point `\(text)`" : "integer `\(text)`"
        }
    }

    private struct Stop: Error {
        var message: String
        var offset: Int
    }

    private mutating func skipSpace() {
        while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
    }

    private func eof(_ what: String) -> Stop { Stop(message: "EOF while parsing \(what)", offset: bytes.count - 1) }

    private mutating func value(path: Path, depth: Int) throws(Stop) {
        skipSpace()
        guard offset < bytes.count else { throw eof("a value") }
        guard depth < Self.maxDepth else { throw Stop(message: "recursion limit exceeded", offset: offset) }
        valueStarts[path] = offset
        switch bytes[offset] {
        case 0x7B: try object(path: path, depth: depth)
        case 0x5B: try array(path: path, depth: depth)
        case 0x22: try string()
        case 0x74, 0x66, 0x6E, 0x2D, 0x30...0x39:
            let start = offset
            while offset < bytes.count,
                !([0x2C, 0x5D, 0x7D, 0x20, 0x09, 0x0A, 0x0D] as [UInt8]).contains(bytes[offset])
            {
                offset += 1
            }
            let text = String(decoding: bytes[start..<offset], as: UTF8.self)
            if ["true", "false", "null"].contains(text) || Double(text) != nil { break }
            throw Stop(message: bytes[start] >= 0x61 ? "expected ident" : "invalid number", offset: start)
        default: throw Stop(message: "expected value", offset: offset)
        }
        valueEnds[path] = offset - 1
    }

    private mutating func string() throws(Stop) {
        offset += 1
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x22:
                offset += 1
                return
            case 0x5C: offset += 2
            case 0x00..<0x20:
                throw Stop(message: "control character (\\u0000-\\u001F) found while parsing a string", offset: offset)
            default: offset += 1
            }
        }
        throw eof("a string")
    }

    private mutating func object(path: Path, depth: Int) throws(Stop) {
        offset += 1
        var first = true
        while true {
            skipSpace()
            guard offset < bytes.count else { throw eof("an object") }
            if bytes[offset] == 0x7D {
                if !first { throw Stop(message: "trailing comma", offset: offset) }
                break
            }
            guard bytes[offset] == 0x22 else { throw Stop(message: "key must be a string", offset: offset) }
            let keyStart = offset + 1
            try string()
            let key = String(decoding: bytes[keyStart..<(offset - 1)], as: UTF8.self)
            skipSpace()
            guard offset < bytes.count else { throw eof("an object") }
            guard bytes[offset] == 0x3A else { throw Stop(message: "expected `:`", offset: offset) }
            offset += 1
            try value(path: path + [key], depth: depth + 1)
            skipSpace()
            guard offset < bytes.count else { throw eof("an object") }
            if bytes[offset] == 0x7D { break }
            guard bytes[offset] == 0x2C else { throw Stop(message: "expected `,` or `}`", offset: offset) }
            offset += 1
            first = false
        }
        objectCloses[path] = offset
        offset += 1
    }

    private mutating func array(path: Path, depth: Int) throws(Stop) {
        offset += 1
        var index = 0
        while true {
            skipSpace()
            guard offset < bytes.count else { throw eof("a list") }
            if bytes[offset] == 0x5D {
                if index > 0 { throw Stop(message: "trailing comma", offset: offset) }
                break
            }
            try value(path: path + ["[\(index)]"], depth: depth + 1)
            skipSpace()
            guard offset < bytes.count else { throw eof("a list") }
            if bytes[offset] == 0x5D { break }
            guard bytes[offset] == 0x2C else { throw Stop(message: "expected `,` or `]`", offset: offset) }
            offset += 1
            index += 1
        }
        offset += 1
    }
}
