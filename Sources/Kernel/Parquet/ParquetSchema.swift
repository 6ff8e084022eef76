import Kernel

/// The columns of a Parquet file written by `ParquetWriter`: names and result types, in file
/// order. Built from the first `RecordBatch` of a result. Struct and list columns become groups
/// (`ParquetLayout`); a type arrow-rs refuses to write is refused when the writer is created.
public struct ParquetSchema: Sendable, Hashable {
    /// One column of the schema.
    public struct Column: Sendable, Hashable {
        public var name: String
        public var type: ValueType
        /// A `time` column is REQUIRED by default, as in InfluxDB 3; every other top-level
        /// column is OPTIONAL (nested fields follow their own `nullable`).
        public var nullable: Bool

        public init(name: String, type: ValueType, nullable: Bool? = nil) {
            self.name = name
            self.type = type
            self.nullable = nullable ?? (type != .time)
        }
    }

    public var columns: [Column]

    public init(columns: [Column]) {
        self.columns = columns
    }

    /// The schema of `batch`'s columns.
    public init(batch: RecordBatch) {
        self.columns = batch.columns.map { Column(name: $0.name, type: $0.type) }
    }

    /// The schema of a whole result: as `init(batch:)` of the first batch, except that a
    /// timestamp column holding a NULL in any batch (`max(time)` of an empty group) is OPTIONAL.
    public init(batches: [RecordBatch]) {
        self.init(batch: batches.first ?? RecordBatch(columns: [], rowCount: 0))
        for index in columns.indices where !columns[index].nullable {
            let hasNull = batches.contains { batch in
                index < batch.columns.count && batch.columns[index].validity.validCount < batch.rowCount
            }
            if hasNull { columns[index].nullable = true }
        }
    }
}
