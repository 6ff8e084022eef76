import Kernel

/// How cell values are spelled: arrow-json (`json`), arrow-csv (`csv`), or arrow-cast display
/// for the pretty table (`display`; text is raw, widths are measured later).
enum CellStyle {
    case json
    case csv
    case display
}

/// The cells of one batch rendered to bytes column by column, so that each column is rendered by
/// one tight loop over a typed array (and each dictionary entry of a tag column only once), and
/// the row-major writers then only copy spans. Reused across batches to keep its capacity.
struct RenderedCells: Sendable {
    /// The bytes of every rendered cell (and of dictionary entries, shared between rows).
    var arena: [UInt8] = []
    /// Where cell (row, column) starts in `arena`, at `row * columnCount + column`.
    var starts: [Int] = []
    /// The byte length of each cell, or -1 for null.
    var lengths: [Int] = []
    var rowCount = 0
    var columnCount = 0

    /// Renders every column of `batch` in `style`, replacing the previous contents.
    mutating func render(_ batch: RecordBatch, style: CellStyle) {
        rowCount = batch.rowCount
        columnCount = batch.columns.count
        let cellCount = rowCount * columnCount
        arena.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        starts.append(contentsOf: repeatElement(0, count: cellCount))
        lengths.removeAll(keepingCapacity: true)
        lengths.append(contentsOf: repeatElement(-1, count: cellCount))
        for (index, column) in batch.columns.enumerated() {
            render(column, at: index, style: style)
        }
    }

    /// Calls `body` with the bytes of cell (row, column), or nil when it is null.
    @inline(__always)
    func withCell<Result>(
        row: Int, column: Int, in arenaBytes: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>?) -> Result
    ) -> Result {
        let cell = row * columnCount + column
        let length = lengths[cell]
        guard length >= 0 else { return body(nil) }
        let start = starts[cell]
        return body(UnsafeBufferPointer(rebasing: arenaBytes[start..<start + length]))
    }

    private mutating func render(_ column: RecordColumn, at index: Int, style: CellStyle) {
        let validity = column.validity.words
        switch column.values {
        case .tag(let dictionary, let codes):
            renderTags(dictionary: dictionary, codes: codes, validity: validity, at: index, style: style)
        case .string(let values):
            renderCells(values, validity: validity, at: index) { value, output in
                Self.appendText(value, style: style, to: &output)
            }
        case .time(let values):
            renderTimes(values, type: column.type, validity: validity, at: index, style: style)
        case .float(let values) where column.type == .narrow(.float32):
            let floatStyle: FloatFormatter.Style = style == .json ? .json : .display
            renderCells(values, validity: validity, at: index) { value, output in
                FloatFormatter.append(float32: Float(value), style: floatStyle, to: &output)
            }
        case .float(let values):
            let floatStyle: FloatFormatter.Style = style == .json ? .json : .display
            renderCells(values, validity: validity, at: index) { value, output in
                FloatFormatter.append(value, style: floatStyle, to: &output)
            }
        case .integer(let values):
            renderCells(values, validity: validity, at: index) { value, output in
                DecimalFormatting.append(value, to: &output)
            }
        case .uinteger(let values):
            renderCells(values, validity: validity, at: index) { value, output in
                DecimalFormatting.append(value, to: &output)
            }
        case .boolean(let values):
            renderCells(values, validity: validity, at: index) { value, output in
                let text: StaticString = value ? "true" : "false"
                text.withUTF8Buffer { output.append(contentsOf: $0) }
            }
        case .decimal(let values):
            // arrow-json writes the display text unquoted (a JSON number), as CSV and pretty do.
            guard case .decimal(let decimal) = column.type else { return }
            renderCells(values, validity: validity, at: index) { value, output in
                output.append(contentsOf: decimal.render(value).utf8)
            }
        case .date, .interval, .binary, .structure, .list:
            let nestedStyle = style
            renderCells(Array(0..<rowCount), validity: validity, at: index) { row, output in
                NestedCells.append(column, row: row, style: nestedStyle, to: &output)
            }
        }
    }

    @inline(__always)
    /// Timestamps (naive or zoned), durations and times of day: all `ColumnValues.time`.
    private mutating func renderTimes(
        _ values: [Int64], type: ValueType, validity: [UInt64], at index: Int, style: CellStyle
    ) {
        if case .duration = type {
            // Duration: arrow-cast's ISO 8601 display (`PT4S`) in every format.
            renderCells(values, validity: validity, at: index) { value, output in
                if style == .json { output.append(UInt8(ascii: "\"")) }
                output.append(contentsOf: DurationText.iso8601(value).utf8)
                if style == .json { output.append(UInt8(ascii: "\"")) }
            }
            return
        }
        if let zone = type.timeZone {
            renderCells(values, validity: validity, at: index) { value, output in
                if style == .json { output.append(UInt8(ascii: "\"")) }
                TimestampFormatter.append(nanoseconds: value, zone: zone, to: &output)
                if style == .json { output.append(UInt8(ascii: "\"")) }
            }
            return
        }
        if type.isTimeOfDay {
            // Time64(ns): arrow-cast shows the time of day, i.e. the timestamp text after `T`.
            renderCells(values, validity: validity, at: index) { value, output in
                if style == .json { output.append(UInt8(ascii: "\"")) }
                NestedCells.appendTimeOfDay(value, to: &output)
                if style == .json { output.append(UInt8(ascii: "\"")) }
            }
            return
        }
        renderCells(values, validity: validity, at: index) { value, output in
            if style == .json { output.append(UInt8(ascii: "\"")) }
            TimestampFormatter.append(nanoseconds: value, to: &output)
            if style == .json { output.append(UInt8(ascii: "\"")) }
        }
    }

    private mutating func renderCells<Value>(
        _ values: [Value], validity: [UInt64], at column: Int, _ append: (Value, inout [UInt8]) -> Void
    ) {
        for row in 0..<rowCount where Self.isValid(row, validity) {
            let start = arena.count
            append(values[row], &arena)
            let cell = row * columnCount + column
            starts[cell] = start
            lengths[cell] = arena.count - start
        }
    }

    /// Each dictionary entry is rendered once; rows point at their entry's bytes. Codes that are
    /// negative or out of range are treated as null rather than trapping on malformed input.
    private mutating func renderTags(
        dictionary: [String], codes: [Int32], validity: [UInt64], at column: Int, style: CellStyle
    ) {
        var entryStarts: [Int] = []
        var entryLengths: [Int] = []
        entryStarts.reserveCapacity(dictionary.count)
        entryLengths.reserveCapacity(dictionary.count)
        for entry in dictionary {
            let start = arena.count
            Self.appendText(entry, style: style, to: &arena)
            entryStarts.append(start)
            entryLengths.append(arena.count - start)
        }
        for row in 0..<rowCount where Self.isValid(row, validity) {
            let code = Int(codes[row])
            guard code >= 0 && code < dictionary.count else { continue }
            let cell = row * columnCount + column
            starts[cell] = entryStarts[code]
            lengths[cell] = entryLengths[code]
        }
    }

    @inline(__always)
    private static func isValid(_ row: Int, _ words: [UInt64]) -> Bool {
        words[row >> 6] & (1 << UInt64(row & 63)) != 0
    }

    private static func appendText(_ text: String, style: CellStyle, to output: inout [UInt8]) {
        switch style {
        case .json: JSONEscaping.appendQuoted(text, to: &output)
        case .csv: CSVQuoting.appendField(text, to: &output)
        case .display: output.append(contentsOf: text.utf8)
        }
    }
}
