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
/// order, form the table's series key.
public struct TableSchema: Sendable, Hashable {
    public var id: TableID
    public var name: String
    public var columns: [ColumnSchema]

    public init(id: TableID, name: String, columns: [ColumnSchema] = []) {
        self.id = id
        self.name = name
        self.columns = columns
    }

    public func column(named name: String) -> ColumnSchema? {
        columns.first { $0.name == name }
    }

    /// The tag columns in creation order: the series key.
    public var tagColumns: [ColumnSchema] { columns.filter { $0.type == .tag } }

    /// Columns counted against `CatalogLimits.maxColumnsPerTable` (`time` is not counted).
    public var limitedColumnCount: Int { columns.reduce(0) { $0 + ($1.type == .time ? 0 : 1) } }
}

/// A database as the catalog knows it.
public struct DatabaseSchema: Sendable, Hashable {
    public var id: DatabaseID
    public var name: String
    public var tables: [TableSchema]
    public var isDeleted: Bool

    public init(id: DatabaseID, name: String, tables: [TableSchema] = [], isDeleted: Bool = false) {
        self.id = id
        self.name = name
        self.tables = tables
        self.isDeleted = isDeleted
    }

    public func table(named name: String) -> TableSchema? {
        tables.first { $0.name == name }
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

    /// Tables across all databases, counted against `CatalogLimits.maxTables`.
    public var tableCount: Int { databases.reduce(0) { $0 + $1.tables.count } }

    /// Databases counted against `CatalogLimits.maxDatabases` (`_internal` and deleted ones are not).
    public var userDatabaseCount: Int {
        databases.reduce(0) { $0 + ($1.isDeleted || $1.name == CatalogSnapshot.internalDatabaseName ? 0 : 1) }
    }

    /// The database every InfluxDB 3 server has; it cannot be written to over HTTP.
    public static let internalDatabaseName = "_internal"
}
