import Kernel

/// Casts from and to the narrow numeric types (`ValueType.narrow`) with arrow-cast's checked
/// rules: a value outside the target's range is an error (`Can't cast value 300 to type Int8`),
/// floats truncate toward zero first, a Float32 is its Float64 value rounded to `Float`
/// (out-of-range values become ±inf). Values keep the wide storage, so the cast goes through the
/// wide type and then checks or rounds.
enum NarrowCast {
    /// The cast when `column` or `target` is narrow; nil when neither is.
    static func column(_ column: RecordColumn, to target: ValueType) throws(KernelError) -> RecordColumn? {
        if case .narrow(let source) = column.type {
            var wide = column
            wide.type = source.wide
            if source == .float32, target == .string || target == .tag, case .float(let values) = column.values {
                let text = values.indices.map { column.validity[$0] ? ValueText.float32(Float(values[$0])) : "" }
                return try Cast.column(ColumnBuild.make(.string, .string(text), column.validity), to: target)
            }
            return try Cast.column(wide, to: target)
        }
        guard case .narrow(let narrow) = target else { return nil }
        let wide: RecordColumn
        switch column.values {
        case .float(let values) where narrow != .float32:
            // Out-of-range floats fail rather than becoming NULL as the Int64 cast does.
            try checkFloats(values, column.validity, narrow)
            wide = try Cast.column(column, to: .integer)
        case .uinteger where narrow != .float32:
            wide = column
        case .date(let days):
            wide = ColumnBuild.make(.integer, .integer(days.map(Int64.init)), column.validity)
        default:
            wide = try Cast.column(column, to: narrow == .float32 ? .float : .integer)
        }
        return try narrowed(wide, to: narrow, source: column)
    }

    /// Values of a wide column (Int64, UInt64 or Float64 storage) checked into `narrow`.
    private static func narrowed(_ wide: RecordColumn, to narrow: NarrowNumericType, source: RecordColumn)
        throws(KernelError) -> RecordColumn
    {
        let validity = wide.validity
        switch wide.values {
        case .float(let values):
            let rounded = values.map { Double(Float($0)) }
            return ColumnBuild.make(.narrow(narrow), .float(rounded), validity)
        case .integer(let values):
            guard let range = narrow.integerRange else {
                return ColumnBuild.make(.narrow(narrow), .float(values.map { Double(Float($0)) }), validity)
            }
            for row in values.indices where validity[row] && !range.contains(values[row]) {
                throw failure(source, row: row, narrow)
            }
            if narrow.wide == .uinteger {
                return ColumnBuild.make(.narrow(narrow), .uinteger(values.map { UInt64(max(0, $0)) }), validity)
            }
            return ColumnBuild.make(.narrow(narrow), .integer(values), validity)
        case .uinteger(let values):
            guard let range = narrow.integerRange else {
                return ColumnBuild.make(.narrow(narrow), .float(values.map { Double(Float($0)) }), validity)
            }
            for row in values.indices where validity[row] && values[row] > UInt64(range.upperBound) {
                throw failure(source, row: row, narrow)
            }
            if narrow.wide == .integer {
                return ColumnBuild.make(.narrow(narrow), .integer(values.map { Int64($0) }), validity)
            }
            return ColumnBuild.make(.narrow(narrow), .uinteger(values), validity)
        default:
            throw KernelError(
                .invalidInput,
                "Error during planning: Cannot automatically convert \(source.type.arrowName) to \(narrow.rawValue)")
        }
    }

    private static func checkFloats(_ values: [Double], _ validity: ValidityBitmap, _ narrow: NarrowNumericType)
        throws(KernelError)
    {
        guard let range = narrow.integerRange else { return }
        for (row, value) in values.enumerated() where validity[row] {
            let truncated = value.rounded(.towardZero)
            guard truncated >= Double(range.lowerBound), truncated <= Double(range.upperBound) else {
                throw KernelError(
                    .invalidInput,
                    "Cast error: Can't cast value \(ValueText.rustDebug(value)) to type \(narrow.rawValue)")
            }
        }
    }

    private static func failure(_ source: RecordColumn, row: Int, _ narrow: NarrowNumericType) -> KernelError {
        let value = source.scalar(at: row)
        if case .string(let text) = value {
            return KernelError(
                .invalidInput, "Cast error: Cannot cast string '\(text)' to value of \(narrow.rawValue) type")
        }
        return KernelError(
            .invalidInput, "Cast error: Can't cast value \(ValueText.render(value)) to type \(narrow.rawValue)")
    }
}

extension ValueText {
    /// A Float32 as arrow-cast shows it (ryu's `format32`): its own shortest digits (`1.1`, not
    /// `1.100000023841858`), plain while the decimal point is within 13 digits and the value at
    /// least 1e-6 (`123456790.0`, `0.000001`), else `1e20`, `1.5e-7`.
    static func float32(_ value: Float) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return shortest(value.magnitude.description, negative: value.sign == .minus, plain: -5...13)
    }

    /// The shortest round-trip digits of a Swift `description` (`1.5e-07`, `123456790.0`) laid
    /// out as ryu does: plain while the decimal point position is in `plain`, else scientific.
    static func shortest(_ description: String, negative: Bool, plain: ClosedRange<Int>) -> String {
        var digits = ""
        var point = 0
        var exponent = 0
        var seenPoint = false
        var inExponent = false
        var exponentSign = 1
        for character in description {
            switch character {
            case "e": inExponent = true
            case "-" where inExponent: exponentSign = -1
            case "." where !inExponent: seenPoint = true
            case "0"..."9" where inExponent: exponent = exponent * 10 + (character.wholeNumberValue ?? 0)
            case "0"..."9":
                if !seenPoint { point += 1 }
                // Leading zeros (`0.001`) move the decimal point instead of being digits.
                if digits.isEmpty && character == "0" { point -= 1 } else { digits.append(character) }
            default: continue
            }
        }
        let sign = negative ? "-" : ""
        if digits.isEmpty { return sign + "0.0" }
        while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() }
        point += exponentSign * exponent
        if !plain.contains(point) {
            let rest = digits.dropFirst()
            return sign + String(digits.prefix(1)) + (rest.isEmpty ? "" : "." + rest) + "e\(point - 1)"
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) + ".0" }
        return sign + String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
    }

    /// Rust's `{:?}` of an f64 (arrow-cast's overflow messages): plain from 1e-4 to below 1e16
    /// (`10000000000.0`), else scientific (`1e20`); `inf`, `NaN`.
    static func rustDebug(_ value: Double) -> String {
        if !value.isFinite { return float(value) }
        return shortest(value.magnitude.description, negative: value.sign == .minus, plain: -3...16)
    }
}
