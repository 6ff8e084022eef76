import Kernel
import QueryExec
import SQL

/// `WITH RECURSIVE name AS (anchor UNION [ALL] recursive)`, evaluated while planning like the
/// other uncorrelated subqueries: the anchor runs once, then the recursive term runs with
/// `name` standing for the rows the previous step added, until a step adds none. `UNION`
/// (without ALL) keeps only rows not seen before. DataFusion has no bound here; this engine
/// stops with an error after `maximumIterations` steps or `maximumRows` rows, so a query that
/// never converges cannot run forever.
struct RecursiveCommonTable {
    let planner: QueryPlanner

    static let maximumIterations = 10_000
    static let maximumRows = 1_000_000

    /// The CTE's rows as a plan, or nil when it does not refer to itself (a plain CTE).
    func plan(_ table: CommonTableExpression) throws(KernelError) -> LogicalPlan? {
        let name = table.name.value
        guard case .setOperation(.union, let quantifier, let anchorBody, let recursiveBody) = table.query.body,
            table.query.orderBy.isEmpty, table.query.limit == nil,
            Self.references(recursiveBody, name)
        else { return nil }
        guard let runner = planner.runSubquery else {
            throw KernelError(.notImplemented, "This feature is not implemented: recursive queries in this context")
        }
        let anchor = try renamed(try planner.plan(Query(body: anchorBody)), table.columns)
        let schema = anchor.schema
        let distinct = quantifier != .all && quantifier != .allByName
        var seen = Set<[ScalarValue]>()
        var all: [[ScalarValue]] = []
        var step = try Self.rows(try runner(anchor), schema: schema)
        var iterations = 0
        while !step.isEmpty {
            if distinct { step = step.filter { seen.insert($0).inserted } }
            if step.isEmpty { break }
            all += step
            iterations += 1
            guard iterations <= Self.maximumIterations, all.count <= Self.maximumRows else {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: recursive query '\(name)' did not finish within \(Self.maximumIterations) iterations and \(Self.maximumRows) rows"
                )
            }
            var inner = planner
            inner.commonTables[name] = .alias(name, .values(schema, step))
            let recursive = try inner.plan(Query(body: recursiveBody))
            guard recursive.schema.columns.count == schema.columns.count else {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: UNION queries have different number of columns: left has \(schema.columns.count) columns whereas right has \(recursive.schema.columns.count) columns"
                )
            }
            step = try Self.rows(try runner(recursive), schema: schema)
        }
        return .alias(name, .values(schema, all))
    }

    /// Whether a query body reads a table called `name` in a `FROM` (also in derived tables,
    /// joins and set operations).
    static func references(_ body: SetExpression, _ name: String) -> Bool {
        switch body {
        case .select(let select): return select.from.contains { references($0, name) }
        case .query(let query): return references(query.body, name)
        case .values: return false
        case .setOperation(_, _, let left, let right): return references(left, name) || references(right, name)
        }
    }

    private static func references(_ item: TableWithJoins, _ name: String) -> Bool {
        references(item.relation, name) || item.joins.contains { references($0.relation, name) }
    }

    private static func references(_ factor: TableFactor, _ name: String) -> Bool {
        switch factor {
        case .table(let table, _): return table.parts.count == 1 && table.baseName == name
        case .derived(let query, _, _): return references(query.body, name)
        case .nested(let inner, _): return references(inner, name)
        case .function: return false
        }
    }

    /// The anchor with the CTE's column names (`name(a, b) AS (...)`) and no relation yet.
    private func renamed(_ plan: LogicalPlan, _ names: [Identifier]) throws(KernelError) -> LogicalPlan {
        let columns = plan.schema.columns
        guard names.count <= columns.count else {
            throw KernelError(
                .invalidInput,
                "Error during planning: Source table contains \(columns.count) columns but only \(names.count) names given as column alias"
            )
        }
        let renamed = columns.enumerated().map { index, column in
            PlanColumn(
                relation: nil, name: index < names.count ? names[index].value : column.name,
                type: column.type == .tag ? .string : column.type, nullable: true)
        }
        return .projection(columns.indices.map { .column($0) }, PlanSchema(renamed), plan)
    }

    /// The rows of `batches`, each value cast to the CTE's column type.
    private static func rows(_ batches: [RecordBatch], schema: PlanSchema) throws(KernelError) -> [[ScalarValue]] {
        var rows: [[ScalarValue]] = []
        for batch in batches {
            for row in 0..<batch.rowCount {
                var values: [ScalarValue] = []
                for (index, column) in batch.columns.enumerated() {
                    values.append(try Cast.scalar(column.scalar(at: row), to: schema.columns[index].type))
                }
                rows.append(values)
            }
        }
        return rows
    }
}
