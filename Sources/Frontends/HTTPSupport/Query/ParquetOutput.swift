import Kernel
import Parquet

/// `format=parquet`: the whole result as one Parquet file (with the Arrow schema, so tags read
/// back as dictionaries and `time` as `timestamp[ns]`, zones, structs and lists as they were);
/// an empty result is an empty body, as InfluxDB answers it.
enum ParquetOutput {
    static func encode(_ result: QueryResult) throws(KernelError) -> [UInt8] {
        let batches = try result.collect().filter { $0.rowCount > 0 }
        guard !batches.isEmpty else { return [] }
        do {
            var writer = try ParquetWriter(schema: ParquetSchema(batches: batches), options: ParquetWriterOptions())
            for batch in batches { try writer.write(batch) }
            return try writer.finish()
        } catch .typeNotWritable(let message) {
            // InfluxDB: the ArrowWriter's ParquetError inside its PersisterError, answered as 500.
            throw KernelError(.internalError, "persister error: parquet error: \(message)")
        } catch {
            throw KernelError(.internalError, "Parquet encoding failed: \(error)")
        }
    }
}
