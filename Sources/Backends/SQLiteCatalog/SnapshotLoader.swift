import Kernel

/// Reads the committed catalog from the file into a `CatalogSnapshot`. Ids were assigned in
/// creation order (each is the next free one), so ordering by id rebuilds databases, tables and
/// columns exactly in the order they were applied.
enum SnapshotLoader {
    /// The whole committed catalog.
    static func load(_ connection: SQLiteConnection) throws(KernelError) -> CatalogSnapshot {
        let version = try self.version(connection)
        var databases = try connection.rows(
            "SELECT id, name, deleted, retention_period_ns, hard_deletion_time_ns, deleted_at_wal_sequence, "
                + "data_cleared_through_wal_sequence FROM databases ORDER BY id"
        ) { statement throws(KernelError) -> DatabaseSchema in
            DatabaseSchema(
                id: DatabaseID(try identifier(statement, 0)),
                name: statement.text(at: 1),
                isDeleted: statement.int64(at: 2) != 0,
                retentionPeriod: statement.optionalInt64(at: 3).map { .nanoseconds($0) },
                hardDeletionTimeNanoseconds: statement.optionalInt64(at: 4),
                deletedAtWALSequence: statement.optionalInt64(at: 5).map { UInt64(bitPattern: $0) },
                dataClearedThroughWALSequence: statement.optionalInt64(at: 6).map { UInt64(bitPattern: $0) }
            )
        }
        let databaseIndex = Dictionary(uniqueKeysWithValues: databases.enumerated().map { ($1.id, $0) })
        var tableIndex: [TableKey: (database: Int, table: Int)] = [:]
        let tableRows = try connection.rows(
            "SELECT database_id, id, name, retention_period_ns, deleted, hard_deletion_time_ns, deleted_at_wal_sequence, "
                + "data_cleared_through_wal_sequence FROM tables "
                + "ORDER BY database_id, id"
        ) { statement throws(KernelError) -> (DatabaseID, TableSchema) in
            let table = TableSchema(
                id: TableID(try identifier(statement, 1)),
                name: statement.text(at: 2),
                retentionPeriod: statement.optionalInt64(at: 3).map { .nanoseconds($0) },
                isDeleted: statement.int64(at: 4) != 0,
                hardDeletionTimeNanoseconds: statement.optionalInt64(at: 5),
                deletedAtWALSequence: statement.optionalInt64(at: 6).map { UInt64(bitPattern: $0) },
                dataClearedThroughWALSequence: statement.optionalInt64(at: 7).map { UInt64(bitPattern: $0) }
            )
            return (DatabaseID(try identifier(statement, 0)), table)
        }
        for (databaseID, table) in tableRows {
            guard let index = databaseIndex[databaseID] else { throw corrupt("table \(table.name) has no database") }
            tableIndex[TableKey(database: databaseID, table: table.id)] = (index, databases[index].tables.count)
            databases[index].tables.append(table)
        }
        let columnRows = try connection.rows(
            "SELECT database_id, table_id, id, name, type FROM columns ORDER BY database_id, table_id, id"
        ) { statement throws(KernelError) -> (TableKey, ColumnSchema) in
            let key = TableKey(
                database: DatabaseID(try identifier(statement, 0)),
                table: TableID(try identifier(statement, 1))
            )
            let rawType = statement.int64(at: 4)
            guard let byte = UInt8(exactly: rawType), let type = ColumnType(rawValue: byte) else {
                throw corrupt("column \(statement.text(at: 3)) has unknown type \(rawType)")
            }
            return (
                key, ColumnSchema(id: ColumnID(try identifier(statement, 2)), name: statement.text(at: 3), type: type)
            )
        }
        for (key, column) in columnRows {
            guard let position = tableIndex[key] else { throw corrupt("column \(column.name) has no table") }
            databases[position.database].tables[position.table].columns.append(column)
        }
        let snapshot = CatalogSnapshot(version: version, databases: databases, tokens: try TokenStore.load(connection))
        guard snapshot.databases.first?.name == CatalogSnapshot.internalDatabaseName else {
            throw corrupt("the \(CatalogSnapshot.internalDatabaseName) database (id 0) is missing")
        }
        return snapshot
    }

    /// The version of the last committed change (cheap: one row).
    static func version(_ connection: SQLiteConnection) throws(KernelError) -> UInt64 {
        let values = try connection.rows(
            "SELECT value FROM catalog_meta WHERE key = ?", [.text(CatalogMetaKey.version)]
        ) {
            UInt64(bitPattern: $0.int64(at: 0))
        }
        guard let version = values.first else { throw corrupt("catalog_meta has no version") }
        return version
    }

    /// The catalog's identity, generated when the file was created.
    static func catalogUUID(_ connection: SQLiteConnection) throws(KernelError) -> String {
        let values = try connection.rows(
            "SELECT value FROM catalog_meta WHERE key = ?",
            [.text(CatalogMetaKey.catalogUUID)]
        ) { $0.text(at: 0) }
        guard let uuid = values.first, !uuid.isEmpty else { throw corrupt("catalog_meta has no catalog_uuid") }
        return uuid
    }

    /// Identifies a table across databases while rebuilding.
    private struct TableKey: Hashable {
        var database: DatabaseID
        var table: TableID
    }

    /// Ids are `UInt32` in the model; a stored value outside that range means a damaged file.
    private static func identifier(_ statement: SQLiteStatement, _ column: Int32) throws(KernelError) -> UInt32 {
        let value = statement.int64(at: column)
        guard let id = UInt32(exactly: value) else { throw corrupt("identifier \(value) is out of range") }
        return id
    }

    private static func corrupt(_ detail: String) -> KernelError {
        KernelError(.internalError, "SQLite catalog: the catalog file is inconsistent: \(detail)")
    }
}
