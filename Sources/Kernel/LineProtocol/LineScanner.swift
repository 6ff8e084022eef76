/// Tokenizes one line into `LineScratch`, reproducing the grammar and the error choice of
/// InfluxDB's nom parser (`influxdb_line_protocol::parse_line`) byte for byte.
struct LineScanner {
    let base: UnsafePointer<UInt8>
    /// Offset one past the last byte of the line (its `\n` or the body end).
    let end: Int
    let maxStringBytes: Int

    /// Bytes below 64 that end a token (bit n set = byte n stops); a backslash always stops the
    /// fast scan because it starts an escape.
    enum Stops {
        static let measurement: UInt64 = 1 << 0 | 1 << 9 | 1 << 10 | 1 << 32 | 1 << 44
        static let key: UInt64 = 1 << 9 | 1 << 10 | 1 << 32 | 1 << 61
        static let tagValue: UInt64 = 1 << 9 | 1 << 10 | 1 << 32 | 1 << 44
        /// Escapable characters: measurement `, space \`, keys and tag values also `=`.
        static let measurementEscapes: UInt64 = 1 << 32 | 1 << 44
        static let keyEscapes: UInt64 = 1 << 32 | 1 << 44 | 1 << 61
    }

    @inline(__always)
    static func isStop(_ byte: UInt8, _ mask: UInt64) -> Bool {
        byte < 64 ? (mask >> UInt64(byte)) & 1 != 0 : byte == 0x5C
    }

    /// Parses the line starting at `start` (already trimmed). Throws the line's error.
    func parse(from start: Int, into scratch: inout LineScratch, escapes: inout EscapeBuffer) throws(LineFailure) {
        var position = start
        let measurement = try scanName(&position, Stops.measurement, Stops.measurementEscapes, &escapes)
        if measurement.count == 0 { throw .invalidMeasurement }
        scratch.measurement = measurement
        if position < end, base[position] == UInt8(ascii: ",") {
            let tagSetStart = position + 1
            let escapedBefore = escapes.count
            try parseTags(&position, &scratch, &escapes)
            if escapes.count == escapedBefore {
                scratch.rawTagSet = Token(base: base + tagSetStart, count: position - tagSetStart)
            }
        }
        if position >= end || base[position] != 0x20 { throw .expectedSpace(at: position) }
        while position < end, base[position] == 0x20 { position += 1 }
        try parseFields(&position, &scratch, &escapes)
        try parseTimestamp(&position, &scratch)
        if position < end { throw .trailingContent(at: position) }
    }

    /// A comma after the measurement requires at least one `key=value`; every tag is `cut`, so
    /// the first problem is the line's error.
    private func parseTags(
        _ position: inout Int, _ scratch: inout LineScratch, _ escapes: inout EscapeBuffer
    ) throws(LineFailure) {
        position += 1
        let remainderStart = position
        while true {
            let keyStart = position
            let key = try scanName(&position, Stops.key, Stops.keyEscapes, &escapes)
            if key.count == 0 { throw .expectedTagKey(at: keyStart) }
            if position >= end || base[position] != UInt8(ascii: "=") {
                throw .tagSetMissingEquals(remainderAt: remainderStart)
            }
            position += 1
            let valueStart = position
            let value = try scanName(&position, Stops.tagValue, Stops.keyEscapes, &escapes)
            if value.count == 0 { throw .expectedTagValue(at: valueStart) }
            scratch.tagKeys.append(key)
            scratch.tagValues.append(value)
            guard position < end, base[position] == UInt8(ascii: ",") else { return }
            position += 1
        }
    }

    /// The field list: the first field is required; a later field that does not parse ends the
    /// list (nom's `separated_list` quirk: after the second field the comma stays in the rest,
    /// before it the comma is consumed), which then surfaces as trailing content.
    private func parseFields(
        _ position: inout Int, _ scratch: inout LineScratch, _ escapes: inout EscapeBuffer
    ) throws(LineFailure) {
        var cursor = position
        guard try parseField(&cursor, &scratch, &escapes) else { throw .fieldSetMissing }
        position = cursor
        guard position < end, base[position] == UInt8(ascii: ",") else { return }
        cursor = position + 1
        guard try parseField(&cursor, &scratch, &escapes) else {
            position += 1
            return
        }
        position = cursor
        while position < end, base[position] == UInt8(ascii: ",") {
            cursor = position + 1
            guard try parseField(&cursor, &scratch, &escapes) else { return }
            position = cursor
        }
    }

    /// One `key=value`; false when it does not match (a recoverable nom error), throws on a
    /// committed failure (bad escape, too long, number out of range).
    @inline(__always)
    private func parseField(
        _ position: inout Int, _ scratch: inout LineScratch, _ escapes: inout EscapeBuffer
    ) throws(LineFailure) -> Bool {
        let key = try scanName(&position, Stops.key, Stops.keyEscapes, &escapes)
        guard key.count > 0, position < end, base[position] == UInt8(ascii: "=") else { return false }
        position += 1
        guard let value = try parseValue(&position, &escapes) else { return false }
        scratch.fieldKeys.append(key)
        scratch.fieldValues.append(value)
        return true
    }

    /// `[ +<timestamp>[ +]]`; a space not followed by digits is left for the trailing check.
    private func parseTimestamp(_ position: inout Int, _ scratch: inout LineScratch) throws(LineFailure) {
        guard position < end, base[position] == 0x20 else { return }
        var cursor = position + 1
        while cursor < end, base[cursor] == 0x20 { cursor += 1 }
        let start = cursor
        if cursor < end, base[cursor] == UInt8(ascii: "-") { cursor += 1 }
        let digitsStart = cursor
        while cursor < end, base[cursor] &- 0x30 < 10 { cursor += 1 }
        guard cursor > digitsStart else { return }
        guard let value = signedValue(start: start, digitsStart: digitsStart, end: cursor) else {
            throw .timestampInvalid(start: start, end: cursor)
        }
        scratch.timestamp = value
        while cursor < end, base[cursor] == 0x20 { cursor += 1 }
        position = cursor
    }

    /// A measurement, key or tag value. Returns an empty token when nothing matched.
    @inline(__always)
    func scanName(
        _ position: inout Int, _ stops: UInt64, _ escapable: UInt64, _ escapes: inout EscapeBuffer
    ) throws(LineFailure) -> Token {
        let start = position
        var index = start
        while index < end, !Self.isStop(base[index], stops) { index += 1 }
        if index < end, base[index] == 0x5C {
            return try scanEscapedName(&position, from: index, stops, escapable, &escapes)
        }
        let count = index - start
        if count > maxStringBytes { throw .stringTooLarge }
        position = index
        return Token(base: base + start, count: count)
    }

    /// The slow path for names with backslashes: known escapes drop the backslash, unknown ones
    /// keep it and the next character (Go compatibility); the result may not end with `\`.
    private func scanEscapedName(
        _ position: inout Int, from firstEscape: Int, _ stops: UInt64, _ escapable: UInt64,
        _ escapes: inout EscapeBuffer
    ) throws(LineFailure) -> Token {
        let outputStart = escapes.count
        escapes.append(base + position, count: firstEscape - position)
        var index = firstEscape
        while index < end {
            let byte = base[index]
            if byte == 0x5C {
                if index + 1 < end, Self.isEscapable(base[index + 1], escapable) {
                    escapes.append(base[index + 1])
                    index += 2
                } else {
                    escapes.append(byte)
                    index += 1
                    if index < end {
                        escapes.append(base[index])
                        index += 1
                    }
                }
            } else if Self.isStop(byte, stops) {
                break
            } else {
                escapes.append(byte)
                index += 1
            }
        }
        let count = escapes.count - outputStart
        if count > 0, escapes.base[escapes.count - 1] == 0x5C { throw .endsWithBackslash }
        if count > maxStringBytes { throw .stringTooLarge }
        position = index
        return Token(base: UnsafePointer(escapes.base + outputStart), count: count)
    }

    @inline(__always)
    private static func isEscapable(_ byte: UInt8, _ mask: UInt64) -> Bool {
        byte < 64 ? (mask >> UInt64(byte)) & 1 != 0 : byte == 0x5C
    }
}
