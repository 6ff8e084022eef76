/// Drops the data of a database or of one table but keeps the schema
/// (`DELETE /api/v3/configure/database?data_only=true`, `DELETE /api/v3/configure/table?data_only=true`).
/// The catalog records the last WAL sequence the drop covers, so WAL replay skips those records;
/// the caller drops what its chunk sources hold.
///
/// | state                                  | result                                        |
/// |----------------------------------------|-----------------------------------------------|
/// | `_internal`                            | `internalError` `cannot delete internal db`   |
/// | unknown database / table               | `notFound`                                    |
/// | soft-deleted database / table          | `conflict` `... already deleted: <name>`      |
/// | no WAL (`walSequence` nil)             | nothing to record                             |
public struct DeleteData: CatalogOperation {
    public var database: String
    /// nil: every table of the database.
    public var table: String?
    /// The last WAL sequence written before the drop.
    public var walSequence: UInt64?

    public init(database: String, table: String?, walSequence: UInt64?) {
        self.database = database
        self.table = table
        self.walSequence = walSequence
    }

    public func prepare(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) -> [CatalogMutation] {
        if database == CatalogSnapshot.internalDatabaseName {
            throw KernelError(.internalError, "cannot delete internal db")
        }
        let current = try CatalogLookup.liveDatabase(database, in: snapshot)
        if let table {
            guard let schema = current.table(named: table) else { throw CatalogLookup.notFound(table) }
            guard !schema.isDeleted else { throw CatalogLookup.alreadyDeleted(table) }
        }
        guard let walSequence else { return [] }
        return [.clearData(database: database, table: table, throughWALSequence: walSequence)]
    }
}
