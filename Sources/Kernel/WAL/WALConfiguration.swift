import Kernel

/// Where the WAL lives and the limits it works within.
public struct WALConfiguration: Sendable {
    /// Directory holding the segment files; created when missing.
    public var directory: String
    /// A segment that has grown past this size is closed and a new one started before the next
    /// write. A single flush is never split, so a segment can exceed this by one flush.
    public var segmentMaxBytes: Int
    /// Bytes accepted but not yet durable (in flight plus gathered). Beyond it `append` waits
    /// until a flush completes (backpressure by waiting, never by refusing).
    public var maxPendingBytes: Int
    /// Upper bound on how long `.noSync` data stays unflushed. The group commit never holds data
    /// back (a write starts a flush as soon as the previous one finishes), so the real delay is one
    /// flush, far below this bound; the value is validated and kept for configuration parity.
    public var flushInterval: Duration

    public init(
        directory: String,
        segmentMaxBytes: Int = 64 << 20,
        maxPendingBytes: Int = 64 << 20,
        flushInterval: Duration = .seconds(1)
    ) {
        self.directory = directory
        self.segmentMaxBytes = segmentMaxBytes
        self.maxPendingBytes = maxPendingBytes
        self.flushInterval = flushInterval
    }

    func validate() throws(KernelError) {
        guard !directory.isEmpty else { throw KernelError(.invalidInput, "WAL directory is empty") }
        guard segmentMaxBytes > WALSegmentFormat.headerBytes else {
            throw KernelError(.invalidInput, "WAL segmentMaxBytes must exceed \(WALSegmentFormat.headerBytes)")
        }
        guard maxPendingBytes > 0 else { throw KernelError(.invalidInput, "WAL maxPendingBytes must be positive") }
        guard flushInterval > .zero else { throw KernelError(.invalidInput, "WAL flushInterval must be positive") }
    }
}

/// One replayed WAL entry: the batch a write request added and the sequence it was given.
public struct WALRecord: Sendable, Hashable {
    /// Strictly increasing in file order across all segments and restarts.
    public var sequence: UInt64
    public var batch: DatabaseWriteBatch

    public init(sequence: UInt64, batch: DatabaseWriteBatch) {
        self.sequence = sequence
        self.batch = batch
    }
}

/// When `append` returns relative to the fsync of the record.
public enum Durability: Sendable, Hashable {
    /// After the record's bytes are fsynced: the write survives a crash.
    case sync
    /// As soon as the record is ordered in the log; it is flushed with the next group, and a crash
    /// before that loses it (InfluxDB's `no_sync=true`).
    case noSync
}
