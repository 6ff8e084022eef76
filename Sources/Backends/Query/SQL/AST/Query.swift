/// A complete query expression: optional `WITH`, a body, then `ORDER BY`, `LIMIT` and `OFFSET`.
public struct Query: Hashable, Sendable {
    /// The `WITH` clause, if any.
    public var with: With?
    /// The select, `VALUES`, parenthesised query or set operation.
    public var body: SetExpression
    /// `ORDER BY` items, applied to the whole body.
    public var orderBy: [OrderByItem]
    /// `LIMIT n` (`LIMIT ALL` leaves it `nil`).
    public var limit: Expr?
    /// `OFFSET n [ROW | ROWS]`.
    public var offset: Expr?
    /// `FETCH {FIRST | NEXT} [n [PERCENT]] {ROW | ROWS} {ONLY | WITH TIES}` (parsed; DataFusion does not plan it).
    public var fetch: FetchClause?

    /// Creates a query.
    public init(
        with: With? = nil,
        body: SetExpression,
        orderBy: [OrderByItem] = [],
        limit: Expr? = nil,
        offset: Expr? = nil
    ) {
        self.with = with
        self.body = body
        self.orderBy = orderBy
        self.limit = limit
        self.offset = offset
    }
}

/// The `FETCH` clause.
public struct FetchClause: Hashable, Sendable {
    /// The row count, if written.
    public var quantity: Expr?
    /// `PERCENT` after the count.
    public var percent: Bool
    /// `WITH TIES` rather than `ONLY`.
    public var withTies: Bool

    /// Creates a clause.
    public init(quantity: Expr?, percent: Bool = false, withTies: Bool = false) {
        self.quantity = quantity
        self.percent = percent
        self.withTies = withTies
    }
}

/// `WITH [RECURSIVE] name [(columns)] AS (query), ...`.
public struct With: Hashable, Sendable {
    /// Whether `RECURSIVE` was written.
    public var recursive: Bool
    /// The common table expressions in order.
    public var tables: [CommonTableExpression]

    /// Creates a `WITH` clause.
    public init(recursive: Bool = false, tables: [CommonTableExpression]) {
        self.recursive = recursive
        self.tables = tables
    }
}

/// One named subquery of a `WITH` clause.
public struct CommonTableExpression: Hashable, Sendable {
    /// The name the rest of the query refers to.
    public var name: Identifier
    /// Optional column renames: `name(a, b) AS (...)`.
    public var columns: [Identifier]
    /// The subquery.
    public var query: Query

    /// Creates a CTE.
    public init(name: Identifier, columns: [Identifier] = [], query: Query) {
        self.name = name
        self.columns = columns
        self.query = query
    }
}

/// The body of a query. Set operations are left-associative; `INTERSECT` binds tighter than `UNION`/`EXCEPT`.
public indirect enum SetExpression: Hashable, Sendable {
    /// A `SELECT`.
    case select(Select)
    /// A parenthesised query, `(SELECT ... ORDER BY ... LIMIT ...)`.
    case query(Query)
    /// `VALUES (row), (row), ...`; each row is a list of expressions.
    case values([[Expr]])
    /// `left UNION|INTERSECT|EXCEPT [ALL|DISTINCT] right`.
    case setOperation(SetOperator, SetQuantifier, left: SetExpression, right: SetExpression)
}

/// The set operators.
public enum SetOperator: String, Hashable, Sendable {
    /// `UNION`.
    case union = "UNION"
    /// `INTERSECT`.
    case intersect = "INTERSECT"
    /// `EXCEPT` (also spelled `MINUS`).
    case except = "EXCEPT"
}

/// `ALL` / `DISTINCT` after a set operator; `none` means neither was written (which is `DISTINCT`).
public enum SetQuantifier: String, Hashable, Sendable {
    /// Nothing written.
    case none = ""
    /// `ALL`: keep duplicates.
    case all = "ALL"
    /// `DISTINCT`: explicit duplicate removal.
    case distinct = "DISTINCT"
    /// `BY NAME`: match columns by name.
    case byName = "BY NAME"
    /// `ALL BY NAME`.
    case allByName = "ALL BY NAME"
}

/// One `ORDER BY` item: `expr [ASC|DESC] [NULLS FIRST|LAST]`. `nil` options mean "not written" — DataFusion
/// then defaults to ascending, and to NULLS LAST for ascending and NULLS FIRST for descending.
public struct OrderByItem: Hashable, Sendable {
    /// The sort key (an ordinal like `1` refers to a select item).
    public var expr: Expr
    /// `true` for `ASC`, `false` for `DESC`, `nil` if not written.
    public var ascending: Bool?
    /// `true` for `NULLS FIRST`, `false` for `NULLS LAST`, `nil` if not written.
    public var nullsFirst: Bool?

    /// Creates an item.
    public init(_ expr: Expr, ascending: Bool? = nil, nullsFirst: Bool? = nil) {
        self.expr = expr
        self.ascending = ascending
        self.nullsFirst = nullsFirst
    }
}
