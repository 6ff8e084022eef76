/// Reads little-endian values from untrusted bytes. Every read checks the remaining length first
/// and throws `WALFormatError` instead of trapping, and every count read from the input is checked
/// against the bytes left before anything is allocated for it: a hostile length cannot make the
/// decoder allocate more than the input itself could hold.
struct ByteReader: ~Copyable {
    private let buffer: UnsafeRawBufferPointer
    private(set) var offset: Int

    init(_ buffer: UnsafeRawBufferPointer) {
        self.buffer = buffer
        self.offset = 0
    }

    var remainingBytes: Int { buffer.count - offset }

    func failure(_ reason: String) -> WALFormatError {
        WALFormatError(reason, offset: offset)
    }

    mutating func readUInt8() throws(WALFormatError) -> UInt8 {
        guard remainingBytes >= 1 else { throw failure("unexpected end of record") }
        defer { offset += 1 }
        return buffer[offset]
    }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws(WALFormatError) -> T {
        let size = MemoryLayout<T>.size
        guard remainingBytes >= size else { throw failure("unexpected end of record") }
        defer { offset += size }
        return T(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    /// A UInt32 count of items that each take at least `minimumBytesEach` bytes further on.
    mutating func readCount(minimumBytesEach: Int, what: String) throws(WALFormatError) -> Int {
        let start = offset
        let count = Int(try read(UInt32.self))
        guard minimumBytesEach == 0 || count <= remainingBytes / minimumBytesEach else {
            throw WALFormatError("\(what) count \(count) exceeds the remaining bytes", offset: start)
        }
        return count
    }

    mutating func readString() throws(WALFormatError) -> String {
        let length = try readCount(minimumBytesEach: 1, what: "string length")
        let slice = UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + length])
        guard let string = String(validating: slice, as: UTF8.self) else { throw failure("invalid UTF-8") }
        offset += length
        return string
    }

    /// `count` little-endian integers, copied in bulk on little-endian hosts.
    mutating func readIntegers<T: FixedWidthInteger & BitwiseCopyable>(_: T.Type, count: Int) throws(WALFormatError)
        -> [T]
    {
        let byteCount = try checkedByteCount(count: count, size: MemoryLayout<T>.size)
        #if _endian(little)
            let values = copyElements(T.self, count: count, byteCount: byteCount)
        #else
            let values = (0..<count).map { index in
                T(littleEndian: buffer.loadUnaligned(fromByteOffset: offset + index * MemoryLayout<T>.size, as: T.self))
            }
        #endif
        offset += byteCount
        return values
    }

    /// `count` IEEE 754 doubles stored as little-endian bit patterns.
    mutating func readDoubles(count: Int) throws(WALFormatError) -> [Double] {
        #if _endian(little)
            let byteCount = try checkedByteCount(count: count, size: 8)
            let values = copyElements(Double.self, count: count, byteCount: byteCount)
            offset += byteCount
            return values
        #else
            return try readIntegers(UInt64.self, count: count).map { Double(bitPattern: $0) }
        #endif
    }

    /// `count` raw bytes.
    mutating func readBytes(count: Int) throws(WALFormatError) -> UnsafeRawBufferPointer {
        let byteCount = try checkedByteCount(count: count, size: 1)
        defer { offset += byteCount }
        return UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + byteCount])
    }

    private func checkedByteCount(count: Int, size: Int) throws(WALFormatError) -> Int {
        guard count >= 0, count <= remainingBytes / size else {
            throw failure("\(count) values of \(size) bytes exceed the remaining bytes")
        }
        return count * size
    }

    /// Copies raw bytes into a new array of a trivial type; `byteCount` was bounds-checked.
    private func copyElements<T: BitwiseCopyable>(_: T.Type, count: Int, byteCount: Int) -> [T] {
        let source = UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + byteCount])
        return [T](unsafeUninitializedCapacity: count) { elements, initializedCount in
            UnsafeMutableRawBufferPointer(elements).copyMemory(from: source)
            initializedCount = count
        }
    }
}
