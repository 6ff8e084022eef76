import Kernel
import Parquet

/// `format=parquet`: the whole result as one Parquet file (with the Arrow schema, so tags read
/// back as dictionaries and `time` as `timestamp[ns]`); an empty result is an empty body, as
/// InfluxDB answers it.
enum ParquetOutput {
    static func encode(_ result: QueryResult) throws(KernelError) -> [UInt8] {
        let batches = try result.collect().filter { $0.rowCount > 0 }
        guard let first = batches.first else { return [] }
        guard let schema = ParquetSchema(batch: first) else {
            throw KernelError(
                .notImplemented, "Parquet output of struct, list, date and interval columns is not implemented")
        }
        do {
            var writer = ParquetWriter(schema: schema, options: ParquetWriterOptions())
            for batch in batches { try writer.write(batch) }
            return try writer.finish()
        } catch {
            throw KernelError(.internalError, "Parquet encoding failed: \(error)")
        }
    }
}
