import Kernel
import Testing

@testable import SQLiteCatalog

/// The catalog file's schema migrations: each applied once, in order, and a file from a newer
/// server refused.
@Suite("Catalog schema migrations")
struct MigrationTests {
    @Test("migration identifiers are unique and 0001 comes first")
    func identifiers() {
        let identifiers = CatalogMigrations.all.map(\.identifier)
        #expect(Set(identifiers).count == identifiers.count)
        #expect(identifiers.first == "0001_create_catalog")
    }

    @Test("0001 and 0002 create the catalog tables, its identity, version 0 and _internal")
    func createCatalog() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.newCatalogPath()
        _ = try SQLiteCatalog.open(path: path)
        let connection = try SQLiteConnection.open(path: path)
        #expect(
            try SchemaMigrator.appliedIdentifiers(connection) == [
                "0001_create_catalog", "0002_create_tokens", "0003_retention_and_deletion",
            ])
        let tables = try connection.rows("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") {
            $0.text(at: 0)
        }
        #expect(tables == ["catalog_meta", "columns", "databases", "schema_migrations", "tables", "tokens"])
        #expect(try SnapshotLoader.load(connection) == .initial)
        let uuid = try SnapshotLoader.catalogUUID(connection)
        #expect(uuid.count == 36)
        #expect(uuid.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        #expect(Array(uuid)[14] == "4")
    }

    @Test("0001's tables are STRICT and enforce unique ids and names per parent")
    func createCatalogConstraints() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.newCatalogPath()
        _ = try SQLiteCatalog.open(path: path)
        let connection = try SQLiteConnection.open(path: path)
        try connection.run("INSERT INTO tables (database_id, id, name) VALUES (0, 0, 'cpu')")
        let rejected = [
            "INSERT INTO databases (id, name, created_at) VALUES (1, '_internal', 0)",
            "INSERT INTO tables (database_id, id, name) VALUES (0, 0, 'mem')",
            "INSERT INTO tables (database_id, id, name) VALUES (0, 1, 'cpu')",
            "INSERT INTO tables (database_id, id, name) VALUES (7, 0, 'cpu')",
            "INSERT INTO tables (database_id, id, name) VALUES (0, 'one', 'disk')",
            "INSERT INTO columns (database_id, table_id, id, name, type) VALUES (0, 9, 0, 'x', 0)",
        ]
        for sql in rejected {
            #expect(throws: KernelError.self, "\(sql)") { try connection.run(sql) }
        }
    }

    @Test("0002's token table keeps 64-byte digests with unique names and hashes")
    func createTokensConstraints() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.newCatalogPath()
        _ = try SQLiteCatalog.open(path: path)
        let connection = try SQLiteConnection.open(path: path)
        let insert = "INSERT INTO tokens (id, name, hash, created_at_ms, permissions) VALUES (?, ?, ?, 0, '*:*:*')"
        try connection.run(insert, [.integer(0), .text("a"), .blob(SHA512.digest([1]))])
        let rejected: [[SQLiteValue]] = [
            [.integer(1), .text("a"), .blob(SHA512.digest([2]))],
            [.integer(1), .text("b"), .blob(SHA512.digest([1]))],
            [.integer(1), .text("b"), .blob([1, 2, 3])],
            [.integer(0), .text("c"), .blob(SHA512.digest([3]))],
        ]
        for values in rejected {
            #expect(throws: KernelError.self, "\(values)") { try connection.run(insert, values) }
        }
        #expect(
            try connection.rows("SELECT value FROM catalog_meta WHERE key = 'next_token_id'") { $0.int64(at: 0) }
                == [0])
    }

    @Test("reopening a migrated file applies nothing again and keeps the identity")
    func reopenAppliesNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.newCatalogPath()
        let first = try SQLiteCatalog.open(path: path)
        let connection = try SQLiteConnection.open(path: path)
        let appliedAt = try connection.rows("SELECT applied_at FROM schema_migrations") { $0.int64(at: 0) }
        #expect(try CatalogMigrations.migrator.migrate(connection, nowNanoseconds: 1).isEmpty)
        let second = try SQLiteCatalog.open(path: path)
        #expect(second.catalogUUID == first.catalogUUID)
        #expect(try connection.rows("SELECT applied_at FROM schema_migrations") { $0.int64(at: 0) } == appliedAt)
        #expect(try connection.rows("SELECT count(*) FROM databases") { $0.int64(at: 0) } == [1])
    }

    @Test("a file recording a migration this binary does not know is refused")
    func unknownMigration() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.newCatalogPath()
        _ = try SQLiteCatalog.open(path: path)
        let connection = try SQLiteConnection.open(path: path)
        try connection.run("INSERT INTO schema_migrations (identifier, applied_at) VALUES ('9999_from_the_future', 0)")
        let error = #expect(throws: KernelError.self) { try SQLiteCatalog.open(path: path) }
        #expect(error?.kind == .internalError)
        #expect(
            error?.message
                == "SQLite catalog: \(path) was migrated by a newer version of the server "
                + "(unknown schema migrations: 9999_from_the_future); run a server version that knows them"
        )
    }

    @Test("0002 upgrades a 0001 file: rows kept, _internal gets 7 days, new attributes persist")
    func retentionAndDeletion() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.newCatalogPath()
        do {
            try ParentDirectory.create(for: path)
            let connection = try SQLiteConnection.open(path: path)
            _ = try SchemaMigrator(migrations: [CatalogMigrations.createCatalog]).migrate(connection, nowNanoseconds: 0)
            try connection.run("INSERT INTO databases (id, name, created_at) VALUES (1, 'old', 0)")
            try connection.run("INSERT INTO tables (database_id, id, name) VALUES (1, 0, 'cpu')")
        }
        let catalog = try SQLiteCatalog.open(path: path)
        let snapshot = try await catalog.snapshot()
        #expect(snapshot.databases.first?.retentionPeriod == .seconds(7 * 86_400))
        #expect(snapshot.database(named: "old")?.table(named: "cpu") == TableSchema(id: TableID(0), name: "cpu"))
        _ = try await catalog.apply(
            DeleteTable(
                database: "old", target: .table("cpu"), hardDeletion: .never, nowNanoseconds: 0, defaultDelay: .zero))
        _ = try await catalog.apply(SetDatabaseRetention(database: "old", retentionPeriod: .seconds(60)))
        let reloaded = try SnapshotLoader.load(try SQLiteConnection.open(path: path))
        #expect(reloaded.database(named: "old")?.retentionPeriod == .seconds(60))
        #expect(reloaded.database(named: "old")?.tables.first?.name == "cpu-19700101T000000")
        #expect(reloaded.database(named: "old")?.tables.first?.isDeleted == true)
    }

    @Test("pending migrations run in list order; a failing one is rolled back and not recorded")
    func orderAndRollback() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let connection = try SQLiteConnection.open(path: "\(directory.path)/db.sqlite")
        let first = SchemaMigration(identifier: "a") { connection, _ throws(KernelError) in
            try connection.execute("CREATE TABLE a (x INTEGER) STRICT")
        }
        let second = SchemaMigration(identifier: "b") { connection, _ throws(KernelError) in
            try connection.execute("INSERT INTO a (x) VALUES (1)")
        }
        let failing = SchemaMigration(identifier: "c") { connection, _ throws(KernelError) in
            try connection.execute("CREATE TABLE c (x INTEGER) STRICT")
            throw KernelError(.internalError, "boom")
        }
        #expect(try SchemaMigrator(migrations: [first]).migrate(connection, nowNanoseconds: 0) == ["a"])
        #expect(try SchemaMigrator(migrations: [first, second]).migrate(connection, nowNanoseconds: 0) == ["b"])
        #expect(throws: KernelError(.internalError, "boom")) {
            try SchemaMigrator(migrations: [first, second, failing]).migrate(connection, nowNanoseconds: 0)
        }
        #expect(try SchemaMigrator.appliedIdentifiers(connection) == ["a", "b"])
        #expect(try connection.rows("SELECT name FROM sqlite_schema WHERE name = 'c'") { $0.text(at: 0) }.isEmpty)
        #expect(try connection.rows("SELECT x FROM a") { $0.int64(at: 0) } == [1])
    }
}
