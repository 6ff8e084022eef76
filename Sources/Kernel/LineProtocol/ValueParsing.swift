/// Exact powers of ten representable as `Double` (the Clinger fast path stays exact up to 1e22).
private let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
]

/// Field value and timestamp parsing. Alternatives are tried in nom's order: integer `-?\d+i`,
/// unsigned `\d+u`, float (with decimal and/or exponent, or bare digits), string, boolean. Each
/// recognises the longest prefix it can; whatever follows is the caller's concern.
extension LineScanner {
    /// nil when no alternative matches (nom's recoverable error).
    @inline(__always)
    func parseValue(_ position: inout Int, _ escapes: inout EscapeBuffer) throws(LineFailure) -> ParsedValue? {
        guard position < end else { return nil }
        let first = base[position]
        if first &- 0x30 < 10 || first == UInt8(ascii: "-") { return try parseNumber(&position) }
        if first == UInt8(ascii: "\"") { return try parseString(&position, &escapes) }
        return parseBoolean(&position)
    }

    @inline(__always)
    private func parseNumber(_ position: inout Int) throws(LineFailure) -> ParsedValue? {
        let start = position
        var index = start
        let negative = base[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let digitsStart = index
        var mantissa: UInt64 = 0
        while index < end, base[index] &- 0x30 < 10 {
            mantissa = mantissa &* 10 &+ UInt64(base[index] &- 0x30)
            index += 1
        }
        let integerDigits = index - digitsStart
        guard integerDigits > 0 else { return nil }
        if index < end {
            let suffix = base[index]
            if suffix == UInt8(ascii: "i") {
                guard let value = signedValue(start: start, digitsStart: digitsStart, end: index) else {
                    throw .integerInvalid(start: start, end: index)
                }
                position = index + 1
                return .integer(value)
            }
            if suffix == UInt8(ascii: "u"), !negative {
                guard let value = magnitude(digitsStart, index) else {
                    throw .unsignedInvalid(start: start, end: index)
                }
                position = index + 1
                return .uinteger(value)
            }
        }
        var fractionDigits = 0
        if index + 1 < end, base[index] == UInt8(ascii: "."), base[index + 1] &- 0x30 < 10 {
            index += 1
            while index < end, base[index] &- 0x30 < 10 {
                mantissa = mantissa &* 10 &+ UInt64(base[index] &- 0x30)
                fractionDigits += 1
                index += 1
            }
        }
        let exponentStart = index
        index = exponentEnd(index)
        position = index
        let significant = integerDigits + fractionDigits
        if exponentStart == index, significant <= 19, mantissa < 1 << 53, fractionDigits <= 22 {
            let value = Double(mantissa) / exactPowersOfTen[fractionDigits]
            return .float(negative ? -value : value)
        }
        return .float(slowDouble(start, index))
    }

    /// The end of an exponent `[eE][+-]?\d+` at `index`, or `index` itself when there is none.
    @inline(__always)
    private func exponentEnd(_ index: Int) -> Int {
        guard index < end, base[index] | 0x20 == UInt8(ascii: "e") else { return index }
        var cursor = index + 1
        if cursor < end, base[cursor] == UInt8(ascii: "+") || base[cursor] == UInt8(ascii: "-") { cursor += 1 }
        let digits = cursor
        while cursor < end, base[cursor] &- 0x30 < 10 { cursor += 1 }
        return cursor > digits ? cursor : index
    }

    /// Correctly rounded conversion for long mantissas and exponents (rare in practice);
    /// overflow gives ±infinity like Rust's `f64::from_str`.
    private func slowDouble(_ start: Int, _ end: Int) -> Double {
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
        if let value = Double(text) { return value }
        return text.hasPrefix("-") ? -Double.infinity : Double.infinity
    }

    /// `-?\d+` as `Int64`, nil when out of range.
    @inline(__always)
    func signedValue(start: Int, digitsStart: Int, end: Int) -> Int64? {
        guard let unsigned = magnitude(digitsStart, end) else { return nil }
        if digitsStart > start {
            if unsigned <= UInt64(Int64.max) { return -Int64(unsigned) }
            return unsigned == UInt64(Int64.max) + 1 ? Int64.min : nil
        }
        return unsigned <= UInt64(Int64.max) ? Int64(unsigned) : nil
    }

    /// Decimal digits as `UInt64`, nil on overflow.
    @inline(__always)
    func magnitude(_ start: Int, _ end: Int) -> UInt64? {
        var value: UInt64 = 0
        var index = start
        // Up to 19 digits cannot overflow; only longer numbers need checked arithmetic.
        let fastEnd = min(end, start + 19)
        while index < fastEnd {
            value = value &* 10 &+ UInt64(base[index] &- 0x30)
            index += 1
        }
        while index < end {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(base[index] &- 0x30))
            if overflow1 || overflow2 { return nil }
            value = sum
            index += 1
        }
        return value
    }

    /// `"..."`: only `\"` and `\\` are escapes, any other backslash is literal; an unterminated
    /// string does not match.
    private func parseString(_ position: inout Int, _ escapes: inout EscapeBuffer) throws(LineFailure) -> ParsedValue? {
        let contentStart = position + 1
        var index = contentStart
        while index < end, base[index] != UInt8(ascii: "\""), base[index] != 0x5C { index += 1 }
        guard index < end else { return nil }
        if base[index] == UInt8(ascii: "\"") {
            let count = index - contentStart
            if count > maxStringBytes { throw .stringTooLarge }
            position = index + 1
            return .string(Token(base: base + contentStart, count: count))
        }
        let outputStart = escapes.count
        escapes.append(base + contentStart, count: index - contentStart)
        while index < end, base[index] != UInt8(ascii: "\"") {
            let byte = base[index]
            if byte == 0x5C, index + 1 < end, base[index + 1] == UInt8(ascii: "\"") || base[index + 1] == 0x5C {
                escapes.append(base[index + 1])
                index += 2
            } else {
                escapes.append(byte)
                index += 1
            }
        }
        guard index < end else { return nil }
        let count = escapes.count - outputStart
        if count > maxStringBytes { throw .stringTooLarge }
        position = index + 1
        return .string(Token(base: UnsafePointer(escapes.base + outputStart), count: count))
    }

    /// `true True TRUE t T false False FALSE f F`, longest spelling first as nom's `alt` does.
    private func parseBoolean(_ position: inout Int) -> ParsedValue? {
        let first = base[position]
        let isTrue = first == UInt8(ascii: "t") || first == UInt8(ascii: "T")
        guard isTrue || first == UInt8(ascii: "f") || first == UInt8(ascii: "F") else { return nil }
        let spellings: [StaticString] = isTrue ? ["true", "True", "TRUE"] : ["false", "False", "FALSE"]
        for spelling in spellings where matches(spelling, at: position) {
            position += spelling.utf8CodeUnitCount
            return .boolean(isTrue)
        }
        position += 1
        return .boolean(isTrue)
    }

    private func matches(_ word: StaticString, at position: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= end else { return false }
        return memoryEquals(base + position, word.utf8Start, count)
    }
}
