/// Which object a replayed WAL record belongs to. Records carry names, and soft deletion renames
/// (`<name>-YYYYMMDDTHHMMSS`) so the name can be reused: a record written under `foo` before `foo`
/// was deleted belongs to the deleted database, one written after it to the new `foo`. The
/// catalog keeps, for each deleted object, the last WAL sequence written before its deletion.
///
/// | record under name N, sequence s                                   | goes to                 |
/// |-------------------------------------------------------------------|-------------------------|
/// | a deleted object renamed from N with `deletedAtWALSequence` ≥ s   | the earliest such one   |
/// | otherwise                                                         | N (unchanged)           |
///
/// Databases are resolved first, then the tables within the resolved database. Then records a
/// `data_only` deletion dropped (sequence ≤ the database's or the table's
/// `dataClearedThroughWALSequence`) are left out.
public enum SoftDeletedData {
    public static func owner(of batch: DatabaseWriteBatch, sequence: UInt64, in snapshot: CatalogSnapshot)
        -> DatabaseWriteBatch
    {
        var routed = batch
        let deletedDatabase = earliest(
            snapshot.databases.lazy.filter { $0.isDeleted }.map { ($0.name, $0.deletedAtWALSequence) },
            original: batch.database, sequence: sequence)
        if let deletedDatabase { routed.database = deletedDatabase }
        guard let database = snapshot.database(named: routed.database) else { return routed }
        if let cleared = database.dataClearedThroughWALSequence, sequence <= cleared {
            routed.tables = []
            return routed
        }
        let deletedTables = database.tables.filter(\.isDeleted).map { ($0.name, $0.deletedAtWALSequence) }
        for index in routed.tables.indices {
            if let table = earliest(deletedTables, original: routed.tables[index].tableName, sequence: sequence) {
                routed.tables[index].tableName = table
            }
        }
        routed.tables.removeAll { table in
            guard let cleared = database.table(named: table.tableName)?.dataClearedThroughWALSequence else {
                return false
            }
            return sequence <= cleared
        }
        return routed
    }

    /// The renamed name with the smallest deletion sequence not below `sequence`, among the
    /// objects renamed from `original`.
    private static func earliest(
        _ deleted: some Sequence<(String, UInt64?)>,
        original: String,
        sequence: UInt64
    ) -> String? {
        var best: (String, UInt64)?
        for (name, deletedAt) in deleted {
            guard let deletedAt, deletedAt >= sequence, name.count > DeletedName.suffixLength,
                DeletedName.original(of: name) == original
            else { continue }
            if best.map({ deletedAt < $0.1 }) ?? true { best = (name, deletedAt) }
        }
        return best?.0
    }
}
