import Kernel

/// Text utilities as DataFusion's string UDFs: `ascii`, `bit_length`, `octet_length`, `chr`,
/// `concat_ws`, `contains`, `find_in_set`, `levenshtein`, `overlay`, `substr_index`, `to_hex`,
/// `uuid`, `version`. Positions and lengths count Unicode scalars (Rust `char`s).
enum TextFunctions {
    /// `concat_ws` skips NULL values (NULL only for a NULL separator); others return nil.
    static func applyNullAware(_ function: ScalarFunction, _ args: [ScalarValue]) -> ScalarValue? {
        guard function == .concatWs else { return nil }
        guard let separator = args.first, !separator.isNull else { return .null }
        let parts = args.dropFirst().filter { !$0.isNull }.map { ValueText.render($0) }
        return .string(parts.joined(separator: ValueText.render(separator)))
    }

    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        switch function {
        case .uuid: return .string(RandomUUID.v4())
        case .version: return .string(version)
        case .chr: return try chr(args.first)
        case .toHex:
            switch args.first {
            case .integer(let v): return .string(String(UInt64(bitPattern: v), radix: 16))
            case .uinteger(let v): return .string(String(v, radix: 16))
            default: throw requires("Integer", function, args.first)
            }
        default: break
        }
        let texts = args.map { ValueText.render($0) }
        // `find_in_set` casts its first argument to text; the others take strings only.
        guard let first = args.first, let s = texts.first else { throw requires("String", function, nil) }
        var isText = false
        if case .string = first { isText = true }
        guard isText || function == .findInSet else { throw requires("String", function, first) }
        switch function {
        case .ascii: return .integer(Int64(s.unicodeScalars.first?.value ?? 0))
        case .bitLength: return .integer(Int64(s.utf8.count * 8))
        case .octetLength: return .integer(Int64(s.utf8.count))
        case .contains where texts.count == 2:
            return .boolean(texts[1].isEmpty || s.utf8.firstRange(of: texts[1].utf8) != nil)
        case .findInSet where texts.count == 2:
            let items = texts[1].split(separator: ",", omittingEmptySubsequences: false)
            return .integer(Int64(items.firstIndex { $0 == s }.map { $0 + 1 } ?? 0))
        case .levenshtein where texts.count == 2: return .integer(Int64(levenshtein(s, texts[1])))
        case .overlay where args.count >= 3: return try overlay(s, texts[1], args[2], args.count > 3 ? args[3] : nil)
        case .substrIndex where args.count == 3:
            guard case .integer(let n) = args[2] else { throw MathFunctions.argumentError(function) }
            return .string(substringIndex(s, texts[1], n))
        default: throw MathFunctions.argumentError(function)
        }
    }

    private static func requires(_ kind: String, _ function: ScalarFunction, _ value: ScalarValue?) -> KernelError {
        KernelError(
            .invalidInput,
            "Error during planning: Function '\(function.rawValue)' requires \(kind), got \(value.map { "\($0)" } ?? "no argument")"
        )
    }

    private static func chr(_ value: ScalarValue?) throws(KernelError) -> ScalarValue {
        guard case .integer(let code) = value else { throw MathFunctions.argumentError(.chr) }
        guard let scalar = UInt32(exactly: code).flatMap(Unicode.Scalar.init) else {
            throw KernelError(.invalidInput, "Execution error: invalid Unicode scalar value: \(code)")
        }
        return .string(String(Character(scalar)))
    }

    /// DataFusion's `version()`: the emulated engine's version, the CPU architecture and the OS.
    static var version: String {
        #if arch(x86_64)
            let arch = "x86_64"
        #elseif arch(arm64)
            let arch = "aarch64"
        #else
            let arch = "unknown"
        #endif
        #if os(Linux)
            let os = "linux"
        #elseif os(macOS)
            let os = "macos"
        #else
            let os = "unknown"
        #endif
        return "Apache DataFusion 55.2.0, \(arch) on \(os)"
    }

    static func levenshtein(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        var previous = Array(0...y.count)
        for i in stride(from: 1, through: x.count, by: 1) {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in stride(from: 1, through: y.count, by: 1) {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[y.count]
    }

    /// `overlay(s, x, from[, count])`: `s` with `count` (default: `x`'s length) scalars from
    /// position `from` replaced by `x`.
    private static func overlay(_ s: String, _ replacement: String, _ from: ScalarValue, _ count: ScalarValue?)
        throws(KernelError) -> ScalarValue
    {
        guard case .integer(let position) = from else { throw MathFunctions.argumentError(.overlay) }
        guard position >= 1 else {
            throw KernelError(.invalidInput, "Execution error: overlay start position must be at least 1: \(position)")
        }
        var length = Int64(replacement.unicodeScalars.count)
        if let count {
            guard case .integer(let n) = count else { throw MathFunctions.argumentError(.overlay) }
            length = n
        }
        let scalars = Array(s.unicodeScalars)
        let start = Int(min(position - 1, Int64(scalars.count)))
        let resume = Int(min(max(position - 1 + length, 0), Int64(scalars.count)))
        var result = String.UnicodeScalarView(scalars[0..<start])
        result.append(contentsOf: replacement.unicodeScalars)
        result.append(contentsOf: scalars[resume...])
        return .string(String(result))
    }

    /// `substr_index(s, delimiter, n)`: the text before the `n`th delimiter (from the right for a
    /// negative `n`); all of `s` when there are fewer; empty for `n = 0` or an empty delimiter.
    static func substringIndex(_ s: String, _ delimiter: String, _ n: Int64) -> String {
        guard n != 0, !delimiter.isEmpty else { return "" }
        let bytes = Array(s.utf8)
        let needle = Array(delimiter.utf8)
        var remaining = n.magnitude
        if n > 0 {
            var index = 0
            while index + needle.count <= bytes.count {
                if Array(bytes[index..<index + needle.count]) == needle {
                    remaining -= 1
                    if remaining == 0 { return String(decoding: bytes[..<index], as: UTF8.self) }
                    index += needle.count
                } else {
                    index += 1
                }
            }
        } else {
            var end = bytes.count
            while end - needle.count >= 0 {
                if Array(bytes[end - needle.count..<end]) == needle {
                    remaining -= 1
                    if remaining == 0 { return String(decoding: bytes[end...], as: UTF8.self) }
                    end -= needle.count
                } else {
                    end -= 1
                }
            }
        }
        return s
    }
}
