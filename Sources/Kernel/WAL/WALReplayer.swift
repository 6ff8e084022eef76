import Kernel
import Logging

/// Reads every segment of a WAL directory in id order and hands each intact record to a callback,
/// repairing what a crash or bad storage left behind. Never traps on file content.
///
/// Decision table (per segment file, in id order):
///
/// | what is found | action | log |
/// | --- | --- | --- |
/// | empty file (0 bytes): segment creation cut short | skip | debug |
/// | bad header: under 24 bytes, bad magic, CRC mismatch, unknown version, id ≠ file name | quarantine (1) | error |
/// | header only | fine, no records | – |
/// | intact record: length ≤ max and in the file, CRC ok, decodes, sequence > previous | replay it | – |
/// | short record header (< 8 bytes left) | truncate (2) | warning (3) |
/// | length above `maxRecordPayloadBytes` or beyond the end of the file | truncate (2) | warning (3) |
/// | CRC mismatch | truncate (2) | warning (3) |
/// | CRC ok but payload undecodable or its invariants broken | truncate (2) | warning (3) |
/// | sequence not above the previous record's | truncate (2) | warning (3) |
/// | truncation itself fails | continue (4) | error |
/// | the file cannot be read, or the `replay` callback throws | `open` fails | – |
///
/// (1) Copied to `<name>.corrupt`, the original removed; replay continues with the next segment.
/// (2) The segment is cut to the end of the last good record; replay continues with the next one.
/// (3) The warning names the file, the offset, the reason and the bytes dropped.
/// (4) The WAL never appends to an old segment, so the bad tail stays inert and is found again
///     (and truncated, if possible then) at the next open.
///
/// A CRC mismatch in the middle of a segment cannot be told apart from a torn tail without
/// trusting the length of a corrupt frame, so everything after it in that segment is dropped; the
/// warning carries the number of bytes dropped.
struct WALReplayer {
    /// What replay found.
    struct Outcome {
        /// Highest replayed sequence, 0 if none.
        var lastSequence: UInt64 = 0
        /// Highest segment id seen in the directory (including quarantined ones), nil if none.
        var maxSegmentID: UInt64?
        var replayedRecordCount = 0
    }

    static let corruptSuffix = ".corrupt"

    let fileIO: any FileIO
    let directory: String
    let logger: Logger
    /// False for read-only inspection (of a stopped or even a running server): bad tails and
    /// headers are skipped without truncating or moving anything.
    var repairs = true

    func replay(_ body: (WALRecord) throws -> Void) throws(KernelError) -> Outcome {
        let names: [String]
        do {
            names = try fileIO.contentsOfDirectory(at: directory)
        } catch {
            throw KernelError(.unavailable, "cannot list the WAL directory: \(error)")
        }
        var outcome = Outcome()
        var segmentIDs: [UInt64] = []
        for name in names {
            if let id = WALSegmentFormat.segmentID(fileName: name) {
                segmentIDs.append(id)
            } else if name.hasSuffix(Self.corruptSuffix),
                let id = WALSegmentFormat.segmentID(fileName: String(name.dropLast(Self.corruptSuffix.count)))
            {
                outcome.maxSegmentID = max(outcome.maxSegmentID ?? 0, id)
            }
        }
        for id in segmentIDs.sorted() {
            outcome.maxSegmentID = max(outcome.maxSegmentID ?? 0, id)
            try replaySegment(id, outcome: &outcome, body)
        }
        return outcome
    }

    private func replaySegment(
        _ id: UInt64,
        outcome: inout Outcome,
        _ body: (WALRecord) throws -> Void
    ) throws(KernelError) {
        let path = directory + "/" + WALSegmentFormat.fileName(segmentID: id)
        let bytes: [UInt8]
        do {
            bytes = try fileIO.readFile(at: path)
        } catch {
            throw KernelError(.unavailable, "cannot read WAL segment: \(error)")
        }
        if bytes.isEmpty {
            logger.debug("WAL segment is empty", metadata: ["path": "\(path)"])
            return
        }
        try bytes.withUnsafeBytesTyped { (buffer) throws(KernelError) in
            do {
                let headerID = try WALSegmentFormat.decodeHeader(buffer)
                guard headerID == id else {
                    throw WALFormatError("header names segment \(headerID)", offset: 12)
                }
            } catch {
                if repairs { quarantine(path: path, bytes: buffer, reason: error) }
                return
            }
            try replayRecords(buffer, path: path, outcome: &outcome, body)
        }
    }

    private func replayRecords(
        _ buffer: UnsafeRawBufferPointer,
        path: String,
        outcome: inout Outcome,
        _ body: (WALRecord) throws -> Void
    ) throws(KernelError) {
        var offset = WALSegmentFormat.headerBytes
        while true {
            let problem: WALFormatError
            switch WALSegmentFormat.frame(in: buffer, at: offset) {
            case .end:
                return
            case .bad(let error):
                problem = error
            case .record(let payload, let nextOffset):
                do {
                    let record = try WALRecordCodec.decode(payload)
                    guard record.sequence > outcome.lastSequence else {
                        throw WALFormatError("sequence \(record.sequence) not above \(outcome.lastSequence)", offset: 0)
                    }
                    try deliver(record, to: body)
                    outcome.lastSequence = record.sequence
                    outcome.replayedRecordCount += 1
                    offset = nextOffset
                    continue
                } catch let error as WALFormatError {
                    problem = WALFormatError("undecodable record: \(error.reason)", offset: offset)
                } catch let error as KernelError {
                    throw error
                } catch {
                    throw KernelError(.internalError, "WAL replay failed: \(error)")
                }
            }
            if repairs {
                truncate(path: path, toSize: offset, fileSize: buffer.count, reason: problem)
            } else {
                logger.debug(
                    "WAL segment tail not replayed (read-only)", metadata: ["path": "\(path)", "offset": "\(offset)"])
            }
            return
        }
    }

    private func deliver(_ record: WALRecord, to body: (WALRecord) throws -> Void) throws(KernelError) {
        do {
            try body(record)
        } catch let error as KernelError {
            throw error
        } catch {
            throw KernelError(.internalError, "WAL replay callback failed at sequence \(record.sequence): \(error)")
        }
    }

    private func truncate(path: String, toSize size: Int, fileSize: Int, reason: WALFormatError) {
        let metadata: Logger.Metadata = [
            "path": "\(path)", "offset": "\(size)", "reason": "\(reason.reason)",
            "droppedBytes": "\(fileSize - size)",
        ]
        do {
            try fileIO.truncateFile(at: path, toSize: size)
            logger.warning(
                "WAL segment has a torn or corrupt tail; truncated to the last good record", metadata: metadata)
        } catch {
            var failed = metadata
            failed["error"] = "\(error)"
            logger.error("WAL segment has a torn or corrupt tail and could not be truncated", metadata: failed)
        }
    }

    /// Moves a segment with an unusable header out of the way. `FileIO` has no rename, so the bytes
    /// are copied to `<name>.corrupt` (kept for inspection), fsynced, and the original removed.
    private func quarantine(path: String, bytes: UnsafeRawBufferPointer, reason: any Error) {
        let target = path + Self.corruptSuffix
        do {
            if fileIO.fileExists(at: target) { try fileIO.removeFile(at: target) }
            let copy = try fileIO.openForAppending(at: target)
            defer { copy.close() }
            try copy.append(bytes)
            try copy.sync()
            try fileIO.removeFile(at: path)
            try fileIO.syncDirectory(at: directory)
            logger.error(
                "WAL segment header is unusable; moved aside",
                metadata: ["path": "\(path)", "movedTo": "\(target)", "reason": "\(reason)"]
            )
        } catch {
            logger.error(
                "WAL segment header is unusable and could not be moved aside; skipped",
                metadata: ["path": "\(path)", "reason": "\(reason)", "error": "\(error)"]
            )
        }
    }
}
