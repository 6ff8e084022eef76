import Kernel
import KernelTesting
import Testing
import WAL

/// What the WAL does when the storage under it fails (`FaultyFileIO`).
@Suite("WAL under storage faults")
struct WALFaultTests {
    @Test func failedFsyncFailsTheGroupPoisonsTheLogAndKeepsAcknowledgedData() async throws {
        let fileIO = FaultyFileIO()
        let (log, _) = try openWAL(fileIO)
        _ = try await log.append(Fixtures.batch(0), durability: .sync)
        _ = try await log.append(Fixtures.batch(1), durability: .sync)
        fileIO.inject(.failSync)
        await #expect {
            try await log.append(Fixtures.batch(2), durability: .sync)
        } throws: { error in
            (error as? KernelError)?.kind == .unavailable
        }
        #expect(log.isPoisoned)
        await #expect {
            try await log.append(Fixtures.batch(3), durability: .sync)
        } throws: { error in
            (error as? KernelError)?.kind == .unavailable
        }
        await #expect {
            try await log.append(Fixtures.batch(3), durability: .noSync)
        } throws: { error in
            (error as? KernelError)?.kind == .unavailable
        }
        await log.close()
        // The unsynced record is lost in a crash; the acknowledged ones are not.
        fileIO.base.crash()
        let (reopened, replayed) = try openWAL(fileIO)
        #expect(replayed.map(\.sequence) == [1, 2])
        #expect(try await reopened.append(Fixtures.batch(4), durability: .sync) == 3)
        await reopened.close()
    }

    @Test func tornWriteAtEveryOffsetIsTruncatedAndTheLogContinues() async throws {
        let recordBytes = try probeRecordBytes()
        for keptBytes in 0..<recordBytes {
            let fileIO = FaultyFileIO()
            let (log, _) = try openWAL(fileIO)
            _ = try await log.append(Fixtures.batch(0), durability: .sync)
            fileIO.inject(.tornWrite(keepingBytes: keptBytes))
            await #expect {
                try await log.append(Fixtures.batch(1), durability: .sync)
            } throws: { error in
                (error as? KernelError)?.kind == .unavailable
            }
            #expect(!log.isPoisoned)
            #expect(try await log.append(Fixtures.batch(2), durability: .sync) == 3)
            await log.close()
            let (_, replayed) = try openWAL(fileIO)
            #expect(replayed.map(\.sequence) == [1, 3], "torn after \(keptBytes) bytes")
        }
    }

    @Test func tornWriteThatCannotBeTruncatedPoisonsTheLog() async throws {
        let fileIO = FaultyFileIO()
        let (log, _) = try openWAL(fileIO)
        _ = try await log.append(Fixtures.batch(0), durability: .sync)
        fileIO.inject(.tornWrite(keepingBytes: 11))
        fileIO.inject(.failTruncate)
        await #expect(throws: KernelError.self) { try await log.append(Fixtures.batch(1), durability: .sync) }
        #expect(log.isPoisoned)
        await log.close()
        // The torn bytes are still in the file: replay truncates them.
        let (_, replayed) = try openWAL(fileIO)
        #expect(replayed.map(\.sequence) == [1])
    }

    @Test func diskFullMidAppendFailsOnlyThatWriteAndRecoversWhenSpaceReturns() async throws {
        let fileIO = FaultyFileIO()
        let (log, _) = try openWAL(fileIO)
        _ = try await log.append(Fixtures.batch(0), durability: .sync)
        fileIO.inject(.diskFull(afterBytes: 30))
        for index in 1...2 {
            await #expect {
                try await log.append(Fixtures.batch(index), durability: .sync)
            } throws: { error in
                (error as? KernelError)?.kind == .unavailable
            }
        }
        #expect(!log.isPoisoned)
        fileIO.clearDiskFull()
        #expect(try await log.append(Fixtures.batch(3), durability: .sync) == 4)
        await log.close()
        let (_, replayed) = try openWAL(fileIO)
        #expect(replayed.map(\.sequence) == [1, 4])
        #expect(replayed.last?.batch == Fixtures.batch(3))
    }

    @Test func writtenButUnsyncedDataIsLostInACrashAndOnlyThat() async throws {
        let fileIO = FaultyFileIO()
        let (log, _) = try openWAL(fileIO)
        _ = try await log.append(Fixtures.batch(0), durability: .sync)
        fileIO.inject(.failSync)
        await #expect(throws: KernelError.self) { try await log.append(Fixtures.batch(1), durability: .sync) }
        await log.close()
        // Keep part of the unsynced record, as a torn sector write would.
        fileIO.base.crash(keepingUnsyncedBytes: 13)
        let (_, replayed) = try openWAL(fileIO)
        #expect(replayed.map(\.sequence) == [1])
    }

    @Test func groupCommitCoversManyWritesWithOneFsync() async throws {
        let fileIO = FaultyFileIO()
        let (log, _) = try openWAL(fileIO)
        let syncsAtOpen = fileIO.syncCount
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<64 {
                group.addTask { _ = try await log.append(Fixtures.batch(index), durability: .sync) }
            }
            try await group.waitForAll()
        }
        let syncs = fileIO.syncCount - syncsAtOpen
        #expect(syncs >= 1 && syncs <= 64)
        await log.close()
    }

    /// Size of one framed record of `Fixtures.batch(_:)`.
    private func probeRecordBytes() throws -> Int {
        try WALRecordCodec.encode(sequence: 2, batch: Fixtures.batch(1)).count + WALSegmentFormat.frameHeaderBytes
    }
}
