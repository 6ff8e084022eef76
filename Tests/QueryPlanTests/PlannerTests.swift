import Ingest
import Kernel
import KernelTesting
import QueryExec
import Testing

@testable import QueryPlan

@Suite("SQL planning and execution over the write buffer")
struct PlannerTests {
    /// An engine over a buffer holding `cpu,host=a|b usage=...` rows.
    static func engine() async throws -> (SQLQueryEngine, InMemoryCatalog) {
        let catalog = InMemoryCatalog()
        let database = try DatabaseName(validating: "db")
        _ = try await catalog.apply(
            EnsureWriteSchema(
                database: database,
                tables: [
                    .init(name: "cpu", columns: [.init(name: "host", type: .tag), .init(name: "usage", type: .float)])
                ]
            )
        )
        let buffer = WriteBuffer()
        var usage = ValidityBitmap()
        for _ in 0..<4 { usage.append(true) }
        buffer.insert(
            DatabaseWriteBatch(
                database: "db",
                tables: [
                    TableWriteBatch(
                        tableName: "cpu",
                        timestamps: [1_000, 2_000, 3_000, 4_000],
                        tags: [TagColumn(name: "host", dictionary: ["a", "b"], codes: [0, 1, 0, 1])],
                        fields: [FieldColumn(name: "usage", values: .float([1, 2, 3, 4]), validity: usage)]
                    )
                ]
            ),
            sequence: 1
        )
        return (SQLQueryEngine(catalog: catalog, chunks: buffer, clock: ManualWallClock()), catalog)
    }

    static func rows(_ sql: String) async throws -> [[ScalarValue]] {
        let (engine, _) = try await Self.engine()
        let result = try await engine.execute(QueryRequest(database: "db", text: sql, language: .sql))
        return try result.collect().flatMap { batch in
            (0..<batch.rowCount).map { row in batch.columns.map { $0.scalar(at: row) } }
        }
    }

    @Test func timePredicatesNarrowTheScan() async throws {
        let (engine, catalog) = try await Self.engine()
        let snapshot = try await catalog.snapshot()
        let plan = try engine.logicalPlan(
            QueryRequest(
                database: "db", text: "SELECT * FROM cpu WHERE time >= 2000 AND time < 4000 AND host = 'a'",
                language: .sql),
            snapshot: snapshot,
            database: try #require(snapshot.database(named: "db"))
        )
        guard case .projection(_, _, .scan(let scan)) = plan else {
            Issue.record("expected the filter pushed into the scan, got \(plan)")
            return
        }
        #expect(scan.timeRange == TimeRange(startNanoseconds: 2_000, endNanoseconds: 4_000))
        #expect(scan.filters.count == 1)
        #expect(
            try await Self.rows("SELECT usage FROM cpu WHERE time >= 2000 AND time < 4000 AND host = 'a'") == [
                [.float(3)]
            ])
    }

    @Test func orderByLimitBecomesTopK() async throws {
        let (engine, catalog) = try await Self.engine()
        let snapshot = try await catalog.snapshot()
        let plan = try engine.logicalPlan(
            QueryRequest(database: "db", text: "SELECT usage FROM cpu ORDER BY usage DESC LIMIT 2", language: .sql),
            snapshot: snapshot,
            database: try #require(snapshot.database(named: "db"))
        )
        guard case .limit(0, 2, .sort(_, let fetch, _)) = plan else {
            Issue.record("expected a top-k sort, got \(plan)")
            return
        }
        #expect(fetch == 2)
        #expect(try await Self.rows("SELECT usage FROM cpu ORDER BY usage DESC LIMIT 2") == [[.float(4)], [.float(3)]])
    }

    @Test func orderByAColumnThatIsNotSelected() async throws {
        #expect(
            try await Self.rows("SELECT host FROM cpu ORDER BY usage DESC") == [
                [.string("b")], [.string("a")], [.string("b")], [.string("a")],
            ])
    }

    @Test func parametersBindPlaceholders() async throws {
        let (engine, _) = try await Self.engine()
        let result = try await engine.execute(
            QueryRequest(
                database: "db", text: "SELECT count(*) FROM cpu WHERE host = $host", language: .sql,
                parameters: ["host": .string("a")])
        )
        #expect(try result.collect().first?.columns.first?.scalar(at: 0) == .integer(2))
        await #expect(
            throws: KernelError(.invalidInput, "Execution error: No value found for placeholder with name $host")
        ) {
            _ = try await engine.execute(
                QueryRequest(database: "db", text: "SELECT * FROM cpu WHERE host = $host", language: .sql))
        }
    }

    @Test func errorsCarryTheirKinds() async throws {
        let (engine, _) = try await Self.engine()
        await #expect(throws: KernelError(.notFound, "query error: database not found: nope")) {
            _ = try await engine.execute(QueryRequest(database: "nope", text: "SELECT 1", language: .sql))
        }
        await #expect(throws: KernelError(.invalidInput, "Error during planning: table 'public.iox.nope' not found")) {
            _ = try await engine.execute(QueryRequest(database: "db", text: "SELECT * FROM nope", language: .sql))
        }
        await #expect(throws: KernelError.self) {
            _ = try await engine.execute(
                QueryRequest(database: "db", text: "SELECT a FROM cpu JOIN cpu b ON true", language: .sql))
        }
    }

    @Test func systemQueriesListsRecentQueries() async throws {
        let (engine, _) = try await Self.engine()
        _ = try await engine.execute(QueryRequest(database: "db", text: "SELECT count(*) FROM cpu", language: .sql))
            .collect()
        _ = try? await engine.execute(QueryRequest(database: "db", text: "SELECT nope FROM cpu", language: .sql))
        let result = try await engine.execute(
            QueryRequest(
                database: "db",
                text: "SELECT query_text, success, running, phase, id FROM system.queries",
                language: .sql
            )
        )
        let rows = try result.collect().flatMap { batch in
            (0..<batch.rowCount).map { row in batch.columns.map { $0.scalar(at: row) } }
        }
        // In log order; ids are random UUIDs, as InfluxDB 3 gives them.
        #expect(rows.count == 3)
        #expect(
            rows[0].prefix(4) == [
                .string("SELECT count(*) FROM cpu"), .boolean(true), .boolean(false), .string("success"),
            ])
        #expect(
            rows[1].prefix(4) == [.string("SELECT nope FROM cpu"), .boolean(false), .boolean(false), .string("fail")])
        #expect(rows[2][2] == .boolean(true))
        for row in rows {
            guard case .string(let id) = row[4] else { continue }
            #expect(id.count == 36 && id.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        }
    }
}

@Suite("Window functions through the SQL engine")
struct WindowPlanningTests {
    @Test func windowColumnsAreNamedAsDataFusionNamesThem() async throws {
        let (engine, _) = try await PlannerTests.engine()
        let result = try await engine.execute(
            QueryRequest(
                database: "db", text: "SELECT row_number() OVER (PARTITION BY host ORDER BY time) FROM cpu",
                language: .sql))
        #expect(
            try result.collect().first?.columns.first?.name
                == "row_number() PARTITION BY [cpu.host] ORDER BY [cpu.time ASC NULLS LAST] RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"
        )
    }

    @Test func windowsOverAggregatesAndInOrderBy() async throws {
        let rows = try await PlannerTests.rows(
            "SELECT host, sum(usage), rank() OVER (ORDER BY sum(usage) DESC) AS r FROM cpu GROUP BY host ORDER BY r")
        #expect(rows == [[.string("b"), .float(6), .uinteger(1)], [.string("a"), .float(4), .uinteger(2)]])
        let named = try await PlannerTests.rows(
            "SELECT sum(usage) OVER w FROM cpu WINDOW w AS (ORDER BY time ROWS 1 PRECEDING) ORDER BY time")
        #expect(named == [[.float(1)], [.float(3)], [.float(5)], [.float(7)]])
    }

    @Test func influxWindowFunctions() async throws {
        let difference = try await PlannerTests.rows(
            "SELECT difference(usage) OVER (PARTITION BY host ORDER BY time) FROM cpu ORDER BY time")
        #expect(difference == [[.null], [.null], [.float(2)], [.float(2)]])
        let derivative = try await PlannerTests.rows(
            "SELECT derivative(usage, INTERVAL '1 microsecond', time) OVER (ORDER BY time) FROM cpu ORDER BY time")
        #expect(derivative == [[.null], [.float(1)], [.float(1)], [.float(1)]])
        let falling = try await PlannerTests.rows(
            "SELECT non_negative_difference(usage) OVER (ORDER BY usage DESC) FROM cpu")
        #expect(falling == Array(repeating: [.null], count: 4))
        // Walking backwards in time: value and time both fall, so the rate per second stays positive.
        let backwards = try await PlannerTests.rows(
            "SELECT non_negative_derivative(usage, INTERVAL '1 second', time) OVER (ORDER BY usage DESC) FROM cpu")
        #expect(backwards == [[.float(1e6)], [.float(1e6)], [.float(1e6)], [.null]])
    }

    @Test func windowErrors() async throws {
        await #expect(throws: KernelError.self) {
            _ = try await PlannerTests.rows("SELECT row_number() OVER nope FROM cpu")
        }
        await #expect(throws: KernelError.self) {
            _ = try await PlannerTests.rows(
                "SELECT sum(usage) OVER (RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM cpu")
        }
    }
}
