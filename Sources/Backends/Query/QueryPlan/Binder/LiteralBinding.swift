import Kernel
import QueryExec
import SQL

/// Literals: numbers become Int64 (UInt64 when too large, Float64 with a point or exponent),
/// intervals are parsed from their text, typed strings (`TIMESTAMP '...'`) are converted now.
/// Names follow DataFusion (`Int64(1)`, `Float64(1.5)`, `Utf8("a")`, `Boolean(true)`, `NULL`).
enum LiteralBinding {
    static func literal(_ literal: Literal) throws(KernelError) -> BoundExpression {
        switch literal {
        case .number(let text):
            if let value = Int64(text) {
                return BoundExpression(.literal(.integer(value)), type: .integer, name: "Int64(\(value))")
            }
            if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let value = UInt64(text) {
                return BoundExpression(.literal(.uinteger(value)), type: .uinteger, name: "UInt64(\(value))")
            }
            guard let value = Double(text) else {
                throw KernelError(.invalidInput, "Error during planning: Cannot parse \(text) as f64")
            }
            return BoundExpression(.literal(.float(value)), type: .float, name: "Float64(\(floatText(value)))")
        case .string(let text):
            return BoundExpression(.literal(.string(text)), type: .string, name: "Utf8(\"\(text)\")")
        case .boolean(let value):
            return BoundExpression(.literal(.boolean(value)), type: .boolean, name: "Boolean(\(value))")
        case .null:
            return BoundExpression(.literal(.null), type: nil, name: "NULL")
        case .hexString:
            throw KernelError(.notImplemented, "This feature is not implemented: binary literals")
        }
    }

    static func typedString(_ type: SQL.DataType, _ text: String) throws(KernelError) -> BoundExpression {
        let target = try TypeMapping.columnType(type)
        let value = try Cast.parseLiteral(text, to: target)
        return BoundExpression(.literal(value), type: target, name: "Utf8(\"\(text)\")")
    }

    static func interval(_ literal: IntervalLiteral) throws(KernelError) -> BoundExpression {
        guard case .literal(let inner) = literal.value else {
            throw KernelError(.notImplemented, "This feature is not implemented: INTERVAL with a non-literal value")
        }
        var text: String
        switch inner {
        case .string(let s): text = s
        case .number(let n): text = n
        default: throw KernelError(.invalidInput, "Error during planning: invalid INTERVAL literal")
        }
        if let unit = literal.leadingField { text += " " + unit.name.lowercased() }
        guard let value = IntervalParsing.parse(text) else {
            throw KernelError(
                .invalidInput, "Arrow error: Parser error: Invalid input syntax for type interval: \"\(text)\"")
        }
        return BoundExpression(.literal(.interval(value)), type: .interval, name: name(of: .interval(value)))
    }

    /// DataFusion's display of a scalar in expression names.
    static func name(of value: ScalarValue) -> String {
        switch value {
        case .null: "NULL"
        case .boolean(let v): "Boolean(\(v))"
        case .integer(let v): "Int64(\(v))"
        case .uinteger(let v): "UInt64(\(v))"
        case .float(let v): "Float64(\(floatText(v)))"
        case .string(let v): "Utf8(\"\(v)\")"
        case .timestamp(let v): "TimestampNanosecond(\(v), None)"
        case .zonedTimestamp(let v, let zone): "TimestampNanosecond(\(v), Some(\"\(zone.name)\"))"
        case .interval(let v):
            "IntervalMonthDayNano(\"IntervalMonthDayNano { months: \(v.months), days: \(v.days), nanoseconds: \(v.nanoseconds) }\")"
        case .date(let v): "Date32(\"\(ValueText.date(v))\")"
        case .time64(let v): "Time64Nanosecond(\"\(ValueText.timeOfDay(v))\")"
        case .binary: "Binary(\"\(ValueText.render(value))\")"
        case .structure, .list: ValueText.render(value)
        case .coarseTimestamp(let v, let unit, let zone):
            "Timestamp\(unit.name)(\(v / unit.nanoseconds), \(zone.map { "Some(\"\($0.name)\")" } ?? "None"))"
        case .duration(let v, let unit): "Duration\(unit.name)(\(v / unit.nanoseconds))"
        case .coarseTimeOfDay(let v, let unit):
            "Time\(unit <= .millisecond ? 32 : 64)\(unit.name)(\"\(ValueText.timeOfDay(v))\")"
        case .decimal(let v, let type): "Decimal128(Some(\(v)),\(type.precision),\(type.scale))"
        }
    }

    /// `value` as Rust's `f64` `Display` prints it (DataFusion's names): shortest round-trip
    /// digits, never an exponent, no fraction for integral values (`1e20` → `100000000000000000000`).
    static func floatText(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
        let sign = value.sign == .minus ? "-" : ""
        let parts = "\(value.magnitude)".split(separator: "e")
        let mantissa = parts.first.map(String.init) ?? "0"
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let integerPart = mantissa.prefix { $0 != "." }
        var digits = String(integerPart) + mantissa.dropFirst(integerPart.count + 1)
        var point = integerPart.count + exponent
        while digits.count > 1, digits.first == "0", point > 1 {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > max(point, 1), digits.last == "0" { digits.removeLast() }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) }
        return sign + digits.prefix(point) + "." + digits.dropFirst(point)
    }
}

/// `INTERVAL '...'` text: a sequence of `<number> <unit>` pairs (`'1 hour 30 minutes'`,
/// `'10 days'`, `'1.5 seconds'`), months and years kept as months.
enum IntervalParsing {
    static func parse(_ text: String) -> IntervalValue? {
        let parts = text.lowercased().split(whereSeparator: { $0 == " " }).map(String.init)
        guard !parts.isEmpty else { return nil }
        var result = IntervalValue()
        var index = 0
        while index < parts.count {
            var numberText = parts[index]
            var unit: String
            if let split = numberText.firstIndex(where: { $0.isLetter }) {
                unit = String(numberText[split...])
                numberText = String(numberText[..<split])
                index += 1
            } else {
                guard index + 1 < parts.count else { return nil }
                unit = parts[index + 1]
                index += 2
            }
            guard let amount = Double(numberText), apply(amount, unit: unit, to: &result) else { return nil }
        }
        return result
    }

    private static func apply(_ amount: Double, unit: String, to interval: inout IntervalValue) -> Bool {
        let singular =
            unit.hasSuffix("s") && unit != "s" && unit != "ms" && unit != "us" && unit != "ns"
            ? String(unit.dropLast()) : unit
        let nanos: [String: Double] = [
            "nanosecond": 1, "ns": 1, "microsecond": 1e3, "us": 1e3, "millisecond": 1e6, "ms": 1e6,
            "second": 1e9, "sec": 1e9, "s": 1e9, "minute": 6e10, "min": 6e10, "m": 6e10, "hour": 3.6e12, "h": 3.6e12,
        ]
        if let scale = nanos[singular] {
            interval.nanoseconds += Int64((amount * scale).rounded())
            return true
        }
        switch singular {
        case "day", "d": interval.days += Int32(amount)
        case "week", "w": interval.days += Int32(amount * 7)
        case "month", "mon": interval.months += Int32(amount)
        case "year", "y": interval.months += Int32(amount * 12)
        case "decade": interval.months += Int32(amount * 120)
        case "century": interval.months += Int32(amount * 1_200)
        default: return false
        }
        return true
    }
}

extension Cast {
    /// A literal string converted to `target` at planning time.
    static func parseLiteral(_ text: String, to target: ValueType) throws(KernelError) -> ScalarValue {
        try Cast.scalar(.string(text), to: target)
    }
}
