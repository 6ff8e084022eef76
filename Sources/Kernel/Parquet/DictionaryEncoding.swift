// Dictionary encoding (RLE_DICTIONARY): a dictionary page holds the distinct values PLAIN-encoded,
// data pages hold one bit-width byte followed by the RLE / bit-packing hybrid of the indices.

/// The distinct strings of one column chunk, in first-seen order, with their indices.
struct StringDictionary: Sendable {
    private(set) var values: [String] = []
    private var indices: [String: UInt32] = [:]
    /// PLAIN-encoded size of the dictionary page, used to decide when to stop dictionary encoding.
    private(set) var encodedSize = 0

    var count: Int { values.count }

    /// The index of `value`, adding it when new.
    mutating func index(of value: String) -> UInt32 {
        if let existing = indices[value] { return existing }
        let index = UInt32(values.count)
        values.append(value)
        indices[value] = index
        encodedSize += 4 + value.utf8.count
        return index
    }

    /// Bit width of the indices; at least 1 because some readers mishandle width 0.
    var indexBitWidth: Int { max(1, RLEHybrid.bitWidth(forMaxValue: UInt32(max(count - 1, 0)))) }

    /// The dictionary page body.
    func encodedPage() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(encodedSize)
        for value in values { PlainEncoding.appendByteArray(value, to: &out) }
        return out
    }

    /// Index of the smallest and largest value by unsigned byte order (the order Parquet
    /// defines for UTF8 statistics), or nil when empty.
    func minMax() -> (min: String, max: String)? {
        guard var low = values.first, var high = values.first else { return nil }
        for value in values.dropFirst() {
            if value.utf8.lexicographicallyPrecedes(low.utf8) { low = value }
            if high.utf8.lexicographicallyPrecedes(value.utf8) { high = value }
        }
        return (low, high)
    }
}

/// Encodes and decodes dictionary-index data pages.
enum DictionaryIndices {
    static func append(_ indices: ArraySlice<UInt32>, bitWidth: Int, to out: inout [UInt8]) {
        out.append(UInt8(bitWidth))
        indices.withUnsafeBufferPointer { RLEHybrid.encode($0, bitWidth: bitWidth, to: &out) }
    }

    /// Decodes `count` indices and checks each against the dictionary size.
    static func decode(
        _ bytes: [UInt8], from offset: Int, count: Int, dictionarySize: Int
    ) throws(ParquetError) -> [UInt32] {
        guard count > 0 else { return [] }
        guard offset < bytes.count else { throw .corrupt("dictionary page: missing bit width") }
        let bitWidth = Int(bytes[offset])
        guard bitWidth <= 32 else { throw .corrupt("dictionary page: bit width \(bitWidth)") }
        let indices = try RLEHybrid.decode(bytes, from: offset + 1, to: bytes.count, bitWidth: bitWidth, count: count)
        guard indices.allSatisfy({ Int($0) < dictionarySize }) else {
            throw .corrupt("dictionary index out of range")
        }
        return indices
    }
}
