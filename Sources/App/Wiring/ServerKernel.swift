import Ingest
import Kernel
import LocalFileIO
import Logging
import PostgresCatalog
import QueryPlan
import SQLiteCatalog
import WAL

/// The kernel of a running server: the catalog backend chosen by the configuration, the WAL
/// (replayed into the write buffer before anything is served) and the write service.
struct ServerKernel {
    let services: KernelServices
    let catalog: any Catalog
    let wal: WriteAheadLog
    let buffer: WriteBuffer

    static func open(_ config: ServeConfiguration, logger: Logger) async throws -> ServerKernel {
        let layout = DataLayout(dataDirectory: config.dataDirectory, nodeID: config.nodeID)
        let fileIO = LocalFileIO()
        try fileIO.createDirectory(at: config.dataDirectory)
        let catalog = try await openCatalog(config, layout: layout, logger: logger)
        let buffer = WriteBuffer(chunkDurationNanoseconds: config.gen1DurationNanoseconds)
        // Records written before a soft deletion go to the deleted (renamed) object, not to a
        // new object that reuses its name.
        let replaySnapshot = try await catalog.snapshot()
        var replayed = 0
        let wal = try WriteAheadLog.open(
            configuration: WALConfiguration(
                directory: layout.walDirectory,
                flushInterval: .nanoseconds(config.walFlushIntervalNanoseconds)
            ),
            fileIO: fileIO,
            logger: logger,
            replay: { record in
                let batch = SoftDeletedData.owner(of: record.batch, sequence: record.sequence, in: replaySnapshot)
                buffer.insert(batch, sequence: record.sequence)
                replayed += 1
            }
        )
        logger.info("WAL replayed", metadata: ["records": "\(replayed)", "rows": "\(buffer.rowCount)"])
        let clock = SystemWallClock()
        let writer = WriteService(catalog: catalog, wal: wal, buffer: buffer, clock: clock, logger: logger)
        return ServerKernel(
            services: KernelServices(
                catalog: catalog,
                writer: writer,
                chunks: buffer,
                clock: clock,
                queryEngine: SQLQueryEngine(
                    catalog: catalog, chunks: buffer, clock: clock, showsTokenHashes: !config.withoutAuth)
            ),
            catalog: catalog,
            wal: wal,
            buffer: buffer
        )
    }

    /// The catalog backend the configuration selects. A PostgreSQL catalog that cannot be reached
    /// stops the start with a message naming `catalog-url` (the password is not shown).
    private static func openCatalog(
        _ config: ServeConfiguration,
        layout: DataLayout,
        logger: Logger
    ) async throws -> any Catalog {
        switch config.catalog {
        case .sqlite:
            return try SQLiteCatalog.open(path: layout.catalogFile)
        case .postgres:
            guard let url = config.catalogURL else {
                throw ConfigError("'catalog-url' is required with catalog postgres")
            }
            do {
                return try await PostgresCatalog.open(url: url, logger: logger)
            } catch {
                throw ConfigError(
                    "cannot open the catalog given by '\(ConfigKey.catalogURL.name)': \(error.message)")
            }
        }
    }
}
