import HTTPSupport
import Hummingbird
import Kernel
import Logging
import V3API

/// The admin token recovery listener: a second HTTP server that regenerates the operator token
/// without credentials and shuts itself down after the first success (InfluxDB's
/// `--admin-token-recovery-http-bind`). Meant for a loopback address only.
enum AdminTokenRecovery {
    /// Starts the listener; the task ends when a regeneration succeeded or it is cancelled.
    static func start(host: String, port: Int, kernel: KernelServices, logger: Logger) -> Task<Void, Never> {
        let (regenerated, signal) = AsyncStream<Void>.makeStream()
        // Closing the listener is a cancellation, which Hummingbird logs as a shutdown error: its own
        // log lines are kept to critical ones; the listener's start and end are logged here.
        var serverLogger = logger
        serverLogger.logLevel = .critical
        let router = Router(context: APIRequestContext.self)
        AdminTokenRecoveryRoutes.register(on: router, kernel: kernel) { signal.yield() }
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let address = channel.localAddress.map { "\($0.ipAddress ?? host):\($0.port ?? 0)" }
                logger.notice("admin token recovery listening", metadata: ["address": "\(address ?? "?")"])
            },
            logger: serverLogger
        )
        return Task {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    do {
                        try await app.runService(gracefulShutdownSignals: [])
                    } catch {
                        logger.error("admin token recovery listener failed", metadata: ["error": "\(error)"])
                    }
                }
                group.addTask {
                    for await _ in regenerated { return }
                }
                await group.next()
                // Let the successful response reach the client before the listener closes.
                try? await Task.sleep(for: .milliseconds(200))
                group.cancelAll()
            }
            logger.notice("admin token recovery listener closed")
        }
    }
}
