import Kernel

/// Cells of the result-only types, one row at a time: dates and intervals as arrow-cast displays
/// them (quoted in JSON), structs and lists as arrow-json writes them (`{"a":1}`, null fields left
/// out; `[1,null]`) or as arrow-cast displays them (`{a: 1, b: }`, `[1, ]`); maps as arrow-json
/// writes them, an object of their entries (`{"a":1}`, null values left out), or as arrow-cast
/// displays them (`{a: 1, b: }`). CSV never gets here for nested types (arrow-csv refuses them;
/// see `QueryPipeline`), nor JSON for maps whose keys are not strings.
enum NestedCells {
    /// Appends the value at `row`, which must be valid.
    static func append(_ column: RecordColumn, row: Int, style: CellStyle, to output: inout [UInt8]) {
        switch column.values {
        case .list(let offsets, let entries) where column.type.mapKeyAndValue != nil:
            appendMap(entries.item, Int(offsets[row])..<Int(offsets[row + 1]), style: style, to: &output)
        case .structure(let children):
            appendStructure(children.columns, row: row, style: style, to: &output)
        case .list(let offsets, let items):
            let child = items.item
            output.append(UInt8(ascii: "["))
            for item in Int(offsets[row])..<Int(offsets[row + 1]) {
                if item > Int(offsets[row]) { appendSeparator(style, to: &output) }
                appendNullable(child, row: item, style: style, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        default:
            appendLeaf(column.values, type: column.type, row: row, style: style, to: &output)
        }
    }

    private static func appendStructure(
        _ children: [RecordColumn], row: Int, style: CellStyle, to output: inout [UInt8]
    ) {
        output.append(UInt8(ascii: "{"))
        var first = true
        for child in children {
            if style == .json && !child.validity[row] { continue }
            if !first { appendSeparator(style, to: &output) }
            first = false
            if style == .json {
                JSONEscaping.appendQuoted(child.name, to: &output)
                output.append(UInt8(ascii: ":"))
            } else {
                output.append(contentsOf: child.name.utf8)
                output.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
            }
            appendNullable(child, row: row, style: style, to: &output)
        }
        output.append(UInt8(ascii: "}"))
    }

    /// A map's entries `range` of its entries struct column (key, value).
    private static func appendMap(
        _ entries: RecordColumn, _ range: Range<Int>, style: CellStyle, to output: inout [UInt8]
    ) {
        guard case .structure(let parts) = entries.values, parts.columns.count == 2 else {
            preconditionFailure("a map's entries are a struct of key and value")
        }
        let (keys, values) = (parts.columns[0], parts.columns[1])
        output.append(UInt8(ascii: "{"))
        var first = true
        for entry in range {
            if style == .json && !values.validity[entry] { continue }
            if !first { appendSeparator(style, to: &output) }
            first = false
            if style == .json, keys.type != .string, keys.type != .tag {
                // Unreachable through the query route (`QueryPipeline` refuses such maps as
                // arrow-json does); kept valid JSON should a later batch bring one.
                var text: [UInt8] = []
                append(keys, row: entry, style: .display, to: &text)
                JSONEscaping.appendQuoted(String(decoding: text, as: UTF8.self), to: &output)
            } else {
                append(keys, row: entry, style: style, to: &output)
            }
            output.append(UInt8(ascii: ":"))
            if style != .json { output.append(UInt8(ascii: " ")) }
            appendNullable(values, row: entry, style: style, to: &output)
        }
        output.append(UInt8(ascii: "}"))
    }

    private static func appendNullable(_ column: RecordColumn, row: Int, style: CellStyle, to output: inout [UInt8]) {
        if column.validity[row] {
            append(column, row: row, style: style, to: &output)
        } else if style == .json {
            output.append(contentsOf: "null".utf8)
        }
    }

    private static func appendSeparator(_ style: CellStyle, to output: inout [UInt8]) {
        output.append(UInt8(ascii: ","))
        if style != .json { output.append(UInt8(ascii: " ")) }
    }

    /// One value of a column without children; strings are quoted only in JSON.
    private static func appendLeaf(
        _ values: ColumnValues, type: ValueType, row: Int, style: CellStyle, to output: inout [UInt8]
    ) {
        let quoted = style == .json
        switch values {
        case .tag(let dictionary, let codes): appendText(dictionary[Int(codes[row])], quoted: quoted, to: &output)
        case .string(let v): appendText(v[row], quoted: quoted, to: &output)
        case .time(let v):
            if quoted { output.append(UInt8(ascii: "\"")) }
            if let zone = type.timeZone {
                TimestampFormatter.append(nanoseconds: v[row], zone: zone, to: &output)
            } else if case .duration = type {
                output.append(contentsOf: DurationText.iso8601(v[row]).utf8)
            } else if type.isTimeOfDay {
                appendTimeOfDay(v[row], to: &output)
            } else {
                TimestampFormatter.append(nanoseconds: v[row], to: &output)
            }
            if quoted { output.append(UInt8(ascii: "\"")) }
        case .float(let v) where type == .narrow(.float32):
            FloatFormatter.append(float32: Float(v[row]), style: quoted ? .json : .display, to: &output)
        case .float(let v): FloatFormatter.append(v[row], style: quoted ? .json : .display, to: &output)
        case .integer(let v): DecimalFormatting.append(v[row], to: &output)
        case .uinteger(let v): DecimalFormatting.append(v[row], to: &output)
        case .boolean(let v): output.append(contentsOf: (v[row] ? "true" : "false").utf8)
        case .decimal(let v):
            if case .decimal(let decimal) = type { output.append(contentsOf: decimal.render(v[row]).utf8) }
        case .date(let v):
            if quoted { output.append(UInt8(ascii: "\"")) }
            appendDate(v[row], to: &output)
            if quoted { output.append(UInt8(ascii: "\"")) }
        case .interval(let v): appendText(v[row].displayText, quoted: quoted, to: &output)
        case .binary(let v):
            if quoted { output.append(UInt8(ascii: "\"")) }
            appendHex(v[row], to: &output)
            if quoted { output.append(UInt8(ascii: "\"")) }
        case .structure, .list: preconditionFailure("columns with children are written by append(_:row:style:to:)")
        }
    }

    /// A `Time64(ns)` value as arrow-cast shows it: the naive timestamp text after its `T`.
    static func appendTimeOfDay(_ nanoseconds: Int64, to output: inout [UInt8]) {
        var text: [UInt8] = []
        TimestampFormatter.append(nanoseconds: nanoseconds, to: &text)
        output.append(contentsOf: text.dropFirst("1970-01-01T".utf8.count))
    }

    private static func appendText(_ text: String, quoted: Bool, to output: inout [UInt8]) {
        if quoted { JSONEscaping.appendQuoted(text, to: &output) } else { output.append(contentsOf: text.utf8) }
    }

    /// Lowercase hex, as arrow-cast displays and arrow-json writes `Binary`.
    static func appendHex(_ bytes: [UInt8], to output: inout [UInt8]) {
        let digits: StaticString = "0123456789abcdef"
        digits.withUTF8Buffer { hex in
            for byte in bytes {
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 15)])
            }
        }
    }

    /// `YYYY-MM-DD` of days since the epoch (chrono's `NaiveDate` display).
    static func appendDate(_ days: Int32, to output: inout [UInt8]) {
        let (year, month, day) = TimestampFormatter.civilFromDays(Int64(days))
        TimestampFormatter.appendYear(year, to: &output)
        output.append(UInt8(ascii: "-"))
        DecimalFormatting.appendPadded(UInt64(month), width: 2, to: &output)
        output.append(UInt8(ascii: "-"))
        DecimalFormatting.appendPadded(UInt64(day), width: 2, to: &output)
    }
}
