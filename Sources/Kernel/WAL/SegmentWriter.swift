import Kernel
import Logging

/// The file side of the WAL: owns the open segment, performs one flush (append + fsync), rotates
/// segments and recovers from failed writes. Not thread-safe; `WriteAheadLog` keeps it behind its
/// `files` mutex, which in practice only the writer thread takes.
final class SegmentWriter {
    /// How a flush ended.
    enum Outcome: Sendable {
        case durable
        /// Nothing of the group may be acknowledged. `poison`: the log cannot go on safely.
        case failed(KernelError, poison: Bool)
    }

    private let fileIO: any FileIO
    private let directory: String
    private let segmentMaxBytes: Int
    private let logger: Logger
    private var file: (any AppendableFile)?
    private(set) var segmentID: UInt64
    /// Size of the open segment up to the end of the last durable flush: where a torn append is
    /// truncated back to.
    private(set) var goodSizeBytes: Int
    /// Reused buffer that concatenates a group's records into one write.
    private var scratch: [UInt8] = []

    /// Creates segment `segmentID` (header written and fsynced, directory fsynced) and opens it.
    init(
        fileIO: any FileIO,
        directory: String,
        segmentID: UInt64,
        segmentMaxBytes: Int,
        logger: Logger
    ) throws(KernelError) {
        self.fileIO = fileIO
        self.directory = directory
        self.segmentMaxBytes = segmentMaxBytes
        self.logger = logger
        self.segmentID = segmentID
        self.goodSizeBytes = 0
        try openSegment(segmentID)
    }

    /// Writes and fsyncs one group. A failed append is truncated away (the group fails, the log
    /// continues); if that truncation fails, or the fsync fails, the log is poisoned because the
    /// state of the file or of the page cache is unknown.
    func write(_ flush: GroupCommitStateMachine.Flush) -> Outcome {
        if goodSizeBytes >= segmentMaxBytes {
            do {
                try rotate()
            } catch {
                logger.error("WAL segment rotation failed", metadata: ["error": "\(error)"])
                return .failed(KernelError(.unavailable, "WAL segment rotation failed: \(error.message)"), poison: true)
            }
        }
        guard let file else {
            return .failed(KernelError(.unavailable, "WAL has no open segment"), poison: true)
        }
        do {
            try append(flush.records, to: file)
        } catch {
            return recoverFromFailedAppend(error, file: file)
        }
        do {
            try file.sync()
        } catch {
            logger.critical(
                "WAL fsync failed; refusing further writes until restart",
                metadata: ["path": "\(path(of: segmentID))", "error": "\(error)"]
            )
            return .failed(KernelError(.unavailable, "WAL fsync failed: \(error)"), poison: true)
        }
        goodSizeBytes += flush.byteCount
        return .durable
    }

    func close() {
        file?.close()
        file = nil
    }

    private func append(_ records: [[UInt8]], to file: any AppendableFile) throws(FileIOError) {
        if records.count == 1, let record = records.first {
            try record.withUnsafeBytesTyped { (buffer) throws(FileIOError) in try file.append(buffer) }
            return
        }
        scratch.removeAll(keepingCapacity: true)
        for record in records { scratch.append(contentsOf: record) }
        try scratch.withUnsafeBytesTyped { (buffer) throws(FileIOError) in try file.append(buffer) }
        // A rare huge group should not pin its buffer for the life of the process.
        if scratch.capacity > 16 << 20 { scratch = [] }
    }

    private func recoverFromFailedAppend(_ error: FileIOError, file: any AppendableFile) -> Outcome {
        let failure = KernelError(.unavailable, "WAL write failed: \(error)")
        do {
            try file.truncate(toSize: goodSizeBytes)
        } catch let truncateError {
            logger.critical(
                "WAL write failed and the torn bytes could not be truncated; refusing further writes",
                metadata: ["path": "\(path(of: segmentID))", "error": "\(error)", "truncateError": "\(truncateError)"]
            )
            return .failed(failure, poison: true)
        }
        logger.error(
            "WAL write failed; the group was failed and the segment truncated back",
            metadata: ["path": "\(path(of: segmentID))", "error": "\(error)", "sizeBytes": "\(goodSizeBytes)"]
        )
        return .failed(failure, poison: false)
    }

    private func rotate() throws(KernelError) {
        close()
        try openSegment(segmentID + 1)
        logger.info("WAL rotated to a new segment", metadata: ["path": "\(path(of: segmentID))"])
    }

    /// A new segment is durable (header fsynced, then its directory entry) before any record goes
    /// in, so a crash can leave an empty or short-header file but never records without a header.
    private func openSegment(_ id: UInt64) throws(KernelError) {
        let path = path(of: id)
        let header = WALSegmentFormat.header(segmentID: id)
        do {
            guard !fileIO.fileExists(at: path) else {
                throw FileIOError(operation: "create", path: path, detail: "segment already exists")
            }
            let newFile = try fileIO.openForAppending(at: path)
            do {
                try header.withUnsafeBytesTyped { (buffer) throws(FileIOError) in try newFile.append(buffer) }
                try newFile.sync()
                try fileIO.syncDirectory(at: directory)
            } catch {
                newFile.close()
                throw error
            }
            file = newFile
            segmentID = id
            goodSizeBytes = header.count
        } catch {
            throw KernelError(.unavailable, "cannot create WAL segment: \(error)")
        }
    }

    private func path(of id: UInt64) -> String {
        directory + "/" + WALSegmentFormat.fileName(segmentID: id)
    }
}
