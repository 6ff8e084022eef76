import Kernel
import KernelTesting
import Logging
import Testing
import WAL

/// Replay of torn, corrupt and odd segment files (the decision table on `WALReplayer`).
@Suite("WAL replay recovery")
struct WALRecoveryTests {
    let directory = "/data/wal"

    /// Writes `count` records into one segment; returns its path, its bytes and the offset where
    /// the last record starts.
    private func segmentWithRecords(_ count: Int) async throws -> (path: String, bytes: [UInt8], lastStart: Int) {
        let fileIO = InMemoryFileIO()
        let (log, _) = try openWAL(fileIO)
        let path = directory + "/" + WALSegmentFormat.fileName(segmentID: 1)
        for index in 0..<count - 1 { _ = try await log.append(Fixtures.batch(index), durability: .sync) }
        let lastStart = fileIO.contents(of: path)?.count ?? 0
        _ = try await log.append(Fixtures.batch(count - 1), durability: .sync)
        await log.close()
        return (path, fileIO.contents(of: path) ?? [], lastStart)
    }

    @Test func tornLastRecordAtEveryByteOffsetIsTruncatedAndEarlierRecordsKept() async throws {
        let segment = try await segmentWithRecords(4)
        #expect(segment.lastStart > WALSegmentFormat.headerBytes)
        #expect(segment.bytes.count - segment.lastStart > 100)
        for cut in segment.lastStart..<segment.bytes.count {
            let fileIO = InMemoryFileIO()
            fileIO.setContents(of: segment.path, to: Array(segment.bytes[0..<cut]))
            let (logger, handler) = RecordingLogHandler.logger()
            let (log, replayed) = try openWAL(fileIO, logger: logger)
            #expect(replayed.map(\.sequence) == [1, 2, 3], "cut at \(cut)")
            #expect(fileIO.contents(of: segment.path)?.count == segment.lastStart, "cut at \(cut)")
            let warnings = handler.entries(atLeast: .warning)
            if cut > segment.lastStart {
                #expect(warnings.count == 1)
                #expect(warnings.first?.metadata["path"] == segment.path)
                #expect(warnings.first?.metadata["offset"] == "\(segment.lastStart)")
                #expect(warnings.first?.metadata["reason"] != nil)
            } else {
                #expect(warnings.isEmpty)
            }
            #expect(try await log.append(Fixtures.batch(9), durability: .sync) == 4)
            await log.close()
        }
    }

    @Test func corruptChecksumInTheTailIsTruncatedAndEarlierRecordsKept() async throws {
        let segment = try await segmentWithRecords(3)
        for flipped in [segment.lastStart + 4, segment.lastStart + 8, segment.bytes.count - 1] {
            var corrupt = segment.bytes
            corrupt[flipped] ^= 0x40
            let fileIO = InMemoryFileIO()
            fileIO.setContents(of: segment.path, to: corrupt)
            let (logger, handler) = RecordingLogHandler.logger()
            let (log, replayed) = try openWAL(fileIO, logger: logger)
            #expect(replayed.map(\.sequence) == [1, 2])
            #expect(fileIO.contents(of: segment.path)?.count == segment.lastStart)
            #expect(handler.entries(atLeast: .warning).first?.metadata["reason"] == "record checksum mismatch")
            #expect(log.lastSequence == 2)
            await log.close()
        }
    }

    @Test func lengthAboveTheMaximumIsTreatedAsCorrupt() async throws {
        let segment = try await segmentWithRecords(2)
        var corrupt = segment.bytes
        corrupt.replaceSubrange(segment.lastStart..<segment.lastStart + 4, with: [0xFF, 0xFF, 0xFF, 0x7F])
        let fileIO = InMemoryFileIO()
        fileIO.setContents(of: segment.path, to: corrupt)
        let (log, replayed) = try openWAL(fileIO)
        #expect(replayed.map(\.sequence) == [1])
        await log.close()
    }

    @Test func aCorruptTailInOneSegmentDoesNotStopReplayOfTheNext() async throws {
        let fileIO = InMemoryFileIO()
        let (first, _) = try openWAL(fileIO)
        for index in 0..<3 { _ = try await first.append(Fixtures.batch(index), durability: .sync) }
        await first.close()
        let firstPath = directory + "/" + WALSegmentFormat.fileName(segmentID: 1)
        fileIO.setContents(of: firstPath, to: (fileIO.contents(of: firstPath) ?? []) + [1, 2, 3])
        let (second, replayedOnce) = try openWAL(fileIO)
        #expect(replayedOnce.map(\.sequence) == [1, 2, 3])
        _ = try await second.append(Fixtures.batch(3), durability: .sync)
        await second.close()
        let (_, replayed) = try openWAL(fileIO)
        #expect(replayed.map(\.sequence) == [1, 2, 3, 4])
    }

    @Test func badHeadersAreMovedAsideAndOtherSegmentsStillReplay() async throws {
        let fileIO = InMemoryFileIO()
        let (log, _) = try openWAL(fileIO)
        _ = try await log.append(Fixtures.batch(0), durability: .sync)
        await log.close()
        let badMagic = directory + "/" + WALSegmentFormat.fileName(segmentID: 5)
        let shortHeader = directory + "/" + WALSegmentFormat.fileName(segmentID: 6)
        let wrongID = directory + "/" + WALSegmentFormat.fileName(segmentID: 7)
        fileIO.setContents(of: badMagic, to: Array("not a wal segment at all".utf8))
        fileIO.setContents(of: shortHeader, to: Array(WALSegmentFormat.header(segmentID: 6).prefix(10)))
        fileIO.setContents(of: wrongID, to: WALSegmentFormat.header(segmentID: 3))
        let (logger, handler) = RecordingLogHandler.logger()
        let (reopened, replayed) = try openWAL(fileIO, logger: logger)
        #expect(replayed.map(\.sequence) == [1])
        #expect(handler.entries(atLeast: .error).count == 3)
        for path in [badMagic, shortHeader, wrongID] {
            #expect(!fileIO.fileExists(at: path))
            #expect(fileIO.fileExists(at: path + ".corrupt"))
        }
        // The new segment's id is above every id seen, quarantined ones included.
        #expect(try segmentNames(fileIO).last == WALSegmentFormat.fileName(segmentID: 8))
        await reopened.close()
    }

    @Test func emptyAndHeaderOnlySegmentsAreFine() async throws {
        let fileIO = InMemoryFileIO()
        fileIO.setContents(of: directory + "/" + WALSegmentFormat.fileName(segmentID: 1), to: [])
        fileIO.setContents(
            of: directory + "/" + WALSegmentFormat.fileName(segmentID: 2),
            to: WALSegmentFormat.header(segmentID: 2)
        )
        let (logger, handler) = RecordingLogHandler.logger()
        let (log, replayed) = try openWAL(fileIO, logger: logger)
        #expect(replayed.isEmpty)
        #expect(handler.entries(atLeast: .warning).isEmpty)
        #expect(try await log.append(Fixtures.batch(0), durability: .sync) == 1)
        await log.close()
    }

    @Test func replayIgnoresOtherFilesAndAReplayErrorFailsOpen() async throws {
        let fileIO = InMemoryFileIO()
        let (log, _) = try openWAL(fileIO)
        _ = try await log.append(Fixtures.batch(0), durability: .sync)
        await log.close()
        fileIO.setContents(of: directory + "/notes.txt", to: [1, 2, 3])
        let configuration = WALConfiguration(directory: directory)
        let logger = Logger(label: "wal-test", factory: { _ in SwiftLogNoOpLogHandler() })
        #expect(throws: KernelError(.conflict, "no")) {
            _ = try WriteAheadLog.open(configuration: configuration, fileIO: fileIO, logger: logger) { _ in
                throw KernelError(.conflict, "no")
            }
        }
    }
}
