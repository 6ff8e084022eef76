/// The composition value frontends receive: every port the HTTP APIs call, already wired by the
/// app. Frontends depend on these protocols only, never on the backends behind them.
public struct KernelServices: Sendable {
    public var catalog: any Catalog
    public var writer: any LineProtocolWriter
    public var chunks: any ChunkSource
    public var clock: any WallClock

    public init(catalog: any Catalog, writer: any LineProtocolWriter, chunks: any ChunkSource, clock: any WallClock) {
        self.catalog = catalog
        self.writer = writer
        self.chunks = chunks
        self.clock = clock
    }
}
