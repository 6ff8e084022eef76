import Kernel

/// The behaviour every `Catalog` backend must show, as checks that need no test framework: each
/// backend's test target runs them (all at once with `run(makeStore:)`, or one test per element of
/// `checks`). A check gets a fresh store and may open it several times, to test persistence.
public enum CatalogConformance {
    /// Opens a catalog with the given limits on one store. Every call opens the *same* store (the
    /// first creates it), as a server restart reopens the same file or database.
    public typealias Open = @Sendable (CatalogLimits) async throws -> any Catalog
    /// Creates a new, empty store and returns how to open it.
    public typealias MakeStore = @Sendable () async throws -> Open

    /// One named check of the suite.
    public struct Check: Sendable, CustomStringConvertible {
        public let name: String
        let body: @Sendable (Open) async throws -> Void

        public var description: String { name }

        /// Runs the check on a new store; any failure is thrown as a `ConformanceFailure` naming it.
        public func run(makeStore: MakeStore) async throws(ConformanceFailure) {
            do {
                try await body(try await makeStore())
            } catch let violation as Violation {
                throw ConformanceFailure(check: name, message: violation.message)
            } catch {
                throw ConformanceFailure(check: name, message: "unexpected error: \(error)")
            }
        }
    }

    /// Runs every check, each on its own new store; throws one failure naming every failed check.
    public static func run(makeStore: MakeStore) async throws(ConformanceFailure) {
        var failures: [ConformanceFailure] = []
        for check in checks {
            do {
                try await check.run(makeStore: makeStore)
            } catch {
                failures.append(error)
            }
        }
        guard failures.isEmpty else {
            throw ConformanceFailure(
                check: failures.map(\.check).joined(separator: ", "),
                message: failures.map(\.description).joined(separator: "\n")
            )
        }
    }

    /// The suite, in a stable order.
    public static let checks: [Check] =
        [
            Check(name: "a fresh catalog has only _internal and a stable identity", body: freshCatalog),
            Check(name: "CreateDatabase assigns ids 1, 2, 3 in order", body: createDatabaseIDs),
            Check(name: "creating an existing database fails with alreadyExists", body: createDuplicateDatabase),
            Check(name: "EnsureWriteSchema creates databases, tables and columns in order", body: ensureCreates),
            Check(name: "EnsureWriteSchema is idempotent", body: ensureIsIdempotent),
            Check(name: "EnsureWriteSchema adds tables and columns later", body: ensureAddsLater),
            Check(name: "a column type conflict fails with conflict and changes nothing", body: typeConflict),
            Check(name: "the database limit is enforced", body: databaseLimit),
            Check(name: "the table limit is enforced", body: tableLimit),
            Check(name: "the column limit is enforced", body: columnLimit),
            Check(name: "everything committed survives a reopen, nothing failed does", body: survivesReopen),
            Check(name: "concurrent applies end in one consistent snapshot", body: concurrentApplies),
        ] + tokenChecks + configureChecks

    /// A broken expectation inside a check; `Check.run` adds the check's name.
    struct Violation: Error {
        var message: String
    }
}

/// A failed conformance check: which check and what it saw.
public struct ConformanceFailure: Error, Sendable, CustomStringConvertible {
    public var check: String
    public var message: String

    public init(check: String, message: String) {
        self.check = check
        self.message = message
    }

    public var description: String { "catalog conformance check '\(check)' failed: \(message)" }
}

// MARK: - Checks

extension CatalogConformance {
    static let small = CatalogLimits(maxDatabases: 2, maxTables: 3, maxColumnsPerTable: 3)

    static func freshCatalog(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        try require(try await catalog.snapshot() == .initial, "a fresh catalog must hold only _internal (id 0), v0")
        try require(!catalog.catalogUUID.isEmpty, "catalogUUID must not be empty")
        let reopened = try await open(CatalogLimits())
        try require(reopened.catalogUUID == catalog.catalogUUID, "catalogUUID changed on reopen")
        try require(try await reopened.snapshot() == .initial, "a reopened fresh catalog must equal the initial one")
    }

    static func createDatabaseIDs(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        var last = CatalogSnapshot.initial
        for (offset, name) in ["alpha", "beta", "gamma"].enumerated() {
            last = try await catalog.apply(CreateDatabase(name: try DatabaseName(validating: name)))
            try require(last.database(named: name)?.id == DatabaseID(UInt32(offset + 1)), "\(name) got the wrong id")
            try require(last.version == UInt64(offset + 1), "version must grow by one per apply, got \(last.version)")
        }
        try require(last.databases.map(\.name) == ["_internal", "alpha", "beta", "gamma"], "databases out of order")
        try require(try await catalog.snapshot() == last, "snapshot() differs from what apply returned")
    }

    static func createDuplicateDatabase(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        let before = try await catalog.apply(CreateDatabase(name: try DatabaseName(validating: "alpha")))
        let message = "attempted to create a resource that already exists"
        for name in [try DatabaseName(validating: "alpha"), DatabaseName(system: "_internal")] {
            try await requireError(.alreadyExists, message) { try await catalog.apply(CreateDatabase(name: name)) }
        }
        try await requireUnchanged(catalog, before)
    }

    static func ensureCreates(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        let applied = try await catalog.apply(
            try ensure(
                "metrics",
                [
                    ("cpu", [("host", .tag), ("region", .tag), ("usage", .float), ("count", .integer)]),
                    (
                        "mem",
                        [("host", .tag), ("free", .uinteger), ("time", .time), ("ok", .boolean), ("note", .string)]
                    ),
                ]
            )
        )
        let cpu = table(
            0, "cpu", [("host", .tag), ("region", .tag), ("usage", .float), ("count", .integer), ("time", .time)])
        let mem = table(
            1, "mem", [("host", .tag), ("free", .uinteger), ("time", .time), ("ok", .boolean), ("note", .string)])
        let expected = CatalogSnapshot(
            version: 1,
            databases: CatalogSnapshot.initial.databases + [
                DatabaseSchema(id: DatabaseID(1), name: "metrics", tables: [cpu, mem])
            ]
        )
        try require(applied == expected, "got \(applied), expected \(expected)")
        let second = try await catalog.apply(try ensure("other", [("cpu", [("host", .tag)])]))
        try require(second.database(named: "other")?.id == DatabaseID(2), "the second database must get id 2")
        try require(second.version == 2, "version must be 2 after two applies, got \(second.version)")
    }

    static func ensureIsIdempotent(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        let operation = try ensure(
            "metrics", [("cpu", [("host", .tag), ("usage", .float)]), ("mem", [("free", .integer)])])
        let first = try await catalog.apply(operation)
        let second = try await catalog.apply(operation)
        try require(second == first, "a second identical apply changed the snapshot to \(second)")
        try await requireUnchanged(catalog, first)
    }

    static func ensureAddsLater(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        _ = try await catalog.apply(try ensure("metrics", [("cpu", [("host", .tag), ("usage", .float)])]))
        let later = try await catalog.apply(
            try ensure(
                "metrics",
                [("cpu", [("usage", .float), ("idle", .float), ("zone", .tag)]), ("disk", [("free", .integer)])]
            )
        )
        let cpu = table(
            0, "cpu", [("host", .tag), ("usage", .float), ("time", .time), ("idle", .float), ("zone", .tag)])
        let disk = table(1, "disk", [("free", .integer), ("time", .time)])
        try require(
            later.database(named: "metrics")?.tables == [cpu, disk], "got \(later), expected tables \([cpu, disk])")
        try require(later.version == 2, "version must be 2 after two changing applies, got \(later.version)")
    }

    static func typeConflict(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        let before = try await catalog.apply(try ensure("metrics", [("cpu", [("usage", .float)])]))
        try await requireError(
            .conflict,
            "invalid column type for column 'usage', expected iox::column_type::field::float, "
                + "got iox::column_type::field::integer"
        ) {
            try await catalog.apply(
                try ensure("metrics", [("disk", [("free", .integer)]), ("cpu", [("usage", .integer)])]))
        }
        try await requireUnchanged(catalog, before)
    }

    static func databaseLimit(_ open: Open) async throws {
        let catalog = try await open(small)
        _ = try await catalog.apply(CreateDatabase(name: try DatabaseName(validating: "alpha")))
        let before = try await catalog.apply(try ensure("beta", [("cpu", [("usage", .float)])]))
        let message = "Adding a new database would exceed limit of 2 databases"
        try await requireError(.limitExceeded, message) {
            try await catalog.apply(CreateDatabase(name: try DatabaseName(validating: "gamma")))
        }
        try await requireError(.limitExceeded, message) {
            try await catalog.apply(try ensure("gamma", [("cpu", [("usage", .float)])]))
        }
        try await requireUnchanged(catalog, before)
    }

    static func tableLimit(_ open: Open) async throws {
        let catalog = try await open(small)
        _ = try await catalog.apply(try ensure("alpha", [("t1", [("a", .tag)]), ("t2", [("a", .tag)])]))
        let message = { (count: Int) in
            "Update to schema would exceed number of tables limit: attempted to create table but already have "
                + "\(count) table(s) (limit: 3)"
        }
        let before = try await catalog.snapshot()
        try await requireError(.limitExceeded, message(3)) {
            try await catalog.apply(try ensure("alpha", [("t3", [("a", .tag)]), ("t4", [("a", .tag)])]))
        }
        try await requireUnchanged(catalog, before)
        let three = try await catalog.apply(try ensure("alpha", [("t3", [("a", .tag)])]))
        try await requireError(.limitExceeded, message(3)) {
            try await catalog.apply(try ensure("beta", [("t1", [("a", .tag)])]))
        }
        try await requireUnchanged(catalog, three)
    }

    static func columnLimit(_ open: Open) async throws {
        let catalog = try await open(small)
        let before = try await catalog.apply(
            try ensure("alpha", [("cpu", [("a", .tag), ("b", .float), ("c", .float)])]))
        try await requireError(
            .limitExceeded,
            "Update to schema would exceed number of columns per table limit of 3 columns"
        ) {
            try await catalog.apply(try ensure("alpha", [("mem", [("x", .tag)]), ("cpu", [("d", .float)])]))
        }
        try await requireUnchanged(catalog, before)
    }

    static func survivesReopen(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        _ = try await catalog.apply(CreateDatabase(name: try DatabaseName(validating: "alpha")))
        _ = try await catalog.apply(
            try ensure(
                "metrics",
                [
                    ("cpu", ColumnType.allCases.filter { $0 != .time }.map { ("c\($0.rawValue)", $0) }),
                    ("mem", [("f", .float)]),
                ])
        )
        _ = try await catalog.apply(try ensure("alpha", [("t", [("x", .string)])]))
        let before = try await catalog.apply(try ensure("metrics", [("cpu", [("late", .boolean)])]))
        _ = try? await catalog.apply(try ensure("metrics", [("new", [("x", .tag)]), ("cpu", [("c2", .string)])]))
        let reopened = try await open(CatalogLimits())
        try require(reopened.catalogUUID == catalog.catalogUUID, "catalogUUID changed on reopen")
        try require(try await reopened.snapshot() == before, "reopened snapshot differs from the committed one")
        let after = try await reopened.apply(try ensure("beta", [("cpu", [("host", .tag)])]))
        try require(after.database(named: "beta")?.id == DatabaseID(3), "ids must continue after a reopen")
        let again = try await open(CatalogLimits())
        try require(try await again.snapshot() == after, "a change after a reopen did not survive another reopen")
    }

    static func concurrentApplies(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        let operations = try (0..<20).map { index in
            let columns: [(String, ColumnType)] = [
                ("host", .tag), ("region\(index % 2)", .tag), ("f\(index % 5)", .float),
            ]
            return try ensure("db\(index % 3)", [("t\(index % 4)", columns), ("t\((index + 1) % 4)", columns)])
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for operation in operations {
                group.addTask { _ = try await catalog.apply(operation) }
            }
            try await group.waitForAll()
        }
        let result = try await catalog.snapshot()
        try requireConsistent(result)
        for operation in operations {
            try require(try operation.prepare(result, limits: catalog.limits).isEmpty, "a required column is missing")
        }
        try require(result.tableCount == 12, "expected 4 tables in each of 3 databases, got \(result.tableCount)")
        try require(
            try await open(CatalogLimits()).snapshot() == result, "the concurrent result did not survive a reopen")
    }
}

// MARK: - Helpers

extension CatalogConformance {
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(Violation) {
        if !condition { throw Violation(message: message()) }
    }

    /// Requires `body` to throw a `KernelError` of `kind` with exactly `message`.
    static func requireError(
        _ kind: KernelError.Kind,
        _ message: String,
        _ body: () async throws -> CatalogSnapshot
    ) async throws {
        do {
            let snapshot = try await body()
            throw Violation(message: "expected \(kind) '\(message)', but apply succeeded with \(snapshot)")
        } catch let error as KernelError {
            try require(error.kind == kind, "expected \(kind), got \(error.kind) '\(error.message)'")
            try require(error.message == message, "expected message '\(message)', got '\(error.message)'")
        }
    }

    /// Requires the catalog's committed state to still be `before` (a failed apply changes nothing).
    static func requireUnchanged(_ catalog: any Catalog, _ before: CatalogSnapshot) async throws {
        let now = try await catalog.snapshot()
        try require(now == before, "the catalog changed: \(now), expected \(before)")
    }

    /// Names and ids are unique within their parent, and ids count up in creation order.
    static func requireConsistent(_ snapshot: CatalogSnapshot) throws(Violation) {
        try require(Set(snapshot.databases.map(\.name)).count == snapshot.databases.count, "duplicate database name")
        try require(snapshot.databases.map(\.id) == snapshot.databases.map(\.id).sorted(), "database ids out of order")
        for database in snapshot.databases {
            let tableIDs = database.tables.map(\.id.rawValue)
            try require(tableIDs == Array(0..<UInt32(tableIDs.count)), "\(database.name): table ids \(tableIDs)")
            try require(Set(database.tables.map(\.name)).count == tableIDs.count, "\(database.name): duplicate table")
            for table in database.tables {
                let ids = table.columns.map(\.id.rawValue)
                try require(ids == Array(0..<UInt32(ids.count)), "\(database.name).\(table.name): column ids \(ids)")
                try require(Set(table.columns.map(\.name)).count == ids.count, "\(table.name): duplicate column")
                try require(
                    table.columns.filter { $0.type == .time }.count == 1, "\(table.name): needs one time column")
            }
        }
    }

    static func ensure(_ database: String, _ tables: [(String, [(String, ColumnType)])]) throws -> EnsureWriteSchema {
        EnsureWriteSchema(
            database: try DatabaseName(validating: database),
            tables: tables.map { name, columns in
                .init(name: name, columns: columns.map { .init(name: $0.0, type: $0.1) })
            }
        )
    }

    /// A table with ids 0, 1, ... for `columns` in order.
    static func table(_ id: UInt32, _ name: String, _ columns: [(String, ColumnType)]) -> TableSchema {
        TableSchema(
            id: TableID(id),
            name: name,
            columns: columns.enumerated().map { ColumnSchema(id: ColumnID(UInt32($0)), name: $1.0, type: $1.1) }
        )
    }
}
