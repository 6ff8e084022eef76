import Kernel

/// Wraps an operator for `EXPLAIN ANALYZE`: counts the rows and batches it returns and the time
/// spent in its `next()`, including its inputs (`inclusiveNanoseconds`); the plan text subtracts
/// the inputs' time to report each operator's own `elapsed_compute`, as DataFusion does.
public final class MeteredOperator: ExecutionOperator {
    private let inner: any ExecutionOperator
    public private(set) var outputRows = 0
    public private(set) var outputBatches = 0
    public private(set) var inclusiveNanoseconds: Int64 = 0
    public var fields: [Field] { inner.fields }

    public init(_ inner: any ExecutionOperator) {
        self.inner = inner
    }

    public func next() throws(KernelError) -> RecordBatch? {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let (seconds, attoseconds) = (clock.now - start).components
            inclusiveNanoseconds += seconds * 1_000_000_000 + attoseconds / 1_000_000_000
        }
        guard let batch = try inner.next() else { return nil }
        outputRows += batch.rowCount
        outputBatches += 1
        return batch
    }
}
