import Kernel
import QueryExec
import SQL

/// An expression after binding: what to evaluate, its type (nil for an untyped NULL or an
/// interval, which have no column type), and the column name DataFusion would give it.
struct BoundExpression: Sendable, Hashable {
    var expr: PhysicalExpr
    var type: ValueType?
    var name: String
    /// The name used when this expression is nested in another (columns are qualified there).
    var nestedName: String

    init(_ expr: PhysicalExpr, type: ValueType?, name: String, nestedName: String? = nil) {
        self.expr = expr
        self.type = type
        self.name = name
        self.nestedName = nestedName ?? name
    }

    /// The column type to use when a type is required (an untyped NULL becomes Utf8... as DataFusion's Null prints).
    var resolvedType: ValueType { type ?? .string }
}

/// What the expression binder can see: the input schema, bound parameters, the query's instant,
/// and (after aggregation) the expressions already computed by the aggregate node.
struct BindingScope {
    var schema: PlanSchema
    var parameters: [String: ScalarValue]
    var nowNanoseconds: Int64
    /// Expressions computed below (group keys, aggregates) and the output column holding each.
    var computed: [ComputedExpression] = []
    /// Whether aggregate calls may appear (they are collected by the select binder instead).
    var allowsAggregates = false
    /// After aggregation: the aggregate's input, to explain a column that is neither grouped
    /// nor aggregated.
    var aggregateInput: PlanSchema?
    /// The planner, for subquery expressions.
    var planner: QueryPlanner?
    /// Correlated scalar subqueries already joined to the input, and where their values are.
    var correlatedScalars: [Query: CorrelatedScalarValue] = [:]
}

/// An AST expression the node below already computed, and where its value is.
struct ComputedExpression {
    var ast: SQLExprKey
    var column: Int
}

/// A hashable identity for AST expressions, ignoring parentheses around the whole expression.
struct SQLExprKey: Hashable {
    let expr: SQL.Expr

    init(_ expr: SQL.Expr) {
        var inner = expr
        while case .nested(let next) = inner { inner = next }
        self.expr = inner
    }
}
