import Kernel

/// `sha224`, `sha256`, `sha384`, `sha512` and `digest(x, algorithm)`: `Binary` digests of a
/// string's UTF-8 bytes or of binary values, as DataFusion's crypto functions.
enum DigestFunctions {
    static let algorithms = "md5, sha224, sha256, sha384, sha512, blake2s, blake2b, blake3"

    /// `digest`'s method must be one constant, non-NULL string for the whole column, as DataFusion
    /// requires (checked before NULLs propagate).
    static func checkMethod(_ function: ScalarFunction, _ arguments: [Datum]) throws(KernelError) {
        guard function == .digest, arguments.count == 2 else { return }
        switch arguments[1] {
        case .column:
            throw KernelError(
                .notImplemented,
                "This feature is not implemented: Digest using dynamically decided method is not yet supported")
        case .scalar(.null):
            throw KernelError(
                .invalidInput, "Execution error: Unsupported data type Utf8View(NULL) for function digest")
        case .scalar: return
        }
    }

    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        guard let first = args.first else { throw MathFunctions.argumentError(function) }
        let bytes: [UInt8]
        switch first {
        case .string(let text): bytes = Array(text.utf8)
        case .binary(let value): bytes = value
        default:
            throw KernelError(
                .invalidInput,
                "Error during planning: Function '\(function.rawValue)' requires String or Binary, got \(first)")
        }
        switch function {
        case .sha224: return .binary(SHA2.digest(bytes, algorithm: .sha224))
        case .sha256: return .binary(SHA2.digest(bytes, algorithm: .sha256))
        case .sha384: return .binary(SHA2.digest(bytes, algorithm: .sha384))
        case .sha512: return .binary(SHA2.digest(bytes, algorithm: .sha512))
        default:
            guard args.count == 2, case .string(let name) = args[1] else { throw MathFunctions.argumentError(function) }
            if name == "md5" { return .binary(MD5.digest(bytes)) }
            if let algorithm = SHA2.Algorithm(rawValue: name) {
                return .binary(SHA2.digest(bytes, algorithm: algorithm))
            }
            switch name {
            case "blake2b": return .binary(BLAKE2.blake2b(bytes))
            case "blake2s": return .binary(BLAKE2.blake2s(bytes))
            case "blake3": return .binary(BLAKE3.hash(bytes))
            default: break
            }
            throw KernelError(
                .invalidInput,
                "Error during planning: There is no built-in digest algorithm named '\(name)', currently supported algorithms are: \(algorithms)"
            )
        }
    }
}
