import Kernel
import Synchronization

/// The embedded catalog backend: the catalog lives in one SQLite file (WAL journal, full fsync on
/// commit) and is served from an in-memory `CatalogSnapshot`.
///
/// `snapshot()` never touches the file. `apply(_:)` prepares the operation against the snapshot,
/// persists the records and the new version in one transaction, and only after the commit
/// publishes the new snapshot, so a failed apply leaves both the file and the memory as they were.
/// If another connection committed to the same file meanwhile (its version differs), the snapshot
/// is reloaded inside the transaction and the operation prepared again against it.
///
/// `apply` blocks its thread for the commit (an fsync) without suspending: catalog changes are rare
/// (a new database, table or column), and a lock held across a suspension could starve the pool.
public final class SQLiteCatalog: Catalog {
    public let catalogUUID: String
    public let limits: CatalogLimits
    /// The path of the catalog file.
    public let path: String

    private let clock: any WallClock
    /// Guards the connection (SQLite connections are opened without their own mutex) and
    /// serializes `apply` calls: held for a whole prepare-persist-publish sequence.
    private let writer: Mutex<SQLiteConnection>
    /// Guards the committed snapshot. Separate from `writer` so readers never wait for an fsync;
    /// taken inside `writer` only, never the other way round.
    private let published: Mutex<CatalogSnapshot>

    private init(
        connection: consuming sending SQLiteConnection,
        snapshot: CatalogSnapshot,
        catalogUUID: String,
        limits: CatalogLimits,
        clock: any WallClock
    ) {
        self.path = connection.path
        self.writer = Mutex(connection)
        self.published = Mutex(snapshot)
        self.catalogUUID = catalogUUID
        self.limits = limits
        self.clock = clock
    }

    /// Opens the catalog file at `path`, creating it and its parent directories when missing,
    /// applies pending schema migrations and loads the committed catalog into memory.
    ///
    /// Fails when the file was migrated by a newer server (see `SchemaMigrator`).
    public static func open(
        path: String,
        limits: CatalogLimits = CatalogLimits(),
        clock: any WallClock = SystemWallClock()
    ) throws(KernelError) -> SQLiteCatalog {
        try ParentDirectory.create(for: path)
        let connection = try SQLiteConnection.open(path: path)
        try CatalogMigrations.migrator.migrate(connection, nowNanoseconds: clock.nowNanoseconds())
        let snapshot = try SnapshotLoader.load(connection)
        let catalogUUID = try SnapshotLoader.catalogUUID(connection)
        return SQLiteCatalog(
            connection: connection,
            snapshot: snapshot,
            catalogUUID: catalogUUID,
            limits: limits,
            clock: clock
        )
    }

    public func snapshot() async throws(KernelError) -> CatalogSnapshot {
        published.withLock { $0 }
    }

    public func apply(_ operation: some CatalogOperation) async throws(KernelError) -> CatalogSnapshot {
        try writer.withLock { (connection: inout SQLiteConnection) throws(KernelError) -> CatalogSnapshot in
            let current = published.withLock { $0 }
            // Most applies (repeated writes to a known schema) need nothing: answer without SQL.
            guard try !operation.prepare(current, limits: limits).isEmpty else { return current }
            let committed = try connection.transaction { [connection] () throws(KernelError) -> CatalogSnapshot in
                try commit(operation, over: current, on: connection)
            }
            published.withLock { $0 = committed }
            return committed
        }
    }

    /// The body of `apply`'s transaction: returns the snapshot the transaction commits.
    private func commit(
        _ operation: some CatalogOperation,
        over current: CatalogSnapshot,
        on connection: SQLiteConnection
    ) throws(KernelError) -> CatalogSnapshot {
        var base = current
        if try SnapshotLoader.version(connection) != current.version {
            // Another connection to this file committed since our snapshot: its state wins and the
            // operation is prepared again against it (the port's "lost race" rule).
            base = try SnapshotLoader.load(connection)
        }
        let mutations = try operation.prepare(base, limits: limits)
        guard !mutations.isEmpty else { return base }
        let (next, records) = try base.applying(mutations)
        try RecordPersistence.persist(
            records, version: next.version, nowNanoseconds: clock.nowNanoseconds(), on: connection)
        return next
    }
}
