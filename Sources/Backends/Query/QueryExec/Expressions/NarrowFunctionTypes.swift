import Kernel

/// DataFusion's result types of scalar functions where the narrow numeric types show: the
/// string measures are Int32 (and `date_part`, whose type depends on its part, see
/// `datePartType`), math on a Float32 stays Float32, `abs`/`round`
/// keep a narrow integer, and the COALESCE family unifies numeric arguments
/// (`NumericCoercion`). Nil where `ScalarFunction.resultType`'s own rules apply.
public enum NarrowFunctionTypes {
    static func resultType(_ function: ScalarFunction, _ argumentTypes: [ValueType?]) -> ValueType? {
        let first = argumentTypes.first.flatMap { $0 }
        if case .decimal? = first, [.abs, .ceil, .floor, .trunc, .round].contains(function) { return first }
        switch function {
        case .length, .characterLength, .charLength, .strpos, .ascii, .bitLength, .octetLength, .levenshtein,
            .findInSet:
            return .narrow(.int32)
        case .abs:
            guard case .narrow? = first else { return nil }
            return first
        case .round:
            // Rounding an integer (of any width) keeps its type.
            guard let first, first.storage == .integer || first.storage == .uinteger || first == .narrow(.float32)
            else { return nil }
            return first
        case .signum:
            // DataFusion's signum is Float64 for every integer type (Int64 too).
            guard let first, NumericCoercion.isNumeric(first) || first.isDecimal else { return nil }
            return first == .narrow(.float32) ? first : .float
        case .ceil, .floor, .trunc, .sqrt, .exp, .ln, .log10, .log2, .cbrt, .cos, .cosh, .sin, .sinh, .tan,
            .tanh, .acos, .acosh, .asin, .asinh, .atan, .atanh, .degrees, .radians, .cot:
            // A narrow integer computes as Float64, like Int64 (abs and round above keep theirs).
            if case .narrow = first { return first == .narrow(.float32) ? first : .float }
            return nil
        case .atan2, .nanvl:
            return argumentTypes.allSatisfy({ $0 == .narrow(.float32) }) ? .narrow(.float32) : nil
        case .log:
            return argumentTypes.last.flatMap({ $0 }) == .narrow(.float32) ? .narrow(.float32) : nil
        case .coalesce, .nullif, .greatest, .least, .nvl, .ifnull:
            let types = argumentTypes.compactMap { $0 }
            guard NumericCoercion.needsCommonType(types) else { return nil }
            return NumericCoercion.common(of: types)
        default:
            return nil
        }
    }

    /// `date_part`'s type for a literal part name: Float64 for the epoch, Int64 for nanoseconds,
    /// Int32 for every other part.
    public static func datePartType(_ part: String) -> ValueType {
        switch part.lowercased() {
        case "epoch": .float
        case "nanosecond", "nanoseconds": .integer
        default: .narrow(.int32)
        }
    }
}
