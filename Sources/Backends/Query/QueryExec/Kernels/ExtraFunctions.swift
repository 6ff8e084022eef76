import Kernel

#if canImport(Glibc)
    import Glibc
#endif

/// Null-aware choice functions (`greatest`, `least`, `nvl`, `ifnull`, `nvl2`), trigonometry
/// helpers and the padding/translation string functions, on one row's arguments.
enum ExtraFunctions {
    /// Functions that see NULL arguments themselves (the others return NULL for any NULL input).
    static func applyNullAware(_ function: ScalarFunction, _ args: [ScalarValue]) -> ScalarValue? {
        switch function {
        case .nvl, .ifnull: return args.first { !$0.isNull } ?? .null
        case .nvl2: return args.count == 3 ? (args[0].isNull ? args[2] : args[1]) : .null
        case .nanvl: return ScientificFunctions.nanvl(args)
        case .greatest, .least:
            var best: ScalarValue = .null
            for value in args where !value.isNull {
                let compared = best.isNull ? 0 : Self.order(value, best)
                if best.isNull || (function == .greatest ? compared > 0 : compared < 0) { best = value }
            }
            return best
        default: return nil
        }
    }

    private static func order(_ a: ScalarValue, _ b: ScalarValue) -> Int {
        if let x = MathFunctions.double(a), let y = MathFunctions.double(b) { return Comparison.compareFloats(x, y) }
        return AggregateAccumulator.order(a, b)
    }

    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        if function == .pi { return .float(Double.pi) }
        switch function {
        case .cot, .degrees, .radians:
            guard let x = args.first.flatMap(MathFunctions.double) else { throw MathFunctions.argumentError(function) }
            switch function {
            case .cot: return .float(1 / Glibc.tan(x))
            case .degrees: return .float(x * 180 / Double.pi)
            default: return .float(x * Double.pi / 180)
            }
        case .lpad, .rpad:
            guard args.count >= 2, case .integer(let length) = args[1] else {
                throw MathFunctions.argumentError(function)
            }
            guard length <= Int64(Int32.max) else {
                throw KernelError(
                    .invalidInput,
                    "Execution error: \(function.rawValue) requested length \(length) too large, maximum allowed length is \(Int32.max)"
                )
            }
            let fill = args.count > 2 ? ValueText.render(args[2]) : " "
            return .string(pad(ValueText.render(args[0]), length: Int(length), fill: fill, left: function == .lpad))
        case .repeat:
            guard args.count == 2, case .integer(let n) = args[1] else { throw MathFunctions.argumentError(function) }
            let text = ValueText.render(args[0])
            let (size, overflow) = Int64(text.utf8.count).multipliedReportingOverflow(by: max(0, n))
            guard !overflow, size <= Int64(Int32.max) else {
                throw KernelError(
                    .invalidInput,
                    "Execution error: string size overflow on repeat, max size is \(Int32.max), but got \(overflow ? Int64.max : size)"
                )
            }
            return .string(String(repeating: text, count: Int(max(0, n))))
        case .initcap: return .string(initcap(ValueText.render(args[0])))
        case .translate:
            guard args.count == 3 else { throw MathFunctions.argumentError(function) }
            return .string(translate(ValueText.render(args[0]), ValueText.render(args[1]), ValueText.render(args[2])))
        case .splitPart:
            guard args.count == 3, case .integer(let n) = args[2] else { throw MathFunctions.argumentError(function) }
            return try splitPart(ValueText.render(args[0]), ValueText.render(args[1]), n)
        case .md5: return .string(MD5.hex(Array(ValueText.render(args[0]).utf8)))
        default: throw MathFunctions.argumentError(function)
        }
    }

    static func pad(_ text: String, length: Int, fill: String, left: Bool) -> String {
        let characters = Array(text)
        guard length > 0 else { return "" }
        if characters.count >= length { return String(characters.prefix(length)) }
        let filler = Array(fill)
        guard !filler.isEmpty else { return text }
        let missing = length - characters.count
        let padding =
            String(repeating: fill, count: missing / filler.count) + String(filler.prefix(missing % filler.count))
        return left ? padding + text : text + padding
    }

    static func initcap(_ text: String) -> String {
        var result = ""
        var startOfWord = true
        for character in text {
            let isWordCharacter = character.isLetter || character.isNumber
            result += startOfWord ? character.uppercased() : character.lowercased()
            startOfWord = !isWordCharacter
        }
        return result
    }

    static func translate(_ text: String, _ from: String, _ to: String) -> String {
        let source = Array(from)
        let target = Array(to)
        var result = ""
        for character in text {
            guard let index = source.firstIndex(of: character) else {
                result.append(character)
                continue
            }
            if index < target.count { result.append(target[index]) }
        }
        return result
    }

    static func splitPart(_ text: String, _ delimiter: String, _ n: Int64) throws(KernelError) -> ScalarValue {
        guard n != 0 else {
            throw KernelError(.invalidInput, "Execution error: field position must not be zero")
        }
        let parts =
            delimiter.isEmpty
            ? [text] : text.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
        let index = n > 0 ? Int(n) - 1 : parts.count + Int(n)
        return .string(index >= 0 && index < parts.count ? parts[index] : "")
    }
}
