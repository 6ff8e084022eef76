import Kernel

/// The scan below `GROUP BY date_bin(stride, time) ORDER BY 1 [DESC] LIMIT n`, which stops early:
/// chunks are read latest first (earliest first for ascending order), and once `n` distinct bins
/// have been seen, a chunk whose nearest time falls in a bin beyond the n-th is not read, nor is
/// any chunk after it (they are further still). Bins are computed from the rows that passed the
/// scan's conjuncts, so the first `n` bins of the sorted aggregate are exactly those of the full
/// scan. Chunks without time bounds are always read.
public final class BinnedLimitOperator: ExecutionOperator {
    public let fields: [Field]
    private var pending: [ScanChunk]
    private let makeScan: ([ScanChunk]) -> ScanOperator
    /// The grouping expression over a one-column batch of times.
    private let bin: PhysicalExpr
    private let timeField: Int
    private let limit: Int
    private let descending: Bool
    private var current: ScanOperator?
    private var seen = Set<Int64>()

    public init(
        chunks: [ScanChunk], fields: [Field], bin: PhysicalExpr, timeField: Int, limit: Int, descending: Bool,
        makeScan: @escaping ([ScanChunk]) -> ScanOperator
    ) {
        self.fields = fields
        let bounded = chunks.filter { $0.timeBounds != nil }.sorted { left, right in
            guard let l = left.timeBounds, let r = right.timeBounds else { return false }
            return descending ? l.upperBound > r.upperBound : l.lowerBound < r.lowerBound
        }
        // Popped from the end: unbounded chunks first, then bounded ones nearest first.
        self.pending = (chunks.filter { $0.timeBounds == nil } + bounded).reversed()
        self.bin = bin.mappingColumns { _ in 0 }
        self.timeField = timeField
        self.limit = limit
        self.descending = descending
        self.makeScan = makeScan
    }

    public func next() throws(KernelError) -> RecordBatch? {
        while true {
            if let batch = try current?.next() {
                try record(batch.columns[timeField])
                return batch
            }
            guard let chunk = pending.popLast() else { return nil }
            if let bounds = chunk.timeBounds, try isBeyondLimit(descending ? bounds.upperBound : bounds.lowerBound) {
                pending.removeAll()
                return nil
            }
            current = makeScan([chunk])
        }
    }

    private func record(_ times: RecordColumn) throws(KernelError) {
        let bins = try ExpressionEvaluator.column(
            bin, RecordBatch(columns: [times], rowCount: times.count), type: .time)
        guard case .time(let values) = bins.values else { return }
        for row in values.indices where bins.validity[row] { seen.insert(values[row]) }
    }

    /// Whether the bin of `time` comes after the `limit`-th bin seen, in the sort order.
    private func isBeyondLimit(_ time: Int64) throws(KernelError) -> Bool {
        guard seen.count >= limit, limit > 0 else { return false }
        let probe = RecordColumn(
            name: "time", type: .time, values: .time([time]), validity: ValidityBitmap(repeating: true, count: 1))
        let bins = try ExpressionEvaluator.column(bin, RecordBatch(columns: [probe], rowCount: 1), type: .time)
        guard case .time(let values) = bins.values, let value = values.first, bins.validity[0] else { return false }
        let ordered = descending ? seen.sorted(by: >) : seen.sorted()
        let last = ordered[limit - 1]
        return descending ? value < last : value > last
    }
}
