import Kernel

/// A physical operator: a pull-based stream of batches. The engine builds a tree of these for a
/// query and drains the root; operators that can stream (scan, filter, projection, limit) keep
/// only one batch in flight, the others (sort, aggregation) consume their input first.
public protocol ExecutionOperator: AnyObject {
    /// The columns of every batch this operator returns.
    var fields: [Field] { get }
    /// The next batch, or nil when the stream is over.
    func next() throws(KernelError) -> RecordBatch?
}

extension ExecutionOperator {
    /// Every remaining batch.
    public func collect() throws(KernelError) -> [RecordBatch] {
        var batches: [RecordBatch] = []
        while let batch = try next() { batches.append(batch) }
        return batches
    }
}

/// One batch of literal rows (`SELECT 1`, `VALUES ...`).
public final class ValuesOperator: ExecutionOperator {
    public let fields: [Field]
    private var batch: RecordBatch?

    public init(fields: [Field], rows: [[ScalarValue]]) {
        self.fields = fields
        let columns = fields.indices.map { index in
            ColumnBuild.fromScalars(rows.map { $0[index] }, type: fields[index].type).renamed(fields[index].name)
        }
        self.batch = RecordBatch(columns: columns, rowCount: rows.count)
    }

    public func next() throws(KernelError) -> RecordBatch? {
        defer { batch = nil }
        return batch
    }
}

/// Keeps the rows for which the predicate is true (NULL counts as false).
public final class FilterOperator: ExecutionOperator {
    private let input: any ExecutionOperator
    private let predicate: PhysicalExpr
    public var fields: [Field] { input.fields }

    public init(input: any ExecutionOperator, predicate: PhysicalExpr) {
        self.input = input
        self.predicate = predicate
    }

    public func next() throws(KernelError) -> RecordBatch? {
        while let batch = try input.next() {
            let mask = try ExpressionEvaluator.column(predicate, batch, type: .boolean)
            guard case .boolean(var flags) = mask.values else { continue }
            if mask.validity.validCount != batch.rowCount {
                for row in 0..<batch.rowCount where flags[row] { flags[row] = mask.validity[row] }
            }
            let kept = batch.keeping(flags)
            if kept.rowCount > 0 { return kept }
        }
        return nil
    }
}

/// Computes the output columns from expressions over each input batch.
public final class ProjectionOperator: ExecutionOperator {
    private let input: any ExecutionOperator
    private let expressions: [PhysicalExpr]
    public let fields: [Field]

    public init(input: any ExecutionOperator, expressions: [PhysicalExpr], fields: [Field]) {
        precondition(expressions.count == fields.count, "one field per projected expression")
        self.input = input
        self.expressions = expressions
        self.fields = fields
    }

    public func next() throws(KernelError) -> RecordBatch? {
        guard let batch = try input.next() else { return nil }
        var columns: [RecordColumn] = []
        for (expression, field) in zip(expressions, fields) {
            let column = try ExpressionEvaluator.column(expression, batch, type: field.type)
            columns.append(try Cast.column(column, to: field.type).renamed(field.name))
        }
        return RecordBatch(columns: columns, rowCount: batch.rowCount)
    }
}

/// `OFFSET skip LIMIT fetch` over a stream.
public final class LimitOperator: ExecutionOperator {
    private let input: any ExecutionOperator
    private var skip: Int
    private var remaining: Int?
    public var fields: [Field] { input.fields }

    public init(input: any ExecutionOperator, skip: Int, fetch: Int?) {
        self.input = input
        self.skip = skip
        self.remaining = fetch
    }

    public func next() throws(KernelError) -> RecordBatch? {
        while remaining.map({ $0 > 0 }) ?? true, let batch = try input.next() {
            var start = 0
            if skip > 0 {
                start = min(skip, batch.rowCount)
                skip -= start
            }
            var end = batch.rowCount
            if let left = remaining { end = min(end, start + left) }
            guard end > start else { continue }
            if let left = remaining { remaining = left - (end - start) }
            if start == 0, end == batch.rowCount { return batch }
            return batch.take(Array(start..<end))
        }
        return nil
    }
}
