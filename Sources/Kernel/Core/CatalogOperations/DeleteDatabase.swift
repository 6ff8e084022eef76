/// Soft-deletes a database (`DELETE /api/v3/configure/database`): it is renamed
/// `<name>-YYYYMMDDTHHMMSS`, marked deleted and scheduled for hard deletion; its name is free
/// again at once. Addressing the renamed database again reschedules the hard deletion.
///
/// | state                                            | result                                         |
/// |--------------------------------------------------|------------------------------------------------|
/// | `_internal`                                      | `internalError` `cannot delete internal db`    |
/// | unknown database                                 | `notFound`                                     |
/// | live database                                    | renamed, deleted, hard deletion time set       |
/// | deleted database, same resolved hard deletion    | `conflict` `... already deleted: <name>`       |
/// | deleted database, another hard deletion time     | the time is updated, the name stays            |
public struct DeleteDatabase: CatalogOperation {
    public var database: String
    public var hardDeletion: HardDeletion
    /// The deletion time: it names the renamed database and anchors `now`/`default`.
    public var nowNanoseconds: Int64
    /// The delay of `HardDeletion.default`.
    public var defaultDelay: Duration
    /// The last WAL sequence written before the deletion (nil without a WAL): replay gives the
    /// records up to it under the original name to the deleted database.
    public var walSequence: UInt64?

    public init(
        database: String, hardDeletion: HardDeletion, nowNanoseconds: Int64, defaultDelay: Duration,
        walSequence: UInt64? = nil
    ) {
        self.database = database
        self.hardDeletion = hardDeletion
        self.nowNanoseconds = nowNanoseconds
        self.defaultDelay = defaultDelay
        self.walSequence = walSequence
    }

    public func prepare(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) -> [CatalogMutation] {
        if database == CatalogSnapshot.internalDatabaseName {
            throw KernelError(.internalError, "cannot delete internal db")
        }
        guard let current = snapshot.database(named: database) else { throw CatalogLookup.notFound(database) }
        let due = hardDeletion.resolve(
            existing: current.hardDeletionTimeNanoseconds, nowNanoseconds: nowNanoseconds, defaultDelay: defaultDelay)
        if current.isDeleted {
            guard due != current.hardDeletionTimeNanoseconds else { throw CatalogLookup.alreadyDeleted(database) }
            return [
                .softDeleteDatabase(
                    database: database, renamedTo: database, hardDeletionTimeNanoseconds: due,
                    deletedAtWALSequence: current.deletedAtWALSequence)
            ]
        }
        return [
            .softDeleteDatabase(
                database: database,
                renamedTo: DeletedName.make(database, nowNanoseconds: nowNanoseconds),
                hardDeletionTimeNanoseconds: due,
                deletedAtWALSequence: walSequence
            )
        ]
    }
}
