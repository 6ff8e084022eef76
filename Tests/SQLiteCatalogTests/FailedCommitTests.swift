import Kernel
import Testing

@testable import SQLiteCatalog

/// What `apply` does when the file does not match memory: a failed commit publishes nothing, and a
/// change committed by another connection is loaded and prepared against.
@Suite("SQLite catalog commits")
struct FailedCommitTests {
    @Test("a commit that violates a constraint leaves memory and file unchanged")
    func constraintViolation() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.newCatalogPath()
        let catalog = try SQLiteCatalog.open(path: path)
        let before = try await catalog.apply(CreateDatabase(name: try DatabaseName(validating: "alpha")))
        // Behind the catalog's back, take the id its next table will get; the version is left alone
        // so the catalog does not notice and its insert hits the primary key.
        let intruder = try SQLiteConnection.open(path: path)
        try intruder.run("INSERT INTO tables (database_id, id, name) VALUES (1, 0, 'intruder')")
        let operation = EnsureWriteSchema(
            database: try DatabaseName(validating: "alpha"),
            tables: [.init(name: "cpu", columns: [.init(name: "usage", type: .float)])]
        )
        let error = await #expect(throws: KernelError.self) { try await catalog.apply(operation) }
        #expect(error?.kind == .internalError)
        #expect(error?.message.contains("UNIQUE constraint failed") == true)
        #expect(try await catalog.snapshot() == before)
        #expect(try SnapshotLoader.version(intruder) == before.version)
        #expect(try intruder.rows("SELECT count(*) FROM columns") { $0.int64(at: 0) } == [0])
    }

    @Test("a change committed through another connection is loaded before preparing")
    func otherConnectionWins() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.newCatalogPath()
        let first = try SQLiteCatalog.open(path: path)
        let second = try SQLiteCatalog.open(path: path)
        _ = try await first.apply(CreateDatabase(name: try DatabaseName(validating: "alpha")))
        let alpha = try DatabaseName(validating: "alpha")
        let error = await #expect(throws: KernelError.self) { try await second.apply(CreateDatabase(name: alpha)) }
        #expect(error?.kind == .alreadyExists)
        let after = try await second.apply(CreateDatabase(name: try DatabaseName(validating: "beta")))
        #expect(after.databases.map(\.name) == ["_internal", "alpha", "beta"])
        #expect(after.database(named: "beta")?.id == DatabaseID(2))
        #expect(after.version == 2)
        #expect(try await SQLiteCatalog.open(path: path).snapshot() == after)
    }
}
