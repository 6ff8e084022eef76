import Kernel

/// Quotes CSV fields as the Rust `csv` crate does for arrow-csv (`QuoteStyle::Necessary`): a
/// field containing `,`, `"`, `\n` or `\r` is wrapped in `"` with inner quotes doubled.
enum CSVQuoting {
    static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
        }
    }

    static func appendField(_ text: String, to output: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendField($0, to: &output) }
        if done == nil {
            var copy = text
            copy.withUTF8 { appendField($0, to: &output) }
        }
    }

    static func appendField(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard needsQuotes(bytes) else {
            output.append(contentsOf: bytes)
            return
        }
        output.append(UInt8(ascii: "\""))
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { output.append(byte) }
            output.append(byte)
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// Encodes query results as InfluxDB 3's `csv`: a header of the column names, then one line per
/// row, every line ending in `\n`; nulls are empty fields and timestamps/floats are spelled as
/// arrow's display does. An empty result is an empty body (no header), so the header is written
/// with the first non-empty batch. As with the `csv` crate, a record of a single empty field is
/// written `""` so that it does not read back as a blank line. Output streams batch by batch.
public struct CSVRowEncoder: ResultEncoder {
    private var wroteHeader = false
    private var cells = RenderedCells()

    /// Creates an encoder; it holds only the scratch space of the batch being written.
    public init() {}

    public mutating func begin(into output: inout [UInt8]) {}

    public mutating func encode(_ batch: RecordBatch, into output: inout [UInt8]) {
        guard batch.rowCount > 0 else { return }
        if !wroteHeader {
            writeHeader(batch, into: &output)
            wroteHeader = true
        }
        cells.render(batch, style: .csv)
        let columnCount = cells.columnCount
        cells.arena.withUnsafeBufferPointer { arena in
            for row in 0..<cells.rowCount {
                for column in 0..<columnCount {
                    if column > 0 { output.append(UInt8(ascii: ",")) }
                    cells.withCell(row: row, column: column, in: arena) { value in
                        if columnCount == 1 && (value?.isEmpty ?? true) {
                            output.append(UInt8(ascii: "\""))
                            output.append(UInt8(ascii: "\""))
                        } else if let value {
                            output.append(contentsOf: value)
                        }
                    }
                }
                output.append(UInt8(ascii: "\n"))
            }
        }
    }

    public mutating func finish(into output: inout [UInt8]) {}

    private func writeHeader(_ batch: RecordBatch, into output: inout [UInt8]) {
        for (index, column) in batch.columns.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            if batch.columns.count == 1 && column.name.isEmpty {
                output.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\"")])
            } else {
                CSVQuoting.appendField(column.name, to: &output)
            }
        }
        output.append(UInt8(ascii: "\n"))
    }
}
