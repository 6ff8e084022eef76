/// A scalar SQL expression, as written (no type checking or name resolution happens here).
public indirect enum Expr: Hashable, Sendable {
    /// A bare column (or alias) name: `usage_user`.
    case identifier(Identifier)
    /// A qualified name: `cpu.usage_user`, `iox.cpu.time`.
    case compoundIdentifier([Identifier])
    /// A number, string, boolean or null literal.
    case literal(Literal)
    /// A type-prefixed string: `TIMESTAMP '2024-01-01T00:00:00Z'`, `DATE '2024-01-01'`.
    case typedString(DataType, String)
    /// `INTERVAL '1 hour'`, `INTERVAL '1' HOUR`, `INTERVAL '1' DAY TO SECOND`.
    case interval(IntervalLiteral)
    /// A query parameter: `$1`, `$host`, `?`.
    case placeholder(String)
    /// `-x`, `+x`, `NOT x`.
    case unary(UnaryOperator, Expr)
    /// `left op right`.
    case binary(Expr, BinaryOperator, Expr)
    /// `x IS [NOT] NULL | TRUE | FALSE | UNKNOWN | DISTINCT FROM y`.
    case isTest(Expr, IsTest, negated: Bool)
    /// `x [NOT] IN (a, b, ...)`.
    case inList(Expr, [Expr], negated: Bool)
    /// `x [NOT] IN (subquery)`.
    case inSubquery(Expr, Query, negated: Bool)
    /// `x [NOT] BETWEEN low AND high`.
    case between(Expr, negated: Bool, low: Expr, high: Expr)
    /// `x [NOT] LIKE | ILIKE | SIMILAR TO pattern [ESCAPE 'c']`.
    case like(Expr, LikeKind, negated: Bool, pattern: Expr, escape: String?)
    /// `CASE [operand] WHEN ... THEN ... [ELSE ...] END`.
    case caseWhen(CaseExpression)
    /// `CAST(x AS t)`, `TRY_CAST(x AS t)` or `x::t`.
    case cast(Expr, DataType, CastSyntax)
    /// `x AT TIME ZONE zone`.
    case atTimeZone(Expr, zone: Expr)
    /// A function call, aggregate or window function.
    case function(FunctionCall)
    /// `x[index]`, `x['field']` (struct/map access, e.g. `selector_last(v, time)['value']`) or `x[a:b]`.
    case subscripted(Expr, Subscript)
    /// `EXTRACT(field FROM x)` (DataFusion plans it as `date_part('FIELD', x)`).
    case extract(DateTimeField, Expr)
    /// `SUBSTRING(x FROM a FOR b)` or `SUBSTRING(x, a, b)`; `special` records the keyword form.
    case substring(Expr, from: Expr?, for: Expr?, special: Bool)
    /// `POSITION(needle IN haystack)`.
    case position(Expr, in: Expr)
    /// `TRIM([BOTH|LEADING|TRAILING] [characters FROM] x)` or `TRIM(x, characters)`.
    case trim(Expr, side: TrimSide?, characters: Expr?)
    /// `(SELECT ...)` used as a value.
    case scalarSubquery(Query)
    /// `[NOT] EXISTS (SELECT ...)`.
    case exists(Query, negated: Bool)
    /// A parenthesised expression; kept so rendering can reproduce the grouping.
    case nested(Expr)
    /// `(a, b, ...)` with two or more elements (DataFusion plans it as `struct(...)`).
    case tuple([Expr])
    /// `[a, b]` or `ARRAY[a, b]` (DataFusion plans it as `make_array(...)`).
    case array([Expr], keyword: Bool)
    /// `MAP {k: v, ...}` (DataFusion plans it as `make_map(k, v, ...)`).
    case map([MapEntry])
    /// `left op ANY (right)` / `SOME (right)` or, when `all`, `left op ALL (right)`; `right` is an
    /// array expression or a `.scalarSubquery`.
    case quantifiedComparison(Expr, BinaryOperator, all: Bool, Expr)
}

/// One `key: value` of a `MAP {...}` literal.
public struct MapEntry: Hashable, Sendable {
    public var key: Expr
    public var value: Expr

    public init(key: Expr, value: Expr) {
        self.key = key
        self.value = value
    }
}

/// A literal value; numbers keep their text so the planner chooses Int64, UInt64, Float64 or Decimal.
public enum Literal: Hashable, Sendable {
    /// A numeric literal exactly as written (`42`, `1.5`, `1e3`, `.5`).
    case number(String)
    /// A character string after unescaping (`'it''s'` → `it's`, `E'a\nb'` → a newline).
    case string(String)
    /// `X'1F'` or `0x1F`: hexadecimal digits of a binary literal.
    case hexString(String)
    /// `TRUE` / `FALSE`.
    case boolean(Bool)
    /// `NULL`.
    case null
}

/// The prefix operators.
public enum UnaryOperator: String, Hashable, Sendable {
    /// `+x`.
    case plus = "+"
    /// `-x`.
    case minus = "-"
    /// `NOT x`.
    case not = "NOT"
}

/// The infix operators, each with the spelling sqlparser prints.
public enum BinaryOperator: String, Hashable, Sendable {
    /// `OR`.
    case or = "OR"
    /// `AND`.
    case and = "AND"
    /// `=`.
    case eq = "="
    /// `<>` / `!=`.
    case notEq = "<>"
    /// `<`.
    case lt = "<"
    /// `<=`.
    case ltEq = "<="
    /// `>`.
    case gt = ">"
    /// `>=`.
    case gtEq = ">="
    /// `+`.
    case plus = "+"
    /// `-`.
    case minus = "-"
    /// `*`.
    case multiply = "*"
    /// `/`.
    case divide = "/"
    /// `%`.
    case modulo = "%"
    /// `||`: string (or array) concatenation.
    case stringConcat = "||"
    /// `|`.
    case bitwiseOr = "|"
    /// `&`.
    case bitwiseAnd = "&"
    /// `^` (DataFusion: bitwise XOR, displayed `BIT_XOR`).
    case bitwiseXor = "^"
    /// `<<`.
    case shiftLeft = "<<"
    /// `>>`.
    case shiftRight = ">>"
    /// `~`: regex match.
    case regexMatch = "~"
    /// `~*`: case-insensitive regex match.
    case regexIMatch = "~*"
    /// `!~`: regex non-match.
    case regexNotMatch = "!~"
    /// `!~*`: case-insensitive regex non-match.
    case regexNotIMatch = "!~*"
    /// `~~`: LIKE spelled as an operator.
    case likeMatch = "~~"
    /// `->`: JSON-style field access (parsed; DataFusion does not plan it).
    case arrow = "->"
    /// `->>`.
    case longArrow = "->>"
    /// `@>`: array contains.
    case atArrow = "@>"
    /// `<@`: array contained by.
    case arrowAt = "<@"
}

/// What `IS [NOT]` tests for.
public enum IsTest: Hashable, Sendable {
    /// `IS NULL`.
    case null
    /// `IS TRUE`.
    case `true`
    /// `IS FALSE`.
    case `false`
    /// `IS UNKNOWN`.
    case unknown
    /// `IS DISTINCT FROM other`.
    case distinctFrom(Expr)
}

/// Pattern-matching predicates.
public enum LikeKind: String, Hashable, Sendable {
    /// `LIKE`.
    case like = "LIKE"
    /// `ILIKE` (case-insensitive).
    case ilike = "ILIKE"
    /// `SIMILAR TO` (SQL regular expressions).
    case similarTo = "SIMILAR TO"
}

/// Which syntax produced a cast; DataFusion treats `cast` and `doubleColon` identically.
public enum CastSyntax: Hashable, Sendable {
    /// `CAST(x AS t)`.
    case cast
    /// `TRY_CAST(x AS t)`: null instead of an error.
    case tryCast
    /// `x::t`.
    case doubleColon
}

/// `TRIM` side keyword.
public enum TrimSide: String, Hashable, Sendable {
    /// `BOTH` (`btrim`).
    case both = "BOTH"
    /// `LEADING` (`ltrim`).
    case leading = "LEADING"
    /// `TRAILING` (`rtrim`).
    case trailing = "TRAILING"
}

/// A date/time field name as used by `EXTRACT` and `INTERVAL`, upper-cased (`HOUR`, `DOW`, `EPOCH`); a quoted
/// field such as `EXTRACT('hour' FROM t)` keeps its text and sets `isQuoted`.
public struct DateTimeField: Hashable, Sendable {
    /// The field name.
    public var name: String
    /// Whether it was written as a string literal.
    public var isQuoted: Bool

    /// Creates a field.
    public init(_ name: String, isQuoted: Bool = false) {
        self.name = name
        self.isQuoted = isQuoted
    }
}

/// `INTERVAL value [leading_field [TO last_field]]`.
public struct IntervalLiteral: Hashable, Sendable {
    /// Usually a string literal such as `'1 hour'`.
    public var value: Expr
    /// The unit after the value (`INTERVAL '1' HOUR`), if any.
    public var leadingField: DateTimeField?
    /// The unit after `TO`, if any.
    public var lastField: DateTimeField?

    /// Creates an interval.
    public init(value: Expr, leadingField: DateTimeField? = nil, lastField: DateTimeField? = nil) {
        self.value = value
        self.leadingField = leadingField
        self.lastField = lastField
    }
}

/// `CASE [operand] WHEN condition THEN result ... [ELSE result] END`.
public struct CaseExpression: Hashable, Sendable {
    /// The operand of a simple CASE (`CASE x WHEN 1 ...`), `nil` for a searched CASE.
    public var operand: Expr?
    /// `(WHEN, THEN)` pairs in order.
    public var branches: [CaseBranch]
    /// The `ELSE` result.
    public var elseResult: Expr?

    /// Creates a CASE expression.
    public init(operand: Expr? = nil, branches: [CaseBranch], elseResult: Expr? = nil) {
        self.operand = operand
        self.branches = branches
        self.elseResult = elseResult
    }
}

/// One `WHEN condition THEN result` arm.
public struct CaseBranch: Hashable, Sendable {
    /// The condition (or value compared with the operand).
    public var condition: Expr
    /// The result.
    public var result: Expr

    /// Creates an arm.
    public init(when condition: Expr, then result: Expr) {
        self.condition = condition
        self.result = result
    }
}

/// The bracket part of a subscript.
public enum Subscript: Hashable, Sendable {
    /// `[index]`: an array index (1-based) or a struct/map key.
    case index(Expr)
    /// `[lower:upper[:stride]]`: an array slice; omitted bounds are `nil`.
    case slice(lower: Expr?, upper: Expr?, stride: Expr?)
}
