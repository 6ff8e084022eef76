import Kernel

/// `+ - * / %` with a `Decimal128` operand, as arrow-arith computes them under DataFusion's
/// coercion: an integer operand becomes the decimal of its width (Int64/UInt64: `(20, 0)`), a
/// float operand makes the result that float type, and a signed integer with a UInt64 is done in
/// `Decimal128(20, 0)`. Result types (capped at precision 38):
///
/// | op    | scale                 | precision                               |
/// |-------|-----------------------|-----------------------------------------|
/// | + -   | max(s1, s2)           | scale + max(p1 - s1, p2 - s2) + 1       |
/// | *     | s1 + s2 (≤ 38 or error) | p1 + p2 + 1                           |
/// | /     | min(s1 + 4, 38)       | p1 + scale - s1 + s2                    |
/// | %     | max(s1, s2)           | scale + min(p1 - s1, p2 - s2)           |
///
/// Values are exact 128-bit integers: division truncates, overflow of 128 bits is an error, and
/// (as in arrow) a result wider than its precision is kept, not refused.
enum DecimalArithmetic {
    /// The decimal an integer type converts to for decimal arithmetic and comparison.
    static func integerDecimal(_ type: ValueType) -> DecimalType? {
        let digits: Int
        switch type {
        case .integer, .uinteger: digits = 20
        case .narrow(.int8), .narrow(.uint8): digits = 3
        case .narrow(.int16), .narrow(.uint16): digits = 5
        case .narrow(.int32), .narrow(.uint32): digits = 10
        default: return nil
        }
        return DecimalType(precision: digits, scale: 0)
    }

    /// Whether two integer types are a signed one with UInt64 (DataFusion: both Decimal128(20, 0)).
    static func isSignedWithUInt64(_ a: ValueType, _ b: ValueType) -> Bool {
        func signed(_ type: ValueType) -> Bool {
            type == .integer || type == .narrow(.int8) || type == .narrow(.int16) || type == .narrow(.int32)
        }
        return (a == .uinteger && signed(b)) || (b == .uinteger && signed(a))
    }

    /// The operand types the operation is computed in (nil when no decimal is involved).
    static func operands(_ a: ValueType, _ b: ValueType) -> (ValueType, ValueType)? {
        if isSignedWithUInt64(a, b) { return (.decimal(wideInteger), .decimal(wideInteger)) }
        switch (a, b) {
        case (.decimal, .decimal): return (a, b)
        case (.decimal, _):
            if b == .float || b == .narrow(.float32) { return (b, b) }
            return integerDecimal(b).map { (a, .decimal($0)) }
        case (_, .decimal):
            if a == .float || a == .narrow(.float32) { return (a, a) }
            return integerDecimal(a).map { (.decimal($0), b) }
        default: return nil
        }
    }

    static let wideInteger = DecimalType(precision: 20, scale: 0)!

    /// The result type of `a op b` when a decimal is involved; nil otherwise.
    static func resultType(_ op: BinaryOperator, _ a: ValueType, _ b: ValueType) throws(KernelError) -> ValueType? {
        guard let (left, right) = operands(a, b) else { return nil }
        guard case .decimal(let l) = left, case .decimal(let r) = right else { return left }
        let (p1, s1, p2, s2) = (l.precision, l.scale, r.precision, r.scale)
        let precision: Int
        let scale: Int
        switch op {
        case .plus, .minus:
            scale = max(s1, s2)
            precision = scale + max(p1 - s1, p2 - s2) + 1
        case .multiply:
            scale = s1 + s2
            precision = p1 + p2 + 1
            if scale > DecimalType.maxPrecision {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: Cannot get result type for decimal operation \(l.arrowName) * \(r.arrowName): "
                        + "Invalid argument error: Output scale of \(l.arrowName) * \(r.arrowName) would exceed max scale of 38"
                )
            }
        case .divide:
            scale = min(s1 + 4, DecimalType.maxPrecision)
            precision = p1 + scale - s1 + s2
        case .modulo:
            scale = max(s1, s2)
            precision = scale + min(p1 - s1, p2 - s2)
        default: return nil
        }
        guard let type = DecimalType(precision: max(1, min(precision, DecimalType.maxPrecision)), scale: scale) else {
            throw KernelError(
                .notImplemented,
                "This feature is not implemented: \(l.arrowName) \(op.rawValue) \(r.arrowName) (scale \(scale))")
        }
        return .decimal(type)
    }

    /// The result of `left op right` when a decimal is involved; nil otherwise.
    static func evaluate(_ op: BinaryOperator, _ left: Datum, _ right: Datum, count: Int) throws(KernelError) -> Datum?
    {
        let lType = Comparison.typeOf(left) ?? .integer
        let rType = Comparison.typeOf(right) ?? .integer
        guard let (lTarget, rTarget) = operands(lType, rType),
            case .decimal(let lDecimal) = lTarget, case .decimal(let rDecimal) = rTarget,
            case .decimal(let result)? = try resultType(op, lType, rType)
        else { return nil }
        let l = try Cast.column(left.column(count: count, type: lTarget), to: lTarget)
        let r = try Cast.column(right.column(count: count, type: rTarget), to: rTarget)
        guard case .decimal(let a) = l.values, case .decimal(let b) = r.values else { return nil }
        var validity = ValidityBitmap()
        for row in 0..<count { validity.append(l.validity[row] && r.validity[row]) }
        var values = [Int128](repeating: 0, count: count)
        for row in 0..<count where validity[row] {
            values[row] = try compute(op, a[row], lDecimal, b[row], rDecimal, result)
        }
        let column = ColumnBuild.make(.decimal(result), .decimal(values), validity)
        if case .scalar = left, case .scalar = right { return .scalar(column.scalar(at: 0)) }
        return .column(column)
    }

    private static func compute(
        _ op: BinaryOperator, _ a: Int128, _ left: DecimalType, _ b: Int128, _ right: DecimalType, _ result: DecimalType
    ) throws(KernelError) -> Int128 {
        switch op {
        case .plus, .minus, .modulo:
            let x = try multiply(a, DecimalType.powerOfTen(result.scale - left.scale))
            let y = try multiply(b, DecimalType.powerOfTen(result.scale - right.scale))
            if op == .modulo {
                guard y != 0 else { throw KernelError(.invalidInput, "Arrow error: Divide by zero error") }
                return x % y
            }
            let (value, overflow) = op == .plus ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
            guard !overflow else { throw overflowError("\(x) \(op.rawValue) \(y)") }
            return value
        case .multiply:
            return try multiply(a, b)
        default:
            let scaled = try multiply(a, DecimalType.powerOfTen(result.scale - left.scale + right.scale))
            guard b != 0 else { throw KernelError(.invalidInput, "Arrow error: Divide by zero error") }
            return scaled / b
        }
    }

    private static func multiply(_ a: Int128, _ b: Int128) throws(KernelError) -> Int128 {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        guard !overflow else { throw overflowError("\(a) * \(b)") }
        return value
    }

    private static func overflowError(_ operation: String) -> KernelError {
        KernelError(.invalidInput, "Arrow error: Arithmetic overflow: Overflow happened on: \(operation)")
    }

    /// `-x` of a decimal column or scalar (the type is kept).
    static func negate(_ operand: Datum) -> Datum? {
        switch operand {
        case .scalar(.decimal(let value, let type)): return .scalar(.decimal(-value, type))
        case .column(let column):
            guard case .decimal(let values) = column.values else { return nil }
            return .column(ColumnBuild.make(column.type, .decimal(values.map { -$0 }), column.validity))
        default: return nil
        }
    }
}

extension DecimalArithmetic {
    /// DataFusion's common type when a decimal is involved (CASE, COALESCE, UNION, comparison) or
    /// a signed integer meets a UInt64: integers and floats become decimals (Float32 `(14, 7)`,
    /// Float64 `(30, 15)`), then the wider decimal keeps the larger scale and integer part.
    static func common(_ a: ValueType, _ b: ValueType) -> ValueType? {
        if isSignedWithUInt64(a, b) { return .decimal(wideInteger) }
        guard case .decimal = a, true else {
            guard case .decimal = b else { return nil }
            return common(b, a)
        }
        guard case .decimal(let left) = a, let right = asDecimal(b) else { return nil }
        let scale = max(left.scale, right.scale)
        let whole = max(left.precision - left.scale, right.precision - right.scale)
        return DecimalType(precision: min(DecimalType.maxPrecision, whole + scale), scale: scale).map { .decimal($0) }
    }

    private static func asDecimal(_ type: ValueType) -> DecimalType? {
        switch type {
        case .decimal(let decimal): decimal
        case .float: DecimalType(precision: 30, scale: 15)
        case .narrow(.float32): DecimalType(precision: 14, scale: 7)
        default: integerDecimal(type)
        }
    }
}
