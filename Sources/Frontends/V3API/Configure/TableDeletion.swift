import HTTPSupport
import Hummingbird
import Kernel

/// `DELETE /api/v3/configure/table?db=&table=[&hard_delete_at=][&data_only=]`: soft-deletes the
/// table (renamed, its buffered data follows the new name) or, with `data_only=true`, drops only
/// its buffered data and keeps the schema.
enum TableDeletion {
    static func delete(_ request: Request, kernel: KernelServices, environment: APIEnvironment) async throws {
        let database = try ConfigureParameters.required(request, "db")
        let table = try ConfigureParameters.required(request, "table")
        let hardDeletion = try ConfigureParameters.hardDeletion(request)
        let dataOnly = try QueryString.bool(request, "data_only", default: false)
        let before = try await kernel.catalog.snapshot()
        let chunks = kernel.chunks as? any RelocatableChunkSource
        if dataOnly {
            _ = try await kernel.catalog.apply(
                DeleteData(database: database, table: table, walSequence: kernel.writer.lastWALSequence))
            chunks?.removeData(database: database, table: table)
            return
        }
        let after = try await kernel.catalog.apply(
            DeleteTable(
                database: database, target: .table(table), hardDeletion: hardDeletion,
                nowNanoseconds: kernel.clock.nowNanoseconds(), defaultDelay: environment.hardDeleteDefaultDelay,
                walSequence: kernel.writer.lastWALSequence))
        try relocate(database: database, before: before, after: after, chunks: chunks)
    }

    /// Moves the buffered data of every table the deletion renamed to the table's new name.
    static func relocate(
        database: String,
        before: CatalogSnapshot,
        after: CatalogSnapshot,
        chunks: (any RelocatableChunkSource)?
    ) throws {
        guard let chunks, let old = before.database(named: database), let new = after.database(named: database) else {
            return
        }
        let newNames = Dictionary(uniqueKeysWithValues: new.tables.map { ($0.id, $0.name) })
        for table in old.tables {
            if let renamed = newNames[table.id], renamed != table.name {
                chunks.relocate(database: database, table: table.name, to: renamed)
            }
        }
    }
}
