import HTTPSupport
import Hummingbird
import Ingest
import Kernel
import Logging
import NIOCore
import WAL

/// Runs the HTTP server until SIGTERM/SIGINT, then closes the WAL (flushing what is pending).
enum Server {
    static func run(_ config: ServeConfiguration, logger: Logger) async throws {
        let kernel = try await ServerKernel.open(config, logger: logger)
        let environment = APIEnvironment(
            identity: ServerIdentity(
                version: ServerVersion.version,
                revision: ServerVersion.revision,
                processID: RequestID.make(nowNanoseconds: kernel.services.clock.nowNanoseconds()),
                clusterUUID: kernel.catalog.catalogUUID
            ),
            maxRequestBytes: config.maxHTTPRequestBytes,
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
        do {
            try await app.runService()
        } catch {
            await kernel.wal.close()
            throw error
        }
        await kernel.wal.close()
    }
}
