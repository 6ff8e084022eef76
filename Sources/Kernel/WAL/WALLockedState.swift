import Kernel

/// Work the writer thread picks up.
enum WALJob: Sendable {
    case flush(GroupCommitStateMachine.Flush)
    case stop
}

/// What to do once the state lock is released: resume continuations, wake the writer.
struct WALEffects: Sendable {
    var replies: [(WriteAheadLog.Reply, Result<UInt64, KernelError>)] = []
    var closed: [CheckedContinuation<Void, Never>] = []
    var postedJobCount = 0
}

/// Everything `WriteAheadLog` guards with its `state` mutex: the group-commit state machine, the
/// sequence counter, the continuations of waiting callers and the writer's job queue. Methods
/// translate state machine actions into `WALEffects`, performed after the lock is released.
struct WALLockedState: Sendable {
    var machine: GroupCommitStateMachine
    var lastSequence: UInt64
    /// Waiting callers keyed by the sequence of their record.
    private var replies: [UInt64: WriteAheadLog.Reply] = [:]
    private var jobs: [WALJob] = []
    private var closeWaiters: [CheckedContinuation<Void, Never>] = []
    private var closeRequested = false
    private var stopped = false

    init(maxPendingBytes: Int, lastSequence: UInt64) {
        self.machine = GroupCommitStateMachine(maxPendingBytes: maxPendingBytes)
        self.lastSequence = lastSequence
    }

    /// Gives the record its sequence and enqueues it, atomically: sequence order is file order.
    mutating func enqueue(
        _ prepared: inout WALPreparedRecord,
        durability: Durability,
        reply: WriteAheadLog.Reply
    ) -> WALEffects {
        if stopped || closeRequested {
            return WALEffects(replies: [(reply, .failure(KernelError(.unavailable, "the WAL is closed")))])
        }
        if let poisonError = machine.poisonError {
            // Refused before a sequence is used up.
            return WALEffects(replies: [(reply, .failure(poisonError))])
        }
        let sequence = lastSequence + 1
        lastSequence = sequence
        replies[sequence] = reply
        let record = prepared.takeStamped(sequence: sequence)
        return apply(machine.enqueue(record: record, waiter: sequence, durability: durability))
    }

    /// The writer finished a flush.
    mutating func finish(_ outcome: SegmentWriter.Outcome) -> WALEffects {
        switch outcome {
        case .durable:
            return apply(machine.flushCompleted())
        case .failed(let error, let poison):
            return apply(machine.flushFailed(error, poison: poison))
        }
    }

    mutating func requestClose(_ closed: CheckedContinuation<Void, Never>) -> WALEffects {
        if stopped { return WALEffects(closed: [closed]) }
        closeWaiters.append(closed)
        guard !closeRequested else { return WALEffects() }
        closeRequested = true
        return apply(machine.shutdown())
    }

    mutating func takeJob() -> WALJob? {
        jobs.isEmpty ? nil : jobs.removeFirst()
    }

    mutating func markStopped() -> WALEffects {
        stopped = true
        var effects = WALEffects(closed: closeWaiters)
        closeWaiters = []
        // Cannot happen (shutdown waits for every flush), but never leave a caller hanging.
        for (sequence, reply) in replies {
            effects.replies.append(
                (reply, .failure(KernelError(.unavailable, "the WAL closed before write \(sequence)"))))
        }
        replies = [:]
        return effects
    }

    private mutating func apply(_ action: GroupCommitStateMachine.Action) -> WALEffects {
        var effects = WALEffects()
        switch action {
        case .none:
            break
        case .acknowledge(let waiters):
            reply(to: waiters, with: { .success($0) }, into: &effects)
        case .refuse(let waiter, let error):
            reply(to: [waiter], with: { _ in .failure(error) }, into: &effects)
        case .startFlush(let flush):
            post(flush, into: &effects)
        case .resume(let waiters, let followUp):
            reply(to: waiters, with: { .success($0) }, into: &effects)
            perform(followUp, into: &effects)
        case .fail(let waiters, let error, let followUp):
            reply(to: waiters, with: { _ in .failure(error) }, into: &effects)
            perform(followUp, into: &effects)
        case .stop:
            jobs.append(.stop)
            effects.postedJobCount += 1
        }
        return effects
    }

    private mutating func perform(_ followUp: GroupCommitStateMachine.FollowUp, into effects: inout WALEffects) {
        switch followUp {
        case .idle:
            break
        case .startFlush(let flush):
            post(flush, into: &effects)
        case .stop:
            jobs.append(.stop)
            effects.postedJobCount += 1
        }
    }

    private mutating func post(_ flush: GroupCommitStateMachine.Flush, into effects: inout WALEffects) {
        reply(to: flush.acknowledgeNow, with: { .success($0) }, into: &effects)
        jobs.append(.flush(flush))
        effects.postedJobCount += 1
    }

    private mutating func reply(
        to waiters: [UInt64],
        with result: (UInt64) -> Result<UInt64, KernelError>,
        into effects: inout WALEffects
    ) {
        for waiter in waiters {
            guard let reply = replies.removeValue(forKey: waiter) else { continue }
            effects.replies.append((reply, result(waiter)))
        }
    }
}
