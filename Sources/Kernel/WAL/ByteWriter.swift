/// Appends little-endian values to a growable byte array. Used by the record codec and the segment
/// header; whole columns go in with one copy on little-endian hosts.
struct ByteWriter {
    var bytes: [UInt8]

    init(reservingCapacity capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func append(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A length-prefixed (UInt32) UTF-8 string. The caller has checked the length fits.
    mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            append(UInt32(truncatingIfNeeded: utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// The raw little-endian values, without a count (the reader knows it from the row count).
    mutating func appendIntegers<T: FixedWidthInteger>(_ values: [T]) {
        #if _endian(little)
            values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
            for value in values { append(value) }
        #endif
    }

    /// IEEE 754 bit patterns, little-endian.
    mutating func appendDoubles(_ values: [Double]) {
        #if _endian(little)
            values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
            for value in values { append(value.bitPattern) }
        #endif
    }
}
