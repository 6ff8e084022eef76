/// Creates a table with a fixed schema (`POST /api/v3/configure/table`): its tags in order, its
/// typed fields in order, then `time`. The database is created when missing.
///
/// | state / input                        | result                                                  |
/// |--------------------------------------|---------------------------------------------------------|
/// | a column named `time`                | `invalidInput` `'time' is a reserved column`            |
/// | a name twice (tag or field)          | `invalidInput` `cannot add column <n> because ...`      |
/// | database soft-deleted                | `conflict` `... already deleted: <db>`                  |
/// | database missing                     | created (database limit checked)                        |
/// | table exists                         | `alreadyExists`                                         |
/// | limits                               | `limitExceeded` (tables; columns, `time` not counted)   |
public struct CreateTable: CatalogOperation {
    /// A field column: its name and one of the field types.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var type: ColumnType

        public init(name: String, type: ColumnType) {
            self.name = name
            self.type = type
        }
    }

    public var database: DatabaseName
    public var table: String
    public var tags: [String]
    public var fields: [Field]
    public var retentionPeriod: Duration?

    public init(
        database: DatabaseName, table: String, tags: [String], fields: [Field], retentionPeriod: Duration? = nil
    ) {
        self.database = database
        self.table = table
        self.tags = tags
        self.fields = fields
        self.retentionPeriod = retentionPeriod
    }

    public func prepare(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) -> [CatalogMutation] {
        let columns = try validatedColumns()
        var mutations: [CatalogMutation] = []
        if let existing = snapshot.database(named: database.value) {
            if existing.isDeleted { throw CatalogLookup.alreadyDeleted(database.value) }
            if existing.table(named: table) != nil {
                throw KernelError(.alreadyExists, "attempted to create a resource that already exists")
            }
        } else {
            try CatalogLimitCheck.roomForDatabase(snapshot, limits: limits)
            mutations.append(.createDatabase(name: database.value))
        }
        try CatalogLimitCheck.roomForTables(existing: snapshot.tableCount, adding: 1, limits: limits)
        try CatalogLimitCheck.roomForColumns(existing: 0, adding: columns.count, limits: limits)
        mutations.append(.createTable(database: database.value, table: table))
        for (name, type) in columns + [("time", .time)] {
            mutations.append(.addColumn(database: database.value, table: table, column: name, type: type))
        }
        if let retentionPeriod {
            mutations.append(
                .setTableRetention(database: database.value, table: table, retentionPeriod: retentionPeriod))
        }
        return mutations
    }

    /// Tags then fields, refusing `time` and a name used twice.
    private func validatedColumns() throws(KernelError) -> [(String, ColumnType)] {
        guard !table.isEmpty else { throw KernelError(.invalidInput, "invalid table name: table name cannot be empty") }
        var columns: [(String, ColumnType)] = []
        var seen: [String: ColumnType] = [:]
        for (name, type) in tags.map({ ($0, ColumnType.tag) }) + fields.map({ ($0.name, $0.type) }) {
            if name == "time" { throw KernelError(.invalidInput, "'time' is a reserved column") }
            if let existing = seen[name] {
                throw KernelError(
                    .invalidInput, "cannot add column \(name) because it already exists with type \(existing.ioxName)")
            }
            seen[name] = type
            columns.append((name, type))
        }
        return columns
    }
}
