/// One `SELECT` block (without `ORDER BY`/`LIMIT`, which belong to the enclosing `Query`).
public struct Select: Hashable, Sendable {
    /// `DISTINCT`, `DISTINCT ON (...)` or `ALL`; `nil` if none was written.
    public var distinct: Distinct?
    /// The select list.
    public var projection: [SelectItem]
    /// Comma-separated `FROM` items, each with its joins; empty for `SELECT 1`.
    public var from: [TableWithJoins]
    /// The `WHERE` condition.
    public var selection: Expr?
    /// `GROUP BY` expressions (ordinals stay number literals).
    public var groupBy: [Expr]
    /// `GROUPING SETS`, `ROLLUP`, `CUBE` and `()` items of `GROUP BY`, in order (plain expressions stay in
    /// `groupBy`, which every grouping set includes).
    public var groupingElements: [GroupingElement] = []
    /// `GROUP BY ALL`: group by every select item that is not an aggregate.
    public var groupByAll = false
    /// The `QUALIFY` condition: a filter applied after window functions.
    public var qualify: Expr?
    /// The `HAVING` condition.
    public var having: Expr?
    /// Named windows: `WINDOW w AS (...)`.
    public var namedWindows: [NamedWindow]

    /// Creates a select.
    public init(
        distinct: Distinct? = nil,
        projection: [SelectItem],
        from: [TableWithJoins] = [],
        selection: Expr? = nil,
        groupBy: [Expr] = [],
        having: Expr? = nil,
        namedWindows: [NamedWindow] = []
    ) {
        self.distinct = distinct
        self.projection = projection
        self.from = from
        self.selection = selection
        self.groupBy = groupBy
        self.having = having
        self.namedWindows = namedWindows
    }
}

/// A `GROUP BY` item that stands for several grouping sets (sqlparser's `Expr::GroupingSets`, `Rollup`,
/// `Cube`, and the empty tuple `()`); each inner list is one element (a parenthesised list or one expression).
public enum GroupingElement: Hashable, Sendable {
    /// `GROUPING SETS ((a, b), (a), ())`.
    case groupingSets([[Expr]])
    /// `ROLLUP(a, b)`: the sets (a, b), (a), ().
    case rollup([[Expr]])
    /// `CUBE(a, b)`: every subset of the elements.
    case cube([[Expr]])
    /// `()`: the empty grouping set.
    case empty
}

/// The duplicate-elimination modifier of a `SELECT`.
public enum Distinct: Hashable, Sendable {
    /// `SELECT ALL` (the default, written explicitly).
    case all
    /// `SELECT DISTINCT`.
    case distinct
    /// `SELECT DISTINCT ON (exprs)`: first row per key, as used by the TSBS `lastpoint` query.
    case on([Expr])
}

/// One item of the select list.
public enum SelectItem: Hashable, Sendable {
    /// `expr` or `expr [AS] alias`.
    case expr(Expr, alias: Identifier?)
    /// `*`.
    case wildcard
    /// `t.*` / `schema.t.*`.
    case qualifiedWildcard(ObjectName)
    /// `*` or `t.*` (the qualifier) followed by `EXCLUDE`, `EXCEPT`, `REPLACE`, `RENAME` or `ILIKE`.
    case wildcardWithOptions(ObjectName?, WildcardOptions)
}

/// What follows a wildcard (sqlparser's `WildcardAdditionalOptions`). Column names keep the case
/// they were written in, as sqlparser's identifiers do (DataFusion does not normalise them here).
public struct WildcardOptions: Hashable, Sendable {
    /// `ILIKE 'pattern'` (parsed; DataFusion 55 ignores it).
    public var ilike: String?
    /// `EXCLUDE (a, b)` / `EXCLUDE a`.
    public var exclude: [Identifier] = []
    /// `EXCEPT (a, b)` / `EXCEPT a`.
    public var except: [Identifier] = []
    /// `REPLACE (expr [AS] column, ...)`.
    public var replace: [WildcardReplacement] = []
    /// `RENAME (a AS b, ...)` / `RENAME a AS b`: old and new names.
    public var rename: [WildcardReplacement] = []

    /// Creates empty options.
    public init() {}

    /// Whether nothing was written.
    public var isEmpty: Bool {
        ilike == nil && exclude.isEmpty && except.isEmpty && replace.isEmpty && rename.isEmpty
    }
}

/// `expr AS column` inside `REPLACE (...)` (for `RENAME`, the old column as an identifier expression).
public struct WildcardReplacement: Hashable, Sendable {
    /// The new value (or the renamed column).
    public var expr: Expr
    /// The column it replaces (or the new name).
    public var column: Identifier

    /// Creates a replacement.
    public init(_ expr: Expr, as column: Identifier) {
        self.expr = expr
        self.column = column
    }
}

/// `name AS (window spec)` from a `WINDOW` clause.
public struct NamedWindow: Hashable, Sendable {
    /// The window's name.
    public var name: Identifier
    /// Its definition.
    public var spec: WindowSpec

    /// Creates a named window.
    public init(name: Identifier, spec: WindowSpec) {
        self.name = name
        self.spec = spec
    }
}

/// A `FROM` item together with the joins chained onto it, left to right.
public struct TableWithJoins: Hashable, Sendable {
    /// The leftmost relation.
    public var relation: TableFactor
    /// Joins applied in order.
    public var joins: [Join]

    /// Creates a `FROM` item.
    public init(_ relation: TableFactor, joins: [Join] = []) {
        self.relation = relation
        self.joins = joins
    }
}

/// A relation in `FROM`.
public indirect enum TableFactor: Hashable, Sendable {
    /// A named table: `cpu`, `iox.cpu`, `system.queries`, `information_schema.columns`.
    case table(ObjectName, alias: TableAlias?)
    /// A table function: `last_cache('cpu', 'cache')`, `distinct_cache(...)`, `generate_series(1, 3)`.
    case function(ObjectName, arguments: [FunctionArgument], alias: TableAlias?)
    /// A subquery (including `(VALUES ...)`), optionally `LATERAL`.
    case derived(Query, alias: TableAlias?, lateral: Bool)
    /// A parenthesised join: `(a JOIN b ON ...) [AS x]`.
    case nested(TableWithJoins, alias: TableAlias?)
}

/// `[AS] name [(col, ...)]` after a relation.
public struct TableAlias: Hashable, Sendable {
    /// The alias.
    public var name: Identifier
    /// Optional column renames.
    public var columns: [Identifier]

    /// Creates an alias.
    public init(_ name: Identifier, columns: [Identifier] = []) {
        self.name = name
        self.columns = columns
    }
}

/// One join step.
public struct Join: Hashable, Sendable {
    /// The right-hand relation.
    public var relation: TableFactor
    /// The join type.
    public var kind: JoinKind
    /// `ON`, `USING`, `NATURAL`, or nothing (for `CROSS JOIN` and a plain comma).
    public var constraint: JoinConstraint

    /// Creates a join.
    public init(_ relation: TableFactor, kind: JoinKind, constraint: JoinConstraint) {
        self.relation = relation
        self.kind = kind
        self.constraint = constraint
    }
}

/// Join types DataFusion plans. `JOIN` alone is `inner`; `OUTER` is optional after LEFT/RIGHT/FULL.
public enum JoinKind: String, Hashable, Sendable {
    /// `[INNER] JOIN`.
    case inner = "JOIN"
    /// `LEFT [OUTER] JOIN`.
    case leftOuter = "LEFT JOIN"
    /// `RIGHT [OUTER] JOIN`.
    case rightOuter = "RIGHT JOIN"
    /// `FULL [OUTER] JOIN`.
    case fullOuter = "FULL JOIN"
    /// `CROSS JOIN`.
    case cross = "CROSS JOIN"
    /// `LEFT SEMI JOIN`.
    case leftSemi = "LEFT SEMI JOIN"
    /// `RIGHT SEMI JOIN`.
    case rightSemi = "RIGHT SEMI JOIN"
    /// `LEFT ANTI JOIN`.
    case leftAnti = "LEFT ANTI JOIN"
    /// `RIGHT ANTI JOIN`.
    case rightAnti = "RIGHT ANTI JOIN"
}

/// How the rows of a join are matched.
public enum JoinConstraint: Hashable, Sendable {
    /// `ON condition`.
    case on(Expr)
    /// `USING (columns)`.
    case using([Identifier])
    /// `NATURAL` join on all common columns.
    case natural
    /// No condition (cross joins).
    case none
}
