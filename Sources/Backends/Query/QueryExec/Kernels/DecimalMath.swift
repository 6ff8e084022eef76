import Kernel

/// The math functions that keep a `Decimal128` (DataFusion 55): `abs`, `ceil`, `floor` and
/// `trunc(x[, n])` keep the type; `round(x, n)` with a literal `n` has scale `n` clamped to
/// 0...s (a non-literal `n` gives `Decimal128(p + 1, s)`), rounding half away from zero. The
/// other math functions compute on the Float64 value.
public enum DecimalMath {
    /// `round`'s result type for a decimal argument and its digits expression.
    public static func roundType(_ input: DecimalType, digits: PhysicalExpr) -> ValueType {
        guard case .literal(.integer(let n)) = digits else {
            let wider = DecimalType(precision: min(DecimalType.maxPrecision, input.precision + 1), scale: input.scale)
            return .decimal(wider ?? input)
        }
        let scale = Int(max(0, min(n, Int64(max(0, input.scale)))))
        return .decimal(DecimalType(precision: input.precision, scale: min(scale, input.precision)) ?? input)
    }

    /// The decimal result of `function`, nil for the functions computed on the Float64 value.
    static func apply(_ function: ScalarFunction, _ value: Int128, _ type: DecimalType, _ args: [ScalarValue])
        throws(KernelError) -> ScalarValue?
    {
        var digits = 0
        if args.count > 1 {
            guard case .integer(let n) = args[1] else { return args[1].isNull ? .null : nil }
            digits = Int(clamping: n)
        }
        switch function {
        case .abs: return .decimal(value.magnitude > UInt128(Int128.max) ? value : Swift.abs(value), type)
        case .ceil, .floor:
            guard type.scale > 0 else { return .decimal(value, type) }
            let factor = DecimalType.powerOfTen(type.scale)
            var (quotient, remainder) = value.quotientAndRemainder(dividingBy: factor)
            if function == .ceil, remainder > 0 { quotient += 1 }
            if function == .floor, remainder < 0 { quotient -= 1 }
            let (result, overflow) = quotient.multipliedReportingOverflow(by: factor)
            guard !overflow, type.holds(result) else {
                throw KernelError(
                    .invalidInput, "Arrow error: Compute error: Decimal overflow while applying \(function.rawValue)")
            }
            return .decimal(result, type)
        case .trunc:
            let places = type.scale - digits
            guard places > 0 else { return .decimal(value, type) }
            guard places <= DecimalType.maxPrecision else { return .decimal(0, type) }
            let factor = DecimalType.powerOfTen(places)
            return .decimal(value / factor * factor, type)
        case .round:
            let rounded = DecimalCast.roundedDivision(value, byPowerOfTen: type.scale - digits)
            let scale = max(0, min(digits, type.scale))
            let atScale =
                digits < 0 ? rounded * DecimalType.powerOfTen(min(-digits, DecimalType.maxPrecision)) : rounded
            let result = digits >= type.scale ? value : atScale
            let resultType =
                DecimalType(precision: type.precision, scale: digits >= type.scale ? type.scale : scale) ?? type
            return .decimal(result, resultType)
        default: return nil
        }
    }
}
