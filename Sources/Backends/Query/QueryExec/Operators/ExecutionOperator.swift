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

/// Reads a table's batches (from the kernel's `ChunkSource`) and shapes them to the table's
/// columns: a column missing from a chunk reads as nulls, columns come in `fields` order. The
/// scan's time range and pushed-down conjuncts are applied here: the time range and the first
/// conjunct form one mask and one gather, later conjuncts only see the rows still left (so a
/// selective first conjunct, such as a tag equality, makes the rest cheap).
public final class ScanOperator: ExecutionOperator {
    public let fields: [Field]
    private var pending: [RecordBatch]
    /// Rows outside this range are dropped (exactly; the chunk source may return more).
    private let timeRange: TimeRange
    /// Conjuncts a row must satisfy (evaluated on the shaped batch, in this order).
    private let predicates: [PhysicalExpr]
    /// The last raw column layout seen and where each field is in it (chunks share layouts,
    /// so names are looked up once per layout, not once per batch).
    private var layout: (names: [String], positions: [Int?])?

    public init(batches: [RecordBatch], fields: [Field], timeRange: TimeRange = .all, predicates: [PhysicalExpr] = []) {
        self.fields = fields
        self.pending = batches.reversed()
        self.timeRange = timeRange
        self.predicates = predicates
    }

    public func next() throws(KernelError) -> RecordBatch? {
        while let raw = pending.popLast() {
            guard raw.rowCount > 0 else { continue }
            let positions = positions(of: raw)
            let columns = fields.indices.map { index in
                guard let position = positions[index], raw.columns[position].type == fields[index].type else {
                    return RecordColumn.nulls(fields[index].type, count: raw.rowCount, name: fields[index].name)
                }
                return raw.columns[position]
            }
            var batch = RecordBatch(columns: columns, rowCount: raw.rowCount)
            var keep: [Bool]?
            if timeRange != .all, let time = raw.column(named: "time"), case .time(let times) = time.values,
                !times.allSatisfy({ timeRange.contains($0) })
            {
                keep = times.map { timeRange.contains($0) }
            }
            for (index, predicate) in predicates.enumerated() {
                let mask = try ExpressionEvaluator.column(predicate, batch, type: .boolean)
                guard case .boolean(let flags) = mask.values else { continue }
                let allValid = mask.validity.validCount == batch.rowCount
                var combined = index == 0 ? keep ?? [Bool](repeating: true, count: batch.rowCount) : flags
                if index == 0 {
                    for row in 0..<batch.rowCount where combined[row] {
                        combined[row] = flags[row] && (allValid || mask.validity[row])
                    }
                } else if !allValid {
                    for row in 0..<batch.rowCount where combined[row] { combined[row] = mask.validity[row] }
                }
                batch = batch.keeping(combined)
                keep = nil
                if batch.rowCount == 0 { break }
            }
            if let keep { batch = batch.keeping(keep) }
            if batch.rowCount > 0 { return batch }
        }
        return nil
    }

    /// Where each field is among `raw`'s columns.
    private func positions(of raw: RecordBatch) -> [Int?] {
        let names = raw.columns.map(\.name)
        if let layout, layout.names == names { return layout.positions }
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() { index[name] = position }
        let positions = fields.map { index[$0.name] }
        layout = (names, positions)
        return positions
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
