/// The catalog: the durable registry of databases, tables, columns and tokens (later also
/// retention, caches and triggers). Backends: SQLite (embedded default) and PostgreSQL (shared by
/// several nodes).
///
/// Implementation requirements:
/// - `snapshot()` returns the latest committed state; it is cheap (served from memory) because the
///   write path calls it for every request.
/// - `apply(_:)` is atomic: it calls `operation.prepare(_:limits:)` against the *current* committed
///   state (re-read inside the transaction when the store is shared), persists every returned
///   mutation or none, and returns the new snapshot. An operation whose mutations are empty commits
///   nothing and returns the current snapshot (operations are idempotent).
/// - Identifiers are assigned by the backend, never reused: database ids start at 1 (`_internal`
///   is 0 and exists from the first start), table ids and column ids count from 0 within their
///   parent.
/// - Concurrent `apply` calls, from this process or (for shared backends) from other nodes, never
///   corrupt the catalog: a lost race re-runs `prepare` against the winner's state.
/// - Every backend passes `CatalogConformance` in `KernelTesting`.
public protocol Catalog: Sendable {
    /// The identity of this catalog, sent as the `cluster-uuid` header on every HTTP response.
    var catalogUUID: String { get }

    /// The limits `apply` enforces.
    var limits: CatalogLimits { get }

    /// The latest committed state.
    func snapshot() async throws(KernelError) -> CatalogSnapshot

    /// Prepares `operation` against the current state and commits its mutations atomically.
    func apply(_ operation: some CatalogOperation) async throws(KernelError) -> CatalogSnapshot

    /// The latest committed state, re-read from the store first when other processes may change it
    /// (a shared backend serves `snapshot()` from memory, refreshed periodically). Costs a round
    /// trip there: call it on a miss (a name the snapshot does not know), not on every request.
    /// Defaults to `snapshot()` for backends only this process writes to.
    func refreshedSnapshot() async throws(KernelError) -> CatalogSnapshot
}

extension Catalog {
    public func refreshedSnapshot() async throws(KernelError) -> CatalogSnapshot {
        try await snapshot()
    }
}

/// Limits on the catalog's size, enforced when a mutation would create something new.
/// Enterprise defaults: 100 databases, 10,000 tables in all, 500 columns per table (`time` not
/// counted).
public struct CatalogLimits: Sendable, Hashable {
    public var maxDatabases: Int
    public var maxTables: Int
    public var maxColumnsPerTable: Int

    public init(maxDatabases: Int = 100, maxTables: Int = 10_000, maxColumnsPerTable: Int = 500) {
        self.maxDatabases = maxDatabases
        self.maxTables = maxTables
        self.maxColumnsPerTable = maxColumnsPerTable
    }
}

/// A change to the catalog, as a value: `prepare` is pure and decides, against a snapshot, which
/// mutations are needed (possibly none) or why the change is refused. Both catalog backends run the
/// same operations; only how they persist the mutations differs.
public protocol CatalogOperation: Sendable {
    /// Checks limits and conflicts against `snapshot` and returns the mutations to persist, in order.
    func prepare(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) -> [CatalogMutation]
}

/// One primitive change a backend persists. Names refer to objects that exist in the snapshot or
/// are created by an earlier mutation of the same list.
public enum CatalogMutation: Sendable, Hashable {
    case createDatabase(name: String)
    case createTable(database: String, table: String)
    case addColumn(database: String, table: String, column: String, type: ColumnType)
    /// Token changes (create, new hash, delete), kept in their own type (`TokenMutation`).
    case token(TokenMutation)
    /// Sets (or with nil clears) a database's retention period.
    case setDatabaseRetention(database: String, retentionPeriod: Duration?)
    /// Marks a database deleted under `renamedTo` (its current name when it already is deleted)
    /// with the given hard deletion time (nil: never) and the last WAL sequence of its data.
    case softDeleteDatabase(
        database: String, renamedTo: String, hardDeletionTimeNanoseconds: Int64?, deletedAtWALSequence: UInt64?)
    /// Records that the data of a database (or of one of its tables) written up to a WAL sequence
    /// was dropped (`data_only` deletion), so replay skips it.
    case clearData(database: String, table: String?, throughWALSequence: UInt64)
    /// Sets (or with nil clears) a table's retention period.
    case setTableRetention(database: String, table: String, retentionPeriod: Duration?)
    /// Marks a table deleted under `renamedTo`, as `softDeleteDatabase` does for databases.
    case softDeleteTable(
        database: String, table: String, renamedTo: String, hardDeletionTimeNanoseconds: Int64?,
        deletedAtWALSequence: UInt64?)
}
