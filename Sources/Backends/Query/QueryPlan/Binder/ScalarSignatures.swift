import Kernel
import QueryExec

/// Planning-time argument checks for scalar functions with fixed signatures (argument counts and
/// String/numeric kinds), refused with DataFusion's planning error before any row is read.
enum ScalarSignatures {
    private enum Kind { case string, numeric, integer }

    private static func signature(_ function: ScalarFunction) -> (ClosedRange<Int>, Kind?)? {
        switch function {
        case .random, .uuid, .version: (0...0, nil)
        case .acos, .acosh, .asin, .asinh, .atan, .atanh, .cbrt, .cos, .cosh, .sin, .sinh, .tan, .tanh, .iszero:
            (1...1, .numeric)
        case .atan2, .nanvl: (2...2, .numeric)
        case .log: (1...2, .numeric)
        case .factorial, .chr, .toHex: (1...1, .integer)
        case .gcd, .lcm: (2...2, .integer)
        case .ascii, .bitLength, .octetLength: (1...1, .string)
        case .contains, .levenshtein: (2...2, .string)
        case .findInSet, .encode, .decode: (2...2, nil)
        case .concatWs: (2...Int.max, nil)
        case .overlay: (3...4, nil)
        case .substrIndex: (3...3, nil)
        case .regexpCount: (2...4, nil)
        default: nil
        }
    }

    static func check(_ function: ScalarFunction, _ types: [ValueType?], rawName: String) throws(KernelError) {
        if [.toDate, .toTimestamp, .toTimestampSeconds, .toTimestampMillis, .toTimestampMicros, .toTimestampNanos]
            .contains(function)
        {
            // DataFusion checks the formats' types before any row (an untyped NULL is type Null).
            for (index, type) in types.enumerated().dropFirst() where type != .string {
                throw KernelError(
                    .invalidInput,
                    "Execution error: \(rawName) function unsupported data type at index \(index): \(type.map(ArrowTypeName.of) ?? "Null")"
                )
            }
        }
        guard let (arity, kind) = signature(function) else { return }
        guard arity.contains(types.count) else {
            let expected =
                arity.lowerBound == arity.upperBound
                ? "\(arity.lowerBound)"
                : arity.upperBound == Int.max
                    ? "at least \(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
            throw KernelError(
                .invalidInput,
                "Error during planning: Function '\(rawName)' expects \(expected) arguments but received \(types.count)"
            )
        }
        guard let kind else { return }
        for case let type? in types where !accepts(kind, type) {
            throw KernelError(
                .invalidInput,
                "Error during planning: Function '\(rawName)' requires \(kind), but received \(type)")
        }
    }

    private static func accepts(_ kind: Kind, _ type: ValueType) -> Bool {
        switch kind {
        case .string: type == .string || type == .tag
        case .numeric: NumericCoercion.isNumeric(type)
        case .integer: type.storage == .integer || type.storage == .uinteger
        }
    }
}
