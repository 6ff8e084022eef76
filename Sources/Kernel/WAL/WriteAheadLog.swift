import Dispatch
import Foundation
import Kernel
import Logging
import Synchronization

/// The write-ahead log: every accepted write is appended here, and with `.sync` acknowledged only
/// after its bytes are fsynced. "Nothing acknowledged is ever lost."
///
/// Structure: callers encode their record on their own task, then, under `state`'s lock, get the
/// next sequence number and hand the record to a `GroupCommitStateMachine`; the order of that lock
/// is the order of the bytes in the file. A dedicated `Thread` (not the cooperative pool: an fsync
/// blocks for milliseconds, and this machine has two cores) performs the flushes the state machine
/// asks for through a `SegmentWriter`, and reports back under the same lock.
///
/// Failures: a failed write fails that group's `.sync` writers with `.unavailable`; the torn bytes
/// are truncated away and the log goes on, or, when truncation fails, it is poisoned. A failed
/// fsync poisons the log (the page cache state is unknown): every later append fails with
/// `.unavailable` until the process restarts and replays.
///
/// Lifecycle: `open` replays and starts the writer thread; `close` flushes and stops it. The
/// thread keeps the log alive until `close` has been called.
public final class WriteAheadLog: Sendable {
    typealias Reply = CheckedContinuation<Result<UInt64, KernelError>, Never>

    private let state: Mutex<WALLockedState>
    /// The open segment. Only the writer thread takes this lock after `open` returns.
    private let files: Mutex<SegmentWriter>
    /// Counts jobs posted to `WALLockedState.jobs`; the writer thread sleeps on it.
    private let wakeUp = DispatchSemaphore(value: 0)
    private let logger: Logger

    private init(writer: consuming sending SegmentWriter, lastSequence: UInt64, maxPendingBytes: Int, logger: Logger) {
        self.files = Mutex(writer)
        self.state = Mutex(WALLockedState(maxPendingBytes: maxPendingBytes, lastSequence: lastSequence))
        self.logger = logger
    }

    /// Replays the log in `configuration.directory` (see `WALReplayer` for how torn and corrupt
    /// data is handled), calling `replay` once per record in sequence order, then starts a new
    /// segment (an old segment is never appended to) and the writer thread.
    public static func open(
        configuration: WALConfiguration,
        fileIO: any FileIO,
        logger: Logger,
        replay: (WALRecord) throws -> Void
    ) throws(KernelError) -> WriteAheadLog {
        try configuration.validate()
        do {
            try fileIO.createDirectory(at: configuration.directory)
        } catch {
            throw KernelError(.unavailable, "cannot create the WAL directory: \(error)")
        }
        let replayer = WALReplayer(fileIO: fileIO, directory: configuration.directory, logger: logger)
        let outcome = try replayer.replay(replay)
        let writer = try SegmentWriter(
            fileIO: fileIO,
            directory: configuration.directory,
            segmentID: (outcome.maxSegmentID ?? 0) + 1,
            segmentMaxBytes: configuration.segmentMaxBytes,
            logger: logger
        )
        logger.info(
            "WAL opened",
            metadata: [
                "directory": "\(configuration.directory)", "replayedRecords": "\(outcome.replayedRecordCount)",
                "lastSequence": "\(outcome.lastSequence)", "segmentID": "\(writer.segmentID)",
            ]
        )
        let log = WriteAheadLog(
            writer: writer,
            lastSequence: outcome.lastSequence,
            maxPendingBytes: configuration.maxPendingBytes,
            logger: logger
        )
        let thread = Thread { log.runWriter() }
        thread.name = "wal-writer"
        thread.start()
        return log
    }

    /// Reads every intact record of the WAL in `directory` in sequence order without changing any
    /// file (no truncation, no new segment): for offline inspection, also of a running server, whose
    /// unfinished tail is simply not replayed.
    public static func replayReadOnly(
        directory: String,
        fileIO: any FileIO,
        logger: Logger,
        _ replay: (WALRecord) throws -> Void
    ) throws(KernelError) {
        guard fileIO.fileExists(at: directory) else { return }
        var replayer = WALReplayer(fileIO: fileIO, directory: directory, logger: logger)
        replayer.repairs = false
        _ = try replayer.replay(replay)
    }

    /// Appends `batch` and returns its sequence: for `.sync` once it is durable, for `.noSync`
    /// once it is ordered in the log. Waits (does not fail) while `maxPendingBytes` are pending.
    /// Throws `.unavailable` when the write failed, the log is poisoned or closed;
    /// `.limitExceeded` for a record above the size limit. Not cancellable: once ordered, the
    /// record is written whether or not the caller still waits.
    public func append(_ batch: DatabaseWriteBatch, durability: Durability) async throws(KernelError) -> UInt64 {
        var prepared = try WALPreparedRecord(batch: batch)
        let result = await withCheckedContinuation { (reply: Reply) in
            let effects = state.withLock { state in
                state.enqueue(&prepared, durability: durability, reply: reply)
            }
            perform(effects)
        }
        return try result.get()
    }

    /// Refuses new appends, waits until everything already enqueued is flushed (or failed), and
    /// stops the writer thread. Safe to call more than once.
    public func close() async {
        await withCheckedContinuation { (closed: CheckedContinuation<Void, Never>) in
            let effects = state.withLock { state in state.requestClose(closed) }
            perform(effects)
        }
    }

    /// The highest sequence given out so far (replayed or appended, durable or not); the next
    /// append gets a higher one.
    public var lastSequence: UInt64 {
        state.withLock { $0.lastSequence }
    }

    /// Whether a failed fsync (or an untruncatable failed write) has stopped the log.
    public var isPoisoned: Bool {
        state.withLock { $0.machine.isPoisoned }
    }

    private func perform(_ effects: WALEffects) {
        for (reply, result) in effects.replies { reply.resume(returning: result) }
        for closed in effects.closed { closed.resume() }
        for _ in 0..<effects.postedJobCount { wakeUp.signal() }
    }

    /// The writer thread: sleeps until a job is posted, performs it, reports back.
    private func runWriter() {
        while true {
            wakeUp.wait()
            let job = state.withLock { $0.takeJob() }
            switch job {
            case nil:
                continue
            case .flush(let flush):
                let outcome = files.withLock { $0.write(flush) }
                let effects = state.withLock { $0.finish(outcome) }
                perform(effects)
            case .stop:
                files.withLock { $0.close() }
                let effects = state.withLock { $0.markStopped() }
                logger.info("WAL closed")
                perform(effects)
                return
            }
        }
    }
}
