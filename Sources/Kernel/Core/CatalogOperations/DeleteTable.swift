/// Soft-deletes one table (`DELETE /api/v3/configure/table`) or every live table of a database
/// (`DELETE /api/v3/configure/database?data_only=true&remove_tables=true`): each is renamed
/// `<name>-YYYYMMDDTHHMMSS`, marked deleted and scheduled for hard deletion, as `DeleteDatabase`
/// does for databases (same re-delete rules).
///
/// | state                                           | result                                       |
/// |-------------------------------------------------|----------------------------------------------|
/// | unknown database / table                        | `notFound`                                   |
/// | soft-deleted database                           | `conflict` `... already deleted: <db>`       |
/// | deleted table, same resolved hard deletion      | `conflict` `... already deleted: <table>`    |
/// | deleted table, another hard deletion time       | the time is updated, the name stays          |
public struct DeleteTable: CatalogOperation {
    /// Which tables of the database.
    public enum Target: Sendable, Hashable {
        case table(String)
        /// Every table not deleted yet (none is no change).
        case allTables
    }

    public var database: String
    public var target: Target
    public var hardDeletion: HardDeletion
    public var nowNanoseconds: Int64
    public var defaultDelay: Duration
    /// The last WAL sequence written before the deletion (see `DeleteDatabase.walSequence`).
    public var walSequence: UInt64?

    public init(
        database: String, target: Target, hardDeletion: HardDeletion, nowNanoseconds: Int64, defaultDelay: Duration,
        walSequence: UInt64? = nil
    ) {
        self.database = database
        self.target = target
        self.hardDeletion = hardDeletion
        self.nowNanoseconds = nowNanoseconds
        self.defaultDelay = defaultDelay
        self.walSequence = walSequence
    }

    public func prepare(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) -> [CatalogMutation] {
        let current = try CatalogLookup.liveDatabase(database, in: snapshot)
        switch target {
        case .allTables:
            return try current.liveTables.map { table throws(KernelError) in try mutation(for: table) }
        case .table(let name):
            guard let table = current.table(named: name) else { throw CatalogLookup.notFound(name) }
            return [try mutation(for: table)]
        }
    }

    private func mutation(for table: TableSchema) throws(KernelError) -> CatalogMutation {
        let due = hardDeletion.resolve(
            existing: table.hardDeletionTimeNanoseconds, nowNanoseconds: nowNanoseconds, defaultDelay: defaultDelay)
        if table.isDeleted {
            guard due != table.hardDeletionTimeNanoseconds else { throw CatalogLookup.alreadyDeleted(table.name) }
            return .softDeleteTable(
                database: database, table: table.name, renamedTo: table.name, hardDeletionTimeNanoseconds: due,
                deletedAtWALSequence: table.deletedAtWALSequence)
        }
        return .softDeleteTable(
            database: database,
            table: table.name,
            renamedTo: DeletedName.make(table.name, nowNanoseconds: nowNanoseconds),
            hardDeletionTimeNanoseconds: due,
            deletedAtWALSequence: walSequence
        )
    }
}
