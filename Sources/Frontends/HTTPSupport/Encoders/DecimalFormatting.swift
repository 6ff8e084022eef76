/// Appends integers as ASCII decimal digits without going through `String`, for the hot encoding
/// loops (`description` would allocate for every value).
enum DecimalFormatting {
    /// Appends `value` in base 10, with a leading `-` when negative (Int64.min included).
    @inline(__always)
    static func append(_ value: Int64, to output: inout [UInt8]) {
        if value < 0 {
            output.append(UInt8(ascii: "-"))
            // The magnitude of Int64.min does not fit an Int64, but always fits a UInt64.
            append(value.magnitude, to: &output)
        } else {
            append(UInt64(value), to: &output)
        }
    }

    /// Appends `value` in base 10.
    @inline(__always)
    static func append(_ value: UInt64, to output: inout [UInt8]) {
        let start = output.count
        var rest = value
        repeat {
            let (quotient, digit) = rest.quotientAndRemainder(dividingBy: 10)
            output.append(UInt8(truncatingIfNeeded: digit) &+ 48)
            rest = quotient
        } while rest != 0
        reverseTail(of: &output, from: start)
    }

    /// Appends exactly `width` digits of `value` (zero-padded on the left, high digits dropped).
    @inline(__always)
    static func appendPadded(_ value: UInt64, width: Int, to output: inout [UInt8]) {
        let start = output.count
        var rest = value
        for _ in 0..<width {
            let (quotient, digit) = rest.quotientAndRemainder(dividingBy: 10)
            output.append(UInt8(truncatingIfNeeded: digit) &+ 48)
            rest = quotient
        }
        reverseTail(of: &output, from: start)
    }

    /// Reverses `output[start...]` in place (slicing would copy the tail into a new buffer).
    @inline(__always)
    static func reverseTail(of output: inout [UInt8], from start: Int) {
        var low = start
        var high = output.count - 1
        while low < high {
            output.swapAt(low, high)
            low += 1
            high -= 1
        }
    }
}
