/// The source of "now" for everything that stamps data (missing line protocol timestamps,
/// creation times). Injected so tests can use `ManualWallClock`; nothing else reads the clock.
public protocol WallClock: Sendable {
    /// Nanoseconds since the Unix epoch, UTC.
    func nowNanoseconds() -> Int64
}
