import Kernel
import Testing

@Suite("Catalog operations are pure: prepare against a snapshot")
struct CatalogOperationTests {
    func name(_ text: String) throws -> DatabaseName { try DatabaseName(validating: text) }

    @Test func ensureWriteSchemaCreatesWhatIsMissingInOrder() throws {
        let operation = EnsureWriteSchema(
            database: try name("db"),
            tables: [.init(name: "cpu", columns: [.init(name: "host", type: .tag), .init(name: "v", type: .float)])]
        )
        let mutations = try operation.prepare(.initial, limits: CatalogLimits())
        #expect(
            mutations == [
                .createDatabase(name: "db"), .createTable(database: "db", table: "cpu"),
                .addColumn(database: "db", table: "cpu", column: "host", type: .tag),
                .addColumn(database: "db", table: "cpu", column: "v", type: .float),
                .addColumn(database: "db", table: "cpu", column: "time", type: .time),
            ]
        )
        let (snapshot, records) = try CatalogSnapshot.initial.applying(mutations)
        #expect(snapshot.version == 1)
        #expect(records.first == .database(id: DatabaseID(1), name: "db"))
        #expect(snapshot.database(named: "db")?.table(named: "cpu")?.columns.map(\.id.rawValue) == [0, 1, 2])
        #expect(try operation.prepare(snapshot, limits: CatalogLimits()).isEmpty)
    }

    @Test func typeConflictIsAConflict() throws {
        let first = EnsureWriteSchema(
            database: try name("db"), tables: [.init(name: "t", columns: [.init(name: "v", type: .float)])])
        let (snapshot, _) = try CatalogSnapshot.initial.applying(try first.prepare(.initial, limits: CatalogLimits()))
        let second = EnsureWriteSchema(
            database: try name("db"), tables: [.init(name: "t", columns: [.init(name: "v", type: .string)])])
        #expect(
            throws: KernelError(
                .conflict,
                "invalid column type for column 'v', expected iox::column_type::field::float, got iox::column_type::field::string"
            )
        ) { try second.prepare(snapshot, limits: CatalogLimits()) }
    }

    @Test func limits() throws {
        let limits = CatalogLimits(maxDatabases: 1, maxTables: 1, maxColumnsPerTable: 1)
        let one = EnsureWriteSchema(
            database: try name("a"), tables: [.init(name: "t", columns: [.init(name: "v", type: .float)])])
        let (snapshot, _) = try CatalogSnapshot.initial.applying(try one.prepare(.initial, limits: limits))
        #expect(throws: KernelError(.limitExceeded, "Adding a new database would exceed limit of 1 databases")) {
            try CreateDatabase(name: try name("b")).prepare(snapshot, limits: limits)
        }
        let table = EnsureWriteSchema(database: try name("a"), tables: [.init(name: "u", columns: [])])
        #expect(
            throws: KernelError(
                .limitExceeded,
                "Update to schema would exceed number of tables limit: attempted to create table but already have 1 table(s) (limit: 1)"
            )
        ) { try table.prepare(snapshot, limits: limits) }
        let column = EnsureWriteSchema(
            database: try name("a"), tables: [.init(name: "t", columns: [.init(name: "w", type: .float)])])
        #expect(
            throws: KernelError(
                .limitExceeded, "Update to schema would exceed number of columns per table limit of 1 columns")
        ) { try column.prepare(snapshot, limits: limits) }
    }

    @Test func createDatabaseRefusesDuplicates() throws {
        let (snapshot, _) = try CatalogSnapshot.initial.applying([.createDatabase(name: "x")])
        #expect(throws: KernelError(.alreadyExists, "attempted to create a resource that already exists")) {
            try CreateDatabase(name: try name("x")).prepare(snapshot, limits: CatalogLimits())
        }
    }
}
