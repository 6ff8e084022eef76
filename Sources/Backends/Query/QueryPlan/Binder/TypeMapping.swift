import Kernel
import QueryExec
import SQL

/// SQL type names to column types, and result types of operators.
enum TypeMapping {
    static func columnType(_ type: SQL.DataType) throws(KernelError) -> ValueType {
        switch type {
        case .boolean: return .boolean
        case .integer(let width, let unsigned):
            switch width {
            case .tinyInt: return .narrow(unsigned ? .uint8 : .int8)
            case .smallInt: return .narrow(unsigned ? .uint16 : .int16)
            case .int, .integer: return .narrow(unsigned ? .uint32 : .int32)
            case .bigInt: return unsigned ? .uinteger : .integer
            }
        case .float(.float), .float(.real): return .narrow(.float32)
        case .float: return .float
        case .decimal(let precision, let scale):
            // DataFusion: DECIMAL alone is Decimal128(38, 10); DECIMAL(p) has scale 0.
            let p = precision ?? 38
            let s = precision == nil ? 10 : scale ?? 0
            guard p <= DecimalType.maxPrecision else {
                throw KernelError(
                    .notImplemented, "This feature is not implemented: Decimal256 results (DECIMAL(\(p), \(s)))")
            }
            guard let decimal = DecimalType(precision: p, scale: s) else {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: Decimal(precision = \(p), scale = \(s)) should satisfy `0 < precision <= 76`, and `scale <= precision`."
                )
            }
            return .decimal(decimal)
        case .string: return .string
        // With no session time zone set (InfluxDB sets none), DataFusion types `TIMESTAMP WITH
        // TIME ZONE` and `TIMESTAMPTZ` as naive timestamps.
        case .timestamp: return .time
        case .custom(let name, let modifiers)
        where modifiers.isEmpty && name.parts.count == 1 && name.parts[0].value.lowercased() == "timestamptz":
            return .time
        case .custom(let name, let modifiers) where modifiers.isEmpty && name.parts.count == 1:
            // PostgreSQL's spellings, which DataFusion's sqlparser maps too.
            switch name.parts[0].value.lowercased() {
            case "int2": return .narrow(.int16)
            case "int4": return .narrow(.int32)
            case "int8": return .integer
            case "float4": return .narrow(.float32)
            case "float8": return .float
            default: break
            }
            throw KernelError(.notImplemented, "This feature is not implemented: Unsupported SQL type \(type.sqlText)")
        case .date: return .date
        case .time(_, withTimeZone: false): return .time64
        default:
            throw KernelError(.notImplemented, "This feature is not implemented: Unsupported SQL type \(type)")
        }
    }

    static func binaryResultType(
        _ op: QueryExec.BinaryOperator,
        _ left: ValueType?,
        _ right: ValueType?,
        rightIsInterval: Bool
    ) throws(KernelError) -> ValueType? {
        switch op {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .and, .or, .regexMatch, .regexIMatch,
            .regexNotMatch, .regexNotIMatch, .like, .notLike, .iLike, .notILike, .isDistinctFrom, .isNotDistinctFrom:
            // A map compares only with a map (DataFusion's comparison coercion).
            if op.isComparison, let left, let right, (left.mapKeyAndValue == nil) != (right.mapKeyAndValue == nil) {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: Cannot infer common argument type for comparison operation "
                        + "\(left.arrowName) \(op.rawValue) \(right.arrowName)")
            }
            return .boolean
        case .concat:
            return .string
        case .plus, .minus, .multiply, .divide, .modulo:
            if left?.isTimestamp == true || left == .date, rightIsInterval { return left }
            // `interval + timestamp` is `timestamp + interval`.
            if op == .plus, left == .interval, right?.isTimestamp == true || right == .date { return right }
            if let temporal = TemporalArithmetic.resultType(op, left, right) { return temporal }
            if left == .date, right == .date, op == .minus { return .integer }
            if left == .interval, right == .interval, op == .plus || op == .minus { return .interval }
            guard let left, let right else { return left ?? right }
            return try Arithmetic.numericType(left == .tag ? .string : left, right == .tag ? .string : right, op)
        }
    }
}
