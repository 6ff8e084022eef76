/// Sets or clears a table's own retention period (`PUT /api/v3/configure/table`,
/// `POST|DELETE /api/v3/enterprise/configure/table/retention_period`). Without one, the
/// database's period applies.
///
/// | state                          | result                                     |
/// |--------------------------------|--------------------------------------------|
/// | unknown database / table       | `notFound`                                 |
/// | soft-deleted database or table | `conflict` `... already deleted: <name>`   |
/// | same period as now             | nothing (idempotent)                       |
public struct SetTableRetention: CatalogOperation {
    public var database: String
    public var table: String
    /// nil clears the table's period.
    public var retentionPeriod: Duration?

    public init(database: String, table: String, retentionPeriod: Duration?) {
        self.database = database
        self.table = table
        self.retentionPeriod = retentionPeriod
    }

    public func prepare(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) -> [CatalogMutation] {
        let current = try CatalogLookup.liveDatabase(database, in: snapshot)
        guard let schema = current.table(named: table) else { throw CatalogLookup.notFound(table) }
        guard !schema.isDeleted else { throw CatalogLookup.alreadyDeleted(table) }
        guard schema.retentionPeriod != retentionPeriod else { return [] }
        return [.setTableRetention(database: database, table: table, retentionPeriod: retentionPeriod)]
    }
}
