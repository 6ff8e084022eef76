import Kernel

/// Casts that involve a `Timestamp(s|ms|µs[, zone])`, a `Duration` or a `Time64`, as arrow-cast
/// does them: converting to a coarser unit truncates toward zero; integers are counts of the
/// target's unit (`arrow_cast(1000, 'Timestamp(Millisecond, None)')` is one second) and a
/// timestamp or duration cast to Int64 gives its count in its own unit; a coarse timestamp
/// otherwise converts as the nanosecond timestamp it holds.
enum TimeUnitCast {
    /// nil when neither side is one of those types (the general rules apply).
    static func column(_ column: RecordColumn, to target: ValueType) throws(KernelError) -> RecordColumn? {
        if target == .float, column.type.isTimestamp || column.type.isDuration, let unit = column.type.timeUnit,
            case .time(let values) = column.values
        {
            let counts = values.map { Double($0 / unit.nanoseconds) }
            return ColumnBuild.make(.float, .float(counts), column.validity)
        }
        if target.isTimestamp, case .float(let values) = column.values {
            // Floats are counts of the target's unit, truncated (arrow: Float64 → Int64 → Timestamp).
            let counts = values.map { Int64(exactly: $0.rounded(.towardZero)) ?? 0 }
            return try Cast.column(ColumnBuild.make(.integer, .integer(counts), column.validity), to: target)
        }
        switch (column.type, target) {
        case (.duration, _), (_, .duration): return try duration(column, to: target)
        case (.coarseTime(let unit, let zone), _):
            if target == .integer, case .time(let values) = column.values {
                return ColumnBuild.make(.integer, .integer(values.map { $0 / unit.nanoseconds }), column.validity)
            }
            let nanosecondType = ValueType.timestamp(.nanosecond, zone: zone)
            return try Cast.column(relabeled(column, nanosecondType), to: target)
        case (_, .coarseTime(let unit, let zone)):
            let nanosecondType = ValueType.timestamp(.nanosecond, zone: zone)
            if case .integer(let values) = column.values {
                return ColumnBuild.make(target, .time(try scaled(values, by: unit, target)), column.validity)
            }
            if case .date = column.values, case .time(let midnights) = try Cast.column(column, to: .time).values {
                // arrow scales a date to the unit whatever the zone: midnight UTC.
                return ColumnBuild.make(target, .time(midnights.map(unit.truncate)), column.validity)
            }
            let converted = try Cast.column(column, to: nanosecondType)
            guard case .time(let values) = converted.values else { return nil }
            return ColumnBuild.make(target, .time(values.map(unit.truncate)), converted.validity)
        case (_, .time64): return try timeOfDay(column)
        case (.time64, .integer), (.coarseTimeOfDay, .integer):
            guard case .time(let values) = column.values, let unit = column.type.timeUnit else { return nil }
            return ColumnBuild.make(.integer, .integer(values.map { $0 / unit.nanoseconds }), column.validity)
        case (_, .coarseTimeOfDay(let unit)):
            if case .integer(let counts) = column.values {
                // arrow casts Int64 to Time64 (counts of the unit) but not to Time32.
                guard unit >= .microsecond else {
                    throw KernelError(
                        .notImplemented,
                        "This feature is not implemented: Unsupported CAST from Int64 to \(ArrowTypeName.of(target))")
                }
                return ColumnBuild.make(target, .time(try scaled(counts, by: unit, target)), column.validity)
            }
            guard let times = try timeOfDay(column), case .time(let values) = times.values else { return nil }
            return ColumnBuild.make(target, .time(values.map(unit.truncate)), times.validity)
        default: return nil
        }
    }

    private static func relabeled(_ column: RecordColumn, _ type: ValueType) -> RecordColumn {
        RecordColumn(name: column.name, type: type, values: column.values, validity: column.validity)
    }

    /// Counts of `unit` as nanoseconds (an overflow is an error, as our values are nanoseconds).
    private static func scaled(_ counts: [Int64], by unit: TimeUnit, _ target: ValueType) throws(KernelError)
        -> [Int64]
    {
        var values: [Int64] = []
        values.reserveCapacity(counts.count)
        for count in counts {
            let (value, overflow) = count.multipliedReportingOverflow(by: unit.nanoseconds)
            guard !overflow else {
                throw KernelError(
                    .invalidInput,
                    "Execution error: \(count) is out of the range of \(ArrowTypeName.of(target)) (±292 years in nanoseconds)"
                )
            }
            values.append(value)
        }
        return values
    }

    /// Casts to or from `Duration`: from integers (counts of the unit), other durations and
    /// fixed intervals; to integers (counts), strings (arrow-cast's pretty form), other units.
    private static func duration(_ column: RecordColumn, to target: ValueType) throws(KernelError) -> RecordColumn {
        func refused() -> KernelError {
            KernelError(
                .notImplemented,
                "This feature is not implemented: Unsupported CAST from \(ArrowTypeName.of(column.type)) to \(ArrowTypeName.of(target))"
            )
        }
        switch (column.type, column.values, target) {
        case (.duration(let unit), .time(let values), .integer):
            return ColumnBuild.make(.integer, .integer(values.map { $0 / unit.nanoseconds }), column.validity)
        case (.duration, .time(let values), .interval):
            return ColumnBuild.fromScalars(
                values.indices.map { column.validity[$0] ? .interval(IntervalValue(nanoseconds: values[$0])) : .null },
                type: .interval)
        case (.duration, .time(let values), .duration(let unit)):
            return ColumnBuild.make(target, .time(values.map(unit.truncate)), column.validity)
        case (.duration(let unit), .time(let values), .string):
            let text = values.indices.map {
                column.validity[$0] ? DurationText.pretty(values[$0], unit: unit) : ""
            }
            return ColumnBuild.make(.string, .string(text), column.validity)
        case (_, .integer(let counts), .duration(let unit)):
            return ColumnBuild.make(target, .time(try scaled(counts, by: unit, target)), column.validity)
        case (_, .float(let counts), .duration(let unit)):
            let truncated = counts.map { Int64(exactly: $0.rounded(.towardZero)) ?? 0 }
            return ColumnBuild.make(target, .time(try scaled(truncated, by: unit, target)), column.validity)
        case (.interval, .interval(let intervals), .duration(let unit)):
            var values: [Int64] = []
            for (row, interval) in intervals.enumerated() {
                guard column.validity[row] else {
                    values.append(0)
                    continue
                }
                guard interval.months == 0, interval.days == 0 else {
                    throw KernelError(
                        .invalidInput,
                        "Arrow error: Compute error: Cannot convert interval containing non-zero months or days to duration"
                    )
                }
                values.append(unit.truncate(interval.nanoseconds))
            }
            return ColumnBuild.make(target, .time(values), column.validity)
        default: throw refused()
        }
    }

    /// Casts to `Time64(ns)`: strings `H:MM[:SS[.fraction]]`, integers (nanoseconds since
    /// midnight), timestamps (their time of day).
    private static func timeOfDay(_ column: RecordColumn) throws(KernelError) -> RecordColumn? {
        switch column.values {
        case .integer(let values): return ColumnBuild.make(.time64, .time(values), column.validity)
        case .time(let values) where column.type.isTimeOfDay:
            return ColumnBuild.make(.time64, .time(values), column.validity)
        case .time(let values) where column.type.isTimestamp:
            let zone = column.type.timeZone
            let day = DateFunctions.nanosecondsPerDay
            let times = values.map { (zone?.localNanoseconds(fromUTC: $0) ?? $0).flooredRemainder(dividingBy: day) }
            return ColumnBuild.make(.time64, .time(times), column.validity)
        case .string, .tag:
            let strings = column.decodedStrings() ?? []
            var values: [Int64] = []
            values.reserveCapacity(strings.count)
            for (row, text) in strings.enumerated() {
                guard column.validity[row] else {
                    values.append(0)
                    continue
                }
                guard let value = parseTimeOfDay(text) ?? Int64(text) else {
                    throw KernelError(
                        .invalidInput, "Cast error: Cannot cast string '\(text)' to value of Time64(ns) type")
                }
                values.append(value)
            }
            return ColumnBuild.make(.time64, .time(values), column.validity)
        default: return nil
        }
    }

    /// `H:MM`, `HH:MM:SS` and `HH:MM:SS.fraction` (up to 9 digits) as nanoseconds since midnight;
    /// nil for anything else (out-of-range parts included), as arrow-cast's time parser.
    static func parseTimeOfDay(_ text: String) -> Int64? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        func number(_ part: Substring, digits: ClosedRange<Int>) -> Int64? {
            guard digits.contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return nil
            }
            return Int64(part)
        }
        guard let hours = number(parts[0], digits: 1...2), hours < 24,
            let minutes = number(parts[1], digits: 2...2), minutes < 60
        else { return nil }
        var seconds: Int64 = 0
        var fraction: Int64 = 0
        if parts.count == 3 {
            let secondParts = parts[2].split(separator: ".", omittingEmptySubsequences: false)
            // A leap second (`:60`) is accepted and rolls over, as chrono's parser does.
            guard secondParts.count <= 2, let whole = number(secondParts[0], digits: 2...2), whole <= 60 else {
                return nil
            }
            seconds = whole
            if secondParts.count == 2 {
                // Digits past the ninth are dropped.
                let kept = secondParts[1].prefix(9)
                guard secondParts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let digits = number(kept, digits: 1...9)
                else { return nil }
                fraction = digits
                for _ in kept.count..<9 { fraction *= 10 }
            }
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1_000_000_000 + fraction
    }
}
