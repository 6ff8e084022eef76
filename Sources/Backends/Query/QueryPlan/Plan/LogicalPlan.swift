import Kernel
import QueryExec

/// A scan of one table: which database and table, the columns it produces, and what was pushed
/// into it (filters on those columns, the time range they imply for chunk pruning).
public struct TableScan: Sendable, Hashable {
    public var database: String
    public var table: String
    public var schema: PlanSchema
    public var filters: [PhysicalExpr]
    public var timeRange: TimeRange

    public init(
        database: String, table: String, schema: PlanSchema, filters: [PhysicalExpr] = [], timeRange: TimeRange = .all
    ) {
        self.database = database
        self.table = table
        self.schema = schema
        self.filters = filters
        self.timeRange = timeRange
    }
}

/// The logical plan: relational operators over named, typed schemas. Expressions are already
/// bound (`PhysicalExpr` positions refer to the input node's schema). Rewrite rules
/// (`PlanRewriter`) work on this tree before it becomes operators.
public indirect enum LogicalPlan: Sendable, Hashable {
    case scan(TableScan)
    /// Literal rows (`SELECT 1`, `VALUES`, metadata tables).
    case values(PlanSchema, [[ScalarValue]])
    case filter(PhysicalExpr, LogicalPlan)
    case projection([PhysicalExpr], PlanSchema, LogicalPlan)
    /// Group keys first, then aggregates, in `schema` order.
    case aggregate(groups: [PhysicalExpr], aggregates: [AggregateExpr], PlanSchema, LogicalPlan)
    case sort([SortKey], fetch: Int?, LogicalPlan)
    /// The input's columns followed by one column per window expression, in `schema` order.
    case window([WindowExpr], PlanSchema, LogicalPlan)
    case limit(skip: Int, fetch: Int?, LogicalPlan)
    /// The same rows under another relation name (subqueries, table aliases).
    case alias(String, LogicalPlan)
    /// `DISTINCT ON`: the first row of each distinct value of the key expressions.
    case distinctOn([PhysicalExpr], LogicalPlan)
    /// `date_bin_gapfill`: missing time bins added to the aggregate below, per group.
    case gapFill(GapFillSpec, LogicalPlan)
    /// A join of two inputs (`JoinSpec` holds its type, keys, filter and output schema).
    case join(JoinSpec, LogicalPlan, LogicalPlan)
    /// `UNION ALL` of inputs with equally many columns, cast to `schema`'s types.
    case union([LogicalPlan], PlanSchema)
    /// `unnest(list)`: the input's columns and one element column per listed list column
    /// (their positions in the input), one row per element of the longest list.
    case unnest([Int], PlanSchema, LogicalPlan)
    /// `INTERSECT`/`EXCEPT` (`all` keeps multiplicities), columns cast to `schema`'s types.
    case setOperation(SetOperationOperator.Kind, all: Bool, PlanSchema, LogicalPlan, LogicalPlan)

    public var schema: PlanSchema {
        switch self {
        case .scan(let scan): scan.schema
        case .values(let schema, _): schema
        case .filter(_, let input), .sort(_, _, let input), .limit(_, _, let input), .distinctOn(_, let input),
            .gapFill(_, let input):
            input.schema
        case .projection(_, let schema, _), .aggregate(_, _, let schema, _), .window(_, let schema, _),
            .unnest(_, let schema, _):
            schema
        case .alias(let name, let input): input.schema.requalified(name)
        case .join(let spec, _, _): spec.schema
        case .union(_, let schema), .setOperation(_, _, let schema, _, _): schema
        }
    }
}
