import Kernel

/// The output formats of `/api/v3/query_sql` and `/api/v3/query_influxql` (`format=` parameter).
public enum QueryOutputFormat: Sendable, Hashable, CaseIterable {
    case json
    case jsonLines
    case csv
    case pretty
    case parquet

    /// Parses the `format` query parameter; InfluxDB 3 accepts `json_lines` as an alias of `jsonl`.
    public init?(parameter: String) {
        switch parameter {
        case "json": self = .json
        case "jsonl", "json_lines": self = .jsonLines
        case "csv": self = .csv
        case "pretty": self = .pretty
        case "parquet": self = .parquet
        default: return nil
        }
    }

    /// The `Content-Type` header InfluxDB 3 sends for this format (`QueryFormat::as_content_type`).
    public var contentType: String {
        switch self {
        case .json: "application/json"
        case .jsonLines: "application/jsonl"
        case .csv: "text/csv"
        case .pretty: "text/plain; charset=utf-8"
        case .parquet: "application/vnd.apache.parquet"
        }
    }
}

/// A streaming encoder of query results: the HTTP layer calls `begin` once, `encode` for every
/// batch in order, then `finish` once, and may flush (and empty) the byte buffer between calls.
///
/// Encoders only ever append to the buffer. Batches with zero rows are ignored, so an empty result
/// encodes as InfluxDB 3 encodes a stream without batches (`[]`, empty body, `++\n++`). All batches
/// must have the columns (names and kinds) of the first non-empty one, as in a DataFusion stream.
public protocol ResultEncoder: Sendable {
    /// Writes whatever precedes the first row (the `[` of a JSON array); may write nothing.
    mutating func begin(into output: inout [UInt8])
    /// Writes the rows of `batch` (formats that need every row first, like pretty, only buffer).
    mutating func encode(_ batch: RecordBatch, into output: inout [UInt8])
    /// Writes whatever follows the last row; the encoder must not be used afterwards.
    mutating func finish(into output: inout [UInt8])
}

/// Returns a fresh encoder for `format`, or nil for parquet, which another module produces.
public func makeEncoder(_ format: QueryOutputFormat) -> (any ResultEncoder)? {
    switch format {
    case .json: JSONRowEncoder(lineDelimited: false)
    case .jsonLines: JSONRowEncoder(lineDelimited: true)
    case .csv: CSVRowEncoder()
    case .pretty: PrettyTableEncoder()
    case .parquet: nil
    }
}
