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
        let all = Concatenation.batches(try input.collect(), fields: fields)
        guard all.rowCount > 0 else { return nil }
        var comparators: [(Int, Int) -> Int] = []
        for key in order {
            let column = try ExpressionEvaluator.column(key.expression, all, type: .string)
            comparators.append(SortOperator.comparator(column, ascending: key.ascending, nullsFirst: key.nullsFirst))
        }
        func before(_ left: Int, _ right: Int) -> Bool {
            for compare in comparators {
                let result = compare(left, right)
                if result != 0 { return result < 0 }
            }
            return left < right
        }
        var keyColumns: [RecordColumn] = []
        for key in keys { keyColumns.append(try ExpressionEvaluator.column(key, all, type: .string)) }
        var table = GroupKeyTable(maxGroups: HashAggregateOperator.maxGroups)
        let ids = try table.groupIDs(keyColumns, rowCount: all.rowCount)
        var best = [Int](repeating: -1, count: table.count)
        for (row, id) in ids.enumerated() where best[id] < 0 || before(row, best[id]) {
            best[id] = row
        }
        var survivors = best
        survivors.sortStable(by: before)
        return all.take(survivors)
    }
}
