import Kernel
import KernelTesting
import PostgresCatalog
import Testing

/// The shared catalog suite on PostgreSQL: each check gets a new database, and every open of the
/// store is a new `PostgresCatalog` (its own connection) on that database, like a restart.
@Suite("PostgreSQL catalog conformance", .enabled(if: TestPostgres.shouldRun, TestPostgres.skipReason))
struct PostgresConformanceTests {
    @Test("PostgreSQL catalog", arguments: CatalogConformance.checks)
    func postgres(_ check: CatalogConformance.Check) async throws {
        let database = try TestPostgres.makeDatabase()
        defer { database.drop() }
        let url = database.url
        try await check.run(makeStore: {
            { limits in try await PostgresCatalog.open(url: url, limits: limits, refreshInterval: nil) }
        })
    }
}
