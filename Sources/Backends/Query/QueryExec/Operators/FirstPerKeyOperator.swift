import Kernel

/// `DISTINCT ON (keys)`: passes the first row of every distinct key (in input order, so after a
/// sort it is the first by the ORDER BY) and drops the rest.
public final class FirstPerKeyOperator: ExecutionOperator {
    private let input: any ExecutionOperator
    private let keys: [PhysicalExpr]
    private var table = GroupKeyTable(maxGroups: HashAggregateOperator.maxGroups)
    public var fields: [Field] { input.fields }

    public init(input: any ExecutionOperator, keys: [PhysicalExpr]) {
        self.input = input
        self.keys = keys
    }

    public func next() throws(KernelError) -> RecordBatch? {
        while let batch = try input.next() {
            var columns: [RecordColumn] = []
            for key in keys { columns.append(try ExpressionEvaluator.column(key, batch, type: .string)) }
            let before = table.count
            let ids = try table.groupIDs(columns, rowCount: batch.rowCount)
            var seen = before
            var rows: [Int] = []
            for (row, id) in ids.enumerated() where id >= seen {
                rows.append(row)
                seen = id + 1
            }
            if !rows.isEmpty { return batch.take(rows) }
        }
        return nil
    }
}
