import Ingest
import Kernel
import KernelTesting
import Logging
import PostgresCatalog
import Testing
import WAL

/// Several nodes on one PostgreSQL catalog: each node is its own `PostgresCatalog` (its own
/// connection and in-memory snapshot) on the same database.
@Suite("PostgreSQL catalog shared by nodes", .enabled(if: TestPostgres.shouldRun, TestPostgres.skipReason))
struct SharedCatalogTests {
    @Test func racingNodesConvergeOnOneConsistentCatalog() async throws {
        let database = try TestPostgres.makeDatabase()
        defer { database.drop() }
        let nodes = [
            try await PostgresCatalog.open(url: database.url, refreshInterval: nil),
            try await PostgresCatalog.open(url: database.url, refreshInterval: nil),
        ]
        // The same and different databases, tables and columns, from both nodes at once.
        let operations = try (0..<40).map { index in
            try ensure(
                "db\(index % 3)",
                [
                    ("t\(index % 4)", [("host", .tag), ("f\(index % 5)", .float)]),
                    ("n\(index % 2)_\(index % 7)", [("v\(index % 3)", .integer)]),
                ])
        }
        let created = try await withThrowingTaskGroup(of: Bool.self) { group in
            for (index, operation) in operations.enumerated() {
                group.addTask {
                    _ = try await nodes[index % 2].apply(operation)
                    return false
                }
            }
            for node in nodes {
                group.addTask {
                    do {
                        _ = try await node.apply(CreateDatabase(name: try DatabaseName(validating: "explicit")))
                        return true
                    } catch let error as KernelError where error.kind == .alreadyExists {
                        return false
                    }
                }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(created == 1, "exactly one node creates the explicit database")
        let fresh = try await PostgresCatalog.open(url: database.url, refreshInterval: nil).snapshot()
        #expect(fresh.consistencyProblems == [])
        for node in nodes {
            #expect(try await node.refresh() == fresh, "a node disagrees with a fresh load")
        }
        for operation in operations {
            #expect(try operation.prepare(fresh, limits: CatalogLimits()).isEmpty, "a required column is missing")
        }
        #expect(fresh.userDatabaseCount == 4)
    }

    @Test func aNodeWritesToATableAnotherNodeCreated() async throws {
        let database = try TestPostgres.makeDatabase()
        defer { database.drop() }
        let nodeA = try await Node(url: database.url)
        let nodeB = try await Node(url: database.url)
        _ = try await nodeB.catalog.apply(CreateDatabase(name: try DatabaseName(validating: "seen-by-b")))
        #expect(try await nodeA.write("cpu,host=a usage=1 1") == 1)
        // B has not refreshed: it does not know `metrics.cpu`, yet its write converges to A's ids.
        #expect(try await nodeB.catalog.snapshot().database(named: "metrics") == nil)
        #expect(try await nodeB.write("cpu,host=b usage=2,idle=3 2\nmem free=1i 2") == 2)
        let fresh = try await PostgresCatalog.open(url: database.url, refreshInterval: nil).snapshot()
        #expect(fresh.consistencyProblems == [])
        #expect(try await nodeB.catalog.snapshot() == fresh)
        let cpu = fresh.database(named: "metrics")?.table(named: "cpu")
        #expect(cpu?.id == TableID(0))
        #expect(cpu?.columns.map(\.name) == ["host", "usage", "time", "idle"])
        #expect(cpu?.columns.map(\.id.rawValue) == [0, 1, 2, 3])
        // A type another node fixed is a per-line error on B, not a failure of the catalog.
        #expect(try await nodeA.write("cpu,host=a load=1i 3") == 1)
        await #expect(throws: WriteRejection.self) { try await nodeB.write("cpu,host=b load=1.5 4") }
        #expect(
            try await nodeB.catalog.snapshot().database(named: "metrics")?.table(named: "cpu")?.column(
                named: "load")?.type == .integer)
        await nodeA.close()
        await nodeB.close()
    }

    @Test func theStaleNodeSeesAnotherNodesChangeAfterARefreshInterval() async throws {
        let database = try TestPostgres.makeDatabase()
        defer { database.drop() }
        let writer = try await PostgresCatalog.open(url: database.url, refreshInterval: nil)
        let reader = try await PostgresCatalog.open(url: database.url, refreshInterval: .milliseconds(50))
        let committed = try await writer.apply(CreateDatabase(name: try DatabaseName(validating: "later")))
        let deadline = ContinuousClock.now + .seconds(10)
        while try await reader.snapshot() != committed, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(try await reader.snapshot() == committed)
    }

    @Test func nodesStartingTogetherMigrateOnceAndShareOneIdentity() async throws {
        let database = try TestPostgres.makeDatabase()
        defer { database.drop() }
        let identities = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<4 {
                group.addTask { try await PostgresCatalog.open(url: database.url, refreshInterval: nil).catalogUUID }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(identities.count == 1)
        let migrations = try database.rows("SELECT identifier FROM schema_migrations ORDER BY position")
        #expect(migrations == [["0001_create_catalog"], ["0002_create_tokens"], ["0003_retention_and_deletion"]])
    }

    /// One server node's write path: its own WAL and buffer, the shared catalog.
    struct Node {
        let catalog: PostgresCatalog
        let wal: WriteAheadLog
        let service: WriteService

        init(url: String) async throws {
            catalog = try await PostgresCatalog.open(url: url, refreshInterval: nil)
            let buffer = WriteBuffer()
            wal = try WriteAheadLog.open(
                configuration: WALConfiguration(directory: "/wal"),
                fileIO: InMemoryFileIO(),
                logger: Logger(label: "test"),
                replay: { buffer.insert($0.batch, sequence: $0.sequence) }
            )
            service = WriteService(
                catalog: catalog, wal: wal, buffer: buffer, clock: ManualWallClock(), logger: Logger(label: "test"))
        }

        func write(_ text: String) async throws -> Int {
            try await service.write(
                WriteRequest(
                    database: "metrics", dialect: .v3, precision: .nanosecond, acceptPartial: true, noSync: false,
                    body: Array(text.utf8)))
        }

        func close() async { await wal.close() }
    }
}

func ensure(_ database: String, _ tables: [(String, [(String, ColumnType)])]) throws -> EnsureWriteSchema {
    EnsureWriteSchema(
        database: try DatabaseName(validating: database),
        tables: tables.map { name, columns in
            .init(name: name, columns: columns.map { .init(name: $0.0, type: $0.1) })
        }
    )
}

/// The backstops: unique constraints, retries and reconnection.
@Suite("PostgreSQL catalog: conflicts and failures", .enabled(if: TestPostgres.shouldRun, TestPostgres.skipReason))
struct CommitRetryTests {
    @Test func aUniqueViolationReloadsAndConvergesToTheStoredIDs() async throws {
        let database = try TestPostgres.makeDatabase()
        defer { database.drop() }
        let catalog = try await PostgresCatalog.open(url: database.url, refreshInterval: nil)
        _ = try await catalog.apply(try ensure("metrics", [("cpu", [("usage", .float)])]))
        // A writer that skipped the version lock (and the version bump) created `mem` as id 1:
        // this node's snapshot and the version do not show it, only the unique key does.
        try database.execute(
            """
            INSERT INTO tables (database_id, id, name) VALUES (1, 1, 'mem');
            INSERT INTO columns (database_id, table_id, id, name, type) VALUES (1, 1, 0, 'time', \
            \(ColumnType.time.rawValue))
            """)
        let after = try await catalog.apply(try ensure("metrics", [("mem", [("free", .integer)])]))
        let mem = after.database(named: "metrics")?.table(named: "mem")
        #expect(mem?.id == TableID(1))
        #expect(mem?.columns.map(\.name) == ["time", "free"])
        let fresh = try await PostgresCatalog.open(url: database.url, refreshInterval: nil).snapshot()
        #expect(fresh == after)
        #expect(fresh.consistencyProblems == [])
    }

    @Test func aTerminatedConnectionIsReopenedAndTheApplyCommits() async throws {
        let database = try TestPostgres.makeDatabase()
        defer { database.drop() }
        let catalog = try await PostgresCatalog.open(url: database.url, refreshInterval: nil)
        _ = try await catalog.apply(CreateDatabase(name: try DatabaseName(validating: "before")))
        _ = try database.rows(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE datname = '\(database.name)' AND pid <> pg_backend_pid()")
        try await Task.sleep(for: .milliseconds(200))  // termination is asynchronous
        let after = try await catalog.apply(CreateDatabase(name: try DatabaseName(validating: "after")))
        #expect(after.database(named: "after")?.id == DatabaseID(2))
        #expect(try await PostgresCatalog.open(url: database.url, refreshInterval: nil).snapshot() == after)
    }
}
