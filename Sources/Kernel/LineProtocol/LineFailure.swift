import Kernel

/// Why one line was rejected, as cheap offsets into the line: the message text is only built for
/// the lines that are actually reported (at most `maxReportedErrors` per request).
enum LineFailure: Error {
    /// A syntax error of the `influxdb_line_protocol` grammar; offsets are relative to the body.
    case invalidMeasurement
    case fieldSetMissing
    case endsWithBackslash
    case stringTooLarge
    case expectedSpace(at: Int)
    case expectedTagKey(at: Int)
    case expectedTagValue(at: Int)
    case tagSetMissingEquals(remainderAt: Int)
    case trailingContent(at: Int)
    case integerInvalid(start: Int, end: Int)
    case unsignedInvalid(start: Int, end: Int)
    case timestampInvalid(start: Int, end: Int)
    /// A write-validator error whose message is already known.
    case validation(String, isLimit: Bool)

    /// The exact InfluxDB 3 message; `line` is the line's byte range within `body`.
    func message(body: UnsafeRawBufferPointer, lineEnd: Int) -> String {
        func text(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeRawBufferPointer(rebasing: body[start..<end]), as: UTF8.self)
        }
        switch self {
        case .invalidMeasurement: return "Invalid measurement was provided"
        case .fieldSetMissing: return "No fields were provided"
        case .endsWithBackslash:
            return "Measurements, tag keys and values, and field keys may not end with a backslash"
        case .stringTooLarge: return "String is greater than 1MB"
        case .expectedSpace(let at):
            // The parser prints the whole rest of the line here, without truncation.
            let rest = text(at, lineEnd)
            return "Expected at least one space character, got " + (rest.isEmpty ? "end of input" : "`\(rest)`")
        case .expectedTagKey(let at):
            return "Expected tag key, got " + Self.inputOrEnd(text(at, lineEnd))
        case .expectedTagValue(let at):
            return "Expected tag value, got " + Self.inputOrEnd(text(at, lineEnd))
        case .tagSetMissingEquals(let at):
            return "Tag set malformed: could not find equals sign in `\(Self.truncateContext(text(at, lineEnd)))`"
        case .trailingContent(let at):
            return "Could not parse entire line. Found trailing content: `\(Self.truncateContext(text(at, lineEnd)))`"
        case .integerInvalid(let start, let end): return "Unable to parse integer value `\(text(start, end))`"
        case .unsignedInvalid(let start, let end): return "Unable to parse unsigned integer value `\(text(start, end))`"
        case .timestampInvalid(let start, let end): return "Unable to parse timestamp value `\(text(start, end))`"
        case .validation(let message, _): return message
        }
    }

    var isLimitError: Bool {
        if case .validation(_, let isLimit) = self { return isLimit }
        return false
    }

    private static func inputOrEnd(_ input: String) -> String {
        input.isEmpty ? "end of input" : "`\(truncateContext(input))`"
    }

    /// Mirrors `maybe_truncate_context`: longer than 10 *bytes* keeps the first 10 *characters*
    /// (Unicode scalars) and appends `...`, so short multi-byte text still gets the ellipsis.
    static func truncateContext(_ text: String) -> String {
        guard text.utf8.count > 10 else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.prefix(10))
        return String(scalars) + "..."
    }

    /// `original_line` as InfluxDB reports it: at most 20 bytes, cut back to a character boundary.
    static func originalLine(body: UnsafeRawBufferPointer, start: Int, end: Int) -> String {
        var cut = min(end, start + 20)
        // Back off while the byte at the cut is a UTF-8 continuation byte (0b10xxxxxx).
        while cut > start, cut < end, body[cut] & 0xC0 == 0x80 { cut -= 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: body[start..<cut]), as: UTF8.self)
    }
}

/// The write validator's messages (`influxdb3_write/src/write_buffer/validator.rs`).
enum ValidationMessages {
    static func duplicateField(_ name: String) -> LineFailure {
        .validation("invalid line protocol - multiple instances of '\(name)' field found", isLimit: false)
    }

    static func reserved(_ name: String) -> LineFailure {
        .validation("'\(name)' is a reserved column", isLimit: false)
    }

    static func typeConflict(_ name: String, expected: ColumnType, got: ColumnType) -> LineFailure {
        .validation(
            "invalid column type for column '\(name)', expected \(expected.ioxName), got \(got.ioxName)",
            isLimit: false
        )
    }

    static func tableLimit(existing: Int, limit: Int) -> LineFailure {
        .validation(
            "Update to schema would exceed number of tables limit: attempted to create table but already have "
                + "\(existing) table(s) (limit: \(limit))",
            isLimit: true
        )
    }

    static func columnLimit(_ limit: Int) -> LineFailure {
        .validation(
            "Update to schema would exceed number of columns per table limit of \(limit) columns", isLimit: true)
    }

    static func timestampOutOfRange(_ timestamp: Int64, _ precision: Precision) -> LineFailure {
        .validation("timestamp, \(timestamp), out of range for precision: \(precision.displayName)", isLimit: false)
    }
}
