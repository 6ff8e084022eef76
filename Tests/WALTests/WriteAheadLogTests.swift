import Kernel
import KernelTesting
import Testing
import WAL

@Suite("WAL append, close and replay on InMemoryFileIO")
struct WriteAheadLogTests {
    @Test func appendCloseReopenReplaysEverythingInOrderAndSequencesContinue() async throws {
        let fileIO = InMemoryFileIO()
        let (log, replayed) = try openWAL(fileIO)
        #expect(replayed.isEmpty)
        var sequences: [UInt64] = []
        for index in 0..<10 {
            sequences.append(try await log.append(Fixtures.batch(index), durability: index % 2 == 0 ? .sync : .noSync))
        }
        #expect(sequences == Array(1...10))
        await log.close()

        let (reopened, replayedAgain) = try openWAL(fileIO)
        #expect(replayedAgain.map(\.sequence) == Array(1...10))
        #expect(replayedAgain.map(\.batch) == (0..<10).map { Fixtures.batch($0) })
        #expect(reopened.lastSequence == 10)
        #expect(try await reopened.append(Fixtures.batch(10), durability: .sync) == 11)
        await reopened.close()

        // Each open starts a new segment; the old ones are never appended to.
        #expect(try segmentNames(fileIO).count == 2)
        let (_, third) = try openWAL(fileIO)
        #expect(third.map(\.sequence) == Array(1...11))
    }

    @Test func appendsAfterCloseAreRefused() async throws {
        let (log, _) = try openWAL(InMemoryFileIO())
        await log.close()
        await log.close()  // idempotent
        await #expect(throws: KernelError(.unavailable, "the WAL is closed")) {
            try await log.append(Fixtures.batch(0), durability: .sync)
        }
    }

    @Test func syncAppendIsDurableWhenItReturns() async throws {
        let fileIO = InMemoryFileIO()
        let (log, _) = try openWAL(fileIO)
        _ = try await log.append(Fixtures.batch(0), durability: .sync)
        fileIO.crash()  // no close: whatever was acknowledged must already be durable
        let (_, replayed) = try openWAL(fileIO)
        #expect(replayed.map(\.sequence) == [1])
        await log.close()
    }

    @Test func segmentsRotatePastTheirMaximumSize() async throws {
        let fileIO = InMemoryFileIO()
        let (log, _) = try openWAL(fileIO, segmentMaxBytes: 2_000)
        for index in 0..<40 { _ = try await log.append(Fixtures.batch(index), durability: .sync) }
        await log.close()
        let names = try segmentNames(fileIO)
        #expect(names.count > 5)
        for name in names.dropLast() {
            let size = fileIO.contents(of: "/data/wal/" + name)?.count ?? 0
            #expect(size < 2_000 + 1_000)  // at most one record past the limit
        }
        let (_, replayed) = try openWAL(fileIO, segmentMaxBytes: 2_000)
        #expect(replayed.map(\.sequence) == Array(1...40))
    }

    @Test func concurrentAppendersAllReplayWithUniqueIncreasingSequences() async throws {
        let fileIO = FaultyFileIO()
        let (log, _) = try openWAL(fileIO)
        let acknowledged = try await withThrowingTaskGroup(of: [UInt64].self) { group in
            for task in 0..<8 {
                group.addTask {
                    var sequences: [UInt64] = []
                    for index in 0..<200 {
                        let durability: Durability = index % 5 == 0 ? .noSync : .sync
                        sequences.append(
                            try await log.append(Fixtures.batch(task * 1_000 + index, rows: 2), durability: durability))
                    }
                    return sequences
                }
            }
            var all: [[UInt64]] = []
            for try await sequences in group { all.append(sequences) }
            return all
        }
        for sequences in acknowledged { #expect(sequences == sequences.sorted()) }
        let all = acknowledged.flatMap { $0 }
        #expect(Set(all).count == 1_600)
        // Group commit: far fewer fsyncs than writes would be nice, but any count ≤ writes is correct.
        #expect(fileIO.syncCount <= 1_600 + 1)
        await log.close()
        let (_, replayed) = try openWAL(fileIO)
        #expect(replayed.map(\.sequence) == Array(1...1_600))
        #expect(Set(replayed.map(\.sequence)) == Set(all))
    }

    @Test func backpressureWaitsInsteadOfFailing() async throws {
        let (log, _) = try openWAL(InMemoryFileIO(), maxPendingBytes: 1)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<50 {
                group.addTask { _ = try await log.append(Fixtures.batch(index), durability: .noSync) }
            }
            try await group.waitForAll()
        }
        #expect(log.lastSequence == 50)
        await log.close()
    }

    @Test func aCrashAtAnyMomentKeepsEveryAcknowledgedWrite() async throws {
        let fileIO = InMemoryFileIO()
        let (log, _) = try openWAL(fileIO)
        let acknowledged = await withTaskGroup(of: [UInt64].self) { group in
            for task in 0..<4 {
                group.addTask {
                    var sequences: [UInt64] = []
                    for index in 0..<100 {
                        guard let sequence = try? await log.append(Fixtures.batch(task + index), durability: .sync)
                        else { break }
                        sequences.append(sequence)
                    }
                    return sequences
                }
            }
            group.addTask {
                while log.lastSequence < 150 { await Task.yield() }
                fileIO.crash(keepingUnsyncedBytes: 37)
                return []
            }
            var all: [UInt64] = []
            for await sequences in group { all += sequences }
            return all
        }
        await log.close()
        let (_, replayed) = try openWAL(fileIO)
        let replayedSequences = Set(replayed.map(\.sequence))
        #expect(Set(acknowledged).isSubset(of: replayedSequences))
        #expect(replayed.map(\.sequence) == replayed.map(\.sequence).sorted())
    }
}
