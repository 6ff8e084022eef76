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
            if left == .time || left == .date, rightIsInterval { return left }
            if case .zonedTime? = left, rightIsInterval { return left }
            if left == .date, right == .date, op == .minus { return .integer }
            if left == .interval, right == .interval, op == .plus || op == .minus { return .interval }
            guard let left, let right else { return left ?? right }
            return try Arithmetic.numericType(left == .tag ? .string : left, right == .tag ? .string : right, op)
        }
    }
}
