import Kernel

/// An expression bound to an operator's input: columns are referred to by position, types are
/// known, names are resolved. Evaluated over whole batches (`ExpressionEvaluator`).
public indirect enum PhysicalExpr: Sendable, Hashable {
    case column(Int)
    case literal(ScalarValue)
    case binary(BinaryOperator, PhysicalExpr, PhysicalExpr)
    case not(PhysicalExpr)
    case negate(PhysicalExpr)
    /// `IS NULL` (or `IS NOT NULL` when negated).
    case isNull(PhysicalExpr, negated: Bool)
    /// `IS TRUE` / `IS FALSE` / their negations: never NULL.
    case isBoolean(PhysicalExpr, value: Bool, negated: Bool)
    case inList(PhysicalExpr, [PhysicalExpr], negated: Bool)
    case cast(PhysicalExpr, ValueType)
    /// `TRY_CAST(x AS t)`: NULL for the values `CAST` would refuse.
    case tryCast(PhysicalExpr, ValueType)
    /// `CASE WHEN c THEN v ... ELSE e END` (a `CASE x WHEN` is rewritten to equality tests).
    case caseWhen([CaseBranch], otherwise: PhysicalExpr?)
    case function(ScalarFunction, [PhysicalExpr])
}

/// One `WHEN ... THEN ...` branch.
public struct CaseBranch: Sendable, Hashable {
    public var condition: PhysicalExpr
    public var result: PhysicalExpr

    public init(condition: PhysicalExpr, result: PhysicalExpr) {
        self.condition = condition
        self.result = result
    }
}

/// Binary operators of the SQL dialect.
public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case plus = "+"
    case minus = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "%"
    case and = "AND"
    case or = "OR"
    case concat = "||"
    case regexMatch = "~"
    case regexIMatch = "~*"
    case regexNotMatch = "!~"
    case regexNotIMatch = "!~*"
    case like = "LIKE"
    case notLike = "NOT LIKE"
    case iLike = "ILIKE"
    case notILike = "NOT ILIKE"
    case isDistinctFrom = "IS DISTINCT FROM"
    case isNotDistinctFrom = "IS NOT DISTINCT FROM"

    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: true
        default: false
        }
    }
}

/// The result of evaluating an expression: a whole column or one value for every row.
public enum Datum: Sendable {
    case column(RecordColumn)
    case scalar(ScalarValue)

    /// The value of `row` (a scalar's for every row): struct, list and map scalars, which carry
    /// no type of their own, are read without going through a column.
    func scalar(at row: Int) -> ScalarValue {
        switch self {
        case .column(let column): column.scalar(at: row)
        case .scalar(let value): value
        }
    }

    /// As a column of `count` rows (`type` gives NULL scalars a type).
    func column(count: Int, type: ValueType) -> RecordColumn {
        switch self {
        case .column(let column): column
        case .scalar(let value): RecordColumn.repeating(value, type: value.columnType ?? type, count: count)
        }
    }
}
