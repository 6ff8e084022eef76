import Kernel

/// The columns of a Parquet file written by `ParquetWriter`: names and result types, in file
/// order. Built from the first `RecordBatch` of a result. Struct and list columns become groups
/// (`ParquetLayout`); a type arrow-rs refuses to write is refused when the writer is created.
public struct ParquetSchema: Sendable, Hashable {
    /// One column of the schema.
    public struct Column: Sendable, Hashable {
        public var name: String
        public var type: ValueType

        public init(name: String, type: ValueType) {
            self.name = name
            self.type = type
        }

        /// A `time` column is REQUIRED, as in InfluxDB 3; every other top-level column is
        /// OPTIONAL (nested fields follow their own `nullable`).
        public var nullable: Bool { type != .time }
    }

    public var columns: [Column]

    public init(columns: [Column]) {
        self.columns = columns
    }

    /// The schema of `batch`'s columns.
    public init(batch: RecordBatch) {
        self.columns = batch.columns.map { Column(name: $0.name, type: $0.type) }
    }
}
