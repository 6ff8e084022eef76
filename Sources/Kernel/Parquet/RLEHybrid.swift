// The RLE / bit-packing hybrid (parquet-format Encodings.md) used for definition levels and for
// dictionary indices: runs of one repeated value, or groups of 8 values bit-packed LSB first.

/// Encodes and decodes the RLE / bit-packing hybrid for values of `bitWidth` bits (0...32).
enum RLEHybrid {
    /// Repeats shorter than this are bit-packed: an RLE run costs a header plus the value.
    private static let minRepeat = 8
    /// Literal runs are cut at 63 groups so their header stays one byte, as other writers do.
    private static let maxLiteralGroups = 63

    static func bitWidth(forMaxValue value: UInt32) -> Int {
        value == 0 ? 0 : 32 - value.leadingZeroBitCount
    }

    /// Appends the encoding of `values` (each below `1 << bitWidth`) to `out`.
    static func encode(_ values: [UInt32], bitWidth: Int, to out: inout [UInt8]) {
        values.withUnsafeBufferPointer { encode($0, bitWidth: bitWidth, to: &out) }
    }

    static func encode(_ values: UnsafeBufferPointer<UInt32>, bitWidth: Int, to out: inout [UInt8]) {
        var literalStart = 0
        var index = 0
        let count = values.count
        while index < count {
            var runEnd = index + 1
            while runEnd < count && values[runEnd] == values[index] { runEnd += 1 }
            if runEnd - index >= minRepeat {
                flushLiterals(values, from: literalStart, to: index, bitWidth: bitWidth, out: &out)
                appendRun(value: values[index], count: runEnd - index, bitWidth: bitWidth, to: &out)
                index = runEnd
                literalStart = index
            } else {
                // Take a whole group of 8 so literal runs stay a multiple of 8 until the end.
                index = min(index + 8, count)
                if index - literalStart >= maxLiteralGroups * 8 {
                    flushLiterals(values, from: literalStart, to: index, bitWidth: bitWidth, out: &out)
                    literalStart = index
                }
            }
        }
        flushLiterals(values, from: literalStart, to: count, bitWidth: bitWidth, out: &out)
    }

    static func appendRun(value: UInt32, count: Int, bitWidth: Int, to out: inout [UInt8]) {
        appendVarint(UInt64(count) << 1, to: &out)
        let valueBytes = (bitWidth + 7) / 8
        for byte in 0..<valueBytes { out.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(byte)))) }
    }

    private static func flushLiterals(
        _ values: UnsafeBufferPointer<UInt32>, from start: Int, to end: Int, bitWidth: Int, out: inout [UInt8]
    ) {
        guard end > start else { return }
        let groups = (end - start + 7) / 8
        appendVarint(UInt64(groups) << 1 | 1, to: &out)
        var buffer: UInt64 = 0
        var bits = 0
        for position in start..<(start + groups * 8) {
            let value = position < end ? UInt64(values[position]) : 0
            buffer |= value << UInt64(bits)
            bits += bitWidth
            while bits >= 8 {
                out.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                bits -= 8
            }
        }
    }

    static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var remaining = value
        while remaining >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        out.append(UInt8(remaining))
    }

    // MARK: Decoding

    /// Decodes exactly `count` values from `bytes[offset..<end]`. Run lengths are clamped to the
    /// values still expected, so a corrupt run header cannot make the output grow past `count`.
    static func decode(
        _ bytes: [UInt8], from offset: Int, to end: Int, bitWidth: Int, count: Int
    ) throws(ParquetError) -> [UInt32] {
        guard bitWidth >= 0, bitWidth <= 32, offset >= 0, end <= bytes.count, offset <= end else {
            throw .corrupt("rle: bad bit width or range")
        }
        var result: [UInt32] = []
        var position = offset
        while result.count < count {
            let header = try readVarint(bytes, &position, end)
            let wanted = count - result.count
            if header & 1 == 0 {
                let runLength = header >> 1
                let valueBytes = (bitWidth + 7) / 8
                guard runLength > 0, end - position >= valueBytes else { throw .corrupt("rle: bad run") }
                var value: UInt32 = 0
                for byte in 0..<valueBytes { value |= UInt32(bytes[position + byte]) << (8 * UInt32(byte)) }
                position += valueBytes
                guard bitWidth == 32 || value >> UInt32(bitWidth) == 0 else { throw .corrupt("rle: value too wide") }
                result.append(contentsOf: repeatElement(value, count: Int(min(runLength, UInt64(wanted)))))
            } else {
                let groups = header >> 1
                // Each group takes `bitWidth` bytes; checking against the bytes left avoids overflow.
                guard groups > 0, bitWidth == 0 || groups <= UInt64(end - position) / UInt64(bitWidth) else {
                    throw .corrupt("rle: bad literal run")
                }
                let usedGroups = Int(min(groups, UInt64(wanted / 8 + 1)))
                unpack(bytes, position, values: min(usedGroups * 8, wanted), bitWidth: bitWidth, into: &result)
                position += bitWidth == 0 ? 0 : Int(groups) * bitWidth
            }
        }
        return result
    }

    private static func unpack(_ bytes: [UInt8], _ start: Int, values: Int, bitWidth: Int, into out: inout [UInt32]) {
        let mask: UInt64 = bitWidth == 0 ? 0 : (1 << UInt64(bitWidth)) - 1
        var buffer: UInt64 = 0
        var bits = 0
        var position = start
        for _ in 0..<values {
            while bits < bitWidth {
                buffer |= UInt64(bytes[position]) << UInt64(bits)
                position += 1
                bits += 8
            }
            out.append(UInt32(truncatingIfNeeded: buffer & mask))
            buffer >>= UInt64(bitWidth)
            bits -= bitWidth
        }
    }

    private static func readVarint(_ bytes: [UInt8], _ position: inout Int, _ end: Int) throws(ParquetError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end, shift < 64 else { throw .corrupt("rle: bad varint") }
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }
}
