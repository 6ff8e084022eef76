import HTTPSupport
import Hummingbird
import Ingest
import Kernel
import Logging
import NIOCore
import TokenAuth
import WAL

/// Runs the HTTP server until SIGTERM/SIGINT, then closes the WAL (flushing what is pending).
enum Server {
    static func run(_ config: ServeConfiguration, logger: Logger) async throws {
        let kernel = try await ServerKernel.open(config, logger: logger)
        try await OfflineTokens.load(
            config, catalog: kernel.catalog, clock: kernel.services.clock, logger: logger)
        let authMode: AuthSettings.Mode =
            config.withoutAuth
            ? .disabled : .tokens(TokenAuthenticator(catalog: kernel.catalog, clock: kernel.services.clock))
        let environment = APIEnvironment(
            identity: ServerIdentity(
                version: ServerVersion.version,
                revision: ServerVersion.revision,
                processID: RequestID.make(nowNanoseconds: kernel.services.clock.nowNanoseconds()),
                clusterUUID: kernel.catalog.catalogUUID
            ),
            maxRequestBytes: config.maxHTTPRequestBytes,
            auth: AuthSettings(mode: authMode, disabledAuthz: config.disabledAuthz),
            hardDeleteDefaultDelay: config.hardDeleteDefaultDelay
        )
        let router = RouterFactory.make(kernel: kernel.services, environment: environment)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(config.httpHost, port: config.httpPort), serverName: nil),
            onServerRunning: { channel in
                let address = channel.localAddress.map { "\($0.ipAddress ?? config.httpHost):\($0.port ?? 0)" }
                logger.notice("influxdb3 listening", metadata: ["address": "\(address ?? "?")"])
            },
            logger: logger
        )
        defer { logger.info("influxdb3 stopped") }
        // Keep the buffer's deduplicated chunks ready for queries, off the query path.
        let buffer = kernel.buffer
        let warmer = Task.detached(priority: .background) {
            while !Task.isCancelled {
                buffer.warmCaches()
                try? await Task.sleep(for: .seconds(1))
            }
        }
        defer { warmer.cancel() }
        var recovery: Task<Void, Never>?
        if let host = config.recoveryHost, let port = config.recoveryPort, !config.withoutAuth {
            recovery = AdminTokenRecovery.start(host: host, port: port, kernel: kernel.services, logger: logger)
        }
        defer { recovery?.cancel() }
        do {
            try await app.runService()
        } catch {
            await kernel.wal.close()
            throw error
        }
        await kernel.wal.close()
    }
}
