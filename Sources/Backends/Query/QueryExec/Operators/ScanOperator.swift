import Kernel

/// Reads a table's batches (from the kernel's `ChunkSource`) and shapes them to the table's
/// columns: a column missing from a chunk reads as nulls, columns come in `fields` order. The
/// scan's time range and pushed-down conjuncts are applied here. When the first conjunct tests
/// one tag column and the chunk has a `TagRowIndex`, the conjunct is evaluated once per
/// dictionary entry and the index yields the matching rows; otherwise the time range and the
/// first conjunct form one mask and one gather. Later conjuncts only see the rows still left (so
/// a selective first conjunct, such as a tag equality, makes the rest cheap).
public final class ScanOperator: ExecutionOperator {
    public let fields: [Field]
    private var pending: [ScanChunk]
    /// How many chunks the scan was given (`EXPLAIN`).
    public let chunkCount: Int
    /// Rows outside this range are dropped (exactly; the chunk source may return more).
    private let timeRange: TimeRange
    /// Conjuncts a row must satisfy (evaluated on the shaped batch, in this order).
    private let predicates: [PhysicalExpr]
    /// The field the first conjunct tests, when it tests a single tag column.
    private let indexedField: Int?
    /// The last raw column layout seen and where each field is in it (chunks share layouts,
    /// so names are looked up once per layout, not once per batch).
    private var layout: (names: [String], positions: [Int?])?

    public convenience init(
        batches: [RecordBatch], fields: [Field], timeRange: TimeRange = .all, predicates: [PhysicalExpr] = []
    ) {
        self.init(
            chunks: batches.map { ScanChunk(batch: $0) }, fields: fields, timeRange: timeRange, predicates: predicates)
    }

    public init(chunks: [ScanChunk], fields: [Field], timeRange: TimeRange = .all, predicates: [PhysicalExpr] = []) {
        self.fields = fields
        self.pending = chunks.reversed()
        self.chunkCount = chunks.count
        self.timeRange = timeRange
        self.predicates = predicates
        if let first = predicates.first, case let referenced = first.referencedColumns, referenced.count == 1,
            let field = referenced.first, fields.indices.contains(field), fields[field].type == .tag
        {
            indexedField = field
        } else {
            indexedField = nil
        }
    }

    public func next() throws(KernelError) -> RecordBatch? {
        while let chunk = pending.popLast() {
            let raw = chunk.batch
            guard raw.rowCount > 0 else { continue }
            let positions = positions(of: raw)
            let columns = fields.indices.map { index in
                guard let position = positions[index], raw.columns[position].type == fields[index].type else {
                    return RecordColumn.nulls(fields[index].type, count: raw.rowCount, name: fields[index].name)
                }
                return raw.columns[position]
            }
            var batch = RecordBatch(columns: columns, rowCount: raw.rowCount)
            var remaining = predicates[...]
            if let rows = try indexedRows(chunk, positions: positions, batch: batch) {
                batch = batch.take(rows)
                remaining = remaining.dropFirst()
            } else {
                batch = try firstFiltered(batch, raw: raw, remaining: &remaining)
            }
            for predicate in remaining where batch.rowCount > 0 {
                batch = try Self.filtered(batch, by: predicate)
            }
            if batch.rowCount > 0 { return batch }
        }
        return nil
    }

    /// The rows of the chunk that pass the time range and the first conjunct, found through
    /// the chunk's tag index; nil when the index does not apply.
    private func indexedRows(_ chunk: ScanChunk, positions: [Int?], batch: RecordBatch) throws(KernelError) -> [Int]? {
        guard let field = indexedField, let index = chunk.tagIndex, let position = positions[field],
            let predicate = predicates.first,
            case .tag(let dictionary, _) = batch.columns[field].values
        else { return nil }
        // The conjunct over the dictionary, plus one null entry for rows without the tag.
        var validity = ValidityBitmap(repeating: true, count: dictionary.count)
        validity.append(false)
        let entries = RecordColumn(
            name: fields[field].name, type: .tag,
            values: .tag(dictionary: dictionary, codes: (0..<Int32(dictionary.count)).map { $0 } + [-1]),
            validity: validity)
        let test = predicate.mappingColumns { _ in 0 }
        let mask = try ExpressionEvaluator.column(
            test, RecordBatch(columns: [entries], rowCount: entries.count), type: .boolean)
        guard case .boolean(let flags) = mask.values else { return nil }
        let codes = (0..<dictionary.count).filter { flags[$0] && mask.validity[$0] }.map { Int32($0) }
        let nulls = flags[dictionary.count] && mask.validity[dictionary.count]
        guard var rows = index.rows(column: position, codes: codes, includeNulls: nulls) else { return nil }
        if timeRange != .all, let time = chunk.batch.column(named: "time"), case .time(let times) = time.values {
            rows.removeAll { !timeRange.contains(times[$0]) }
        }
        return rows
    }

    /// The batch after the time range and the first conjunct, applied as one mask.
    private func firstFiltered(_ batch: RecordBatch, raw: RecordBatch, remaining: inout ArraySlice<PhysicalExpr>)
        throws(KernelError) -> RecordBatch
    {
        var keep: [Bool]?
        if timeRange != .all, let time = raw.column(named: "time"), case .time(let times) = time.values,
            !times.allSatisfy({ timeRange.contains($0) })
        {
            keep = times.map { timeRange.contains($0) }
        }
        guard let first = remaining.first else { return keep.map { batch.keeping($0) } ?? batch }
        remaining = remaining.dropFirst()
        let mask = try ExpressionEvaluator.column(first, batch, type: .boolean)
        guard case .boolean(let flags) = mask.values else { return batch }
        let allValid = mask.validity.validCount == batch.rowCount
        var combined = keep ?? [Bool](repeating: true, count: batch.rowCount)
        for row in 0..<batch.rowCount where combined[row] {
            combined[row] = flags[row] && (allValid || mask.validity[row])
        }
        return batch.keeping(combined)
    }

    /// The rows of `batch` for which `predicate` is true (not false, not null).
    private static func filtered(_ batch: RecordBatch, by predicate: PhysicalExpr) throws(KernelError) -> RecordBatch {
        let mask = try ExpressionEvaluator.column(predicate, batch, type: .boolean)
        guard case .boolean(let flags) = mask.values else { return batch }
        if mask.validity.validCount == batch.rowCount { return batch.keeping(flags) }
        var combined = flags
        for row in 0..<batch.rowCount where combined[row] { combined[row] = mask.validity[row] }
        return batch.keeping(combined)
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
