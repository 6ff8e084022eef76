import Kernel

/// Reads the committed catalog from the database into a `CatalogSnapshot`. Ids were assigned in
/// creation order (each is the next free one), so ordering by id rebuilds databases, tables and
/// columns exactly in the order they were applied.
///
/// `load` runs several queries: the caller makes them see one state, either by holding the version
/// row lock (every writer takes it first) or with `loadConsistent` (a REPEATABLE READ transaction).
enum SnapshotLoader {
    /// The whole committed catalog, read in one REPEATABLE READ, READ ONLY transaction.
    static func loadConsistent(_ connection: PostgresConnection) throws(PostgresFailure) -> CatalogSnapshot {
        try connection.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
            () throws(PostgresFailure) -> CatalogSnapshot in
            try load(connection)
        }
    }

    /// The whole committed catalog (see the type's note on consistency). One step per stored kind,
    /// parents before children: a new kind (a migration's new table) gets its own `load…` step.
    static func load(_ connection: PostgresConnection) throws(PostgresFailure) -> CatalogSnapshot {
        let version = try self.version(connection)
        var builder = SnapshotBuilder(databases: try loadDatabases(connection))
        try loadTables(connection, into: &builder)
        try loadColumns(connection, into: &builder)
        let snapshot = CatalogSnapshot(
            version: version, databases: builder.databases, tokens: try TokenStore.load(connection))
        guard snapshot.databases.first?.name == CatalogSnapshot.internalDatabaseName else {
            throw corrupt("the \(CatalogSnapshot.internalDatabaseName) database (id 0) is missing")
        }
        return snapshot
    }

    /// The databases, in id order, without their tables.
    static func loadDatabases(_ connection: PostgresConnection) throws(PostgresFailure) -> [DatabaseSchema] {
        try connection.query(
            "SELECT id, name, deleted, retention_period_ns, hard_deletion_time_ns, deleted_at_wal_sequence, "
                + "data_cleared_through_wal_sequence FROM databases ORDER BY id"
        ).rows.map { row throws(PostgresFailure) -> DatabaseSchema in
            DatabaseSchema(
                id: DatabaseID(try identifier(row, 0)), name: try text(row, 1), isDeleted: row[2] == "t",
                retentionPeriod: integer(row, 3).map { .nanoseconds($0) },
                hardDeletionTimeNanoseconds: integer(row, 4),
                deletedAtWALSequence: integer(row, 5).map { UInt64(bitPattern: $0) },
                dataClearedThroughWALSequence: integer(row, 6).map { UInt64(bitPattern: $0) })
        }
    }

    /// Appends every table to its database, in id order.
    static func loadTables(_ connection: PostgresConnection, into builder: inout SnapshotBuilder)
        throws(PostgresFailure)
    {
        let rows = try connection.query(
            "SELECT database_id, id, name, retention_period_ns, deleted, hard_deletion_time_ns, deleted_at_wal_sequence, "
                + "data_cleared_through_wal_sequence FROM tables ORDER BY database_id, id"
        ).rows
        for row in rows {
            let table = TableSchema(
                id: TableID(try identifier(row, 1)), name: try text(row, 2),
                retentionPeriod: integer(row, 3).map { .nanoseconds($0) }, isDeleted: row[4] == "t",
                hardDeletionTimeNanoseconds: integer(row, 5),
                deletedAtWALSequence: integer(row, 6).map { UInt64(bitPattern: $0) },
                dataClearedThroughWALSequence: integer(row, 7).map { UInt64(bitPattern: $0) })
            let databaseID = DatabaseID(try identifier(row, 0))
            guard let index = builder.databaseIndex[databaseID] else {
                throw corrupt("table \(table.name) has no database")
            }
            let key = SnapshotBuilder.TableKey(database: databaseID, table: table.id)
            builder.tableIndex[key] = (index, builder.databases[index].tables.count)
            builder.databases[index].tables.append(table)
        }
    }

    /// Appends every column to its table, in id order.
    static func loadColumns(_ connection: PostgresConnection, into builder: inout SnapshotBuilder)
        throws(PostgresFailure)
    {
        let rows = try connection.query(
            "SELECT database_id, table_id, id, name, type FROM columns ORDER BY database_id, table_id, id"
        ).rows
        for row in rows {
            let key = SnapshotBuilder.TableKey(
                database: DatabaseID(try identifier(row, 0)), table: TableID(try identifier(row, 1)))
            let name = try text(row, 3)
            guard let byte = row[4].flatMap({ UInt8($0) }), let type = ColumnType(rawValue: byte) else {
                throw corrupt("column \(name) has unknown type \(row[4] ?? "NULL")")
            }
            guard let position = builder.tableIndex[key] else { throw corrupt("column \(name) has no table") }
            let column = ColumnSchema(id: ColumnID(try identifier(row, 2)), name: name, type: type)
            builder.databases[position.database].tables[position.table].columns.append(column)
        }
    }

    /// The version of the last committed change (cheap: one row). With `lock`, the row is locked
    /// until the transaction ends: the one lock every catalog writer takes first.
    static func version(_ connection: PostgresConnection, lock: Bool = false) throws(PostgresFailure) -> UInt64 {
        let rows = try connection.query(
            "SELECT value FROM catalog_meta WHERE key = $1" + (lock ? " FOR UPDATE" : ""),
            [.text(CatalogMetaKey.version)]
        ).rows
        guard let text = rows.first?[0], let version = UInt64(text) else {
            throw corrupt("catalog_meta has no valid version")
        }
        return version
    }

    /// The catalog's identity, generated when the schema was created.
    static func catalogUUID(_ connection: PostgresConnection) throws(PostgresFailure) -> String {
        let rows = try connection.query(
            "SELECT value FROM catalog_meta WHERE key = $1", [.text(CatalogMetaKey.catalogUUID)]
        ).rows
        guard let uuid = rows.first?[0], !uuid.isEmpty else { throw corrupt("catalog_meta has no catalog_uuid") }
        return uuid
    }

    /// Ids are `UInt32` in the model; a stored value outside that range means a damaged catalog.
    private static func identifier(_ row: [String?], _ column: Int) throws(PostgresFailure) -> UInt32 {
        guard let text = row[column], let id = UInt32(text) else {
            throw corrupt("identifier \(row[column] ?? "NULL") is out of range")
        }
        return id
    }

    /// An optional integer column (nil for NULL).
    private static func integer(_ row: [String?], _ column: Int) -> Int64? {
        row[column].flatMap { Int64($0) }
    }

    private static func text(_ row: [String?], _ column: Int) throws(PostgresFailure) -> String {
        guard let text = row[column] else { throw corrupt("a name is NULL") }
        return text
    }

    private static func corrupt(_ detail: String) -> PostgresFailure {
        PostgresFailure(.internalError, "PostgreSQL catalog: the catalog database is inconsistent: \(detail)")
    }
}

/// The snapshot being rebuilt by `SnapshotLoader`, with indexes from ids to positions.
struct SnapshotBuilder {
    /// Identifies a table across databases while rebuilding.
    struct TableKey: Hashable {
        var database: DatabaseID
        var table: TableID
    }

    var databases: [DatabaseSchema]
    let databaseIndex: [DatabaseID: Int]
    var tableIndex: [TableKey: (database: Int, table: Int)] = [:]

    init(databases: [DatabaseSchema]) {
        self.databases = databases
        self.databaseIndex = Dictionary(databases.enumerated().map { ($1.id, $0) }) { first, _ in first }
    }
}
