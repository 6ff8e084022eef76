import Kernel
import KernelTesting
import SQLiteCatalog
import Testing

/// Every backend passes the shared catalog suite; these run it on a temporary SQLite file and on
/// the in-memory catalog other modules test against.
@Suite("Catalog conformance")
struct CatalogConformanceTests {
    @Test("SQLite catalog", arguments: CatalogConformance.checks)
    func sqlite(_ check: CatalogConformance.Check) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try await check.run(makeStore: directory.makeStore)
    }

    @Test("in-memory catalog", arguments: CatalogConformance.checks)
    func inMemory(_ check: CatalogConformance.Check) async throws {
        try await check.run(makeStore: Self.makeInMemoryStore)
    }

    @Test("the whole suite runs through run(makeStore:)")
    func wholeSuite() async throws {
        try await CatalogConformance.run(makeStore: Self.makeInMemoryStore)
    }

    @Test("a failing backend is reported with the check's name")
    func failureNamesTheCheck() async throws {
        let broken: CatalogConformance.MakeStore = {
            { _ in InMemoryCatalog(catalogUUID: "") }
        }
        guard let check = CatalogConformance.checks.first else {
            throw ConformanceFailure(check: "", message: "no checks")
        }
        let failure = await #expect(throws: ConformanceFailure.self) { try await check.run(makeStore: broken) }
        #expect(failure?.check == check.name)
        #expect(failure?.message == "catalogUUID must not be empty")
    }

    @Test("a backend that forgets on reopen fails exactly the persistence checks")
    func forgetfulBackendFails() async throws {
        let forgetful: CatalogConformance.MakeStore = {
            { limits in InMemoryCatalog(limits: limits) }
        }
        let failure = await #expect(throws: ConformanceFailure.self) {
            try await CatalogConformance.run(makeStore: forgetful)
        }
        #expect(
            failure?.check
                == "everything committed survives a reopen, nothing failed does, "
                + "concurrent applies end in one consistent snapshot, "
                + "named admin and resource tokens keep every field across a reopen, "
                + "regenerating the operator token keeps its id and replaces its hash, "
                + "deleting tokens: _admin refused, unknown 404, ids never reused, "
                + "DeleteData records the WAL sequence it clears, for a database or a table, "
                + "retention and deletion survive a reopen"
        )
    }

    /// Every open of one in-memory store shares its state, like reopening a file.
    private static let makeInMemoryStore: CatalogConformance.MakeStore = {
        let root = InMemoryCatalog()
        return { limits in root.reopened(limits: limits) }
    }
}
