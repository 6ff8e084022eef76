import Kernel

/// `encode(x, encoding)` / `decode(x, encoding)` (`base64` unpadded, `base64pad`, `hex`) and
/// `regexp_count(s, pattern[, start[, flags]])` on the linear-time `LinearRegex`.
enum EncodingFunctions {
    static let encodings = "base64, base64pad, hex"

    /// `encode`/`decode` refuse a NULL encoding even for NULL data; others return nil.
    static func checkNullEncoding(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) {
        guard function == .encode || function == .decode, args.count == 2, args[1].isNull else { return }
        throw KernelError(.invalidInput, "Execution error: Encoding must be a non-null string")
    }

    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        if function == .regexpCount { return try regexpCount(args) }
        guard args.count == 2, case .string(let encoding) = args[1] else { throw MathFunctions.argumentError(function) }
        guard ["base64", "base64pad", "hex"].contains(encoding) else {
            throw KernelError(
                .invalidInput,
                "Error during planning: There is no built-in encoding named '\(encoding)', currently supported encodings are: \(encodings)"
            )
        }
        let bytes: [UInt8]
        switch args[0] {
        case .string(let text): bytes = Array(text.utf8)
        case .binary(let value): bytes = value
        default:
            throw KernelError(
                .invalidInput, "Error during planning: Function '\(function.rawValue)' requires Binary, got \(args[0])")
        }
        if function == .encode {
            return .string(
                encoding == "hex" ? Hex.encode(bytes) : Base64.encode(bytes, padded: encoding == "base64pad"))
        }
        return .binary(encoding == "hex" ? try unhex(bytes) : try unbase64(bytes))
    }

    static func unhex(_ text: [UInt8]) throws(KernelError) -> [UInt8] {
        guard text.count % 2 == 0 else {
            throw KernelError(.invalidInput, "Execution error: Failed to decode value using hex: Odd number of digits")
        }
        var out: [UInt8] = []
        var index = 0
        while index < text.count {
            guard let high = hexValue(text[index]), let low = hexValue(text[index + 1]) else {
                let bad = hexValue(text[index]) == nil ? index : index + 1
                throw KernelError(
                    .invalidInput,
                    "Execution error: Failed to decode value using hex: Invalid character '\(Character(Unicode.Scalar(text[bad])))' at position \(bad)"
                )
            }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Padded or unpadded base64 (as DataFusion's indifferent-padding decoder, with its errors;
    /// `Base64.decode` is the strict one Basic credentials need).
    static func unbase64(_ text: [UInt8]) throws(KernelError) -> [UInt8] {
        let body = text.prefix { $0 != UInt8(ascii: "=") }
        let padding = text.count - body.count
        func failure(_ detail: String) -> KernelError {
            KernelError(.invalidInput, "Execution error: Failed to decode value using base64: \(detail)")
        }
        if padding > 0, text.count % 4 != 0 || padding > 2 || text.dropFirst(body.count).contains(where: { $0 != 61 }) {
            throw failure("Invalid padding")
        }
        guard body.count % 4 != 1 else { throw failure("Invalid input length") }
        var out: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for (offset, c) in body.enumerated() {
            guard let value = alphabet.firstIndex(of: c) else {
                throw failure("Invalid symbol \(c), offset \(offset).")
            }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        // The last symbol's unused bits must be zero (Rust's base64 rejects them otherwise).
        if bits > 0, buffer & ((1 << UInt32(bits)) - 1) != 0, let last = body.last {
            throw failure("Invalid last symbol \(last), offset \(body.count - 1).")
        }
        return out
    }

    /// Non-overlapping matches from scalar position `start` (1-based; anchors see the rest of the
    /// text only), with Rust's rule that an empty match right after a match does not count.
    static func regexpCount(_ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        guard args.count >= 2 else { throw MathFunctions.argumentError(.regexpCount) }
        let text = ValueText.render(args[0])
        var start: Int64 = 1
        if args.count > 2 {
            guard case .integer(let s) = args[2] else { throw MathFunctions.argumentError(.regexpCount) }
            guard s >= 1 else {
                throw KernelError(
                    .invalidInput, "Arrow error: Compute error: regexp_count() requires start to be 1 based")
            }
            start = s
        }
        let flags = args.count > 3 ? ValueText.render(args[3]) : ""
        if flags.contains("g") {
            throw KernelError(
                .invalidInput,
                "Arrow error: Compute error: regexp_count()/regexp_instr() does not support the global flag")
        }
        let pattern = ValueText.render(args[1])
        guard pattern.utf8.count <= PatternMatching.maxPatternLength else {
            throw KernelError(.invalidInput, "regex pattern longer than \(PatternMatching.maxPatternLength) bytes")
        }
        let inline = String(flags.filter { "ism".contains($0) })
        let regex = try LinearRegex((inline.isEmpty ? "" : "(?\(inline))") + pattern)
        let scalars = Array(text.unicodeScalars.dropFirst(Int(min(start - 1, Int64(Int32.max)))))
        var count: Int64 = 0
        var position = 0
        var previousEnd = -1
        while position <= scalars.count, let slots = regex.firstMatchSlots(scalars, from: position) {
            let (matchStart, matchEnd) = (slots[0], slots[1])
            if matchStart == matchEnd, matchStart == previousEnd {
                position = matchStart + 1
                continue
            }
            count += 1
            previousEnd = matchEnd
            position = matchEnd > matchStart ? matchEnd : matchEnd + 1
        }
        return .integer(count)
    }
}
