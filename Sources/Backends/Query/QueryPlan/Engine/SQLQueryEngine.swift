import Kernel
import QueryExec
import SQL

/// The SQL engine behind the kernel's `QueryEngine` port: parse → bind against the catalog
/// snapshot → rewrite (push-downs, constant folding) → operators over the chunk source → batches.
public final class SQLQueryEngine: QueryEngine {
    private let catalog: any Catalog
    private let chunks: any ChunkSource
    private let clock: any WallClock
    /// Longest SQL text accepted; the HTTP body limit is larger, parsing cost should not be.
    public static let maxQueryBytes = 1 << 20

    public init(catalog: any Catalog, chunks: any ChunkSource, clock: any WallClock) {
        self.catalog = catalog
        self.chunks = chunks
        self.clock = clock
    }

    public func execute(_ request: QueryRequest) async throws(KernelError) -> QueryResult {
        guard request.language == .sql else {
            throw KernelError(.notImplemented, "This feature is not implemented: InfluxQL")
        }
        guard let name = request.database else {
            throw KernelError(.invalidInput, "serde error: missing field `db`")
        }
        let snapshot = try await catalog.snapshot()
        guard let database = snapshot.database(named: name), !database.isDeleted else {
            throw KernelError(.notFound, "query error: database not found: \(name)")
        }
        let plan = try logicalPlan(request, snapshot: snapshot, database: database)
        let root = PhysicalPlanner(chunks: chunks).makeOperator(for: plan)
        let batches = try root.collect()
        return QueryResult(
            columns: plan.schema.columns.map { ResultColumn(name: $0.name, type: $0.type) },
            batches: batches
        )
    }

    /// The optimized plan of the request's single statement.
    func logicalPlan(_ request: QueryRequest, snapshot: CatalogSnapshot, database: DatabaseSchema) throws(KernelError)
        -> LogicalPlan
    {
        guard request.text.utf8.count <= Self.maxQueryBytes else {
            throw KernelError(.invalidInput, "SQL error: query longer than \(Self.maxQueryBytes) bytes")
        }
        let statements: [Statement]
        do {
            statements = try parseSQL(request.text)
        } catch {
            throw KernelError(.invalidInput, error.displayText)
        }
        guard statements.count == 1, let statement = statements.first else {
            throw KernelError(
                .notImplemented,
                "This feature is not implemented: The context currently only supports a single SQL statement")
        }
        var planner = QueryPlanner(
            snapshot: snapshot,
            database: database,
            parameters: request.parameters.mapValues(Self.scalar),
            nowNanoseconds: clock.nowNanoseconds()
        )
        let chunks = self.chunks
        planner.runSubquery = { (plan) throws(KernelError) in
            try PhysicalPlanner(chunks: chunks).makeOperator(for: PlanRewriter.optimize(plan)).collect()
        }
        return PlanRewriter.optimize(try planner.plan(statement))
    }

    static func scalar(_ value: QueryParameterValue) -> ScalarValue {
        switch value {
        case .null: .null
        case .boolean(let v): .boolean(v)
        case .integer(let v): .integer(v)
        case .uinteger(let v): .uinteger(v)
        case .float(let v): .float(v)
        case .string(let v): .string(v)
        }
    }
}
