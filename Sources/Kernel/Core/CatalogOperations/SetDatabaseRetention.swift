/// Sets or clears a database's retention period (`PUT /api/v3/configure/database`,
/// `DELETE /api/v3/configure/database/retention_period`). Rows older than now minus the period
/// stop being queryable at once.
///
/// | state                         | result                                            |
/// |-------------------------------|---------------------------------------------------|
/// | unknown database              | `notFound` `the requested resource was not found` |
/// | soft-deleted database         | `conflict` `... already deleted: <name>`          |
/// | `_internal`                   | `internalError` `cannot modify internal db`       |
/// | same period as now            | nothing (idempotent)                              |
public struct SetDatabaseRetention: CatalogOperation {
    public var database: String
    /// nil clears the period (data is kept forever).
    public var retentionPeriod: Duration?

    public init(database: String, retentionPeriod: Duration?) {
        self.database = database
        self.retentionPeriod = retentionPeriod
    }

    public func prepare(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) -> [CatalogMutation] {
        let current = try CatalogLookup.modifiableDatabase(database, in: snapshot)
        guard current.retentionPeriod != retentionPeriod else { return [] }
        return [.setDatabaseRetention(database: database, retentionPeriod: retentionPeriod)]
    }
}
