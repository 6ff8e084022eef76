import Kernel

/// `UNION ALL`: the batches of every input in turn, columns cast to the output's types and
/// renamed to its names. (`UNION` is this under a grouping on every column.)
public final class UnionOperator: ExecutionOperator {
    public let fields: [Field]
    private let inputs: [any ExecutionOperator]
    private var current = 0

    public init(inputs: [any ExecutionOperator], fields: [Field]) {
        self.inputs = inputs
        self.fields = fields
    }

    public func next() throws(KernelError) -> RecordBatch? {
        while current < inputs.count {
            guard let batch = try inputs[current].next() else {
                current += 1
                continue
            }
            var columns: [RecordColumn] = []
            for (column, field) in zip(batch.columns, fields) {
                columns.append(try Cast.column(column, to: field.type).renamed(field.name))
            }
            return RecordBatch(columns: columns, rowCount: batch.rowCount)
        }
        return nil
    }
}

/// `INTERSECT` and `EXCEPT`, distinct or `ALL`. Rows compare as wholes with NULL equal to NULL.
/// Distinct forms return each qualifying left row once (first occurrence order); `ALL` forms
/// keep every qualifying left row, as DataFusion plans them (a semi or anti join on all columns).
public final class SetOperationOperator: ExecutionOperator {
    /// Which set operation.
    public enum Kind: String, Sendable, Hashable {
        case intersect, except
    }

    public let fields: [Field]
    private let left: any ExecutionOperator
    private let right: any ExecutionOperator
    private let kind: Kind
    private let all: Bool
    private var done = false

    public init(left: any ExecutionOperator, right: any ExecutionOperator, kind: Kind, all: Bool, fields: [Field]) {
        self.left = left
        self.right = right
        self.kind = kind
        self.all = all
        self.fields = fields
    }

    public func next() throws(KernelError) -> RecordBatch? {
        guard !done else { return nil }
        done = true
        let leftBatch = try castBatch(Concatenation.batches(try left.collect(), fields: left.fields))
        let rightBatch = try castBatch(Concatenation.batches(try right.collect(), fields: right.fields))
        var interner = StringInterner()
        let rightKeys = RowKeys(
            rightBatch.columns, rowCount: rightBatch.rowCount, nullsEqual: true, interner: &interner)
        let leftKeys = RowKeys(leftBatch.columns, rowCount: leftBatch.rowCount, nullsEqual: true, interner: &interner)
        var rightCounts: [ArraySlice<UInt64>: Int] = [:]
        for row in 0..<rightBatch.rowCount { rightCounts[rightKeys.key(row), default: 0] += 1 }
        var emitted: [ArraySlice<UInt64>: Int] = [:]
        var rows: [Int] = []
        for row in 0..<leftBatch.rowCount {
            let key = leftKeys.key(row)
            let seen = emitted[key, default: 0]
            let rightCount = rightCounts[key, default: 0]
            let keep: Bool
            switch (kind, all) {
            case (.intersect, false): keep = seen == 0 && rightCount > 0
            case (.except, false): keep = seen == 0 && rightCount == 0
            case (.intersect, true): keep = rightCount > 0
            case (.except, true): keep = rightCount == 0
            }
            emitted[key] = seen + 1
            if keep { rows.append(row) }
        }
        return RecordBatch(columns: leftBatch.take(rows).columns, rowCount: rows.count)
    }

    private func castBatch(_ batch: RecordBatch) throws(KernelError) -> RecordBatch {
        var columns: [RecordColumn] = []
        for (column, field) in zip(batch.columns, fields) {
            columns.append(try Cast.column(column, to: field.type).renamed(field.name))
        }
        return RecordBatch(columns: columns, rowCount: batch.rowCount)
    }
}
