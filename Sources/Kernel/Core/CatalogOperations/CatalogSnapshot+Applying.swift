/// A catalog object with the identifiers a backend must persist, produced by
/// `CatalogSnapshot.applying(_:)`. Both backends store exactly these records, so identifier
/// assignment is the same everywhere.
public enum CatalogRecord: Sendable, Hashable {
    case database(id: DatabaseID, name: String)
    case table(database: DatabaseID, id: TableID, name: String)
    case column(database: DatabaseID, table: TableID, id: ColumnID, name: String, type: ColumnType)
    /// A token change (`TokenRecord`).
    case token(TokenRecord)
}

extension CatalogSnapshot {
    /// The snapshot after `mutations`, and the records they create. Identifiers are the next free
    /// ones: a database gets max+1 over all databases, a table max+1 within its database, a
    /// column max+1 within its table. The version grows by one if anything changed.
    public func applying(_ mutations: [CatalogMutation]) throws(KernelError) -> (CatalogSnapshot, [CatalogRecord]) {
        var next = self
        var records: [CatalogRecord] = []
        for mutation in mutations {
            records.append(try next.apply(mutation))
        }
        if !records.isEmpty { next.version += 1 }
        return (next, records)
    }

    private mutating func apply(_ mutation: CatalogMutation) throws(KernelError) -> CatalogRecord {
        switch mutation {
        case .createDatabase(let name):
            guard database(named: name) == nil else {
                throw KernelError(.alreadyExists, "attempted to create a resource that already exists")
            }
            let id = DatabaseID((databases.map(\.id.rawValue).max() ?? 0) + 1)
            databases.append(DatabaseSchema(id: id, name: name))
            return .database(id: id, name: name)
        case .createTable(let databaseName, let tableName):
            let index = try databaseIndex(databaseName)
            guard databases[index].table(named: tableName) == nil else {
                throw KernelError(.alreadyExists, "attempted to create a resource that already exists")
            }
            let tables = databases[index].tables
            let id = TableID(tables.isEmpty ? 0 : (tables.map(\.id.rawValue).max() ?? 0) + 1)
            databases[index].tables.append(TableSchema(id: id, name: tableName))
            return .table(database: databases[index].id, id: id, name: tableName)
        case .addColumn(let databaseName, let tableName, let columnName, let type):
            let index = try databaseIndex(databaseName)
            guard let tableIndex = databases[index].tables.firstIndex(where: { $0.name == tableName }) else {
                throw KernelError(.notFound, "Table \(tableName) not in DB schema for \(databaseName)")
            }
            var table = databases[index].tables[tableIndex]
            guard table.column(named: columnName) == nil else {
                throw KernelError(.alreadyExists, "attempted to create a resource that already exists")
            }
            let id = ColumnID(table.columns.isEmpty ? 0 : (table.columns.map(\.id.rawValue).max() ?? 0) + 1)
            table.columns.append(ColumnSchema(id: id, name: columnName, type: type))
            databases[index].tables[tableIndex] = table
            return .column(database: databases[index].id, table: table.id, id: id, name: columnName, type: type)
        case .token(let change):
            return .token(try applyToken(change))
        }
    }

    private func databaseIndex(_ name: String) throws(KernelError) -> Int {
        guard let index = databases.firstIndex(where: { $0.name == name }) else {
            throw KernelError(.notFound, "Database not found \(name)")
        }
        return index
    }

    /// The state of a catalog that was just created: only `_internal` (id 0) exists.
    public static let initial = CatalogSnapshot(
        version: 0,
        databases: [DatabaseSchema(id: DatabaseID(0), name: CatalogSnapshot.internalDatabaseName)]
    )
}
