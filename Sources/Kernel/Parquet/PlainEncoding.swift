// PLAIN encoding (parquet-format Encodings.md): little-endian fixed-width numbers, booleans
// bit-packed LSB first, byte arrays as a 4-byte little-endian length followed by the bytes.

/// Appends and decodes PLAIN-encoded values. Decoders take the page body and a cursor, check
/// every length against the bytes that remain, and never reserve more than the input justifies.
enum PlainEncoding {
    static func append(_ values: ArraySlice<Int64>, to out: inout [UInt8]) {
        #if _endian(little)
            values.withUnsafeBytes { out.append(contentsOf: $0) }
        #else
            for value in values { appendLittleEndian(UInt64(bitPattern: value), to: &out) }
        #endif
    }

    static func append(_ values: ArraySlice<Double>, to out: inout [UInt8]) {
        #if _endian(little)
            values.withUnsafeBytes { out.append(contentsOf: $0) }
        #else
            for value in values { appendLittleEndian(value.bitPattern, to: &out) }
        #endif
    }

    static func append(_ values: ArraySlice<Float>, to out: inout [UInt8]) {
        for value in values { appendLittleEndian(value.bitPattern, to: &out) }
    }

    static func append(_ values: ArraySlice<Int32>, to out: inout [UInt8]) {
        #if _endian(little)
            values.withUnsafeBytes { out.append(contentsOf: $0) }
        #else
            for value in values { appendLittleEndian(UInt32(bitPattern: value), to: &out) }
        #endif
    }

    static func appendLittleEndian(_ value: UInt64, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    static func appendLittleEndian(_ value: UInt32, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    /// Booleans: one bit per value, LSB first, the last byte zero-padded.
    static func append(_ values: ArraySlice<Bool>, to out: inout [UInt8]) {
        var byte: UInt8 = 0
        for (index, value) in values.enumerated() {
            if value { byte |= 1 << UInt8(index & 7) }
            if index & 7 == 7 {
                out.append(byte)
                byte = 0
            }
        }
        if values.count & 7 != 0 { out.append(byte) }
    }

    static func appendByteArray(_ value: String, to out: inout [UInt8]) {
        appendLittleEndian(UInt32(value.utf8.count), to: &out)
        out.append(contentsOf: value.utf8)
    }

    static func appendByteArray(_ value: [UInt8], to out: inout [UInt8]) {
        appendLittleEndian(UInt32(value.count), to: &out)
        out.append(contentsOf: value)
    }

    // MARK: Decoding

    static func readUInt32(_ bytes: [UInt8], at offset: inout Int) throws(ParquetError) -> UInt32 {
        guard offset >= 0, bytes.count - offset >= 4 else { throw .corrupt("plain: truncated length") }
        var value: UInt32 = 0
        for shift in 0..<4 { value |= UInt32(bytes[offset + shift]) << (8 * UInt32(shift)) }
        offset += 4
        return value
    }

    static func decodeUInt64s(_ bytes: [UInt8], at offset: inout Int, count: Int) throws(ParquetError) -> [UInt64] {
        guard count >= 0, offset >= 0, (bytes.count - offset) / 8 >= count else {
            throw .corrupt("plain: fewer bytes than values")
        }
        var result = [UInt64](repeating: 0, count: count)
        let start = offset
        bytes.withUnsafeBytes { raw in
            for index in 0..<count {
                result[index] = UInt64(
                    littleEndian: raw.loadUnaligned(fromByteOffset: start + index * 8, as: UInt64.self))
            }
        }
        offset += count * 8
        return result
    }

    static func decodeBools(_ bytes: [UInt8], at offset: inout Int, count: Int) throws(ParquetError) -> [Bool] {
        let byteCount = (count + 7) / 8
        guard count >= 0, offset >= 0, bytes.count - offset >= byteCount else {
            throw .corrupt("plain: fewer bytes than booleans")
        }
        var result: [Bool] = []
        result.reserveCapacity(count)
        for index in 0..<count { result.append(bytes[offset + index >> 3] & (1 << UInt8(index & 7)) != 0) }
        offset += byteCount
        return result
    }

    static func decodeStrings(_ bytes: [UInt8], at offset: inout Int, count: Int) throws(ParquetError) -> [String] {
        guard count >= 0, offset >= 0, (bytes.count - offset) / 4 >= count else {
            throw .corrupt("plain: fewer bytes than byte arrays")
        }
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            let length = Int(try readUInt32(bytes, at: &offset))
            guard bytes.count - offset >= length else { throw .corrupt("plain: byte array past page end") }
            result.append(String(decoding: bytes[offset..<offset + length], as: UTF8.self))
            offset += length
        }
        return result
    }
}
