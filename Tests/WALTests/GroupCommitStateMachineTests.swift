import Kernel
import Testing
import WAL

/// Drives the group-commit state machine with no files, no clock and no threads.
@Suite("Group commit state machine")
struct GroupCommitStateMachineTests {
    typealias Machine = GroupCommitStateMachine

    private func record(_ byte: UInt8, count: Int = 10) -> [UInt8] {
        [UInt8](repeating: byte, count: count)
    }

    private func flush(of action: Machine.Action) -> Machine.Flush? {
        switch action {
        case .startFlush(let flush), .resume(_, then: .startFlush(let flush)),
            .fail(_, _, then: .startFlush(let flush)):
            return flush
        default:
            return nil
        }
    }

    @Test func firstWriteStartsAFlushAtOnce() {
        var machine = Machine(maxPendingBytes: 1_000)
        let action = machine.enqueue(record: record(1), waiter: 1, durability: .sync)
        #expect(
            action == .startFlush(.init(records: [record(1)], byteCount: 10, syncWaiters: [1], acknowledgeNow: []))
        )
        #expect(machine.isFlushInFlight)
        #expect(machine.flushCompleted() == .resume([1], then: .idle))
        #expect(!machine.isFlushInFlight)
        #expect(machine.pendingBytes == 0)
    }

    @Test func writesDuringAFlushGoOutTogetherInOrderInTheNextFlush() {
        var machine = Machine(maxPendingBytes: 1_000)
        _ = machine.enqueue(record: record(1), waiter: 1, durability: .sync)
        #expect(machine.enqueue(record: record(2), waiter: 2, durability: .sync) == .none)
        #expect(machine.enqueue(record: record(3), waiter: 3, durability: .sync) == .none)
        #expect(machine.enqueue(record: record(4), waiter: 4, durability: .sync) == .none)
        let next = Machine.Flush(
            records: [record(2), record(3), record(4)],
            byteCount: 30,
            syncWaiters: [2, 3, 4],
            acknowledgeNow: []
        )
        // One write + fsync for the three waiting writes; waiter 1 is resumed first.
        #expect(machine.flushCompleted() == .resume([1], then: .startFlush(next)))
        #expect(machine.flushCompleted() == .resume([2, 3, 4], then: .idle))
    }

    @Test func noSyncWritesAreAcknowledgedAtEnqueueButStillFlushed() {
        var machine = Machine(maxPendingBytes: 1_000)
        let first = machine.enqueue(record: record(1), waiter: 1, durability: .noSync)
        #expect(flush(of: first)?.acknowledgeNow == [1])
        #expect(flush(of: first)?.syncWaiters == [])
        #expect(machine.enqueue(record: record(2), waiter: 2, durability: .noSync) == .acknowledge([2]))
        #expect(machine.enqueue(record: record(3), waiter: 3, durability: .sync) == .none)
        let completed = machine.flushCompleted()
        #expect(flush(of: completed)?.records == [record(2), record(3)])
        #expect(flush(of: completed)?.syncWaiters == [3])
        #expect(flush(of: completed)?.acknowledgeNow == [])
    }

    @Test func aFailedFlushFailsExactlyItsGroupAndTheNextGroupProceeds() {
        var machine = Machine(maxPendingBytes: 1_000)
        let error = KernelError(.unavailable, "disk")
        _ = machine.enqueue(record: record(1), waiter: 1, durability: .sync)
        _ = machine.enqueue(record: record(2), waiter: 2, durability: .sync)
        _ = machine.enqueue(record: record(3), waiter: 3, durability: .noSync)
        let failed = machine.flushFailed(error, poison: false)
        guard case .fail(let waiters, let reported, then: .startFlush(let next)) = failed else {
            Issue.record("unexpected action \(failed)")
            return
        }
        #expect(waiters == [1])
        #expect(reported == error)
        #expect(next.syncWaiters == [2])
        #expect(machine.flushCompleted() == .resume([2], then: .idle))
        #expect(!machine.isPoisoned)
    }

    @Test func poisonFailsEveryWaiterAndRefusesLaterWrites() {
        var machine = Machine(maxPendingBytes: 25)
        let error = KernelError(.unavailable, "fsync failed")
        _ = machine.enqueue(record: record(1), waiter: 1, durability: .sync)
        _ = machine.enqueue(record: record(2), waiter: 2, durability: .sync)
        _ = machine.enqueue(record: record(3), waiter: 3, durability: .noSync)  // blocked: over 25 bytes
        #expect(machine.blockedCount == 1)
        #expect(machine.flushFailed(error, poison: true) == .fail([1, 2, 3], error, then: .idle))
        #expect(machine.isPoisoned)
        #expect(machine.enqueue(record: record(4), waiter: 4, durability: .sync) == .refuse(4, error))
        #expect(machine.shutdown() == .stop)
    }

    @Test func backpressureBlocksBeyondTheLimitAndAdmitsInOrder() {
        var machine = Machine(maxPendingBytes: 30)
        _ = machine.enqueue(record: record(1), waiter: 1, durability: .sync)  // in flight, 10
        #expect(machine.enqueue(record: record(2), waiter: 2, durability: .sync) == .none)  // 20
        #expect(machine.enqueue(record: record(3), waiter: 3, durability: .noSync) == .acknowledge([3]))  // 30
        #expect(machine.enqueue(record: record(4), waiter: 4, durability: .noSync) == .none)  // blocked
        #expect(machine.enqueue(record: record(5, count: 1), waiter: 5, durability: .sync) == .none)  // FIFO: blocked
        #expect(machine.blockedCount == 2)
        #expect(machine.pendingBytes == 30)
        // Flush 1 done: 10 bytes free, so 4 (10 bytes) is admitted and acknowledged; 5 must wait.
        let next = Machine.Flush(
            records: [record(2), record(3), record(4)],
            byteCount: 30,
            syncWaiters: [2],
            acknowledgeNow: [4]
        )
        #expect(machine.flushCompleted() == .resume([1], then: .startFlush(next)))
        #expect(machine.blockedCount == 1)
        let last = Machine.Flush(records: [record(5, count: 1)], byteCount: 1, syncWaiters: [5], acknowledgeNow: [])
        #expect(machine.flushCompleted() == .resume([2], then: .startFlush(last)))
    }

    @Test func aLoneRecordLargerThanTheLimitIsStillAdmitted() {
        var machine = Machine(maxPendingBytes: 5)
        let action = machine.enqueue(record: record(1, count: 50), waiter: 1, durability: .sync)
        #expect(flush(of: action)?.byteCount == 50)
        #expect(machine.enqueue(record: record(2, count: 50), waiter: 2, durability: .sync) == .none)
        #expect(machine.blockedCount == 1)
        #expect(flush(of: machine.flushCompleted())?.syncWaiters == [2])
    }

    @Test func shutdownFlushesWhatIsEnqueuedThenStops() {
        var machine = Machine(maxPendingBytes: 1_000)
        #expect(machine.shutdown() == .stop)

        var busy = Machine(maxPendingBytes: 1_000)
        _ = busy.enqueue(record: record(1), waiter: 1, durability: .sync)
        _ = busy.enqueue(record: record(2), waiter: 2, durability: .sync)
        #expect(busy.shutdown() == .none)
        #expect(
            busy.enqueue(record: record(3), waiter: 3, durability: .sync)
                == .refuse(3, KernelError(.unavailable, "the WAL is shutting down")))
        #expect(flush(of: busy.flushCompleted())?.syncWaiters == [2])
        #expect(busy.flushCompleted() == .resume([2], then: .stop))
    }

    @Test func shutdownAfterAFailedLastFlushStillStops() {
        var machine = Machine(maxPendingBytes: 1_000)
        let error = KernelError(.unavailable, "disk")
        _ = machine.enqueue(record: record(1), waiter: 1, durability: .sync)
        #expect(machine.shutdown() == .none)
        #expect(machine.flushFailed(error, poison: false) == .fail([1], error, then: .stop))
    }
}
