import Kernel
import QueryExec
import SQL

/// The SQL engine behind the kernel's `QueryEngine` port: parse → bind against the catalog
/// snapshot → rewrite (push-downs, constant folding) → operators over the chunk source → batches.
public final class SQLQueryEngine: QueryEngine {
    private let catalog: any Catalog
    private let chunks: any ChunkSource
    private let clock: any WallClock
    /// Recent and running queries (`system.queries`).
    public let queryLog = QueryLog()
    /// Longest SQL text accepted; the HTTP body limit is larger, parsing cost should not be.
    public static let maxQueryBytes = 1 << 20

    /// Whether `system.tokens` shows the `hash` column (InfluxDB: only when started with auth).
    private let showsTokenHashes: Bool

    public init(catalog: any Catalog, chunks: any ChunkSource, clock: any WallClock, showsTokenHashes: Bool = true) {
        self.catalog = catalog
        self.chunks = chunks
        self.clock = clock
        self.showsTokenHashes = showsTokenHashes
    }

    public func execute(_ request: QueryRequest) async throws(KernelError) -> QueryResult {
        guard request.language == .sql else {
            throw KernelError(.notImplemented, "This feature is not implemented: InfluxQL")
        }
        guard let name = request.database else {
            throw KernelError(.invalidInput, "serde error: missing field `db`")
        }
        let snapshot = try await catalog.snapshot()
        do {
            return try execute(request, database: name, snapshot: snapshot)
        } catch  where error.kind == .notFound || error.kind == .invalidInput {
            // A shared catalog's snapshot may not know a database or table another node just
            // created: on such a miss, plan again once against the re-read catalog if it changed.
            let latest = try await catalog.refreshedSnapshot()
            guard latest.version != snapshot.version else { throw error }
            return try execute(request, database: name, snapshot: latest)
        }
    }

    private func execute(_ request: QueryRequest, database name: String, snapshot: CatalogSnapshot)
        throws(KernelError) -> QueryResult
    {
        guard var database = snapshot.database(named: name), !database.isDeleted else {
            throw KernelError(.notFound, "query error: database not found: \(name)")
        }
        // Soft-deleted tables are invisible to queries (their data is kept until hard deletion).
        database.tables = database.liveTables
        let id = queryLog.begin(text: request.text, queryType: "sql", issueTimeNanoseconds: clock.nowNanoseconds())
        let timer = ContinuousClock()
        let start = timer.now
        var planned: ContinuousClock.Instant?
        do {
            let statement = try parse(request.text)
            if case .explain(let analyze, let verbose, _, let inner) = statement {
                let result = try explain(
                    inner, analyze: analyze, verbose: verbose, request: request, snapshot: snapshot,
                    database: database)
                let elapsed = Self.nanoseconds(timer.now - start)
                queryLog.end(
                    id, success: true, planNanoseconds: elapsed, executeNanoseconds: 0, end2endNanoseconds: elapsed)
                return result
            }
            let plan = try optimizedPlan(statement, request: request, snapshot: snapshot, database: database)
            planned = timer.now
            let root = PhysicalPlanner(chunks: chunks).makeOperator(for: plan)
            let planNanoseconds = Self.nanoseconds((planned ?? start) - start)
            let executionStart = timer.now
            let log = queryLog
            // The operators run as the consumer pulls batches; the log entry closes when the
            // stream ends (or fails).
            let stream = ResultStream(
                pull: { () throws(KernelError) -> RecordBatch? in try root.next() },
                onFinish: { success in
                    let now = ContinuousClock().now
                    log.end(
                        id,
                        success: success,
                        planNanoseconds: planNanoseconds,
                        executeNanoseconds: Self.nanoseconds(now - executionStart),
                        end2endNanoseconds: Self.nanoseconds(now - start)
                    )
                }
            )
            return QueryResult(
                columns: plan.schema.columns.map { ResultColumn(name: $0.name, type: $0.type) },
                stream: stream
            )
        } catch {
            queryLog.end(
                id, success: false, planNanoseconds: planned.map { Self.nanoseconds($0 - start) },
                executeNanoseconds: nil, end2endNanoseconds: Self.nanoseconds(timer.now - start))
            throw error
        }
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    /// `EXPLAIN`: the logical plan after rewriting and the operator tree (`VERBOSE` adds the
    /// plan before rewriting); `EXPLAIN ANALYZE` runs the query and reports the operator tree
    /// with each operator's output rows, batches and own compute time.
    private func explain(
        _ statement: Statement,
        analyze: Bool,
        verbose: Bool,
        request: QueryRequest,
        snapshot: CatalogSnapshot,
        database: DatabaseSchema
    ) throws(KernelError) -> QueryResult {
        let plan = try optimizedPlan(statement, request: request, snapshot: snapshot, database: database)
        let recorder = PhysicalExplain(metered: analyze)
        let root = PhysicalPlanner(chunks: chunks, explain: recorder).makeOperator(for: plan)
        var rows: [[ScalarValue]] = []
        if analyze {
            while try root.next() != nil {}
            rows.append([.string("Plan with Metrics"), .string(recorder.render())])
        } else {
            if verbose {
                let initial = try initialPlan(statement, request: request, snapshot: snapshot, database: database)
                rows.append([.string("initial_logical_plan"), .string(PlanText.render(initial))])
            }
            rows.append([.string("logical_plan"), .string(PlanText.render(plan))])
            rows.append([.string("physical_plan"), .string(recorder.render())])
        }
        let schema = PlanSchema([
            PlanColumn(relation: nil, name: "plan_type", type: .string, nullable: false),
            PlanColumn(relation: nil, name: "plan", type: .string, nullable: false),
        ])
        let table = ValuesOperator(fields: schema.fields, rows: rows)
        return QueryResult(
            columns: schema.columns.map { ResultColumn(name: $0.name, type: $0.type) },
            batches: try table.collect()
        )
    }

    /// The optimized plan of the request's single statement.
    func logicalPlan(_ request: QueryRequest, snapshot: CatalogSnapshot, database: DatabaseSchema) throws(KernelError)
        -> LogicalPlan
    {
        try optimizedPlan(try parse(request.text), request: request, snapshot: snapshot, database: database)
    }

    /// The single statement of `text`.
    private func parse(_ text: String) throws(KernelError) -> Statement {
        guard text.utf8.count <= Self.maxQueryBytes else {
            throw KernelError(.invalidInput, "SQL error: query longer than \(Self.maxQueryBytes) bytes")
        }
        let statements: [Statement]
        do {
            statements = try parseSQL(text)
        } catch {
            throw KernelError(.invalidInput, error.displayText)
        }
        guard statements.count == 1, let statement = statements.first else {
            throw KernelError(
                .notImplemented,
                "This feature is not implemented: The context currently only supports a single SQL statement")
        }
        return statement
    }

    private func optimizedPlan(
        _ statement: Statement,
        request: QueryRequest,
        snapshot: CatalogSnapshot,
        database: DatabaseSchema
    ) throws(KernelError) -> LogicalPlan {
        PlanRewriter.optimize(try initialPlan(statement, request: request, snapshot: snapshot, database: database))
    }

    /// The plan as bound, before the rewrite rules (`EXPLAIN VERBOSE` shows it).
    private func initialPlan(
        _ statement: Statement,
        request: QueryRequest,
        snapshot: CatalogSnapshot,
        database: DatabaseSchema
    ) throws(KernelError) -> LogicalPlan {
        var planner = QueryPlanner(
            snapshot: snapshot,
            database: database,
            parameters: request.parameters.mapValues(Self.scalar),
            nowNanoseconds: clock.nowNanoseconds()
        )
        planner.queryLog = queryLog
        planner.showsTokenHashes = showsTokenHashes
        let chunks = self.chunks
        planner.runSubquery = { (plan) throws(KernelError) in
            try PhysicalPlanner(chunks: chunks).makeOperator(for: PlanRewriter.optimize(plan)).collect()
        }
        return try planner.plan(statement)
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
