import Kernel
import QueryExec
import SQL

/// SQL type names to column types, and result types of operators.
enum TypeMapping {
    static func columnType(_ type: SQL.DataType) throws(KernelError) -> ValueType {
        switch type {
        case .boolean: return .boolean
        case .integer(_, let unsigned): return unsigned ? .uinteger : .integer
        case .float, .decimal: return .float
        case .string: return .string
        // With no session time zone set (InfluxDB sets none), DataFusion types `TIMESTAMP WITH
        // TIME ZONE` and `TIMESTAMPTZ` as naive timestamps.
        case .timestamp: return .time
        case .custom(let name, let modifiers)
        where modifiers.isEmpty && name.parts.count == 1 && name.parts[0].value.lowercased() == "timestamptz":
            return .time
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
