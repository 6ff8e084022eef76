import Kernel

/// Writes the records of one `CatalogSnapshot.applying(_:)` and the new version. Runs inside the
/// caller's transaction, so either every record and the version are committed or none is.
///
/// One function per record kind: a new `CatalogRecord` case gets its own function (and the
/// migration creating its table), and the exhaustive `switch` below fails to compile until it does.
enum RecordPersistence {
    static func persist(
        _ records: [CatalogRecord],
        version: UInt64,
        nowNanoseconds: Int64,
        on connection: PostgresConnection
    ) throws(PostgresFailure) {
        for record in records {
            switch record {
            case .database(let id, let name):
                try insertDatabase(id: id, name: name, nowNanoseconds: nowNanoseconds, on: connection)
            case .table(let database, let id, let name):
                try insertTable(database: database, id: id, name: name, on: connection)
            case .column(let database, let table, let id, let name, let type):
                try insertColumn(database: database, table: table, id: id, name: name, type: type, on: connection)
            case .token(let change):
                try TokenStore.persist(change, on: connection)
            case .databaseState(let id, let state):
                try ObjectStateStore.updateDatabase(id, state, on: connection)
            case .tableState(let database, let id, let state):
                try ObjectStateStore.updateTable(database, id, state, on: connection)
            }
        }
        try updateVersion(version, on: connection)
    }

    static func insertDatabase(
        id: DatabaseID,
        name: String,
        nowNanoseconds: Int64,
        on connection: PostgresConnection
    ) throws(PostgresFailure) {
        try connection.query(
            "INSERT INTO databases (id, name, created_at) VALUES ($1, $2, $3)",
            [.integer(Int64(id.rawValue)), .text(name), .integer(nowNanoseconds)]
        )
    }

    static func insertTable(
        database: DatabaseID,
        id: TableID,
        name: String,
        on connection: PostgresConnection
    ) throws(PostgresFailure) {
        try connection.query(
            "INSERT INTO tables (database_id, id, name) VALUES ($1, $2, $3)",
            [.integer(Int64(database.rawValue)), .integer(Int64(id.rawValue)), .text(name)]
        )
    }

    static func insertColumn(
        database: DatabaseID,
        table: TableID,
        id: ColumnID,
        name: String,
        type: ColumnType,
        on connection: PostgresConnection
    ) throws(PostgresFailure) {
        try connection.query(
            "INSERT INTO columns (database_id, table_id, id, name, type) VALUES ($1, $2, $3, $4, $5)",
            [
                .integer(Int64(database.rawValue)), .integer(Int64(table.rawValue)),
                .integer(Int64(id.rawValue)), .text(name), .integer(Int64(type.rawValue)),
            ]
        )
    }

    /// Sets the committed version. The writer holds this row's lock (`SELECT ... FOR UPDATE`).
    static func updateVersion(_ version: UInt64, on connection: PostgresConnection) throws(PostgresFailure) {
        let changed = try connection.query(
            "UPDATE catalog_meta SET value = $1 WHERE key = $2",
            [.text(String(version)), .text(CatalogMetaKey.version)]
        ).changedCount
        guard changed == 1 else {
            throw PostgresFailure(.internalError, "PostgreSQL catalog: catalog_meta has no version row to update")
        }
    }
}
