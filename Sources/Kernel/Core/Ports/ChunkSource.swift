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
