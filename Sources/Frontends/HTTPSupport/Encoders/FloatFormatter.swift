/// Formats Float64 values as the Rust writers InfluxDB 3 uses do. Both print the shortest digits
/// that read back to the same value, but lay them out differently:
/// - `.display` (arrow-cast display via `ryu`; CSV and pretty): plain notation while the decimal
///   point falls within 16 digits and the value is at least 1e-5 (`1000000000000000.0`, `0.00001`),
///   otherwise `1e16`, `1.5e-7`; `NaN`, `inf`, `-inf`.
/// - `.json` (arrow-json via `lexical-core`): plain notation for decimal exponents -5...9,
///   otherwise scientific with at least one fraction digit (`1.0e10`, `1.0e-6`); non-finite
///   values have no JSON form, and arrow-json writes `null` for them.
public enum FloatFormatter {
    /// Which Rust formatter to reproduce.
    public enum Style: Sendable, Hashable {
        case display
        case json
    }

    /// Shortest round-trip digits: value = 0.d1d2…dn × 10^point (no leading or trailing zeros).
    struct ShortestDigits {
        var digits: UInt64
        var count: Int
        var point: Int
    }

    /// Appends `value` in `style`.
    public static func append(_ value: Double, style: Style, to output: inout [UInt8]) {
        if appendSpecialOrSign(value, style: style, to: &output) { return }
        let magnitude = value.magnitude
        let decimal = shortestFixedPoint(magnitude) ?? shortestFromDescription(magnitude)
        switch style {
        case .display: appendDisplay(decimal, to: &output)
        case .json: appendJSON(decimal, to: &output)
        }
    }

    /// What both widths write the same way: a non-finite value or a zero whole (true: done),
    /// otherwise only the sign of a negative value.
    @inline(__always)
    private static func appendSpecialOrSign<Value: BinaryFloatingPoint>(
        _ value: Value, style: Style, to output: inout [UInt8]
    ) -> Bool {
        guard value.isFinite else {
            appendNonFinite(Double(value), style: style, to: &output)
            return true
        }
        if value.sign == .minus { output.append(UInt8(ascii: "-")) }
        guard value == 0 else { return false }
        output.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: "."), UInt8(ascii: "0")])
        return true
    }

    /// Appends a Float32 `value` in `style`: its own shortest digits (`1.1`, where the Float64 of
    /// the same value shows `1.100000023841858`); ryu's `format32` keeps plain notation for
    /// decimal points within 13 digits and values of at least 1e-6.
    public static func append(float32 value: Float, style: Style, to output: inout [UInt8]) {
        if appendSpecialOrSign(value, style: style, to: &output) { return }
        let magnitude = value.magnitude
        let decimal = shortestDigits(description: magnitude.description)
        switch style {
        case .display:
            if decimal.point > 13 || decimal.point <= -6 {
                appendScientific(decimal, forceFraction: false, to: &output)
            } else {
                appendPlain(decimal, to: &output)
            }
        case .json: appendJSON(decimal, to: &output)
        }
    }

    /// Returns the text of a Float32 `value` in `style` (tests and diagnostics).
    public static func string(float32 value: Float, style: Style) -> String {
        var bytes: [UInt8] = []
        append(float32: value, style: style, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Returns the text of `value` in `style` (tests and diagnostics).
    public static func string(_ value: Double, style: Style) -> String {
        var bytes: [UInt8] = []
        append(value, style: style, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendNonFinite(_ value: Double, style: Style, to output: inout [UInt8]) {
        let text: StaticString
        switch style {
        case .json: text = "null"
        case .display: text = value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf")
        }
        text.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    static let powersOfTen: [Double] = (0...22).map { exponent in
        var power = 1.0
        for _ in 0..<exponent { power *= 10 }
        return power
    }

    /// Fast path for the common case of a value with at most 15 significant digits and a few
    /// decimals (sensor readings): finds the fewest decimals `k` such that m / 10^k parses back to
    /// the value. With m < 10^15 the candidates are further apart than one ulp, so the digits are
    /// the unique shortest ones, as ryu and lexical would print. Returns nil when not applicable.
    static func shortestFixedPoint(_ magnitude: Double) -> ShortestDigits? {
        guard magnitude >= 1e-5, magnitude < 1e15 else { return nil }
        // The most decimals that keep m below 10^15 (the estimate of log10 is never too high).
        var maxDecimals = min(17, 14 - Int((Double(magnitude.exponent) * 0.301_029_995_663_981_2).rounded(.down)))
        while maxDecimals > 0 && magnitude * powersOfTen[maxDecimals] >= 1e15 { maxDecimals -= 1 }
        // Any m / 10^k that works also makes magnitude × 10^maxDecimals an integer, so a value with
        // more significant digits (full-precision data) is rejected here after one multiplication.
        let widest = magnitude * powersOfTen[maxDecimals]
        guard (widest - widest.rounded(.toNearestOrEven)).magnitude <= widest * 0x1p-49 else { return nil }
        for decimals in 0...maxDecimals {
            let power = powersOfTen[decimals]
            let product = magnitude * power
            let scaled = product.rounded(.toNearestOrEven)
            guard scaled < 1e15 else { return nil }
            // Cheap filter first: a true candidate lies within a few ulps of an integer.
            guard scaled >= 1, (product - scaled).magnitude <= product * 0x1p-49 else { continue }
            // Dividing two exactly representable numbers rounds correctly, like parsing "m e-k".
            guard scaled / power == magnitude else { continue }
            var digits = UInt64(scaled)
            var count = digitCount(digits)
            let point = count - decimals
            while digits % 10 == 0 {
                digits /= 10
                count -= 1
            }
            return ShortestDigits(digits: digits, count: count, point: point)
        }
        return nil
    }

    /// General path: Swift's `description` also prints the shortest round-trip digits (closest to
    /// the exact value), only in another layout, so its digits and exponent are re-laid out.
    static func shortestFromDescription(_ magnitude: Double) -> ShortestDigits {
        shortestDigits(description: magnitude.description)
    }

    /// The digits and decimal point of a positive value's Swift `description`.
    static func shortestDigits(description: String) -> ShortestDigits {
        var digits: UInt64 = 0
        var count = 0
        var point: Int?
        var leadingZeros = 0
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        var seenDigits = 0
        for byte in description.utf8 {
            switch byte {
            case UInt8(ascii: "e"): inExponent = true
            case UInt8(ascii: "-") where inExponent: exponentSign = -1
            case UInt8(ascii: "."): point = seenDigits
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = UInt64(byte - UInt8(ascii: "0"))
                if inExponent {
                    exponent = exponent * 10 + Int(digit)
                } else {
                    seenDigits += 1
                    if count == 0 && digit == 0 {
                        leadingZeros += 1
                    } else if count < 19 {
                        digits = digits * 10 + digit
                        count += 1
                    }
                }
            default: continue
            }
        }
        while count > 1 && digits % 10 == 0 {
            digits /= 10
            count -= 1
        }
        let decimalPoint = (point ?? seenDigits) - leadingZeros + exponentSign * exponent
        return ShortestDigits(digits: digits, count: count, point: decimalPoint)
    }

    static func digitCount(_ value: UInt64) -> Int {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    /// ryu's `format64` layout.
    static func appendDisplay(_ decimal: ShortestDigits, to output: inout [UInt8]) {
        let point = decimal.point
        if point > 16 || point <= -5 {
            appendScientific(decimal, forceFraction: false, to: &output)
        } else {
            appendPlain(decimal, to: &output)
        }
    }

    /// lexical-core's default layout (scientific outside exponents -5...9).
    static func appendJSON(_ decimal: ShortestDigits, to output: inout [UInt8]) {
        let exponent = decimal.point - 1
        if exponent < -5 || exponent > 9 {
            appendScientific(decimal, forceFraction: true, to: &output)
        } else {
            appendPlain(decimal, to: &output)
        }
    }

    static let integerPowersOfTen: [UInt64] = (0...19).map { exponent in
        var power: UInt64 = 1
        for _ in 0..<exponent { power *= 10 }
        return power
    }

    /// `123.45`, `0.0012`, `1200.0`: always with a fraction.
    static func appendPlain(_ decimal: ShortestDigits, to output: inout [UInt8]) {
        let zero = UInt8(ascii: "0")
        if decimal.point <= 0 {
            output.append(zero)
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: repeatElement(zero, count: -decimal.point))
            DecimalFormatting.append(decimal.digits, to: &output)
        } else if decimal.point >= decimal.count {
            DecimalFormatting.append(decimal.digits, to: &output)
            output.append(contentsOf: repeatElement(zero, count: decimal.point - decimal.count))
            output.append(UInt8(ascii: "."))
            output.append(zero)
        } else {
            appendSplit(decimal.digits, fractionDigits: decimal.count - decimal.point, to: &output)
        }
    }

    /// `1e16`, `1.5e-7` (display) or `1.0e16` (json).
    static func appendScientific(_ decimal: ShortestDigits, forceFraction: Bool, to output: inout [UInt8]) {
        if decimal.count > 1 {
            appendSplit(decimal.digits, fractionDigits: decimal.count - 1, to: &output)
        } else {
            DecimalFormatting.append(decimal.digits, to: &output)
            if forceFraction {
                output.append(UInt8(ascii: "."))
                output.append(UInt8(ascii: "0"))
            }
        }
        output.append(UInt8(ascii: "e"))
        DecimalFormatting.append(Int64(decimal.point - 1), to: &output)
    }

    /// Writes `digits` with a decimal point before its last `fractionDigits` digits.
    static func appendSplit(_ digits: UInt64, fractionDigits: Int, to output: inout [UInt8]) {
        let (whole, fraction) = digits.quotientAndRemainder(dividingBy: integerPowersOfTen[fractionDigits])
        DecimalFormatting.append(whole, to: &output)
        output.append(UInt8(ascii: "."))
        DecimalFormatting.appendPadded(fraction, width: fractionDigits, to: &output)
    }
}
