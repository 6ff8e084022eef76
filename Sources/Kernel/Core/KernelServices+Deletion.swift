/// Deleting databases, tables and data: each is one catalog operation plus, for chunk sources
/// that keep data by name (`RelocatableChunkSource`), moving or dropping what they hold, so every
/// frontend deletes the same way.
///
/// | request                         | catalog                          | chunk source                   |
/// |---------------------------------|----------------------------------|--------------------------------|
/// | database                        | `DeleteDatabase` (renamed)       | data follows the new name      |
/// | database, data only             | `DeleteData` (schema kept)       | data dropped                   |
/// | database, data only, tables too | `DeleteTable(.allTables)`        | each table's data follows it   |
/// | table                           | `DeleteTable` (renamed)          | data follows the new name      |
/// | table, data only                | `DeleteData` (schema kept)       | data dropped                   |
///
/// Each deletion records the writer's last WAL sequence, so WAL replay tells the deleted object's
/// records from later ones (`SoftDeletedData`).
extension KernelServices {
    /// What a database deletion removes.
    public enum DatabaseDeletionScope: Sendable, Hashable {
        /// The database itself (soft deletion).
        case database
        /// Only its data; the schema and resources stay.
        case dataOnly
        /// Its data and its tables (soft-deleted); the database stays.
        case dataAndTables
    }

    public func deleteDatabase(
        _ database: String,
        scope: DatabaseDeletionScope,
        hardDeletion: HardDeletion,
        defaultDelay: Duration
    ) async throws(KernelError) {
        let now = clock.nowNanoseconds()
        let sequence = writer.lastWALSequence
        let before = try await catalog.snapshot()
        switch scope {
        case .database:
            let after = try await catalog.apply(
                DeleteDatabase(
                    database: database, hardDeletion: hardDeletion, nowNanoseconds: now, defaultDelay: defaultDelay,
                    walSequence: sequence))
            let id = before.database(named: database)?.id
            if let renamed = after.databases.first(where: { $0.id == id })?.name, renamed != database {
                relocatableChunks?.relocate(database: database, table: nil, to: renamed)
            }
        case .dataOnly:
            _ = try await catalog.apply(DeleteData(database: database, table: nil, walSequence: sequence))
            relocatableChunks?.removeData(database: database, table: nil)
        case .dataAndTables:
            let after = try await catalog.apply(
                DeleteTable(
                    database: database, target: .allTables, hardDeletion: hardDeletion, nowNanoseconds: now,
                    defaultDelay: defaultDelay, walSequence: sequence))
            relocateTables(of: database, before: before, after: after)
        }
    }

    public func deleteTable(
        _ table: String,
        of database: String,
        dataOnly: Bool,
        hardDeletion: HardDeletion,
        defaultDelay: Duration
    ) async throws(KernelError) {
        let sequence = writer.lastWALSequence
        if dataOnly {
            _ = try await catalog.apply(DeleteData(database: database, table: table, walSequence: sequence))
            relocatableChunks?.removeData(database: database, table: table)
            return
        }
        let before = try await catalog.snapshot()
        let after = try await catalog.apply(
            DeleteTable(
                database: database, target: .table(table), hardDeletion: hardDeletion,
                nowNanoseconds: clock.nowNanoseconds(), defaultDelay: defaultDelay, walSequence: sequence))
        relocateTables(of: database, before: before, after: after)
    }

    private var relocatableChunks: (any RelocatableChunkSource)? { chunks as? any RelocatableChunkSource }

    /// Moves the data of every table of `database` the deletion renamed to the table's new name.
    private func relocateTables(of database: String, before: CatalogSnapshot, after: CatalogSnapshot) {
        guard let chunks = relocatableChunks, let old = before.database(named: database),
            let new = after.database(named: database)
        else { return }
        let newNames = Dictionary(uniqueKeysWithValues: new.tables.map { ($0.id, $0.name) })
        for table in old.tables {
            if let renamed = newNames[table.id], renamed != table.name {
                chunks.relocate(database: database, table: table.name, to: renamed)
            }
        }
    }
}
