/// Runs processing-engine plugins (Python) for WAL, schedule and request triggers and gives them
/// write and query access back into the kernel.
///
/// Implementation requirements (for the processing-engine work that implements this port):
/// - A plugin failure is reported as an error value, never a crash of the server.
/// - WAL triggers see every batch written to their database after it is durable.
public protocol PluginRuntime: Sendable {
    func walFlushed(_ batch: DatabaseWriteBatch) async
}
