import CSQLite3
import Kernel

/// One open SQLite database file: the thin wrapper the catalog uses instead of calling the C API
/// everywhere. Not thread-safe (the connection is opened without SQLite's own mutex): the owner
/// serializes every call, which `SQLiteCatalog` does with its writer lock.
final class SQLiteConnection {
    /// How long a statement waits for another connection's write lock before failing with
    /// `SQLITE_BUSY`; long enough for a concurrent commit's fsync, short enough to surface a stuck peer.
    static let busyTimeoutMilliseconds: Int32 = 5_000

    let handle: OpaquePointer
    let path: String

    private init(handle: OpaquePointer, path: String) {
        self.handle = handle
        self.path = path
    }

    deinit {
        // `close_v2` tolerates statements that are still alive: they are finalized by their own deinit.
        sqlite3_close_v2(handle)
    }

    /// Opens (creating when missing) the database at `path` and sets the pragmas the catalog's
    /// durability relies on: WAL journal, full fsync on commit, enforced foreign keys.
    static func open(path: String) throws(KernelError) -> SQLiteConnection {
        var pointer: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard let handle = pointer else {
            throw KernelError(.internalError, "SQLite catalog: cannot open \(path): out of memory (code \(code))")
        }
        let connection = SQLiteConnection(handle: handle, path: path)
        guard code == SQLITE_OK else { throw connection.error(code, "open \(path)") }
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        let journalMode = try connection.rows("PRAGMA journal_mode=WAL") { $0.text(at: 0) }
        guard journalMode.first?.lowercased() == "wal" else {
            throw KernelError(
                .internalError,
                "SQLite catalog: \(path) refused WAL journal mode (got \(journalMode.first ?? "nothing"))"
            )
        }
        try connection.execute("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")
        return connection
    }

    /// Runs one or more statements that take no parameters and return no rows used by the caller.
    func execute(_ sql: String) throws(KernelError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code, "execute") }
    }

    /// Compiles one statement; the caller binds, steps and lets it go.
    func prepare(_ sql: String) throws(KernelError) -> SQLiteStatement {
        var pointer: OpaquePointer?
        let code = sqlite3_prepare_v2(handle, sql, -1, &pointer, nil)
        guard code == SQLITE_OK, let statement = pointer else { throw error(code, "prepare") }
        return SQLiteStatement(handle: statement, connection: self)
    }

    /// Runs a statement that returns no rows; returns how many rows it changed.
    @discardableResult
    func run(_ sql: String, _ values: [SQLiteValue] = []) throws(KernelError) -> Int {
        let statement = try prepare(sql)
        try statement.bind(values)
        while try statement.step() {}
        return Int(sqlite3_changes(handle))
    }

    /// Runs a query and maps every row with `read`.
    func rows<Row>(
        _ sql: String,
        _ values: [SQLiteValue] = [],
        _ read: (SQLiteStatement) throws(KernelError) -> Row
    ) throws(KernelError) -> [Row] {
        let statement = try prepare(sql)
        try statement.bind(values)
        var result: [Row] = []
        while try statement.step() {
            result.append(try read(statement))
        }
        return result
    }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction (the write lock is taken up front, so the
    /// transaction cannot fail half-way with a lock upgrade); commits when `body` returns, rolls back
    /// when it or the commit throws.
    func transaction<Result>(_ body: () throws(KernelError) -> Result) throws(KernelError) -> Result {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            // A failed COMMIT can leave the transaction open (SQLITE_BUSY); when SQLite already rolled
            // back, this ROLLBACK fails harmlessly. The original error is the one worth reporting.
            if sqlite3_get_autocommit(handle) == 0 { _ = sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
            throw error
        }
    }

    /// The `KernelError` for a failed call: conditions a retry can clear (locked, busy, disk full,
    /// I/O) are `unavailable`; anything else means a bug or a damaged file.
    func error(_ code: Int32, _ action: String) -> KernelError {
        let message = String(cString: sqlite3_errmsg(handle))
        let kind: KernelError.Kind
        switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL, SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_READONLY:
            kind = .unavailable
        default:
            kind = .internalError
        }
        return KernelError(kind, "SQLite catalog: \(action) failed: \(message) (SQLite code \(code), \(path))")
    }
}
