/// Errors thrown while writing or reading Parquet files. Reader errors describe why the input was
/// rejected; a corrupt file never traps.
public enum ParquetError: Error, Sendable, Equatable {
    /// The input is not a Parquet file or is damaged (truncated, bad offsets, bad encodings).
    case corrupt(String)
    /// The file uses a feature this implementation does not read (nested schema, other codecs).
    case unsupported(String)
    /// A batch passed to the writer does not match the writer's schema.
    case schemaMismatch(String)
    /// The writer was used after `finish()`.
    case finished
    /// A column type arrow-rs's `ArrowWriter` refuses too (`Interval(MonthDayNano)`, an empty
    /// struct); the text is arrow-rs's `ParquetError` display for it.
    case typeNotWritable(String)
    /// The compression library reported a failure.
    case compression(String)
}
