/// Where the query engine reads table data from: the write buffer now, persisted Parquet files
/// later, both behind this one port so a scan sees them as one table.
///
/// Implementation requirements:
/// - `scan` returns every row of `table` whose time lies in `timeRange` (it may return more rows
///   of chunks that overlap the range; the engine filters exactly), as batches whose columns are
///   the table's catalog columns present in the data.
/// - Rows are deduplicated: for the same series (tag set) and time, each field holds the value of
///   the last write that set it (last write wins, by WAL sequence), so a re-written point merges
///   its field sets with the newest values winning.
/// - Capabilities such as projection or predicate push-down are opt-in extensions with a safe
///   default; the engine computes correct results without them.
public protocol ChunkSource: Sendable {
    func scan(database: String, table: String, timeRange: TimeRange) -> [RecordBatch]

    /// The batches of `scan`, each with the lookups the source keeps for it (optional: the
    /// default offers none).
    func scanChunks(database: String, table: String, timeRange: TimeRange) -> [ScanChunk]
}

extension ChunkSource {
    public func scanChunks(database: String, table: String, timeRange: TimeRange) -> [ScanChunk] {
        scan(database: database, table: table, timeRange: timeRange).map { ScanChunk(batch: $0) }
    }
}

/// One batch of a scan and, when its source keeps one, an index of its rows by tag value that
/// the scan uses to select rows without testing each.
public struct ScanChunk: Sendable {
    public var batch: RecordBatch
    public var tagIndex: TagRowIndex?
    /// The least and greatest time of the chunk's rows, when the source knows them.
    public var timeBounds: ClosedRange<Int64>?

    public init(batch: RecordBatch, tagIndex: TagRowIndex? = nil, timeBounds: ClosedRange<Int64>? = nil) {
        self.batch = batch
        self.tagIndex = tagIndex
        self.timeBounds = timeBounds
    }
}

/// An optional capability of a chunk source that keeps data under database and table names (the
/// write buffer): when the catalog soft-deletes a database or a table (renaming it so the name is
/// free again) the data follows the new name, and `data_only` deletions drop it. Without this
/// capability (sources keyed by catalog id) nothing needs to move.
public protocol RelocatableChunkSource: ChunkSource {
    /// Moves everything held for `database` (or only its `table`) under the new name.
    func relocate(database: String, table: String?, to newName: String)
    /// Drops everything held for `database` (or only its `table`).
    func removeData(database: String, table: String?)
}
