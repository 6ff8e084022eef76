import Kernel

#if canImport(Glibc)
    import Glibc
#endif

/// Math functions on one row's arguments.
enum MathFunctions {
    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        guard let first = args.first else { throw argumentError(function) }
        if case .decimal(let value, let type) = first, let result = try DecimalMath.apply(function, value, type, args) {
            return result
        }
        if case .integer(let v) = first {
            switch function {
            case .abs: return .integer(v == .min ? v : Swift.abs(v))
            case .signum: return .integer(v.signum())
            default: break
            }
        }
        guard let x = double(first) else { throw argumentError(function) }
        switch function {
        case .abs: return .float(Swift.abs(x))
        case .ceil: return .float(x.rounded(.up))
        case .floor: return .float(x.rounded(.down))
        case .round:
            let digits = args.count > 1 ? double(args[1]) ?? 0 : 0
            let scale = pow(10, digits)
            return .float((x * scale).rounded(.toNearestOrAwayFromZero) / scale)
        case .trunc:
            // `trunc(x, n)` keeps n decimals, as DataFusion's.
            let scale = args.count > 1 ? pow(10, double(args[1]) ?? 0) : 1
            return .float((x * scale).rounded(.towardZero) / scale)
        case .sqrt: return .float(x.squareRoot())
        case .exp: return .float(Glibc.exp(x))
        case .ln: return .float(Glibc.log(x))
        case .log10: return .float(Glibc.log10(x))
        case .log2: return .float(Glibc.log2(x))
        case .power:
            guard args.count == 2, let y = double(args[1]) else { throw argumentError(function) }
            return .float(pow(x, y))
        case .signum: return .float(x > 0 ? 1 : (x < 0 ? -1 : 0))
        case .isnan: return .boolean(x.isNaN)
        default: throw argumentError(function)
        }
    }

    static func double(_ value: ScalarValue) -> Double? {
        switch value {
        case .float(let v): v
        case .integer(let v): Double(v)
        case .uinteger(let v): Double(v)
        case .decimal(let v, let type): Double(v) / pow(10, Double(type.scale))
        default: nil
        }
    }

    static func argumentError(_ function: ScalarFunction) -> KernelError {
        KernelError(.invalidInput, "Error during planning: Internal error: invalid arguments to \(function.rawValue)")
    }
}

/// String functions on one row's arguments (character semantics, as DataFusion's Utf8 functions).
enum StringFunctions {
    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        let texts = args.map { ValueText.render($0) }
        guard let s = texts.first else { throw MathFunctions.argumentError(function) }
        switch function {
        case .lower: return .string(s.lowercased())
        case .upper: return .string(s.uppercased())
        case .length, .characterLength, .charLength: return .integer(Int64(s.count))
        case .concat: return .string(texts.joined())
        case .trim, .btrim, .ltrim, .rtrim:
            let set = Set(texts.count > 1 ? texts[1] : " ")
            return .string(
                s.trimming(set, leading: function != .rtrim, trailing: function != .ltrim))
        case .startsWith: return .boolean(texts.count > 1 && s.hasPrefix(texts[1]))
        case .endsWith: return .boolean(texts.count > 1 && s.hasSuffix(texts[1]))
        case .reverse: return .string(String(s.reversed()))
        case .strpos:
            guard texts.count > 1 else { throw MathFunctions.argumentError(function) }
            guard let range = s.firstRange(of: texts[1]) else { return .integer(0) }
            return .integer(Int64(s.distance(from: s.startIndex, to: range.lowerBound) + 1))
        case .replace:
            guard texts.count == 3 else { throw MathFunctions.argumentError(function) }
            return .string(texts[1].isEmpty ? s : s.replacing(texts[1], with: texts[2]))
        case .substr:
            guard args.count >= 2, case .integer(let start) = args[1] else {
                throw MathFunctions.argumentError(function)
            }
            let characters = Array(s)
            var length = Int64(characters.count)
            if args.count == 3, case .integer(let l) = args[2] {
                guard l >= 0 else {
                    throw KernelError(.invalidInput, "Execution error: negative count not allowed: \(l)")
                }
                length = l
            }
            let from = max(start, 1)
            let to = min(Int64(characters.count) + 1, start + length)
            guard from < to else { return .string("") }
            return .string(String(characters[Int(from - 1)..<Int(to - 1)]))
        case .left, .right:
            guard args.count == 2, case .integer(let n) = args[1] else { throw MathFunctions.argumentError(function) }
            let characters = Array(s)
            let count = n >= 0 ? min(Int(n), characters.count) : max(0, characters.count + Int(n))
            return .string(String(function == .left ? characters.prefix(count) : characters.suffix(count)))
        default: throw MathFunctions.argumentError(function)
        }
    }
}

extension String {
    /// The text without the leading and/or trailing characters that are in `set`.
    func trimming(_ set: Set<Character>, leading: Bool, trailing: Bool) -> String {
        var slice = Substring(self)
        if leading { slice = slice.drop { set.contains($0) } }
        if trailing { while let last = slice.last, set.contains(last) { slice = slice.dropLast() } }
        return String(slice)
    }
}
