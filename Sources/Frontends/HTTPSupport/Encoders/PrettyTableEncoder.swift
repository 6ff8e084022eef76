import Kernel

/// Encodes query results as InfluxDB 3's `pretty` format: arrow's `pretty_format_batches` table
/// (comfy-table), with no trailing newline, and `++\n++` for an empty result.
///
/// Column widths depend on every row, so this encoder buffers the rendered cells of the whole
/// result and writes the table in `finish`; `encode` writes nothing. Cells are left-aligned with
/// one space of padding, nulls are empty, and a cell containing `\n` spans several table lines,
/// as comfy-table splits content on line feeds. Widths are display widths (see `DisplayWidth`).
public struct PrettyTableEncoder: ResultEncoder {
    private var header: [[UInt8]] = []
    private var batches: [RenderedCells] = []
    private var widths: [Int] = []

    /// Creates an encoder with nothing buffered.
    public init() {}

    public mutating func begin(into output: inout [UInt8]) {}

    public mutating func encode(_ batch: RecordBatch, into output: inout [UInt8]) {
        guard batch.rowCount > 0 else { return }
        if header.isEmpty {
            header = batch.columns.map { Array($0.name.utf8) }
            // comfy-table never makes a column narrower than one character.
            widths = header.map { name in max(1, name.withUnsafeBufferPointer { Self.cellWidth($0) }) }
        }
        var cells = RenderedCells()
        cells.render(batch, style: .display)
        var widths = widths
        cells.arena.withUnsafeBufferPointer { arena in
            for row in 0..<cells.rowCount {
                for column in 0..<min(cells.columnCount, widths.count) {
                    let width = cells.withCell(row: row, column: column, in: arena) { $0.map(Self.cellWidth) ?? 0 }
                    if width > widths[column] { widths[column] = width }
                }
            }
        }
        self.widths = widths
        batches.append(cells)
    }

    public mutating func finish(into output: inout [UInt8]) {
        guard !header.isEmpty else {
            output.append(contentsOf: "++\n++".utf8)
            return
        }
        appendBorder(to: &output)
        output.append(UInt8(ascii: "\n"))
        let headerCells = header.map { name in name.withUnsafeBufferPointer { Self.lines(of: $0) } }
        appendRow(headerCells, to: &output)
        output.append(UInt8(ascii: "\n"))
        appendBorder(to: &output)
        for cells in batches {
            cells.arena.withUnsafeBufferPointer { arena in
                for row in 0..<cells.rowCount {
                    output.append(UInt8(ascii: "\n"))
                    appendRow(row, of: cells, arena: arena, to: &output)
                }
            }
        }
        output.append(UInt8(ascii: "\n"))
        appendBorder(to: &output)
        batches.removeAll()
    }

    /// `+------+-----+` (no line feed).
    private func appendBorder(to output: inout [UInt8]) {
        output.append(UInt8(ascii: "+"))
        for width in widths {
            output.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: width + 2))
            output.append(UInt8(ascii: "+"))
        }
    }

    /// The table line(s) of one buffered row (no final line feed); single-line rows, by far the
    /// most common, are copied straight from the arena.
    private func appendRow(
        _ row: Int, of cells: RenderedCells, arena: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]
    ) {
        var multiLine = false
        for column in 0..<widths.count {
            cells.withCell(row: row, column: column, in: arena) { text in
                if let text, text.contains(UInt8(ascii: "\n")) { multiLine = true }
            }
        }
        guard !multiLine else {
            let rowCells = (0..<widths.count).map { column in
                cells.withCell(row: row, column: column, in: arena) { $0.map(Self.lines) ?? [[]] }
            }
            appendRow(rowCells, to: &output)
            return
        }
        output.append(UInt8(ascii: "|"))
        for (column, width) in widths.enumerated() {
            output.append(UInt8(ascii: " "))
            let used = cells.withCell(row: row, column: column, in: arena) { text -> Int in
                guard let text else { return 0 }
                output.append(contentsOf: text)
                return DisplayWidth.width(of: text)
            }
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, width - used) + 1))
            output.append(UInt8(ascii: "|"))
        }
    }

    /// The table lines of one row whose cells are given as their lines (no final line feed).
    private func appendRow(_ cells: [[[UInt8]]], to output: inout [UInt8]) {
        let height = cells.map(\.count).max() ?? 1
        for line in 0..<height {
            output.append(UInt8(ascii: "|"))
            for (column, width) in widths.enumerated() {
                let cellLines = column < cells.count ? cells[column] : []
                let text = line < cellLines.count ? cellLines[line] : []
                output.append(UInt8(ascii: " "))
                output.append(contentsOf: text)
                let used = text.withUnsafeBufferPointer { DisplayWidth.width(of: $0) }
                output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, width - used) + 1))
                output.append(UInt8(ascii: "|"))
            }
            if line + 1 < height { output.append(UInt8(ascii: "\n")) }
        }
    }

    /// The widest line of a cell.
    private static func cellWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if !bytes.contains(UInt8(ascii: "\n")) { return DisplayWidth.width(of: bytes) }
        return lines(of: bytes).map { line in line.withUnsafeBufferPointer { DisplayWidth.width(of: $0) } }
            .max() ?? 0
    }

    /// The lines of a cell, split on every `\n` (so `"a\n"` is two lines, the second empty).
    private static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    }
}
