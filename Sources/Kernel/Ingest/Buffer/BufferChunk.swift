import Kernel

/// The rows of one table within one time window (`gen1` duration), held as growable columns.
/// Rows are appended in arrival order; each remembers the WAL sequence of its write so that
/// deduplication can decide which write came last, whatever the arrival order.
struct BufferChunk {
    let windowStartNanoseconds: Int64
    private(set) var rowCount = 0
    private(set) var timestamps: [Int64] = []
    private(set) var sequences: [UInt64] = []
    private(set) var columns: [ChunkColumn] = []
    private var columnIndex: [String: Int] = [:]
    private(set) var minTimeNanoseconds = Int64.max
    private(set) var maxTimeNanoseconds = Int64.min
    /// Counts appends, so a cached scan result can tell whether it is still current.
    private(set) var version = 0
    /// The deduplicated batch of `version` with its tag index, computed by a scan and reused
    /// until the next append.
    var cachedBatch: (version: Int, chunk: ScanChunk)?

    init(windowStartNanoseconds: Int64) {
        self.windowStartNanoseconds = windowStartNanoseconds
    }

    /// Appends `rows` of `batch` (all rows when nil) written with WAL sequence `sequence`.
    /// Columns the batch lacks get nulls; columns new to the chunk are back-filled with nulls.
    mutating func append(_ batch: TableWriteBatch, rows: [Int]?, sequence: UInt64) {
        let added = rows?.count ?? batch.rowCount
        guard added > 0 else { return }
        var touched = [Bool](repeating: false, count: columns.count)
        for tag in batch.tags {
            let index = columnPosition(tag.name, type: .tag)
            if index >= touched.count {
                touched.append(contentsOf: repeatElement(false, count: index - touched.count + 1))
            }
            columns[index].appendTags(tag, rows: rows)
            touched[index] = true
        }
        for field in batch.fields {
            let index = columnPosition(field.name, type: field.values.columnType)
            if index >= touched.count {
                touched.append(contentsOf: repeatElement(false, count: index - touched.count + 1))
            }
            columns[index].appendField(field, rows: rows)
            touched[index] = true
        }
        for index in columns.indices where !touched[index] {
            columns[index].appendNulls(added)
        }
        if let rows {
            for row in rows { appendTime(batch.timestamps[row]) }
        } else {
            for time in batch.timestamps { appendTime(time) }
        }
        sequences.append(contentsOf: repeatElement(sequence, count: added))
        rowCount += added
        version += 1
        cachedBatch = nil
    }

    private mutating func appendTime(_ time: Int64) {
        timestamps.append(time)
        if time < minTimeNanoseconds { minTimeNanoseconds = time }
        if time > maxTimeNanoseconds { maxTimeNanoseconds = time }
    }

    private mutating func columnPosition(_ name: String, type: ColumnType) -> Int {
        if let index = columnIndex[name] { return index }
        columns.append(ChunkColumn(name: name, type: type, nullRows: rowCount))
        columnIndex[name] = columns.count - 1
        return columns.count - 1
    }

    /// The chunk's rows, deduplicated (see `Deduplication`), as one record batch with the tag
    /// columns first, then fields, then `time`.
    func deduplicatedBatch() -> RecordBatch {
        let tagColumns = columns.filter { $0.type == .tag }
        let tagCodes: [[Int32]] = tagColumns.map { column in
            guard case .tag(_, _, let codes) = column.storage else { return [] }
            return codes
        }
        let plan = Deduplication.plan(
            tagCodes: tagCodes,
            timestamps: timestamps,
            sequences: sequences
        )
        var output: [RecordColumn] = []
        for column in columns where column.type == .tag {
            output.append(column.recordColumn(rows: plan.keptRows))
        }
        for column in columns where column.type != .tag {
            output.append(plan.mergedField(column))
        }
        let times = plan.keptRows.map { $0.map { timestamps[$0] } } ?? timestamps
        output.append(
            RecordColumn(
                name: "time",
                type: .time,
                values: .time(times),
                validity: ValidityBitmap(repeating: true, count: times.count)
            )
        )
        return RecordBatch(columns: output, rowCount: times.count)
    }
}
