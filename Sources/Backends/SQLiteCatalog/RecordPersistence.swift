import Kernel

/// Writes the records of one `CatalogSnapshot.applying(_:)` and the new version. Runs inside the
/// caller's transaction, so either every record and the version are committed or none is.
enum RecordPersistence {
    static func persist(
        _ records: [CatalogRecord],
        version: UInt64,
        nowNanoseconds: Int64,
        on connection: SQLiteConnection
    ) throws(KernelError) {
        for record in records {
            switch record {
            case .database(let id, let name):
                try connection.run(
                    "INSERT INTO databases (id, name, created_at) VALUES (?, ?, ?)",
                    [.integer(Int64(id.rawValue)), .text(name), .integer(nowNanoseconds)]
                )
            case .table(let database, let id, let name):
                try connection.run(
                    "INSERT INTO tables (database_id, id, name) VALUES (?, ?, ?)",
                    [.integer(Int64(database.rawValue)), .integer(Int64(id.rawValue)), .text(name)]
                )
            case .column(let database, let table, let id, let name, let type):
                try connection.run(
                    "INSERT INTO columns (database_id, table_id, id, name, type) VALUES (?, ?, ?, ?, ?)",
                    [
                        .integer(Int64(database.rawValue)), .integer(Int64(table.rawValue)),
                        .integer(Int64(id.rawValue)), .text(name), .integer(Int64(type.rawValue)),
                    ]
                )
            case .token(let change):
                try TokenStore.persist(change, on: connection)
            case .databaseState(let id, let state):
                try update(
                    "UPDATE databases SET name = ?, retention_period_ns = ?, deleted = ?, hard_deletion_time_ns = ?, "
                        + "deleted_at_wal_sequence = ?, data_cleared_through_wal_sequence = ? WHERE id = ?",
                    state, key: [.integer(Int64(id.rawValue))], on: connection)
            case .tableState(let database, let id, let state):
                try update(
                    "UPDATE tables SET name = ?, retention_period_ns = ?, deleted = ?, hard_deletion_time_ns = ?, "
                        + "deleted_at_wal_sequence = ?, data_cleared_through_wal_sequence = ? "
                        + "WHERE database_id = ? AND id = ?",
                    state, key: [.integer(Int64(database.rawValue)), .integer(Int64(id.rawValue))], on: connection)
            }
        }
        let changed = try connection.run(
            "UPDATE catalog_meta SET value = ? WHERE key = ?",
            [.integer(Int64(bitPattern: version)), .text(CatalogMetaKey.version)]
        )
        guard changed == 1 else {
            throw KernelError(.internalError, "SQLite catalog: catalog_meta has no version row to update")
        }
    }

    /// Overwrites the mutable attributes of one existing row; exactly one row must change.
    private static func update(
        _ sql: String,
        _ state: CatalogRecord.ObjectState,
        key: [SQLiteValue],
        on connection: SQLiteConnection
    ) throws(KernelError) {
        let values: [SQLiteValue] = [
            .text(state.name),
            state.retentionPeriod.map { .integer($0.totalNanoseconds) } ?? .null,
            .integer(state.isDeleted ? 1 : 0),
            state.hardDeletionTimeNanoseconds.map { .integer($0) } ?? .null,
            state.deletedAtWALSequence.map { .integer(Int64(bitPattern: $0)) } ?? .null,
            state.dataClearedThroughWALSequence.map { .integer(Int64(bitPattern: $0)) } ?? .null,
        ]
        let changed = try connection.run(sql, values + key)
        guard changed == 1 else {
            throw KernelError(.internalError, "SQLite catalog: \(state.name) has no row to update")
        }
    }
}
