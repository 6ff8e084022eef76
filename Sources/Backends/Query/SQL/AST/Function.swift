/// A function call, including aggregates (`count(DISTINCT x) FILTER (WHERE ...)`, `array_agg(x ORDER BY y)`)
/// and window functions (`... OVER (...)` / `OVER w`).
public struct FunctionCall: Hashable, Sendable {
    /// The function name as written (normalised like any identifier): `count`, `date_bin`, `selector_last`.
    public var name: ObjectName
    /// The arguments; empty for `now()`.
    public var arguments: [FunctionArgument]
    /// `DISTINCT` (or explicit `ALL`) before the arguments.
    public var quantifier: SetQuantifier
    /// `ORDER BY` inside the parentheses (ordered aggregates).
    public var orderBy: [OrderByItem]
    /// `WITHIN GROUP (ORDER BY ...)`.
    public var withinGroup: [OrderByItem]
    /// `FILTER (WHERE condition)`.
    public var filter: Expr?
    /// `IGNORE NULLS` / `RESPECT NULLS`.
    public var nullTreatment: NullTreatment?
    /// The `OVER` clause, for window functions.
    public var over: WindowReference?
    /// `false` for the parenthesis-free forms `CURRENT_TIMESTAMP`, `CURRENT_DATE`, `CURRENT_TIME`.
    public var hasParentheses: Bool

    /// Creates a call.
    public init(
        name: ObjectName,
        arguments: [FunctionArgument] = [],
        quantifier: SetQuantifier = .none,
        orderBy: [OrderByItem] = [],
        withinGroup: [OrderByItem] = [],
        filter: Expr? = nil,
        nullTreatment: NullTreatment? = nil,
        over: WindowReference? = nil,
        hasParentheses: Bool = true
    ) {
        self.name = name
        self.arguments = arguments
        self.quantifier = quantifier
        self.orderBy = orderBy
        self.withinGroup = withinGroup
        self.filter = filter
        self.nullTreatment = nullTreatment
        self.over = over
        self.hasParentheses = hasParentheses
    }
}

/// One argument of a function call.
public enum FunctionArgument: Hashable, Sendable {
    /// An ordinary expression.
    case expr(Expr)
    /// `*`, as in `count(*)`.
    case wildcard
    /// `t.*`.
    case qualifiedWildcard(ObjectName)
    /// `name => value` (named argument).
    case named(Identifier, Expr)
}

/// `IGNORE NULLS` / `RESPECT NULLS` after a window function's arguments.
public enum NullTreatment: String, Hashable, Sendable {
    /// `IGNORE NULLS`.
    case ignore = "IGNORE NULLS"
    /// `RESPECT NULLS`.
    case respect = "RESPECT NULLS"
}

/// The target of `OVER`.
public enum WindowReference: Hashable, Sendable {
    /// `OVER w`, naming a window from the `WINDOW` clause.
    case named(Identifier)
    /// `OVER (...)`.
    case spec(WindowSpec)
}

/// `([base] [PARTITION BY ...] [ORDER BY ...] [frame])`.
public struct WindowSpec: Hashable, Sendable {
    /// A named window this one extends, `OVER (w ORDER BY x)`.
    public var baseWindow: Identifier?
    /// `PARTITION BY` expressions.
    public var partitionBy: [Expr]
    /// `ORDER BY` items.
    public var orderBy: [OrderByItem]
    /// The frame clause, if written.
    public var frame: WindowFrame?

    /// Creates a window specification.
    public init(
        baseWindow: Identifier? = nil,
        partitionBy: [Expr] = [],
        orderBy: [OrderByItem] = [],
        frame: WindowFrame? = nil
    ) {
        self.baseWindow = baseWindow
        self.partitionBy = partitionBy
        self.orderBy = orderBy
        self.frame = frame
    }
}

/// `ROWS | RANGE | GROUPS {start | BETWEEN start AND end}`.
public struct WindowFrame: Hashable, Sendable {
    /// The frame units.
    public var units: WindowFrameUnits
    /// The start bound.
    public var start: WindowFrameBound
    /// The end bound when `BETWEEN` was used; `nil` means `CURRENT ROW`.
    public var end: WindowFrameBound?

    /// Creates a frame.
    public init(units: WindowFrameUnits, start: WindowFrameBound, end: WindowFrameBound? = nil) {
        self.units = units
        self.start = start
        self.end = end
    }
}

/// Frame units.
public enum WindowFrameUnits: String, Hashable, Sendable {
    /// `ROWS`.
    case rows = "ROWS"
    /// `RANGE`.
    case range = "RANGE"
    /// `GROUPS`.
    case groups = "GROUPS"
}

/// A frame bound; a `nil` offset means `UNBOUNDED`.
public enum WindowFrameBound: Hashable, Sendable {
    /// `CURRENT ROW`.
    case currentRow
    /// `n PRECEDING` or `UNBOUNDED PRECEDING`.
    case preceding(Expr?)
    /// `n FOLLOWING` or `UNBOUNDED FOLLOWING`.
    case following(Expr?)
}
