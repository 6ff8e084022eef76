/// Creates a database explicitly (`POST /api/v3/configure/database`), optionally with a
/// retention period; refuses an existing name and the database limit.
public struct CreateDatabase: CatalogOperation {
    public var name: DatabaseName
    public var retentionPeriod: Duration?

    public init(name: DatabaseName, retentionPeriod: Duration? = nil) {
        self.name = name
        self.retentionPeriod = retentionPeriod
    }

    public func prepare(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) -> [CatalogMutation] {
        if snapshot.database(named: name.value) != nil {
            throw KernelError(.alreadyExists, "attempted to create a resource that already exists")
        }
        try CatalogLimitCheck.roomForDatabase(snapshot, limits: limits)
        guard let retentionPeriod else { return [.createDatabase(name: name.value)] }
        return [
            .createDatabase(name: name.value),
            .setDatabaseRetention(database: name.value, retentionPeriod: retentionPeriod),
        ]
    }
}

/// The limit checks shared by the operations, with InfluxDB 3's messages.
enum CatalogLimitCheck {
    static func roomForDatabase(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) {
        if snapshot.userDatabaseCount >= limits.maxDatabases {
            throw KernelError(
                .limitExceeded,
                "Adding a new database would exceed limit of \(limits.maxDatabases) databases"
            )
        }
    }

    static func roomForTables(existing: Int, adding: Int, limits: CatalogLimits) throws(KernelError) {
        if existing + adding > limits.maxTables {
            throw KernelError(
                .limitExceeded,
                "Update to schema would exceed number of tables limit: attempted to create table but already have "
                    + "\(existing) table(s) (limit: \(limits.maxTables))"
            )
        }
    }

    static func roomForColumns(existing: Int, adding: Int, limits: CatalogLimits) throws(KernelError) {
        if existing + adding > limits.maxColumnsPerTable {
            throw KernelError(
                .limitExceeded,
                "Update to schema would exceed number of columns per table limit of \(limits.maxColumnsPerTable) columns"
            )
        }
    }
}
