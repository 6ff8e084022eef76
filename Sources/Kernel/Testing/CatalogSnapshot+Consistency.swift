import Kernel

extension CatalogSnapshot {
    /// The structural rules a committed catalog keeps, whatever raced to change it: database
    /// names and ids unique and ids in order, table and column ids counting from 0 in creation
    /// order, names unique within their parent, one `time` column per table. Empty when all hold
    /// (tests of shared catalogs check it after concurrent writers).
    public var consistencyProblems: [String] {
        var problems: [String] = []
        let ids = databases.map(\.id)
        if Set(databases.map(\.name)).count != databases.count { problems.append("duplicate database name") }
        if ids != ids.sorted() { problems.append("database ids out of order") }
        if Set(ids).count != ids.count { problems.append("duplicate database id") }
        for database in databases {
            let tableIDs = database.tables.map(\.id.rawValue)
            if tableIDs != Array(0..<UInt32(tableIDs.count)) {
                problems.append("\(database.name): table ids \(tableIDs)")
            }
            if Set(database.tables.map(\.name)).count != tableIDs.count {
                problems.append("\(database.name): duplicate table")
            }
            for table in database.tables {
                let columnIDs = table.columns.map(\.id.rawValue)
                if columnIDs != Array(0..<UInt32(columnIDs.count)) {
                    problems.append("\(database.name).\(table.name): column ids \(columnIDs)")
                }
                if Set(table.columns.map(\.name)).count != columnIDs.count {
                    problems.append("\(table.name): duplicate column")
                }
                if table.columns.filter({ $0.type == .time }).count != 1 {
                    problems.append("\(table.name): needs one time column")
                }
            }
        }
        return problems
    }
}
