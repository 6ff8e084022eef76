import Kernel

/// Casts to and from `Timestamp(ns, "<zone>")` as arrow-cast does: a naive timestamp is read as
/// the zone's local time (an instant a transition skips or repeats is an error), integers and
/// zoned timestamps keep their UTC nanoseconds, strings with an offset are instants and strings
/// without one are local times. From a zoned timestamp: naive timestamps and integers keep the
/// UTC nanoseconds, strings show the local time and its offset.
enum ZonedTimeCast {
    static func column(_ column: RecordColumn, to zone: TimeZoneRules) throws(KernelError) -> RecordColumn {
        let validity = column.validity
        switch (column.values, column.type) {
        case (.time(let values), .zonedTime), (.integer(let values), _):
            return RecordColumn(name: column.name, type: .zonedTime(zone), values: .time(values), validity: validity)
        case (.time(let values), _):
            var converted: [Int64] = []
            converted.reserveCapacity(values.count)
            for (row, value) in values.enumerated() {
                guard validity[row] else {
                    converted.append(0)
                    continue
                }
                guard let utc = zone.utcNanoseconds(fromLocal: value) else {
                    throw KernelError(
                        .invalidInput, "Arrow error: Cast error: Cannot cast timezone to different timezone")
                }
                converted.append(utc)
            }
            return RecordColumn(name: column.name, type: .zonedTime(zone), values: .time(converted), validity: validity)
        case (.string, _), (.tag, _):
            let strings = column.decodedStrings() ?? []
            var values: [Int64] = []
            for (row, text) in strings.enumerated() {
                guard validity[row] else {
                    values.append(0)
                    continue
                }
                guard case .zonedTimestamp(let value, _) = try parse(text, zone: zone) else { continue }
                values.append(value)
            }
            return RecordColumn(name: column.name, type: .zonedTime(zone), values: .time(values), validity: validity)
        default:
            throw KernelError(
                .invalidInput,
                "Error during planning: Cannot automatically convert \(ArrowTypeName.of(column.type)) to \(ArrowTypeName.of(.zonedTime(zone)))"
            )
        }
    }

    static func column(_ column: RecordColumn, from target: ValueType) throws(KernelError) -> RecordColumn {
        guard case .time(let values) = column.values, case .zonedTime(let zone) = column.type else {
            throw KernelError(.internalError, "a zoned timestamp column without timestamp values")
        }
        switch target {
        case .time, .integer:
            let converted: ColumnValues = target == .time ? .time(values) : .integer(values)
            return RecordColumn(name: column.name, type: target, values: converted, validity: column.validity)
        case .date:
            // The zone's local date.
            let days = values.map {
                Int32(clamping: zone.localNanoseconds(fromUTC: $0).flooredDivision(by: DateFunctions.nanosecondsPerDay))
            }
            return RecordColumn(name: column.name, type: .date, values: .date(days), validity: column.validity)
        case .string:
            let text = values.indices.map { column.validity[$0] ? ValueText.zonedTimestamp(values[$0], zone) : "" }
            return RecordColumn(name: column.name, type: .string, values: .string(text), validity: column.validity)
        default:
            throw KernelError(
                .invalidInput,
                "Error during planning: Cannot automatically convert \(ArrowTypeName.of(column.type)) to \(ArrowTypeName.of(target))"
            )
        }
    }

    /// A string as a zoned timestamp: an explicit offset (`Z`, `+01:00`) makes it an instant,
    /// otherwise it is the zone's local time.
    static func parse(_ text: String, zone: TimeZoneRules) throws(KernelError) -> ScalarValue {
        let trimmed = text.trimmed
        guard let value = TimestampParsing.nanoseconds(trimmed) else {
            throw KernelError(.invalidInput, "Arrow error: Parser error: Error parsing timestamp from '\(text)'")
        }
        if hasOffset(trimmed) { return .zonedTimestamp(value, zone) }
        guard let utc = zone.utcNanoseconds(fromLocal: value) else {
            throw KernelError(
                .invalidInput,
                "Arrow error: Parser error: Error parsing timestamp from '\(text)': error computing timezone offset")
        }
        return .zonedTimestamp(utc, zone)
    }

    /// Whether the time part (after the date) names an offset.
    private static func hasOffset(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count > 10 else { return false }
        return bytes[10...].contains {
            $0 == UInt8(ascii: "Z") || $0 == UInt8(ascii: "z") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
        }
    }
}
