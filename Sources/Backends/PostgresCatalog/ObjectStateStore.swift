import Kernel

/// Retention and soft deletion in the catalog database: migration 0003 (the same identifier as
/// SQLite's) and writing `databaseState`/`tableState` records, each one update by id.
enum ObjectStateStore {
    /// 0003: retention periods and soft deletion. Databases and tables get a retention period, a
    /// hard deletion time (nanoseconds, NULL for none/never), the last WAL sequence written before
    /// their deletion and the last one a `data_only` deletion dropped (bit patterns as signed
    /// integers); tables get the deleted flag databases already had. `_internal` gets its 7-day
    /// retention, as every InfluxDB 3 server has it.
    static let retentionAndDeletion = SchemaMigration(identifier: "0003_retention_and_deletion") {
        connection, _ throws(PostgresFailure) in
        try connection.execute(
            """
            ALTER TABLE databases ADD COLUMN retention_period_ns BIGINT CHECK (retention_period_ns >= 0);
            ALTER TABLE databases ADD COLUMN hard_deletion_time_ns BIGINT;
            ALTER TABLE databases ADD COLUMN deleted_at_wal_sequence BIGINT;
            ALTER TABLE databases ADD COLUMN data_cleared_through_wal_sequence BIGINT;
            ALTER TABLE tables ADD COLUMN retention_period_ns BIGINT CHECK (retention_period_ns >= 0);
            ALTER TABLE tables ADD COLUMN deleted BOOLEAN NOT NULL DEFAULT FALSE;
            ALTER TABLE tables ADD COLUMN hard_deletion_time_ns BIGINT;
            ALTER TABLE tables ADD COLUMN deleted_at_wal_sequence BIGINT;
            ALTER TABLE tables ADD COLUMN data_cleared_through_wal_sequence BIGINT;
            """
        )
        try connection.query(
            "UPDATE databases SET retention_period_ns = $1 WHERE id = 0",
            [.integer(CatalogSnapshot.internalRetentionPeriod.totalNanoseconds)]
        )
    }

    static func updateDatabase(_ id: DatabaseID, _ state: CatalogRecord.ObjectState, on connection: PostgresConnection)
        throws(PostgresFailure)
    {
        try update(
            "UPDATE databases SET name = $1, retention_period_ns = $2, deleted = $3, hard_deletion_time_ns = $4, "
                + "deleted_at_wal_sequence = $5, data_cleared_through_wal_sequence = $6 WHERE id = $7",
            state, key: [.integer(Int64(id.rawValue))], on: connection)
    }

    static func updateTable(
        _ database: DatabaseID, _ id: TableID, _ state: CatalogRecord.ObjectState, on connection: PostgresConnection
    ) throws(PostgresFailure) {
        try update(
            "UPDATE tables SET name = $1, retention_period_ns = $2, deleted = $3, hard_deletion_time_ns = $4, "
                + "deleted_at_wal_sequence = $5, data_cleared_through_wal_sequence = $6 "
                + "WHERE database_id = $7 AND id = $8",
            state, key: [.integer(Int64(database.rawValue)), .integer(Int64(id.rawValue))], on: connection)
    }

    /// Overwrites the mutable attributes of one existing row; exactly one row must change.
    private static func update(
        _ sql: String, _ state: CatalogRecord.ObjectState, key: [PostgresValue], on connection: PostgresConnection
    ) throws(PostgresFailure) {
        let values: [PostgresValue] = [
            .text(state.name),
            state.retentionPeriod.map { .integer($0.totalNanoseconds) } ?? .null,
            .boolean(state.isDeleted),
            state.hardDeletionTimeNanoseconds.map { .integer($0) } ?? .null,
            state.deletedAtWALSequence.map { .integer(Int64(bitPattern: $0)) } ?? .null,
            state.dataClearedThroughWALSequence.map { .integer(Int64(bitPattern: $0)) } ?? .null,
        ]
        let changed = try connection.query(sql, values + key).changedCount
        guard changed == 1 else {
            throw PostgresFailure(.internalError, "PostgreSQL catalog: \(state.name) has no row to update")
        }
    }
}
