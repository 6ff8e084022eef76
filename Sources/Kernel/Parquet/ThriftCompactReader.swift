/// Decodes Thrift compact-protocol structs from untrusted bytes. Every read is bounds-checked and
/// nesting is limited, so corrupt footers and page headers throw instead of trapping.
struct ThriftCompactReader: Sendable {
    private let bytes: [UInt8]
    private(set) var position: Int
    private let end: Int
    private var lastFieldIds: [Int16] = [0]
    /// Deep nesting is never legitimate in Parquet metadata; the limit bounds recursion.
    private static let maxDepth = 32

    init(bytes: [UInt8], start: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.position = max(0, min(start, bytes.count))
        self.end = max(self.position, min(end ?? bytes.count, bytes.count))
    }

    var remaining: Int { end - position }

    // MARK: Primitive decodings

    mutating func readByte() throws(ParquetError) -> UInt8 {
        guard position < end else { throw .corrupt("thrift: unexpected end of data") }
        let byte = bytes[position]
        position += 1
        return byte
    }

    mutating func readVarint() throws(ParquetError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 64 else { throw .corrupt("thrift: varint too long") }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }

    static func unzigzag(_ value: UInt64) -> Int64 {
        Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }

    mutating func readI64() throws(ParquetError) -> Int64 { Self.unzigzag(try readVarint()) }

    mutating func readI32() throws(ParquetError) -> Int32 {
        let value = try readI64()
        guard let narrow = Int32(exactly: value) else { throw .corrupt("thrift: i32 out of range") }
        return narrow
    }

    mutating func readBinary() throws(ParquetError) -> [UInt8] {
        let length = try readVarint()
        guard length <= UInt64(remaining) else { throw .corrupt("thrift: binary longer than data") }
        let start = position
        position += Int(length)
        return Array(bytes[start..<position])
    }

    mutating func readString() throws(ParquetError) -> String {
        String(decoding: try readBinary(), as: UTF8.self)
    }

    // MARK: Structure

    /// Reads a struct, calling `field` with each field's id and type. `field` returns false for
    /// fields it does not know; those are skipped so newer writers' additions are tolerated.
    mutating func readStruct(
        _ field: (inout ThriftCompactReader, Int16, ThriftType) throws(ParquetError) -> Bool
    ) throws(ParquetError) {
        guard lastFieldIds.count < Self.maxDepth else { throw .corrupt("thrift: nesting too deep") }
        lastFieldIds.append(0)
        while true {
            let header = try readByte()
            guard let type = ThriftType(rawValue: header & 0x0F) else {
                throw .corrupt("thrift: unknown type \(header & 0x0F)")
            }
            if type == .stop { break }
            let id: Int16
            let delta = header >> 4
            if delta != 0 {
                let (sum, overflow) = lastFieldIds[lastFieldIds.count - 1].addingReportingOverflow(Int16(delta))
                guard !overflow else { throw .corrupt("thrift: field id overflow") }
                id = sum
            } else {
                guard let wide = Int16(exactly: try readI64()) else { throw .corrupt("thrift: bad field id") }
                id = wide
            }
            lastFieldIds[lastFieldIds.count - 1] = id
            if try !field(&self, id, type) { try skip(type) }
        }
        lastFieldIds.removeLast()
    }

    /// Reads a list header and returns the element type and count; the count is checked against
    /// the remaining bytes (every element takes at least one byte) before anyone allocates.
    mutating func readListHeader() throws(ParquetError) -> (ThriftType, Int) {
        let header = try readByte()
        guard let type = ThriftType(rawValue: header & 0x0F) else { throw .corrupt("thrift: bad list type") }
        var count = UInt64(header >> 4)
        if count == 15 { count = try readVarint() }
        guard count <= UInt64(remaining) else { throw .corrupt("thrift: list longer than data") }
        return (type, Int(count))
    }

    /// Reads a list whose elements are decoded by `element`, after checking the element type.
    mutating func readList<Element>(
        of expected: ThriftType, _ element: (inout ThriftCompactReader) throws(ParquetError) -> Element
    ) throws(ParquetError) -> [Element] {
        let (type, count) = try readListHeader()
        guard count == 0 || type == expected else { throw .corrupt("thrift: unexpected list element type") }
        var result: [Element] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try element(&self)) }
        return result
    }

    /// Reads a boolean field value: in the compact protocol it is carried by the type code.
    static func boolValue(_ type: ThriftType) throws(ParquetError) -> Bool {
        switch type {
        case .boolTrue: return true
        case .boolFalse: return false
        default: throw .corrupt("thrift: expected a bool field")
        }
    }

    /// Skips a value of the given type, including nested containers.
    mutating func skip(_ type: ThriftType, depth: Int = 0) throws(ParquetError) {
        guard depth < Self.maxDepth else { throw .corrupt("thrift: nesting too deep") }
        switch type {
        case .stop: throw .corrupt("thrift: unexpected stop")
        case .boolTrue, .boolFalse: return
        case .byte: _ = try readByte()
        case .i16, .i32, .i64: _ = try readVarint()
        case .double:
            guard remaining >= 8 else { throw .corrupt("thrift: truncated double") }
            position += 8
        case .binary:
            let length = try readVarint()
            guard length <= UInt64(remaining) else { throw .corrupt("thrift: binary longer than data") }
            position += Int(length)
        case .list, .set:
            let (elementType, count) = try readListHeader()
            for _ in 0..<count { try skipElement(elementType, depth: depth + 1) }
        case .map:
            let count = try readVarint()
            guard count <= UInt64(remaining) else { throw .corrupt("thrift: map longer than data") }
            if count == 0 { return }
            let kinds = try readByte()
            guard let key = ThriftType(rawValue: kinds >> 4), let value = ThriftType(rawValue: kinds & 0x0F) else {
                throw .corrupt("thrift: bad map types")
            }
            for _ in 0..<count {
                try skipElement(key, depth: depth + 1)
                try skipElement(value, depth: depth + 1)
            }
        case .structure:
            guard lastFieldIds.count + depth < Self.maxDepth else { throw .corrupt("thrift: nesting too deep") }
            try readStruct { reader, _, fieldType throws(ParquetError) in
                try reader.skip(fieldType, depth: depth + 1)
                return true
            }
        }
    }

    /// In containers a boolean is a whole byte rather than a type code.
    private mutating func skipElement(_ type: ThriftType, depth: Int) throws(ParquetError) {
        if type == .boolTrue || type == .boolFalse {
            _ = try readByte()
        } else {
            try skip(type, depth: depth)
        }
    }
}
