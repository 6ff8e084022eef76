import Kernel

/// `unnest(list)` in a select list (DataFusion's `UnnestExec`): each input row becomes as many
/// rows as its longest unnested list, the input's columns repeated and each unnested column
/// holding its list's element at that position (NULL past the end of a shorter list). A row
/// whose lists are all NULL or empty gives no rows. The output is the input's columns followed
/// by one column per unnested list column.
public final class UnnestOperator: ExecutionOperator {
    private let input: any ExecutionOperator
    private let listColumns: [Int]
    public let fields: [Field]

    /// `listColumns` are positions of list-typed columns of the input.
    public init(input: any ExecutionOperator, listColumns: [Int], fields: [Field]) {
        precondition(fields.count == input.fields.count + listColumns.count, "one field per unnested column")
        self.input = input
        self.listColumns = listColumns
        self.fields = fields
    }

    public func next() throws(KernelError) -> RecordBatch? {
        while let batch = try input.next() {
            let unnested = try unnest(batch)
            if unnested.rowCount > 0 { return unnested }
        }
        return nil
    }

    private func unnest(_ batch: RecordBatch) throws(KernelError) -> RecordBatch {
        var lists: [(offsets: [Int32], items: RecordColumn, validity: ValidityBitmap)] = []
        for index in listColumns {
            let column = batch.columns[index]
            guard case .list(let offsets, let items) = column.values else {
                throw KernelError(.internalError, "Internal error: unnest of a column that is not a list")
            }
            lists.append((offsets, items.item, column.validity))
        }
        var rows: [Int] = []
        var itemRows = [[Int]](repeating: [], count: lists.count)
        for row in 0..<batch.rowCount {
            var length = 0
            for list in lists where list.validity[row] {
                length = max(length, Int(list.offsets[row + 1] - list.offsets[row]))
            }
            for position in 0..<length {
                rows.append(row)
                for (index, list) in lists.enumerated() {
                    let start = Int(list.offsets[row])
                    let valid = list.validity[row] && start + position < Int(list.offsets[row + 1])
                    itemRows[index].append(valid ? start + position : -1)
                }
            }
        }
        var columns = batch.take(rows).columns
        for (index, list) in lists.enumerated() {
            var column = list.items.take(itemRows[index])
            column.name = fields[batch.columns.count + index].name
            columns.append(column)
        }
        return RecordBatch(columns: columns, rowCount: rows.count)
    }
}
