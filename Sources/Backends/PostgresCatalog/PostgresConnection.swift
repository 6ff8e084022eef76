import CLibPQ
import Kernel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A value bound to a statement parameter (sent in PostgreSQL's text format). The catalog stores
/// only integers, booleans, text and NULL.
enum PostgresValue: Equatable {
    case integer(Int64)
    case boolean(Bool)
    case text(String)
    case null
}

/// One open libpq connection: the thin wrapper the catalog uses instead of calling the C API
/// everywhere. Every call blocks on the network, so a connection is used only on the catalog's
/// worker queue (`PostgresWorker`), never on the cooperative pool.
final class PostgresConnection {
    private let handle: OpaquePointer
    /// The connection URL with its password replaced, for messages.
    let redactedURL: String

    private init(handle: OpaquePointer, redactedURL: String) {
        self.handle = handle
        self.redactedURL = redactedURL
    }

    deinit {
        PQfinish(handle)
    }

    /// Connects to `url` (`postgres://user:password@host:port/database`, or any libpq connection
    /// string). The session always speaks UTF-8; a `connect_timeout` of 10 s applies unless the URL
    /// sets one.
    static func connect(url: String) throws(PostgresFailure) -> PostgresConnection {
        let redacted = PostgresURL.redacted(url)
        // expand_dbname: the URL in `dbname` is expanded in place; keys after it override it.
        let keys = ["connect_timeout", "dbname", "client_encoding", "application_name"]
        let values = ["10", url, "UTF8", "influxdb3"]
        let handle = withCStringArray(keys) { keyPointers in
            withCStringArray(values) { valuePointers in PQconnectdbParams(keyPointers, valuePointers, 1) }
        }
        guard let handle else {
            throw PostgresFailure(.unavailable, "PostgreSQL catalog: out of memory while connecting to \(redacted)")
        }
        let connection = PostgresConnection(handle: handle, redactedURL: redacted)
        guard PQstatus(handle) == CONNECTION_OK else {
            throw PostgresFailure(
                .unavailable,
                "PostgreSQL catalog: cannot connect to \(redacted): \(connection.serverMessage)"
            )
        }
        // Notices ("relation already exists, skipping") would go to stderr otherwise.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        return connection
    }

    /// Whether the connection is usable; after a network failure it is not until `reconnect()`.
    var isConnected: Bool { PQstatus(handle) == CONNECTION_OK }

    /// Re-establishes a broken connection with the same parameters (libpq's `PQreset`).
    func reconnect() throws(PostgresFailure) {
        PQreset(handle)
        guard isConnected else {
            throw PostgresFailure(
                .unavailable, "PostgreSQL catalog: cannot reconnect to \(redactedURL): \(serverMessage)")
        }
    }

    /// Runs one statement and returns its rows, each column as text (nil for NULL).
    @discardableResult
    func query(_ sql: String, _ values: [PostgresValue] = []) throws(PostgresFailure) -> PostgresRows {
        let texts = try values.map { value throws(PostgresFailure) -> String? in
            switch value {
            case .null: return nil
            case .integer(let integer): return String(integer)
            case .boolean(let flag): return flag ? "true" : "false"
            case .text(let text):
                // libpq takes NUL-terminated parameters: a NUL inside would silently cut the name.
                guard !text.utf8.contains(0) else {
                    throw PostgresFailure(.invalidInput, "PostgreSQL catalog: names cannot contain a NUL character")
                }
                return text
            }
        }
        let result = withCStringArray(texts) { pointers in
            PQexecParams(handle, sql, Int32(texts.count), nil, pointers, nil, nil, 0)
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            throw failure(result, sql)
        }
        return PostgresRows(result)
    }

    /// Runs one or more statements without parameters (migrations, transaction control).
    func execute(_ sql: String) throws(PostgresFailure) {
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            throw failure(result, sql)
        }
    }

    /// Runs `body` in a transaction started with `begin` (plain `BEGIN` is READ COMMITTED; catalog
    /// writers serialize on the version row lock, see `PostgresCatalog`): commits when `body`
    /// returns, rolls back when it or the commit throws.
    func transaction<Result>(
        _ begin: String = "BEGIN",
        _ body: () throws(PostgresFailure) -> Result
    ) throws(PostgresFailure) -> Result {
        try execute(begin)
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if PQtransactionStatus(handle) != PQTRANS_IDLE { PQclear(PQexec(handle, "ROLLBACK")) }
            throw error
        }
    }

    /// libpq's last message for this connection, on one line.
    private var serverMessage: String {
        guard let message = PQerrorMessage(handle) else { return "unknown error" }
        return String(cString: message).split(whereSeparator: \.isNewline)
            .map { $0.drop(while: \.isWhitespace) }.joined(separator: " ")
    }

    /// The failure for a statement that did not succeed, with the server's SQLSTATE when it sent one.
    private func failure(_ result: OpaquePointer?, _ sql: String) -> PostgresFailure {
        let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
        let statement = sql.split(whereSeparator: \.isNewline).first.map(String.init) ?? sql
        let kind: KernelError.Kind = isConnected ? .internalError : .unavailable
        return PostgresFailure(
            kind,
            "PostgreSQL catalog: \(statement) failed: \(serverMessage)"
                + (state.map { " (SQLSTATE \($0))" } ?? ""),
            sqlState: state,
            connectionLost: !isConnected
        )
    }
}

/// The rows of one result, copied out of libpq's memory before the result is cleared.
struct PostgresRows {
    /// Each row's columns as text; nil for NULL.
    var rows: [[String?]]
    /// How many rows an INSERT, UPDATE or DELETE changed (0 for other statements).
    var changedCount: Int

    init(_ result: OpaquePointer?) {
        let rowCount = PQntuples(result)
        let columnCount = PQnfields(result)
        rows = (0..<rowCount).map { row in
            (0..<columnCount).map { column in
                PQgetisnull(result, row, column) != 0 ? nil : String(cString: PQgetvalue(result, row, column))
            }
        }
        changedCount = PQcmdTuples(result).flatMap { Int(String(cString: $0)) } ?? 0
    }
}

/// Passes `strings` to C as an array of NUL-terminated strings that live for the call.
private func withCStringArray<Result>(
    _ strings: [String?],
    _ body: ([UnsafePointer<CChar>?]) -> Result
) -> Result {
    let copies = strings.map { $0.flatMap { strdup($0) } }
    defer { for copy in copies { free(copy) } }
    return body(copies.map { $0.map { UnsafePointer($0) } } + [nil])
}
