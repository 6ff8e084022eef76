/// A name, key, tag value or string value of the current line: its (unescaped) bytes live either
/// in the request body or in the line's escape buffer, both stable until the next line starts.
struct Token {
    var base: UnsafePointer<UInt8>
    var count: Int

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Decodes the bytes; only called for names and tag values new to a dictionary.
    func makeString() -> String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    @inline(__always)
    func equals(_ other: UnsafePointer<UInt8>, _ otherCount: Int) -> Bool {
        otherCount == count && (count == 0 || memoryEquals(base, other, count))
    }
}

/// Byte-wise equality, eight bytes at a time (names are short, so no libc call).
@inline(__always)
func memoryEquals(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var index = 0
    let left = UnsafeRawPointer(lhs)
    let right = UnsafeRawPointer(rhs)
    while index + 8 <= count {
        if left.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            != right.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        {
            return false
        }
        index += 8
    }
    while index < count {
        if lhs[index] != rhs[index] { return false }
        index += 1
    }
    return true
}

/// A parsed field value; strings point at their unescaped bytes.
enum ParsedValue {
    case float(Double)
    case integer(Int64)
    case uinteger(UInt64)
    case string(Token)
    case boolean(Bool)
}

/// Everything one line parses into, kept between lines so that its arrays keep their capacity.
struct LineScratch {
    var measurement = Token(base: ("" as StaticString).utf8Start, count: 0)
    var tagKeys: [Token] = []
    var tagValues: [Token] = []
    var fieldKeys: [Token] = []
    var fieldValues: [ParsedValue] = []
    var timestamp: Int64?
    /// The raw tag set (between the measurement's comma and the space) when it has no escapes;
    /// empty otherwise. Identical raw tag sets resolve identically, which the series cache uses.
    var rawTagSet = Token(base: ("" as StaticString).utf8Start, count: 0)

    mutating func reset() {
        tagKeys.removeAll(keepingCapacity: true)
        tagValues.removeAll(keepingCapacity: true)
        fieldKeys.removeAll(keepingCapacity: true)
        fieldValues.removeAll(keepingCapacity: true)
        timestamp = nil
        rawTagSet.count = 0
    }
}

/// Bytes unescaped from the current line. The storage is allocated by hand so that pointers into
/// it stay valid while the line is validated and committed; it only grows between lines.
struct EscapeBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        self.base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    /// Makes room for a whole line (unescaping never makes text longer) and forgets old content.
    mutating func prepare(forLineOfLength length: Int) {
        count = 0
        guard length > capacity else { return }
        base.deallocate()
        capacity = max(length, capacity * 2)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    mutating func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        (base + count).update(from: source, count: length)
        count += length
    }

    func free() { base.deallocate() }
}
