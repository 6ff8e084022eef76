import Dispatch
import Kernel
import Synchronization

/// Runs the catalog's blocking libpq calls on one serial dispatch queue, off Swift's cooperative
/// pool (a network round trip, or a row lock held by another node, must not park a pool thread).
/// The queue also serializes this process's catalog transactions, like `SQLiteCatalog`'s mutex.
final class PostgresWorker: Sendable {
    private let queue = DispatchQueue(label: "influxdb3.postgres-catalog")
    /// Taken only on `queue`, so never contended; the mutex only makes the connection `Sendable`.
    private let connection: Mutex<PostgresConnection>

    init(connection: consuming sending PostgresConnection) {
        self.connection = Mutex(connection)
    }

    /// Runs `body` with the connection on the worker queue and returns its result. A connection
    /// broken by an earlier call is re-established first.
    func perform<Value: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection) throws(PostgresFailure) -> Value
    ) async throws(PostgresFailure) -> Value {
        let result: Result<Value, PostgresFailure> = await withCheckedContinuation { continuation in
            queue.async {
                let outcome = self.connection.withLock { connection -> Result<Value, PostgresFailure> in
                    do throws(PostgresFailure) {
                        if !connection.isConnected { try connection.reconnect() }
                        return .success(try body(connection))
                    } catch {
                        return .failure(error)
                    }
                }
                continuation.resume(returning: outcome)
            }
        }
        return try result.get()
    }

    /// Opens a connection to `url` on a new worker queue (connecting blocks too).
    static func connect(url: String) async throws(PostgresFailure) -> PostgresWorker {
        let result: Result<PostgresWorker, PostgresFailure> = await withCheckedContinuation { continuation in
            DispatchQueue(label: "influxdb3.postgres-catalog.connect").async {
                do throws(PostgresFailure) {
                    continuation.resume(returning: .success(PostgresWorker(connection: try .connect(url: url))))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}
