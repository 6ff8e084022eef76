import Kernel

// MARK: - Checks of the configure operations (retention, soft deletion, explicit tables)

extension CatalogConformance {
    /// 2026-11-25T12:34:56Z, the deletion time of the checks.
    static let deletionNanoseconds: Int64 = 1_795_610_096_000_000_000
    static let day = Duration.seconds(86_400)

    static let configureChecks: [Check] = [
        Check(name: "database retention is set at creation, changed and cleared", body: databaseRetention),
        Check(name: "_internal keeps 7 days and cannot be deleted or changed", body: internalDatabase),
        Check(name: "DeleteDatabase renames, marks deleted and frees the name", body: deleteDatabase),
        Check(name: "re-deleting a database: same schedule conflicts, another updates it", body: redeleteDatabase),
        Check(name: "hard deletion times resolve never, now, default and instants", body: hardDeletionTimes),
        Check(name: "CreateTable creates tags, fields and time, and the database", body: createTable),
        Check(name: "CreateTable refuses time, duplicates, existing tables and limits", body: createTableErrors),
        Check(name: "table retention is set, cleared and refused on missing tables", body: tableRetention),
        Check(name: "DeleteTable renames one table or all, with the re-delete rules", body: deleteTable),
        Check(name: "deleted objects do not count against limits", body: deletedNotCounted),
        Check(name: "DeleteData records the WAL sequence it clears, for a database or a table", body: deleteData),
        Check(name: "retention and deletion survive a reopen", body: configureSurvivesReopen),
    ]

    static func name(_ text: String) throws -> DatabaseName { try DatabaseName(validating: text) }

    static func deleting(_ database: String, _ hardDeletion: HardDeletion = .default) -> DeleteDatabase {
        DeleteDatabase(
            database: database, hardDeletion: hardDeletion, nowNanoseconds: deletionNanoseconds,
            defaultDelay: .seconds(72 * 3600))
    }

    static func deletingTable(_ database: String, _ target: DeleteTable.Target, _ hardDeletion: HardDeletion = .never)
        -> DeleteTable
    {
        DeleteTable(
            database: database, target: target, hardDeletion: hardDeletion, nowNanoseconds: deletionNanoseconds,
            defaultDelay: .seconds(72 * 3600))
    }

    static func databaseRetention(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        let created = try await catalog.apply(CreateDatabase(name: try name("alpha"), retentionPeriod: day * 30))
        try require(created.database(named: "alpha")?.retentionPeriod == day * 30, "retention not set at creation")
        try require(created.version == 1, "creation with retention is one apply, got version \(created.version)")
        let changed = try await catalog.apply(SetDatabaseRetention(database: "alpha", retentionPeriod: .seconds(3600)))
        try require(changed.database(named: "alpha")?.retentionPeriod == .seconds(3600), "retention not changed")
        let same = try await catalog.apply(SetDatabaseRetention(database: "alpha", retentionPeriod: .seconds(3600)))
        try require(same == changed, "setting the same retention changed the catalog")
        let cleared = try await catalog.apply(SetDatabaseRetention(database: "alpha", retentionPeriod: nil))
        try require(cleared.database(named: "alpha")?.retentionPeriod == nil, "retention not cleared")
        try await requireError(.notFound, "the requested resource was not found: beta") {
            try await catalog.apply(SetDatabaseRetention(database: "beta", retentionPeriod: day))
        }
        try await requireUnchanged(catalog, cleared)
    }

    static func internalDatabase(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        let before = try await catalog.snapshot()
        try require(
            before.database(named: "_internal")?.retentionPeriod == .seconds(7 * 86_400), "_internal must keep 7 days")
        try await requireError(.internalError, "cannot delete internal db") {
            try await catalog.apply(deleting("_internal"))
        }
        try await requireError(.internalError, "cannot modify internal db") {
            try await catalog.apply(SetDatabaseRetention(database: "_internal", retentionPeriod: nil))
        }
        try await requireUnchanged(catalog, before)
    }

    static func deleteDatabase(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        _ = try await catalog.apply(try ensure("metrics", [("cpu", [("host", .tag)])]))
        let deleted = try await catalog.apply(deleting("metrics", .never))
        let renamed = "metrics-20261125T123456"
        let expected = DatabaseSchema(
            id: DatabaseID(1), name: renamed, tables: [table(0, "cpu", [("host", .tag), ("time", .time)])],
            isDeleted: true)
        try require(deleted.database(named: renamed) == expected, "got \(deleted), expected \(expected)")
        try require(deleted.database(named: "metrics") == nil, "the original name must be free")
        try await requireError(.notFound, "the requested resource was not found: nothing") {
            try await catalog.apply(deleting("nothing"))
        }
        try await requireError(
            .invalidInput, "cannot write to soft-deleted database '\(renamed)' - it is marked for deletion"
        ) { try await catalog.apply(try ensure(renamed, [("cpu", [("host", .tag)])])) }
        try await requireError(.conflict, "attempted to modify resource that was already deleted: \(renamed)") {
            try await catalog.apply(SetDatabaseRetention(database: renamed, retentionPeriod: day))
        }
        let fresh = try await catalog.apply(try ensure("metrics", [("mem", [("free", .integer)])]))
        try require(fresh.database(named: "metrics")?.id == DatabaseID(2), "a write must create a new database")
        try require(fresh.database(named: "metrics")?.tables.map(\.name) == ["mem"], "the new database is fresh")
    }

    static func redeleteDatabase(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        _ = try await catalog.apply(CreateDatabase(name: try name("alpha")))
        let renamed = "alpha-20261125T123456"
        let first = try await catalog.apply(deleting("alpha", .default))
        let due = deletionNanoseconds + 72 * 3600 * 1_000_000_000
        try require(first.database(named: renamed)?.hardDeletionTimeNanoseconds == due, "default is now + 72 h")
        let message = "attempted to modify resource that was already deleted: \(renamed)"
        try await requireError(.conflict, message) { try await catalog.apply(deleting(renamed, .default)) }
        try await requireError(.conflict, message) { try await catalog.apply(deleting(renamed, .at(nanoseconds: due))) }
        try await requireUnchanged(catalog, first)
        let never = try await catalog.apply(deleting(renamed, .never))
        try require(never.database(named: renamed)?.hardDeletionTimeNanoseconds == nil, "never clears the schedule")
        try require(never.database(named: renamed)?.isDeleted == true, "still deleted")
        try require(never.version == first.version + 1, "a reschedule is one change")
        try await requireError(.conflict, message) { try await catalog.apply(deleting(renamed, .never)) }
    }

    static func hardDeletionTimes(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        let cases: [(HardDeletion, Int64?)] = [
            (.never, nil), (.now, deletionNanoseconds), (.at(nanoseconds: 5), deletionNanoseconds),
            (.at(nanoseconds: deletionNanoseconds + 1), deletionNanoseconds + 1),
        ]
        for (index, (hardDeletion, due)) in cases.enumerated() {
            _ = try await catalog.apply(CreateDatabase(name: try name("d\(index)")))
            let snapshot = try await catalog.apply(deleting("d\(index)", hardDeletion))
            let renamed = "d\(index)-20261125T123456"
            try require(
                snapshot.database(named: renamed)?.hardDeletionTimeNanoseconds == due,
                "\(hardDeletion) resolved to \(String(describing: snapshot.database(named: renamed))), expected \(String(describing: due))"
            )
        }
    }

    static func createTable(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        let created = try await catalog.apply(
            CreateTable(
                database: try name("alpha"), table: "cpu", tags: ["region", "host"],
                fields: [.init(name: "usage", type: .float), .init(name: "n", type: .uinteger)],
                retentionPeriod: day))
        var expected = table(
            0, "cpu", [("region", .tag), ("host", .tag), ("usage", .float), ("n", .uinteger), ("time", .time)])
        expected.retentionPeriod = day
        try require(created.database(named: "alpha")?.tables == [expected], "got \(created)")
        try require(created.database(named: "alpha")?.id == DatabaseID(1), "the database is created")
        let empty = try await catalog.apply(CreateTable(database: try name("alpha"), table: "e", tags: [], fields: []))
        try require(
            empty.database(named: "alpha")?.table(named: "e") == table(1, "e", [("time", .time)]), "got \(empty)")
        try requireConsistent(empty)
    }

    static func createTableErrors(_ open: Open) async throws {
        let catalog = try await open(small)
        let before = try await catalog.apply(
            CreateTable(database: try name("alpha"), table: "cpu", tags: ["a"], fields: []))
        let cases: [(KernelError.Kind, String, CreateTable)] = [
            (
                .invalidInput, "'time' is a reserved column",
                try .init(database: name("alpha"), table: "t", tags: ["time"], fields: [])
            ),
            (
                .invalidInput, "cannot add column a because it already exists with type iox::column_type::tag",
                try .init(database: name("alpha"), table: "t", tags: ["a"], fields: [.init(name: "a", type: .string)])
            ),
            (
                .alreadyExists, "attempted to create a resource that already exists",
                try .init(database: name("alpha"), table: "cpu", tags: [], fields: [])
            ),
            (
                .limitExceeded, "Update to schema would exceed number of columns per table limit of 3 columns",
                try .init(
                    database: name("alpha"), table: "t", tags: ["a", "b"],
                    fields: [.init(name: "c", type: .boolean), .init(name: "d", type: .integer)])
            ),
        ]
        for (kind, message, operation) in cases {
            try await requireError(kind, message) { try await catalog.apply(operation) }
        }
        try await requireUnchanged(catalog, before)
        _ = try await catalog.apply(deleting("alpha", .never))
        try await requireError(
            .conflict, "attempted to modify resource that was already deleted: alpha-20261125T123456"
        ) {
            try await catalog.apply(
                CreateTable(database: try name("alpha-20261125T123456"), table: "x", tags: [], fields: []))
        }
    }

    static func tableRetention(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        _ = try await catalog.apply(try ensure("alpha", [("cpu", [("host", .tag)])]))
        let set = try await catalog.apply(SetTableRetention(database: "alpha", table: "cpu", retentionPeriod: day))
        try require(set.database(named: "alpha")?.table(named: "cpu")?.retentionPeriod == day, "not set")
        let cleared = try await catalog.apply(SetTableRetention(database: "alpha", table: "cpu", retentionPeriod: nil))
        try require(cleared.database(named: "alpha")?.table(named: "cpu")?.retentionPeriod == nil, "not cleared")
        try await requireError(.notFound, "the requested resource was not found: mem") {
            try await catalog.apply(SetTableRetention(database: "alpha", table: "mem", retentionPeriod: day))
        }
        try await requireError(.notFound, "the requested resource was not found: beta") {
            try await catalog.apply(SetTableRetention(database: "beta", table: "cpu", retentionPeriod: day))
        }
        try await requireUnchanged(catalog, cleared)
    }

    static func deleteTable(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        _ = try await catalog.apply(
            try ensure("alpha", [("cpu", [("a", .tag)]), ("mem", [("a", .tag)]), ("disk", [])]))
        let one = try await catalog.apply(deletingTable("alpha", .table("cpu")))
        let renamed = "cpu-20261125T123456"
        try require(one.database(named: "alpha")?.table(named: renamed)?.isDeleted == true, "got \(one)")
        try require(one.database(named: "alpha")?.liveTables.map(\.name) == ["mem", "disk"], "others stay")
        try await requireError(.conflict, "attempted to modify resource that was already deleted: \(renamed)") {
            try await catalog.apply(deletingTable("alpha", .table(renamed)))
        }
        try await requireError(.notFound, "the requested resource was not found: cpu") {
            try await catalog.apply(deletingTable("alpha", .table("cpu")))
        }
        let all = try await catalog.apply(deletingTable("alpha", .allTables, .now))
        let database = all.database(named: "alpha")
        try require(database?.liveTables.isEmpty == true, "every table must be deleted: \(all)")
        try require(
            database?.table(named: "mem-20261125T123456")?.hardDeletionTimeNanoseconds == deletionNanoseconds,
            "now must schedule at the deletion time")
        try require(database?.table(named: renamed)?.hardDeletionTimeNanoseconds == nil, "the deleted table stays")
        let again = try await catalog.apply(deletingTable("alpha", .allTables))
        try require(again == all, "deleting all tables of a database without tables changes nothing")
        let recreated = try await catalog.apply(try ensure("alpha", [("cpu", [("b", .float)])]))
        try require(recreated.database(named: "alpha")?.table(named: "cpu")?.id == TableID(3), "a new table id")
    }

    static func deleteData(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        let before = try await catalog.apply(try ensure("alpha", [("cpu", [("a", .tag)])]))
        let none = try await catalog.apply(DeleteData(database: "alpha", table: nil, walSequence: nil))
        try require(none == before, "without a WAL sequence there is nothing to record")
        let database = try await catalog.apply(DeleteData(database: "alpha", table: nil, walSequence: 5))
        try require(database.database(named: "alpha")?.dataClearedThroughWALSequence == 5, "got \(database)")
        try require(database.database(named: "alpha")?.tables == before.database(named: "alpha")?.tables, "schema kept")
        let table = try await catalog.apply(DeleteData(database: "alpha", table: "cpu", walSequence: 9))
        try require(
            table.database(named: "alpha")?.table(named: "cpu")?.dataClearedThroughWALSequence == 9, "got \(table)")
        try await requireError(.internalError, "cannot delete internal db") {
            try await catalog.apply(DeleteData(database: "_internal", table: nil, walSequence: 1))
        }
        try await requireError(.notFound, "the requested resource was not found: mem") {
            try await catalog.apply(DeleteData(database: "alpha", table: "mem", walSequence: 1))
        }
        _ = try await catalog.apply(deletingTable("alpha", .table("cpu")))
        try await requireError(.conflict, "attempted to modify resource that was already deleted: cpu-20261125T123456")
        {
            try await catalog.apply(DeleteData(database: "alpha", table: "cpu-20261125T123456", walSequence: 1))
        }
        let reopened = try await open(CatalogLimits()).snapshot()
        try require(reopened == (try await catalog.snapshot()), "the cleared sequences must survive a reopen")
    }

    static func deletedNotCounted(_ open: Open) async throws {
        let catalog = try await open(small)
        _ = try await catalog.apply(try ensure("alpha", [("t1", []), ("t2", []), ("t3", [])]))
        _ = try await catalog.apply(try ensure("beta", []))
        _ = try await catalog.apply(deletingTable("alpha", .table("t1")))
        _ = try await catalog.apply(try ensure("beta", [("t4", [])]))
        _ = try await catalog.apply(deleting("beta"))
        let after = try await catalog.apply(try ensure("gamma", [("t5", [])]))
        try require(after.userDatabaseCount == 2, "deleted databases are not counted")
        try require(after.tableCount == 3, "deleted tables are not counted, got \(after.tableCount)")
        try requireConsistent(after)
    }

    static func configureSurvivesReopen(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        _ = try await catalog.apply(CreateDatabase(name: try name("alpha"), retentionPeriod: .nanoseconds(1)))
        _ = try await catalog.apply(
            CreateTable(
                database: try name("alpha"), table: "cpu", tags: ["h"], fields: [.init(name: "b", type: .boolean)],
                retentionPeriod: .seconds(90)))
        _ = try await catalog.apply(try ensure("alpha", [("mem", [("x", .float)])]))
        var deleteMem = deletingTable("alpha", .table("mem"), .now)
        deleteMem.walSequence = 7
        _ = try await catalog.apply(deleteMem)
        _ = try await catalog.apply(try ensure("beta", [("cpu", [("x", .float)])]))
        var deleteBeta = deleting("beta", .at(nanoseconds: .max))
        deleteBeta.walSequence = .max
        let deleted = try await catalog.apply(deleteBeta)
        try require(deleted.database(named: "beta-20261125T123456")?.deletedAtWALSequence == .max, "sequence lost")
        let before = try await catalog.apply(deleting("beta-20261125T123456", .never))
        try require(
            before.database(named: "beta-20261125T123456")?.deletedAtWALSequence == .max,
            "a reschedule must keep the deletion's WAL sequence")
        try require(
            before.database(named: "alpha")?.table(named: "mem-20261125T123456")?.deletedAtWALSequence == 7,
            "the table's WAL sequence is lost")
        let reopened = try await open(CatalogLimits()).snapshot()
        try require(reopened == before, "reopened \(reopened), expected \(before)")
    }
}
