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
}
