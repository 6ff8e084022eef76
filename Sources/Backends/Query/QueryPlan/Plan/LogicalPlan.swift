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

    public var schema: PlanSchema {
        switch self {
        case .scan(let scan): scan.schema
        case .values(let schema, _): schema
        case .filter(_, let input), .sort(_, _, let input), .limit(_, _, let input): input.schema
        case .projection(_, let schema, _), .aggregate(_, _, let schema, _), .window(_, let schema, _): schema
        case .alias(let name, let input): input.schema.requalified(name)
        }
    }
}
