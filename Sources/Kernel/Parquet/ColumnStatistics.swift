import Kernel

// Column chunk statistics: min_value / max_value PLAIN-encoded (byte arrays without the length
// prefix) in the order the column's logical type defines, and null_count.

extension ColumnBuffer {
    /// Statistics of the buffered values; min/max are omitted when there is no comparable value.
    func statistics() -> Statistics {
        var stats = Statistics(nullCount: Int64(nullCount))
        guard let (low, high) = minMaxBytes() else { return stats }
        stats.minValue = low
        stats.maxValue = high
        return stats
    }

    private func minMaxBytes() -> ([UInt8], [UInt8])? {
        switch storage {
        case .int64:
            guard let low = int64s.min(), let high = int64s.max() else { return nil }
            return (littleEndian(UInt64(bitPattern: low)), littleEndian(UInt64(bitPattern: high)))
        case .uint64:
            // UINT_64 columns are ordered as unsigned numbers.
            let unsigned = int64s.lazy.map { UInt64(bitPattern: $0) }
            guard let low = unsigned.min(), let high = unsigned.max() else { return nil }
            return (littleEndian(low), littleEndian(high))
        case .int32:
            guard let low = int32s.min(), let high = int32s.max() else { return nil }
            return (littleEndian(UInt32(bitPattern: low)), littleEndian(UInt32(bitPattern: high)))
        case .uint32:
            // UINT_8/16/32 columns are ordered as unsigned numbers.
            let unsigned = int32s.lazy.map { UInt32(bitPattern: $0) }
            guard let low = unsigned.min(), let high = unsigned.max() else { return nil }
            return (littleEndian(low), littleEndian(high))
        case .float:
            guard let (low, high) = Self.floatBounds(floats.lazy.map(Double.init)) else { return nil }
            return (littleEndian(Float(low).bitPattern), littleEndian(Float(high).bitPattern))
        case .double:
            return doubleMinMax()
        case .boolean:
            guard !bools.isEmpty else { return nil }
            let hasFalse = bools.contains(false)
            let hasTrue = bools.contains(true)
            return ([hasFalse ? 0 : 1], [hasTrue ? 1 : 0])
        case .tag, .string:
            return stringMinMax()
        case .fixedBytes:
            // DECIMAL: signed two's complement, so the sign bit is flipped for the byte order.
            func key(_ bytes: [UInt8]) -> [UInt8] { bytes.isEmpty ? bytes : [bytes[0] ^ 0x80] + bytes.dropFirst() }
            guard var low = byteArrays.first, var high = byteArrays.first else { return nil }
            for value in byteArrays.dropFirst() {
                if key(value).lexicographicallyPrecedes(key(low)) { low = value }
                if key(high).lexicographicallyPrecedes(key(value)) { high = value }
            }
            return (low, high)
        case .bytes:
            // BYTE_ARRAY without annotation: unsigned lexicographic order, as for strings.
            guard var low = byteArrays.first, var high = byteArrays.first else { return nil }
            for value in byteArrays.dropFirst() {
                if value.lexicographicallyPrecedes(low) { low = value }
                if high.lexicographicallyPrecedes(value) { high = value }
            }
            return (low, high)
        }
    }

    /// NaN is left out of float statistics, and a zero bound is written as -0.0 (min) or +0.0
    /// (max), as the spec asks, so readers comparing either zero still prune correctly.
    private func doubleMinMax() -> ([UInt8], [UInt8])? {
        guard let (low, high) = Self.floatBounds(doubles) else { return nil }
        return (littleEndian(low.bitPattern), littleEndian(high.bitPattern))
    }

    /// The smallest and largest non-NaN value, with a zero minimum as -0.0 and a zero maximum
    /// as +0.0; nil when every value is NaN.
    static func floatBounds<Values: Sequence<Double>>(_ values: Values) -> (Double, Double)? {
        var low = Double.infinity
        var high = -Double.infinity
        var seen = false
        for value in values where !value.isNaN {
            low = Swift.min(low, value)
            high = Swift.max(high, value)
            seen = true
        }
        guard seen else { return nil }
        if low == 0 { low = -0.0 }
        if high == 0 { high = 0.0 }
        return (low, high)
    }

    private func stringMinMax() -> ([UInt8], [UInt8])? {
        if usesDictionary {
            guard let (low, high) = dictionary.minMax() else { return nil }
            return (Array(low.utf8), Array(high.utf8))
        }
        guard var low = strings.first, var high = strings.first else { return nil }
        for value in strings.dropFirst() {
            if value.utf8.lexicographicallyPrecedes(low.utf8) { low = value }
            if high.utf8.lexicographicallyPrecedes(value.utf8) { high = value }
        }
        return (Array(low.utf8), Array(high.utf8))
    }

    private func littleEndian(_ value: UInt32) -> [UInt8] {
        var out: [UInt8] = []
        PlainEncoding.appendLittleEndian(value, to: &out)
        return out
    }

    private func littleEndian(_ value: UInt64) -> [UInt8] {
        var out: [UInt8] = []
        PlainEncoding.appendLittleEndian(value, to: &out)
        return out
    }
}
