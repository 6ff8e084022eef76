/// The composition value frontends receive: every port the HTTP APIs call, already wired by the
/// app. Frontends depend on these protocols only, never on the backends behind them.
public struct KernelServices: Sendable {
    public var catalog: any Catalog
    public var writer: any LineProtocolWriter
    public var chunks: any ChunkSource
    public var clock: any WallClock
    /// Runs SQL (and later InfluxQL); nil where no engine is wired (the query routes then answer 405).
    public var queryEngine: (any QueryEngine)?

    public init(
        catalog: any Catalog,
        writer: any LineProtocolWriter,
        chunks: any ChunkSource,
        clock: any WallClock,
        queryEngine: (any QueryEngine)? = nil
    ) {
        self.catalog = catalog
        self.writer = writer
        self.chunks = chunks
        self.clock = clock
        self.queryEngine = queryEngine
    }
}
