import Kernel

/// Encodes query results as InfluxDB 3's `json` (one array of row objects, no whitespace, `[]`
/// when empty) or `jsonl` (one object per line, each ending in `\n`, empty body when empty).
///
/// Rows are objects whose keys follow the column order; null cells are left out, so an all-null
/// row is `{}` (arrow-json's default, `explicit_nulls = false`). Non-finite floats are written as
/// `null` under their key, as arrow-json does. Output streams batch by batch.
public struct JSONRowEncoder: ResultEncoder {
    /// True for `jsonl`, false for the `json` array.
    public let lineDelimited: Bool
    private var wroteRow = false
    private var cells = RenderedCells()
    /// `"name":` for each column of the current batch, escaped like values.
    private var keys: [UInt8] = []
    private var keyEnds: [Int] = []
    private var keyColumns: [String] = []

    /// Creates an encoder for `jsonl` when `lineDelimited`, else for the `json` array.
    public init(lineDelimited: Bool) {
        self.lineDelimited = lineDelimited
    }

    public mutating func begin(into output: inout [UInt8]) {
        if !lineDelimited { output.append(UInt8(ascii: "[")) }
    }

    public mutating func encode(_ batch: RecordBatch, into output: inout [UInt8]) {
        guard batch.rowCount > 0 else { return }
        prepareKeys(for: batch)
        cells.render(batch, style: .json)
        let columnCount = cells.columnCount
        let lineDelimited = lineDelimited
        var wroteRow = wroteRow
        cells.arena.withUnsafeBufferPointer { arena in
            keys.withUnsafeBufferPointer { keyBytes in
                for row in 0..<cells.rowCount {
                    if wroteRow && !lineDelimited { output.append(UInt8(ascii: ",")) }
                    output.append(UInt8(ascii: "{"))
                    var first = true
                    for column in 0..<columnCount {
                        cells.withCell(row: row, column: column, in: arena) { value in
                            guard let value else { return }
                            if !first { output.append(UInt8(ascii: ",")) }
                            first = false
                            let keyStart = column == 0 ? 0 : keyEnds[column - 1]
                            output.append(
                                contentsOf: UnsafeBufferPointer(rebasing: keyBytes[keyStart..<keyEnds[column]]))
                            output.append(contentsOf: value)
                        }
                    }
                    output.append(UInt8(ascii: "}"))
                    if lineDelimited { output.append(UInt8(ascii: "\n")) }
                    wroteRow = true
                }
            }
        }
        self.wroteRow = wroteRow
    }

    public mutating func finish(into output: inout [UInt8]) {
        if !lineDelimited { output.append(UInt8(ascii: "]")) }
    }

    /// Keys are escaped once per distinct schema rather than once per row.
    private mutating func prepareKeys(for batch: RecordBatch) {
        let names = batch.columns.map(\.name)
        guard names != keyColumns else { return }
        keyColumns = names
        keys.removeAll(keepingCapacity: true)
        keyEnds.removeAll(keepingCapacity: true)
        for name in names {
            JSONEscaping.appendQuoted(name, to: &keys)
            keys.append(UInt8(ascii: ":"))
            keyEnds.append(keys.count)
        }
    }
}
