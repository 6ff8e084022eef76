import Kernel
import Logging
import Synchronization

/// The shared catalog backend: the catalog lives in one PostgreSQL database that several server
/// nodes use at once, and each node serves it from an in-memory `CatalogSnapshot`.
///
/// - `snapshot()` never touches the network. Changes made by other nodes arrive by a refresh: every
///   `refreshInterval` (and on every `apply` that needs a change) the stored version is compared
///   with the published one and, when it differs, the catalog is reloaded.
/// - `apply(_:)` prepares the operation against the published snapshot; when nothing needs changing
///   it answers from memory. Otherwise, in one transaction, it locks the version row (every writer
///   of every node takes that lock first, so writers serialize), reloads the catalog if another node
///   committed since, prepares again against that committed state (the "lost race" rule), persists
///   the records and the new version, and publishes the result after the commit. A refusal computed
///   from a possibly stale snapshot is also decided again under the lock.
/// - The unique constraints are the last line of defence; a serialization failure, deadlock or
///   unique violation rolls the transaction back and runs it again (at most
///   `maxCommitAttempts` times), as does a lost connection (after reconnecting).
///
/// Every libpq call blocks, so all of them run on `PostgresWorker`'s serial queue.
public final class PostgresCatalog: Catalog {
    public let catalogUUID: String
    public let limits: CatalogLimits

    /// How often a transaction that lost a race is run again before `apply` gives up.
    static let maxCommitAttempts = 8

    private let clock: any WallClock
    private let logger: Logger
    private let worker: PostgresWorker
    /// The committed snapshot this node serves. Only ever replaced by a newer version.
    private let published: Mutex<CatalogSnapshot>
    /// The periodic refresh, cancelled when the catalog is released.
    private let refresher = Mutex<Task<Void, Never>?>(nil)
    /// Whether the last periodic refresh failed (so a lasting outage is logged once, not every tick).
    private let refreshFailing = Mutex(false)

    private init(
        worker: PostgresWorker,
        snapshot: CatalogSnapshot,
        catalogUUID: String,
        limits: CatalogLimits,
        clock: any WallClock,
        logger: Logger
    ) {
        self.worker = worker
        self.published = Mutex(snapshot)
        self.catalogUUID = catalogUUID
        self.limits = limits
        self.clock = clock
        self.logger = logger
    }

    deinit {
        refresher.withLock { $0?.cancel() }
    }

    /// Connects to `url` (`postgres://user:password@host:port/database`), applies pending schema
    /// migrations (nodes starting together serialize on an advisory lock) and loads the committed
    /// catalog into memory. `refreshInterval` bounds how long a change made by another node stays
    /// invisible to `snapshot()`; nil turns the periodic refresh off (tests).
    ///
    /// Fails with `unavailable` when the server cannot be reached or refuses the credentials, and
    /// when the database was migrated by a newer server.
    public static func open(
        url: String,
        limits: CatalogLimits = CatalogLimits(),
        clock: any WallClock = SystemWallClock(),
        refreshInterval: Duration? = .seconds(1),
        logger: Logger = Logger(label: "influxdb3.catalog.postgres")
    ) async throws(KernelError) -> PostgresCatalog {
        do {
            let worker = try await PostgresWorker.connect(url: url)
            let now = clock.nowNanoseconds()
            let (snapshot, uuid) = try await worker.perform { connection throws(PostgresFailure) in
                try CatalogMigrations.migrator.migrate(connection, nowNanoseconds: now)
                return (try SnapshotLoader.loadConsistent(connection), try SnapshotLoader.catalogUUID(connection))
            }
            let catalog = PostgresCatalog(
                worker: worker, snapshot: snapshot, catalogUUID: uuid, limits: limits, clock: clock, logger: logger)
            if let refreshInterval { catalog.startRefreshing(every: refreshInterval) }
            return catalog
        } catch {
            throw error.error
        }
    }

    public func snapshot() async throws(KernelError) -> CatalogSnapshot {
        published.withLock { $0 }
    }

    public func apply(_ operation: some CatalogOperation) async throws(KernelError) -> CatalogSnapshot {
        let current = published.withLock { $0 }
        // Most applies (repeated writes to a known schema) need nothing: answer without SQL. A
        // refusal is not answered from memory: the snapshot may be stale (another node may have
        // created what is missing), so it is decided again against the committed state.
        if let mutations = try? operation.prepare(current, limits: limits), mutations.isEmpty {
            return current
        }
        do {
            return try await worker.perform { [self] connection throws(PostgresFailure) -> CatalogSnapshot in
                try commitWithRetries(operation, on: connection)
            }
        } catch {
            throw error.error
        }
    }

    public func refreshedSnapshot() async throws(KernelError) -> CatalogSnapshot {
        try await refresh()
    }

    /// Reads the stored version now and reloads the catalog when it differs from the published
    /// one (another node committed); returns the snapshot `snapshot()` serves afterwards.
    @discardableResult
    public func refresh() async throws(KernelError) -> CatalogSnapshot {
        do {
            return try await worker.perform { [self] connection throws(PostgresFailure) -> CatalogSnapshot in
                let current = published.withLock { $0 }
                guard try SnapshotLoader.version(connection) != current.version else { return current }
                return publish(try SnapshotLoader.loadConsistent(connection))
            }
        } catch {
            throw error.error
        }
    }

    // MARK: - On the worker queue

    /// Runs `apply`'s transaction, again when it lost a race or the connection broke.
    private func commitWithRetries(
        _ operation: some CatalogOperation,
        on connection: PostgresConnection
    ) throws(PostgresFailure) -> CatalogSnapshot {
        var attempt = 0
        while true {
            attempt += 1
            do {
                // After a lost race the stored state is re-read even when the version did not
                // change: a unique violation means memory and store disagree.
                let committed = try connection.transaction { () throws(PostgresFailure) -> CatalogSnapshot in
                    try commit(operation, reloading: attempt > 1, on: connection)
                }
                return publish(committed)
            } catch {
                guard error.isLostRace || error.isConnectionLoss else { throw error }
                guard attempt < Self.maxCommitAttempts else {
                    throw PostgresFailure(
                        .unavailable,
                        "PostgreSQL catalog: gave up after \(attempt) attempts: \(error.error.message)"
                    )
                }
                logger.debug("catalog commit lost a race; trying again", metadata: ["reason": "\(error.error)"])
                if !connection.isConnected { try connection.reconnect() }
            }
        }
    }

    /// The body of `apply`'s transaction: returns the snapshot the transaction commits.
    private func commit(
        _ operation: some CatalogOperation,
        reloading: Bool,
        on connection: PostgresConnection
    ) throws(PostgresFailure) -> CatalogSnapshot {
        // The lock orders this transaction after every other writer's: what is read below is the
        // latest committed state, and stays so until this transaction ends.
        let stored = try SnapshotLoader.version(connection, lock: true)
        var base = published.withLock { $0 }
        if stored != base.version || reloading {
            // Another node committed since our snapshot: its state wins, and is what this node
            // serves from now on even if the operation is refused.
            base = try SnapshotLoader.load(connection)
            publish(base, replacingSameVersion: reloading)
        }
        let mutations: [CatalogMutation]
        let next: CatalogSnapshot
        let records: [CatalogRecord]
        do {
            mutations = try operation.prepare(base, limits: limits)
            guard !mutations.isEmpty else { return base }
            (next, records) = try base.applying(mutations)
        } catch {
            throw PostgresFailure(error)
        }
        precondition(next.version == stored + 1, "a commit must raise the stored version by exactly one")
        try RecordPersistence.persist(
            records, version: next.version, nowNanoseconds: clock.nowNanoseconds(), on: connection)
        return next
    }

    /// Makes `snapshot` the served one unless a newer one (or, by default, the same version) is
    /// already served; returns the served one.
    @discardableResult
    private func publish(_ snapshot: CatalogSnapshot, replacingSameVersion: Bool = false) -> CatalogSnapshot {
        published.withLock { served in
            if snapshot.version > served.version || (replacingSameVersion && snapshot.version == served.version) {
                served = snapshot
            }
            return served
        }
    }

    // MARK: - Periodic refresh

    private func startRefreshing(every interval: Duration) {
        let task = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                guard let self, !Task.isCancelled else { return }
                await self.refreshInBackground()
            }
        }
        refresher.withLock { $0 = task }
    }

    private func refreshInBackground() async {
        do {
            try await refresh()
            if refreshFailing.withLock({ $0 }) { logger.info("PostgreSQL catalog reachable again") }
            refreshFailing.withLock { $0 = false }
        } catch {
            if !refreshFailing.withLock({ $0 }) {
                logger.warning("PostgreSQL catalog refresh failed", metadata: ["error": "\(error.message)"])
            }
            refreshFailing.withLock { $0 = true }
        }
    }
}
