import HTTPSupport
import Hummingbird
import Kernel

/// `DELETE /api/v3/configure/database?db=[&hard_delete_at=][&data_only=][&remove_tables=]`.
///
/// | parameters                          | effect                                                       |
/// |-------------------------------------|--------------------------------------------------------------|
/// | (default)                           | soft delete: renamed, marked deleted, hard deletion scheduled |
/// | `data_only=true`                    | the data is dropped (`DeleteData`); schema and resources stay  |
/// | `data_only=true&remove_tables=true` | every table is soft-deleted (renamed); the database stays     |
///
/// Buffered data follows a renamed database or table, so a new object with the old name starts
/// empty. Hard deletion of files comes with persistence; until then the schedule is recorded only.
enum DatabaseDeletion {
    static func delete(_ request: Request, kernel: KernelServices, environment: APIEnvironment) async throws {
        let database = try ConfigureParameters.required(request, "db")
        let hardDeletion = try ConfigureParameters.hardDeletion(request)
        let dataOnly = try QueryString.bool(request, "data_only", default: false)
        let removeTables = try QueryString.bool(request, "remove_tables", default: false)
        let now = kernel.clock.nowNanoseconds()
        let before = try await kernel.catalog.snapshot()
        let chunks = kernel.chunks as? any RelocatableChunkSource
        guard dataOnly else {
            let operation = DeleteDatabase(
                database: database, hardDeletion: hardDeletion, nowNanoseconds: now,
                defaultDelay: environment.hardDeleteDefaultDelay, walSequence: kernel.writer.lastWALSequence)
            let after = try await kernel.catalog.apply(operation)
            let id = before.database(named: database)?.id
            if let renamed = after.databases.first(where: { $0.id == id })?.name, renamed != database {
                chunks?.relocate(database: database, table: nil, to: renamed)
            }
            return
        }
        guard removeTables else {
            _ = try await kernel.catalog.apply(
                DeleteData(database: database, table: nil, walSequence: kernel.writer.lastWALSequence))
            chunks?.removeData(database: database, table: nil)
            return
        }
        let after = try await kernel.catalog.apply(
            DeleteTable(
                database: database, target: .allTables, hardDeletion: hardDeletion, nowNanoseconds: now,
                defaultDelay: environment.hardDeleteDefaultDelay, walSequence: kernel.writer.lastWALSequence))
        try TableDeletion.relocate(database: database, before: before, after: after, chunks: chunks)
    }
}
