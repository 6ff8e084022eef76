import Foundation
import Kernel

/// Casts from and to `Decimal128` with arrow-cast's checked rules (DataFusion casts with
/// `safe: false`): a lower scale rounds half away from zero, integers scale up with an overflow
/// error, floats round (`(v * 10^s).round()`), strings parse with rounding on the first dropped
/// digit, decimals become integers by truncation, and every result is checked against the
/// precision (`123.46 is too large to store in a Decimal128 of precision 4. Max is 99.99`).
enum DecimalCast {
    /// The cast when `column` or `target` is a decimal; nil when neither is.
    static func column(_ column: RecordColumn, to target: ValueType) throws(KernelError) -> RecordColumn? {
        if case .decimal(let source) = column.type, case .decimal(let values) = column.values {
            return try from(values, source, column.validity, to: target)
        }
        guard case .decimal(let decimal) = target else { return nil }
        var result = [Int128](repeating: 0, count: column.count)
        let validity = column.validity
        switch column.values {
        case .integer(let values):
            for row in values.indices where validity[row] { result[row] = try scaled(Int128(values[row]), decimal) }
        case .uinteger(let values):
            for row in values.indices where validity[row] { result[row] = try scaled(Int128(values[row]), decimal) }
        case .float(let values):
            for row in values.indices where validity[row] { result[row] = try fromFloat(values[row], decimal) }
        case .string, .tag:
            let texts = column.decodedStrings() ?? []
            for row in texts.indices where validity[row] { result[row] = try parse(texts[row], decimal) }
        default:
            throw KernelError(
                .notImplemented,
                "This feature is not implemented: Unsupported CAST from \(column.type.arrowName) to \(target.arrowName)"
            )
        }
        return ColumnBuild.make(target, .decimal(result), validity)
    }

    /// arrow's precision check of an unscaled value.
    static func validate(_ value: Int128, _ type: DecimalType) throws(KernelError) -> Int128 {
        if type.holds(value) { return value }
        let (word, bound) =
            value > 0
            ? ("large", "Max is \(type.render(type.maxUnscaled))")
            : ("small", "Min is \(type.render(-type.maxUnscaled))")
        throw KernelError(
            .invalidInput,
            "Invalid argument error: \(type.render(value)) is too \(word) to store in a Decimal128 of precision "
                + "\(type.precision). \(bound)")
    }

    /// `value` divided by 10^places, rounded half away from zero.
    static func roundedDivision(_ value: Int128, byPowerOfTen places: Int) -> Int128 {
        guard places > 0 else { return value }
        guard places <= 38 else { return 0 }
        let divisor = DecimalType.powerOfTen(places)
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        if remainder.magnitude * 2 >= divisor.magnitude { return quotient + (value < 0 ? -1 : 1) }
        return quotient
    }

    /// An unscaled value at `from` scale brought to `to`'s scale (rounding down, overflow-checked up).
    static func rescale(_ value: Int128, from: DecimalType, to: DecimalType) throws(KernelError) -> Int128 {
        if to.scale <= from.scale {
            return try validate(roundedDivision(value, byPowerOfTen: from.scale - to.scale), to)
        }
        let (product, overflow) = value.multipliedReportingOverflow(by: DecimalType.powerOfTen(to.scale - from.scale))
        guard !overflow, to.scale - from.scale <= 38 else {
            throw KernelError(
                .invalidInput,
                "Arithmetic overflow: Overflow happened on: \(value) * \(DecimalType.powerOfTen(to.scale - from.scale))"
            )
        }
        return try validate(product, to)
    }

    private static func scaled(_ integer: Int128, _ type: DecimalType) throws(KernelError) -> Int128 {
        if type.scale < 0 { return try validate(integer / DecimalType.powerOfTen(-type.scale), type) }
        let factor = DecimalType.powerOfTen(type.scale)
        let (product, overflow) = integer.multipliedReportingOverflow(by: factor)
        guard !overflow else {
            throw KernelError(.invalidInput, "Arithmetic overflow: Overflow happened on: \(integer) * \(factor)")
        }
        return try validate(product, type)
    }

    private static func fromFloat(_ value: Double, _ type: DecimalType) throws(KernelError) -> Int128 {
        let product = (value * Foundation.pow(10.0, Double(type.scale))).rounded(.toNearestOrAwayFromZero)
        guard let unscaled = Int128(exactly: product) else {
            throw KernelError(
                .invalidInput,
                "Cast error: Cannot cast to \(type.arrowName). Overflowing on \(ValueText.rustDebug(value))")
        }
        return try validate(unscaled, type)
    }

    /// arrow-cast's `parse_string_to_decimal_native`: an optional sign, digits with at most one
    /// point, surrounding whitespace ignored; no exponent.
    private static func parse(_ text: String, _ type: DecimalType) throws(KernelError) -> Int128 {
        let failure = KernelError(
            .invalidInput, "Cast error: Cannot cast string '\(text)' to value of Decimal128(38, 10) type")
        guard type.scale >= 0 else {
            throw KernelError(
                .invalidInput, "Invalid argument error: Cannot cast string to decimal with negative scale \(type.scale)"
            )
        }
        var bytes = Substring(text).utf8.drop { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        while let last = bytes.last, last == 0x20 || (last >= 0x09 && last <= 0x0D) { bytes = bytes.dropLast() }
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var unscaled: Int128 = 0
        var fraction = -1
        var digits = 0
        var roundUp = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard fraction < 0 else { throw failure }
                fraction = 0
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { throw failure }
            digits += 1
            if fraction >= type.scale {
                if fraction == type.scale { roundUp = byte >= 0x35 }
                fraction += 1
                continue
            }
            if fraction >= 0 { fraction += 1 }
            let (shifted, overflow) = unscaled.multipliedReportingOverflow(by: 10)
            guard !overflow else { throw failure }
            unscaled = shifted + Int128(byte - 0x30)
        }
        guard digits > 0 else { throw failure }
        for _ in min(max(fraction, 0), type.scale)..<type.scale {
            let (shifted, overflow) = unscaled.multipliedReportingOverflow(by: 10)
            guard !overflow else { throw failure }
            unscaled = shifted
        }
        if roundUp { unscaled += 1 }
        return try validate(negative ? -unscaled : unscaled, type)
    }

    /// A decimal column converted to `target`.
    private static func from(
        _ values: [Int128], _ source: DecimalType, _ validity: ValidityBitmap, to target: ValueType
    ) throws(KernelError) -> RecordColumn {
        switch target {
        case .decimal(let decimal):
            var result = [Int128](repeating: 0, count: values.count)
            for row in values.indices where validity[row] {
                result[row] = try rescale(values[row], from: source, to: decimal)
            }
            return ColumnBuild.make(target, .decimal(result), validity)
        case .float, .narrow(.float32):
            let divisor = Foundation.pow(10.0, Double(source.scale))
            let doubles = values.map { Double($0) / divisor }
            return ColumnBuild.make(
                target, .float(target == .float ? doubles : doubles.map { Double(Float($0)) }), validity)
        case .string, .tag:
            let texts = values.indices.map { validity[$0] ? source.render(values[$0]) : "" }
            return try Cast.column(ColumnBuild.make(.string, .string(texts), validity), to: target)
        case .integer, .uinteger, .narrow:
            return try toInteger(values, source, validity, to: target)
        case .time:
            // The whole part as nanoseconds, as arrow-cast goes through Int64.
            var nanoseconds = try toInteger(values, source, validity, to: .integer)
            nanoseconds.type = .time
            if case .integer(let v) = nanoseconds.values { nanoseconds.values = .time(v) }
            return nanoseconds
        default:
            throw KernelError(
                .notImplemented,
                "This feature is not implemented: Unsupported CAST from \(source.arrowName) to \(target.arrowName)")
        }
    }

    private static func toInteger(
        _ values: [Int128], _ source: DecimalType, _ validity: ValidityBitmap, to target: ValueType
    ) throws(KernelError) -> RecordColumn {
        let range: ClosedRange<Int128>
        switch target {
        case .uinteger: range = 0...Int128(UInt64.max)
        case .narrow(let narrow):
            guard let bounds = narrow.integerRange else { preconditionFailure("Float32 is cast as a float") }
            range = Int128(bounds.lowerBound)...Int128(bounds.upperBound)
        default: range = Int128(Int64.min)...Int128(Int64.max)
        }
        var integers = [Int128](repeating: 0, count: values.count)
        for row in values.indices where validity[row] {
            let whole: Int128
            if source.scale >= 0 {
                whole = source.scale > 38 ? 0 : values[row] / DecimalType.powerOfTen(source.scale)
            } else {
                let (product, overflow) = values[row].multipliedReportingOverflow(
                    by: DecimalType.powerOfTen(-source.scale))
                whole = overflow ? Int128.max : product
            }
            guard range.contains(whole) else {
                throw KernelError(.invalidInput, "Cast error: value of \(whole) is out of range \(target.arrowName)")
            }
            integers[row] = whole
        }
        if target.storage == .uinteger {
            return ColumnBuild.make(target, .uinteger(integers.map { UInt64(truncatingIfNeeded: $0) }), validity)
        }
        return ColumnBuild.make(target, .integer(integers.map { Int64(truncatingIfNeeded: $0) }), validity)
    }
}
