/// A column of a table as the catalog knows it.
public struct ColumnSchema: Sendable, Hashable {
    public var id: ColumnID
    public var name: String
    public var type: ColumnType

    public init(id: ColumnID, name: String, type: ColumnType) {
        self.id = id
        self.name = name
        self.type = type
    }
}

/// A table as the catalog knows it: its columns in creation order. The tag columns, in creation
/// order, form the table's series key. A soft-deleted table keeps its id under the name
/// `<name>-YYYYMMDDTHHMMSS`, so the original name can be reused at once.
public struct TableSchema: Sendable, Hashable {
    public var id: TableID
    public var name: String
    public var columns: [ColumnSchema]
    /// Rows older than now minus this are not queryable; nil: the database's retention applies.
    public var retentionPeriod: Duration?
    public var isDeleted: Bool
    /// When a soft-deleted table's data is due for hard deletion (nil: never).
    public var hardDeletionTimeNanoseconds: Int64?
    /// For a soft-deleted table: the last WAL sequence written before the deletion, so replay can
    /// give records up to it under the original name to this table (`SoftDeletedData`).
    public var deletedAtWALSequence: UInt64?
    /// The last WAL sequence whose records for this table were dropped by a `data_only` deletion:
    /// replay skips them.
    public var dataClearedThroughWALSequence: UInt64?

    public init(
        id: TableID,
        name: String,
        columns: [ColumnSchema] = [],
        retentionPeriod: Duration? = nil,
        isDeleted: Bool = false,
        hardDeletionTimeNanoseconds: Int64? = nil,
        deletedAtWALSequence: UInt64? = nil,
        dataClearedThroughWALSequence: UInt64? = nil
    ) {
        self.id = id
        self.name = name
        self.columns = columns
        self.retentionPeriod = retentionPeriod
        self.isDeleted = isDeleted
        self.hardDeletionTimeNanoseconds = hardDeletionTimeNanoseconds
        self.deletedAtWALSequence = deletedAtWALSequence
        self.dataClearedThroughWALSequence = dataClearedThroughWALSequence
    }

    public func column(named name: String) -> ColumnSchema? {
        columns.first { $0.name == name }
    }

    /// The tag columns in creation order: the series key.
    public var tagColumns: [ColumnSchema] { columns.filter { $0.type == .tag } }

    /// Columns counted against `CatalogLimits.maxColumnsPerTable` (`time` is not counted).
    public var limitedColumnCount: Int { columns.reduce(0) { $0 + ($1.type == .time ? 0 : 1) } }
}

/// A database as the catalog knows it. A soft-deleted database keeps its id under the name
/// `<name>-YYYYMMDDTHHMMSS`, so the original name can be reused at once.
public struct DatabaseSchema: Sendable, Hashable {
    public var id: DatabaseID
    public var name: String
    public var tables: [TableSchema]
    public var isDeleted: Bool
    /// Rows older than now minus this are not queryable; nil: kept forever.
    public var retentionPeriod: Duration?
    /// When a soft-deleted database's data is due for hard deletion (nil: never).
    public var hardDeletionTimeNanoseconds: Int64?
    /// For a soft-deleted database: the last WAL sequence written before the deletion (see
    /// `TableSchema.deletedAtWALSequence`).
    public var deletedAtWALSequence: UInt64?
    /// The last WAL sequence whose records for this database were dropped by a `data_only`
    /// deletion: replay skips them.
    public var dataClearedThroughWALSequence: UInt64?

    public init(
        id: DatabaseID,
        name: String,
        tables: [TableSchema] = [],
        isDeleted: Bool = false,
        retentionPeriod: Duration? = nil,
        hardDeletionTimeNanoseconds: Int64? = nil,
        deletedAtWALSequence: UInt64? = nil,
        dataClearedThroughWALSequence: UInt64? = nil
    ) {
        self.id = id
        self.name = name
        self.tables = tables
        self.isDeleted = isDeleted
        self.retentionPeriod = retentionPeriod
        self.hardDeletionTimeNanoseconds = hardDeletionTimeNanoseconds
        self.deletedAtWALSequence = deletedAtWALSequence
        self.dataClearedThroughWALSequence = dataClearedThroughWALSequence
    }

    /// The table called `name`, deleted or not (deleted tables carry their renamed name).
    public func table(named name: String) -> TableSchema? {
        tables.first { $0.name == name }
    }

    /// The tables that are not soft-deleted: what queries and writes see.
    public var liveTables: [TableSchema] { tables.filter { !$0.isDeleted } }

    /// The retention that applies to `table`: its own, else the database's (nil: forever).
    public func effectiveRetention(of table: TableSchema) -> Duration? {
        table.retentionPeriod ?? retentionPeriod
    }
}

/// An immutable view of the whole catalog at one version.
public struct CatalogSnapshot: Sendable, Hashable {
    /// Increases by one with every committed `apply` that changed something.
    public var version: UInt64
    /// Databases in creation order (`_internal` first).
    public var databases: [DatabaseSchema]
    /// API tokens (digests only).
    public var tokens: TokenRegistry

    public init(version: UInt64, databases: [DatabaseSchema], tokens: TokenRegistry = .empty) {
        self.version = version
        self.databases = databases
        self.tokens = tokens
    }

    public func database(named name: String) -> DatabaseSchema? {
        databases.first { $0.name == name }
    }

    /// Tables across all databases, counted against `CatalogLimits.maxTables` (deleted tables and
    /// the tables of deleted databases are not).
    public var tableCount: Int { databases.reduce(0) { $0 + ($1.isDeleted ? 0 : $1.liveTables.count) } }

    /// Databases counted against `CatalogLimits.maxDatabases` (`_internal` and deleted ones are not).
    public var userDatabaseCount: Int {
        databases.reduce(0) { $0 + ($1.isDeleted || $1.name == CatalogSnapshot.internalDatabaseName ? 0 : 1) }
    }

    /// The database every InfluxDB 3 server has; it cannot be written to over HTTP.
    public static let internalDatabaseName = "_internal"
    /// The retention of `_internal` (7 days), set when a catalog is created.
    public static let internalRetentionPeriod = Duration.seconds(7 * 24 * 3600)
}

extension Duration {
    /// The whole duration in nanoseconds, clamped to `Int64` (catalog backends store this).
    public var totalNanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, overflowSum) = scaled.addingReportingOverflow(attoseconds / 1_000_000_000)
        return overflowSum ? (seconds < 0 ? .min : .max) : sum
    }
}
