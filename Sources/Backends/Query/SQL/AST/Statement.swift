/// One top-level SQL statement of the read-only dialect InfluxDB 3 serves.
public indirect enum Statement: Hashable, Sendable {
    /// A query: `SELECT ...`, `WITH ...`, `VALUES ...`, set operations.
    case query(Query)
    /// `EXPLAIN [ANALYZE] [VERBOSE] [FORMAT name] statement` (DataFusion's own `EXPLAIN` grammar).
    case explain(analyze: Bool, verbose: Bool, format: String?, Statement)
    /// `SHOW TABLES` (DataFusion rewrites it to `information_schema.tables`).
    case showTables
    /// `SHOW [EXTENDED] [FULL] COLUMNS {FROM | IN} table` (rewritten to `information_schema.columns`).
    case showColumns(extended: Bool, full: Bool, table: ObjectName)
    /// `SHOW <variable>`, e.g. `SHOW ALL` or `SHOW datafusion.execution.batch_size` (from `df_settings`).
    case showVariable([Identifier])
}
