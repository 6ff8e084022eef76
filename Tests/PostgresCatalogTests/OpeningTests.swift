import Kernel
import PostgresCatalog
import Testing

/// Opening the catalog: migrations recorded, newer databases refused, clear connection errors.
@Suite("PostgreSQL catalog: opening", .enabled(if: TestPostgres.shouldRun, TestPostgres.skipReason))
struct OpeningTests {
    @Test func aFreshDatabaseIsMigratedAndHoldsInternalAtZero() async throws {
        let database = try TestPostgres.makeDatabase()
        defer { database.drop() }
        let catalog = try await PostgresCatalog.open(url: database.url, refreshInterval: nil)
        #expect(try await catalog.snapshot() == .initial)
        #expect(try database.rows("SELECT id, name FROM databases") == [["0", "_internal"]])
        #expect(try database.rows("SELECT value FROM catalog_meta WHERE key = 'version'") == [["0"]])
        let uuid = try database.rows("SELECT value FROM catalog_meta WHERE key = 'catalog_uuid'")
        #expect(uuid == [[catalog.catalogUUID]])
        #expect(catalog.catalogUUID.count == 36)
    }

    @Test func aDatabaseMigratedByANewerServerIsRefused() async throws {
        let database = try TestPostgres.makeDatabase()
        defer { database.drop() }
        _ = try await PostgresCatalog.open(url: database.url, refreshInterval: nil)
        try database.execute("INSERT INTO schema_migrations (identifier, applied_at) VALUES ('9999_future', 0)")
        let error = await #expect(throws: KernelError.self) {
            try await PostgresCatalog.open(url: database.url, refreshInterval: nil)
        }
        #expect(error?.message.contains("was migrated by a newer version of the server") == true)
        #expect(error?.message.contains("9999_future") == true)
    }

    @Test func anUnreachableServerIsUnavailableAndThePasswordIsNotShown() async throws {
        let error = await #expect(throws: KernelError.self) {
            try await PostgresCatalog.open(url: "postgres://user:secret@127.0.0.1:1/none", refreshInterval: nil)
        }
        #expect(error?.kind == .unavailable)
        #expect(
            error?.message.hasPrefix("PostgreSQL catalog: cannot connect to postgres://user:***@127.0.0.1:1/none")
                == true)
        #expect(error?.message.contains("secret") == false)
    }

    @Test func aNameWithANulCharacterIsRefusedNotTruncated() async throws {
        let database = try TestPostgres.makeDatabase()
        defer { database.drop() }
        let catalog = try await PostgresCatalog.open(url: database.url, refreshInterval: nil)
        let error = await #expect(throws: KernelError.self) {
            try await catalog.apply(try ensure("metrics", [("a\u{0}b", [("v", .float)])]))
        }
        #expect(error?.kind == .invalidInput)
        #expect(try await catalog.snapshot() == .initial)
    }
}
