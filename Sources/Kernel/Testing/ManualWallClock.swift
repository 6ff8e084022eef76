import Kernel
import Synchronization

/// A `WallClock` that tests set and advance by hand; nothing moves it otherwise.
public final class ManualWallClock: WallClock, Sendable {
    private let nanoseconds: Mutex<Int64>

    public init(nanoseconds: Int64 = 1_700_000_000_000_000_000) {
        self.nanoseconds = Mutex(nanoseconds)
    }

    public func nowNanoseconds() -> Int64 {
        nanoseconds.withLock { $0 }
    }

    public func set(nanoseconds value: Int64) {
        nanoseconds.withLock { $0 = value }
    }

    public func advance(by duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let delta = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
        nanoseconds.withLock { $0 += delta }
    }
}
