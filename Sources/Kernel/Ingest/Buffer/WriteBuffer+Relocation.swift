import Kernel
import Synchronization

extension WriteBuffer {
    /// Moves the chunks of a database (or of one of its tables) under `newName`, after the catalog
    /// renamed it on soft deletion, so a new object with the old name starts empty. Chunks already
    /// under `newName` are kept and the moved ones win (the new name is unique in the catalog).
    public func relocate(database: String, table: String?, to newName: String) {
        state.withLock { databases in
            guard var tables = databases.removeValue(forKey: database) else { return }
            guard let table else {
                databases[newName] = tables
                return
            }
            if let chunks = tables.removeValue(forKey: table) { tables[newName] = chunks }
            databases[database] = tables
        }
    }

    /// Drops the chunks of a database (or of one of its tables).
    public func removeData(database: String, table: String?) {
        state.withLock { databases in
            guard let table else {
                databases.removeValue(forKey: database)
                return
            }
            databases[database]?.removeValue(forKey: table)
        }
    }
}
