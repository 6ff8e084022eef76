import Synchronization

/// A pull-based stream of result batches. The producer is a closure (an engine's operator tree);
/// `onFinish` runs once, with whether the stream ended cleanly, when it is exhausted or fails.
///
/// `@unchecked Sendable`: the closures are only ever called with `lock` held, so one task at a
/// time pulls, whichever task that is (the result is handed from the engine to the response body).
public final class ResultStream: @unchecked Sendable {
    private let lock = Mutex(())
    private var pull: () throws(KernelError) -> RecordBatch?
    private var onFinish: ((Bool) -> Void)?

    public init(pull: @escaping () throws(KernelError) -> RecordBatch?, onFinish: ((Bool) -> Void)? = nil) {
        self.pull = pull
        self.onFinish = onFinish
    }

    /// A stream over batches already computed.
    public convenience init(batches: [RecordBatch]) {
        var remaining = batches.reversed() as [RecordBatch]
        self.init(pull: { remaining.popLast() })
    }

    /// The next batch, or nil at the end.
    public func next() throws(KernelError) -> RecordBatch? {
        let result: Result<RecordBatch?, KernelError> = lock.withLock { _ in
            let result = Result { () throws(KernelError) -> RecordBatch? in try pull() }
            switch result {
            case .success(nil): finish(true)
            case .success: break
            case .failure: finish(false)
            }
            return result
        }
        return try result.get()
    }

    private func finish(_ success: Bool) {
        onFinish?(success)
        onFinish = nil
        pull = { nil }
    }
}
