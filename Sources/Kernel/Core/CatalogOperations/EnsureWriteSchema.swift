/// The catalog change a write needs: its database, its tables and their columns must exist with
/// the given types. Creates whatever is missing (database, tables, columns, in the order given)
/// and nothing else, so applying it twice is the same as applying it once.
///
/// | state in the snapshot                         | result                                      |
/// |-----------------------------------------------|---------------------------------------------|
/// | database missing                              | create it (database limit checked)          |
/// | database soft-deleted                         | `invalidInput`, nothing created             |
/// | table missing                                 | create it and its `time` column (limit)     |
/// | column missing                                | add it (column limit, `time` not counted)   |
/// | column present with the same type             | nothing                                     |
/// | column present with another type              | `conflict` (the writer re-validates lines)  |
public struct EnsureWriteSchema: CatalogOperation {
    /// A table and the columns (name, type) the write puts into it, in first-appearance order.
    public struct TableRequirement: Sendable, Hashable {
        public var name: String
        public var columns: [Column]

        /// One required column.
        public struct Column: Sendable, Hashable {
            public var name: String
            public var type: ColumnType

            public init(name: String, type: ColumnType) {
                self.name = name
                self.type = type
            }
        }

        public init(name: String, columns: [Column]) {
            self.name = name
            self.columns = columns
        }
    }

    public var database: DatabaseName
    public var tables: [TableRequirement]

    public init(database: DatabaseName, tables: [TableRequirement]) {
        self.database = database
        self.tables = tables
    }

    public func prepare(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) -> [CatalogMutation] {
        var mutations: [CatalogMutation] = []
        let existing = snapshot.database(named: database.value)
        if let existing, existing.isDeleted {
            throw KernelError(
                .invalidInput,
                "cannot write to soft-deleted database '\(database.value)' - it is marked for deletion"
            )
        }
        if existing == nil {
            try CatalogLimitCheck.roomForDatabase(snapshot, limits: limits)
            mutations.append(.createDatabase(name: database.value))
        }
        var tablesCreated = 0
        for requirement in tables {
            let table = existing?.table(named: requirement.name)
            if table == nil {
                tablesCreated += 1
                try CatalogLimitCheck.roomForTables(
                    existing: snapshot.tableCount + tablesCreated - 1,
                    adding: 1,
                    limits: limits
                )
                mutations.append(.createTable(database: database.value, table: requirement.name))
            }
            mutations += try columnMutations(requirement, existingTable: table, limits: limits)
        }
        return mutations
    }

    private func columnMutations(
        _ requirement: TableRequirement,
        existingTable: TableSchema?,
        limits: CatalogLimits
    ) throws(KernelError) -> [CatalogMutation] {
        var mutations: [CatalogMutation] = []
        var added = 0
        var seen = Set<String>()
        for column in requirement.columns where seen.insert(column.name).inserted {
            if let current = existingTable?.column(named: column.name) {
                guard current.type == column.type else {
                    throw KernelError(
                        .conflict,
                        "invalid column type for column '\(column.name)', expected \(current.type.ioxName), "
                            + "got \(column.type.ioxName)"
                    )
                }
                continue
            }
            if column.type != .time { added += 1 }
            mutations.append(
                .addColumn(database: database.value, table: requirement.name, column: column.name, type: column.type)
            )
        }
        if existingTable?.column(named: "time") == nil, !seen.contains("time") {
            mutations.append(.addColumn(database: database.value, table: requirement.name, column: "time", type: .time))
        }
        try CatalogLimitCheck.roomForColumns(
            existing: existingTable?.limitedColumnCount ?? 0,
            adding: added,
            limits: limits
        )
        return mutations
    }
}
