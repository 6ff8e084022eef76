/// A catalog object with the identifiers a backend must persist, produced by
/// `CatalogSnapshot.applying(_:)`. Both backends store exactly these records, so identifier
/// assignment is the same everywhere.
///
/// `database`, `table` and `column` create a row; `databaseState` and `tableState` overwrite the
/// mutable attributes of an existing one (found by id) with the values they carry, so persisting
/// one is a single update, the same in every backend.
public enum CatalogRecord: Sendable, Hashable {
    case database(id: DatabaseID, name: String)
    case table(database: DatabaseID, id: TableID, name: String)
    case column(database: DatabaseID, table: TableID, id: ColumnID, name: String, type: ColumnType)
    /// A token change (`TokenRecord`).
    case token(TokenRecord)
    case databaseState(id: DatabaseID, ObjectState)
    case tableState(database: DatabaseID, id: TableID, ObjectState)

    /// The mutable attributes of a database or a table, all of them.
    public struct ObjectState: Sendable, Hashable {
        public var name: String
        public var retentionPeriod: Duration?
        public var isDeleted: Bool
        public var hardDeletionTimeNanoseconds: Int64?
        public var deletedAtWALSequence: UInt64?
        public var dataClearedThroughWALSequence: UInt64?

        public init(
            name: String,
            retentionPeriod: Duration?,
            isDeleted: Bool,
            hardDeletionTimeNanoseconds: Int64?,
            deletedAtWALSequence: UInt64?,
            dataClearedThroughWALSequence: UInt64?
        ) {
            self.name = name
            self.retentionPeriod = retentionPeriod
            self.isDeleted = isDeleted
            self.hardDeletionTimeNanoseconds = hardDeletionTimeNanoseconds
            self.deletedAtWALSequence = deletedAtWALSequence
            self.dataClearedThroughWALSequence = dataClearedThroughWALSequence
        }
    }
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
            let (index, tableIndex) = try tablePosition(databaseName, tableName)
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
        case .setDatabaseRetention(let databaseName, let retention):
            let index = try databaseIndex(databaseName)
            databases[index].retentionPeriod = retention
            return databaseState(index)
        case .softDeleteDatabase(let databaseName, let newName, let hardDeletion, let sequence):
            let index = try databaseIndex(databaseName)
            if newName != databaseName, database(named: newName) != nil {
                throw KernelError(.alreadyExists, "attempted to create a resource that already exists")
            }
            databases[index].name = newName
            databases[index].isDeleted = true
            databases[index].hardDeletionTimeNanoseconds = hardDeletion
            databases[index].deletedAtWALSequence = sequence
            return databaseState(index)
        case .clearData(let databaseName, nil, let sequence):
            let index = try databaseIndex(databaseName)
            databases[index].dataClearedThroughWALSequence = sequence
            return databaseState(index)
        case .clearData(let databaseName, let tableName?, let sequence):
            let (index, tableIndex) = try tablePosition(databaseName, tableName)
            databases[index].tables[tableIndex].dataClearedThroughWALSequence = sequence
            return tableState(index, tableIndex)
        case .setTableRetention(let databaseName, let tableName, let retention):
            let (index, tableIndex) = try tablePosition(databaseName, tableName)
            databases[index].tables[tableIndex].retentionPeriod = retention
            return tableState(index, tableIndex)
        case .softDeleteTable(let databaseName, let tableName, let newName, let hardDeletion, let sequence):
            let (index, tableIndex) = try tablePosition(databaseName, tableName)
            if newName != tableName, databases[index].table(named: newName) != nil {
                throw KernelError(.alreadyExists, "attempted to create a resource that already exists")
            }
            databases[index].tables[tableIndex].name = newName
            databases[index].tables[tableIndex].isDeleted = true
            databases[index].tables[tableIndex].hardDeletionTimeNanoseconds = hardDeletion
            databases[index].tables[tableIndex].deletedAtWALSequence = sequence
            return tableState(index, tableIndex)
        }
    }

    private func databaseState(_ index: Int) -> CatalogRecord {
        let database = databases[index]
        return .databaseState(
            id: database.id,
            .init(
                name: database.name,
                retentionPeriod: database.retentionPeriod,
                isDeleted: database.isDeleted,
                hardDeletionTimeNanoseconds: database.hardDeletionTimeNanoseconds,
                deletedAtWALSequence: database.deletedAtWALSequence,
                dataClearedThroughWALSequence: database.dataClearedThroughWALSequence
            )
        )
    }

    private func tableState(_ index: Int, _ tableIndex: Int) -> CatalogRecord {
        let table = databases[index].tables[tableIndex]
        return .tableState(
            database: databases[index].id,
            id: table.id,
            .init(
                name: table.name,
                retentionPeriod: table.retentionPeriod,
                isDeleted: table.isDeleted,
                hardDeletionTimeNanoseconds: table.hardDeletionTimeNanoseconds,
                deletedAtWALSequence: table.deletedAtWALSequence,
                dataClearedThroughWALSequence: table.dataClearedThroughWALSequence
            )
        )
    }

    private func tablePosition(_ databaseName: String, _ tableName: String) throws(KernelError) -> (Int, Int) {
        let index = try databaseIndex(databaseName)
        guard let tableIndex = databases[index].tables.firstIndex(where: { $0.name == tableName }) else {
            throw KernelError(.notFound, "Table \(tableName) not in DB schema for \(databaseName)")
        }
        return (index, tableIndex)
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
        databases: [
            DatabaseSchema(
                id: DatabaseID(0),
                name: CatalogSnapshot.internalDatabaseName,
                retentionPeriod: CatalogSnapshot.internalRetentionPeriod
            )
        ]
    )
}
