import Kernel

/// `DISTINCT ON (keys) ... ORDER BY ...` without sorting everything: one pass keeps, for each
/// distinct key, the row that sorts first by `order`; only those rows are then sorted. Same
/// result as sort-then-first-per-key, in O(n) plus a sort of the survivors.
public final class TopPerKeyOperator: ExecutionOperator {
    private let input: any ExecutionOperator
    private let keys: [PhysicalExpr]
    private let order: [SortKey]
    private var done = false
    public var fields: [Field] { input.fields }

    public init(input: any ExecutionOperator, keys: [PhysicalExpr], order: [SortKey]) {
        self.input = input
        self.keys = keys
        self.order = order
    }

    public func next() throws(KernelError) -> RecordBatch? {
        guard !done else { return nil }
        done = true
        // Two phases: the best rows of each batch are the only candidates for the best rows
        // overall, so only those are concatenated (not the whole input).
        var candidates: [RecordBatch] = []
        while let batch = try input.next() {
            guard batch.rowCount > 0 else { continue }
            candidates.append(batch.take(try bestRows(of: batch)))
        }
        let all = Concatenation.batches(candidates, fields: fields)
        guard all.rowCount > 0 else { return nil }
        var survivors = try bestRows(of: all)
        let before = try precedes(all)
        survivors.sortStable(by: before)
        return all.take(survivors)
    }

    /// For each distinct key of `batch`, the row that sorts first.
    private func bestRows(of batch: RecordBatch) throws(KernelError) -> [Int] {
        let before = try precedes(batch)
        var keyColumns: [RecordColumn] = []
        for key in keys { keyColumns.append(try ExpressionEvaluator.column(key, batch, type: .string)) }
        var table = GroupKeyTable(maxGroups: HashAggregateOperator.maxGroups)
        let ids = try table.groupIDs(keyColumns, rowCount: batch.rowCount)
        var best = [Int](repeating: -1, count: table.count)
        for (row, id) in ids.enumerated() where best[id] < 0 || before(row, best[id]) {
            best[id] = row
        }
        return best
    }

    /// Whether row `left` of `batch` sorts before row `right` by `order` (ties by position).
    private func precedes(_ batch: RecordBatch) throws(KernelError) -> (Int, Int) -> Bool {
        var comparators: [(Int, Int) -> Int] = []
        for key in order {
            let column = try ExpressionEvaluator.column(key.expression, batch, type: .string)
            comparators.append(SortOperator.comparator(column, ascending: key.ascending, nullsFirst: key.nullsFirst))
        }
        return { left, right in
            for compare in comparators {
                let result = compare(left, right)
                if result != 0 { return result < 0 }
            }
            return left < right
        }
    }
}
