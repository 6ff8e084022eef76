import Kernel

/// The group-commit logic of the WAL as a pure state machine: no files, clocks or threads. The
/// `WriteAheadLog` feeds it events under its lock and performs the returned `Action`s.
///
/// Rules:
/// - While no flush is in flight, an admitted write starts a flush at once (`.startFlush`).
/// - While one is in flight, writes gather; when it finishes, *all* gathered writes go out as the
///   next flush, so one write + fsync covers every write that waited.
/// - `.sync` writers are acknowledged only after their flush completed (`.resume`). `.noSync`
///   writers are acknowledged when admitted (`.acknowledge`, or `Flush.acknowledgeNow`), and their
///   records are still flushed with the group.
/// - A failed flush fails exactly that group's `.sync` waiters (`.fail`). With `poison: true` (the
///   page cache state is unknown after a failed fsync) it also fails every gathered and blocked
///   writer, and every later write is refused.
/// - Backpressure: bytes admitted but not yet durable are bounded by `maxPendingBytes`. A write
///   that would exceed it is *blocked* (the caller keeps waiting, nothing is returned for it) and
///   admitted in FIFO order as flushes complete. A lone write larger than the bound is admitted
///   when nothing else is pending, so it cannot wait forever. FIFO admission keeps file order equal
///   to enqueue order, hence to sequence order.
/// - `shutdown` refuses new writes but flushes everything already enqueued, then says `.stop`.
public struct GroupCommitStateMachine: Sendable {
    /// Identifies a waiting writer (the WAL uses the record's sequence).
    public typealias WaiterID = UInt64

    /// One write + fsync to perform.
    public struct Flush: Sendable, Equatable {
        /// Framed records, in file order.
        public var records: [[UInt8]]
        public var byteCount: Int
        /// `.sync` writers to resume once the flush is durable.
        public var syncWaiters: [WaiterID]
        /// `.noSync` writers admitted with this flush, to acknowledge right away.
        public var acknowledgeNow: [WaiterID]

        public init(records: [[UInt8]], byteCount: Int, syncWaiters: [WaiterID], acknowledgeNow: [WaiterID]) {
            self.records = records
            self.byteCount = byteCount
            self.syncWaiters = syncWaiters
            self.acknowledgeNow = acknowledgeNow
        }
    }

    /// What to do after a flush finished.
    public enum FollowUp: Sendable, Equatable {
        case idle
        case startFlush(Flush)
        /// Shutdown was requested and nothing is left: stop the writer.
        case stop
    }

    /// What the performer must do after an event.
    public enum Action: Sendable, Equatable {
        case none
        /// Acknowledge these `.noSync` writers now.
        case acknowledge([WaiterID])
        /// Refuse this writer (shut down or poisoned); its record was not enqueued.
        case refuse(WaiterID, KernelError)
        case startFlush(Flush)
        /// The flush is durable: resume its `.sync` writers, then follow up.
        case resume([WaiterID], then: FollowUp)
        /// The flush failed: fail these writers, then follow up.
        case fail([WaiterID], KernelError, then: FollowUp)
        /// Nothing is in flight or pending after shutdown: stop the writer.
        case stop
    }

    private struct Entry: Sendable {
        var record: [UInt8]
        var waiter: WaiterID
        var durability: Durability
    }

    public let maxPendingBytes: Int
    private var inFlight: Flush?
    private var gathered: [Entry] = []
    private var gatheredBytes = 0
    private var blocked: [Entry] = []
    private var shuttingDown = false
    /// Why the log stopped accepting writes, once a poisoning failure happened.
    public private(set) var poisonError: KernelError?

    public init(maxPendingBytes: Int) {
        precondition(maxPendingBytes > 0, "maxPendingBytes must be positive")
        self.maxPendingBytes = maxPendingBytes
    }

    /// Bytes admitted but not yet durable: the flush in flight plus the gathered writes.
    public var pendingBytes: Int { (inFlight?.byteCount ?? 0) + gatheredBytes }
    /// Writers held back by backpressure.
    public var blockedCount: Int { blocked.count }
    public var isFlushInFlight: Bool { inFlight != nil }
    public var isPoisoned: Bool { poisonError != nil }

    /// A writer hands over one framed record.
    public mutating func enqueue(record: [UInt8], waiter: WaiterID, durability: Durability) -> Action {
        if let poisonError { return .refuse(waiter, poisonError) }
        if shuttingDown { return .refuse(waiter, KernelError(.unavailable, "the WAL is shutting down")) }
        let entry = Entry(record: record, waiter: waiter, durability: durability)
        guard blocked.isEmpty, pendingBytes == 0 || pendingBytes + record.count <= maxPendingBytes else {
            blocked.append(entry)
            return .none
        }
        if inFlight == nil {
            let flush = makeFlush(from: [entry])
            inFlight = flush
            return .startFlush(flush)
        }
        gathered.append(entry)
        gatheredBytes += record.count
        return durability == .noSync ? .acknowledge([waiter]) : .none
    }

    /// The flush in flight is durable.
    public mutating func flushCompleted() -> Action {
        guard let flush = inFlight else { preconditionFailure("flushCompleted without a flush in flight") }
        inFlight = nil
        return .resume(flush.syncWaiters, then: followUp())
    }

    /// The flush in flight failed. `poison` means the log cannot continue (failed fsync, or a
    /// failed write that could not be truncated away).
    public mutating func flushFailed(_ error: KernelError, poison: Bool) -> Action {
        guard let flush = inFlight else { preconditionFailure("flushFailed without a flush in flight") }
        inFlight = nil
        guard poison else { return .fail(flush.syncWaiters, error, then: followUp()) }
        poisonError = error
        // Gathered .noSync writers were acknowledged already; only waiting writers can be told.
        var failed = flush.syncWaiters
        failed += gathered.filter { $0.durability == .sync }.map(\.waiter)
        failed += blocked.map(\.waiter)
        gathered = []
        gatheredBytes = 0
        blocked = []
        return .fail(failed, error, then: shuttingDown ? .stop : .idle)
    }

    /// Refuse new writes; flush what is enqueued, then stop.
    public mutating func shutdown() -> Action {
        shuttingDown = true
        return inFlight == nil ? .stop : .none
    }

    /// After a flush finished: admit blocked writers, then send everything gathered.
    private mutating func followUp() -> FollowUp {
        var admittedCount = 0
        for entry in blocked {
            guard pendingBytes == 0 || pendingBytes + entry.record.count <= maxPendingBytes else { break }
            gathered.append(entry)
            gatheredBytes += entry.record.count
            admittedCount += 1
        }
        let admitted = blocked.prefix(admittedCount)
        blocked.removeFirst(admittedCount)
        guard !gathered.isEmpty else { return shuttingDown ? .stop : .idle }
        var flush = makeFlush(from: gathered)
        // Gathered .noSync writers were acknowledged at enqueue; only newly admitted ones are due.
        flush.acknowledgeNow = admitted.filter { $0.durability == .noSync }.map(\.waiter)
        gathered = []
        gatheredBytes = 0
        inFlight = flush
        return .startFlush(flush)
    }

    private func makeFlush(from entries: [Entry]) -> Flush {
        Flush(
            records: entries.map(\.record),
            byteCount: entries.reduce(0) { $0 + $1.record.count },
            syncWaiters: entries.filter { $0.durability == .sync }.map(\.waiter),
            acknowledgeNow: entries.filter { $0.durability == .noSync }.map(\.waiter)
        )
    }
}
