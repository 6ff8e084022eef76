import Kernel

#if canImport(Glibc)
    import Glibc
#endif

/// Trigonometric, hyperbolic and number-theory functions (`sin`..`tanh`, `atan2`, `cbrt`, `log`,
/// `factorial`, `gcd`, `lcm`, `iszero`, `random`) on one row's arguments, as DataFusion's math UDFs.
enum ScientificFunctions {
    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        switch function {
        case .random: return .float(Double.random(in: 0..<1))
        case .factorial: return try factorial(integer(args.first, function))
        case .gcd, .lcm:
            guard args.count == 2 else { throw MathFunctions.argumentError(function) }
            let a = try integer(args[0], function)
            let b = try integer(args[1], function)
            return function == .gcd ? try gcd(a, b) : try lcm(a, b)
        default: break
        }
        let values = args.compactMap(MathFunctions.double)
        guard values.count == args.count, let x = values.first else { throw MathFunctions.argumentError(function) }
        if values.count == 2 {
            switch function {
            case .atan2: return .float(Glibc.atan2(x, values[1]))
            case .log: return .float(Glibc.log(values[1]) / Glibc.log(x))
            default: throw MathFunctions.argumentError(function)
            }
        }
        if function == .iszero { return .boolean(x == 0) }
        guard let unary = unaryFunction(function) else { throw MathFunctions.argumentError(function) }
        return .float(unary(x))
    }

    private static func unaryFunction(_ function: ScalarFunction) -> (@Sendable (Double) -> Double)? {
        switch function {
        case .acos: Glibc.acos
        case .acosh: Glibc.acosh
        case .asin: Glibc.asin
        case .asinh: Glibc.asinh
        case .atan: Glibc.atan
        case .atanh: Glibc.atanh
        case .cbrt: Glibc.cbrt
        case .cos: Glibc.cos
        case .cosh: Glibc.cosh
        case .sin: Glibc.sin
        case .sinh: Glibc.sinh
        case .tan: Glibc.tan
        case .tanh: Glibc.tanh
        case .log: Glibc.log10
        default: nil
        }
    }

    /// `nanvl(x, y)`: `y` when `x` is NaN, else `x`; NULL only when the chosen value is.
    static func nanvl(_ args: [ScalarValue]) -> ScalarValue {
        guard args.count == 2, let x = MathFunctions.double(args[0]) else { return .null }
        if x.isNaN { return MathFunctions.double(args[1]).map(ScalarValue.float) ?? .null }
        return .float(x)
    }

    private static func integer(_ value: ScalarValue?, _ function: ScalarFunction) throws(KernelError) -> Int64 {
        switch value {
        case .integer(let v): return v
        case .uinteger(let v) where v <= UInt64(Int64.max): return Int64(v)
        default: throw MathFunctions.argumentError(function)
        }
    }

    static func factorial(_ n: Int64) throws(KernelError) -> ScalarValue {
        guard n >= 0 else {
            throw KernelError(.invalidInput, "Execution error: factorial of a negative number is undefined")
        }
        var result: Int64 = 1
        var k: Int64 = 2
        while k <= n {
            let (product, overflow) = result.multipliedReportingOverflow(by: k)
            guard !overflow else {
                throw KernelError(.invalidInput, "Execution error: Overflow happened on FACTORIAL(\(n))")
            }
            result = product
            k += 1
        }
        return .integer(result)
    }

    /// Euclid on magnitudes; an unrepresentable result (only 2^63) is DataFusion's overflow error.
    private static func unsignedGCD(_ a: Int64, _ b: Int64) -> UInt64 {
        var x = a.magnitude
        var y = b.magnitude
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    static func gcd(_ a: Int64, _ b: Int64) throws(KernelError) -> ScalarValue {
        let result = unsignedGCD(a, b)
        guard result <= UInt64(Int64.max) else {
            throw KernelError(.invalidInput, "Arrow error: Compute error: Signed integer overflow in GCD(\(a), \(b))")
        }
        return .integer(Int64(result))
    }

    static func lcm(_ a: Int64, _ b: Int64) throws(KernelError) -> ScalarValue {
        if a == 0 || b == 0 { return .integer(0) }
        let divisor = unsignedGCD(a, b)
        let (product, overflow) = (a.magnitude / divisor).multipliedReportingOverflow(by: b.magnitude)
        guard !overflow, product <= UInt64(Int64.max) else {
            throw KernelError(.invalidInput, "Arrow error: Compute error: Signed integer overflow in LCM(\(a), \(b))")
        }
        return .integer(Int64(product))
    }
}
