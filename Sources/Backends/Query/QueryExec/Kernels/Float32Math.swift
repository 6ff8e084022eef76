import Kernel

#if canImport(Glibc)
    import Glibc
#endif

/// Math functions over Float32 arguments computed in `Float` as Rust's `f32` methods, and so
/// DataFusion, compute them: mostly the C library's single precision functions (`sinf`, `expf`,
/// ...), whose results can differ in the last bit from a Float64 result rounded to Float32;
/// `cbrt`, `atanh` and `log` as Rust's standard library computes them.
enum Float32Math {
    /// The function's values when every argument is Float32 and the function has a Float32 form;
    /// nil otherwise.
    static func evaluate(_ function: ScalarFunction, _ arguments: [Datum], count: Int) -> Datum? {
        guard !arguments.isEmpty,
            arguments.allSatisfy({ Comparison.typeOf($0) == .narrow(.float32) }),
            let operation = operation(function, arity: arguments.count)
        else { return nil }
        let columns = arguments.map { $0.column(count: count, type: .narrow(.float32)) }
        var validity = ValidityBitmap()
        var values: [Double] = []
        values.reserveCapacity(count)
        for row in 0..<count {
            var operands: [Float] = []
            for column in columns {
                guard column.validity[row], case .float(let v) = column.values else { break }
                operands.append(Float(v[row]))
            }
            guard operands.count == columns.count else {
                validity.append(false)
                values.append(0)
                continue
            }
            validity.append(true)
            values.append(Double(operation(operands)))
        }
        return .column(ColumnBuild.make(.narrow(.float32), .float(values), validity))
    }

    private static func operation(_ function: ScalarFunction, arity: Int) -> (@Sendable ([Float]) -> Float)? {
        if arity == 2 {
            switch function {
            case .atan2: return { atan2f($0[0], $0[1]) }
            case .log: return { logf($0[1]) / logf($0[0]) }
            default: return nil
            }
        }
        guard arity == 1, let unary = unary(function) else { return nil }
        return { unary($0[0]) }
    }

    private static func unary(_ function: ScalarFunction) -> (@Sendable (Float) -> Float)? {
        switch function {
        case .sqrt: sqrtf
        case .exp: expf
        case .ln: logf
        case .log10: log10f
        case .log: { logf($0) / logf(10) }  // Rust's f32::log(10): ln(x) / ln(10)
        case .log2: log2f
        case .cbrt: { Float(Glibc.cbrt(Double($0))) }  // Rust's cbrtf is correctly rounded, glibc's is not
        case .sin: sinf
        case .cos: cosf
        case .tan: tanf
        case .asin: asinf
        case .acos: acosf
        case .atan: atanf
        case .sinh: sinhf
        case .cosh: coshf
        case .tanh: tanhf
        case .asinh: asinhf
        case .acosh: acoshf
        case .atanh: { 0.5 * log1pf((2 * $0) / (1 - $0)) }  // Rust's f32::atanh
        case .cot: { 1 / tanf($0) }
        case .degrees: { $0 * Float(57.2957795130823208767981548141051703) }
        case .radians: { $0 * (Float.pi / 180) }
        default: nil
        }
    }
}
