import Kernel

/// Date and time functions on one row's arguments.
enum TimeFunctions {
    /// The start of the bin of `time`: bins of `stride` aligned to `origin`, floor for times before it.
    static func bin(_ time: Int64, stride: Int64, origin: Int64) -> Int64 {
        time &- (time &- origin).flooredRemainder(dividingBy: stride)
    }

    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        switch function {
        case .dateBin:
            guard args.count >= 2, case .interval(let interval) = args[0], let stride = interval.fixedNanoseconds,
                let time = timestamp(args[1])
            else { throw MathFunctions.argumentError(function) }
            guard stride > 0 else {
                throw KernelError(.invalidInput, "Execution error: DATE_BIN stride must be non-zero")
            }
            let origin = args.count == 3 ? timestamp(args[2]) ?? 0 : 0
            // Zoned timestamps bin their UTC instants, as DataFusion does.
            return rezoned(bin(time, stride: stride, origin: origin), like: args[1])
        case .dateTrunc:
            guard args.count == 2, case .string(let unit) = args[0], let time = timestamp(args[1]) else {
                throw MathFunctions.argumentError(function)
            }
            if case .zonedTimestamp(_, let zone) = args[1] {
                return .zonedTimestamp(try truncate(time, unit: unit.lowercased(), zone: zone), zone)
            }
            if case .coarseTimestamp(_, _, let zone?) = args[1] {
                return rezoned(try truncate(time, unit: unit.lowercased(), zone: zone), like: args[1])
            }
            return rezoned(try truncate(time, unit: unit.lowercased()), like: args[1])
        case .datePart:
            guard args.count == 2, case .string(let part) = args[0], let time = timestamp(args[1]) else {
                throw MathFunctions.argumentError(function)
            }
            let lowered = part.lowercased()
            var local = time
            if case .zonedTimestamp(_, let zone) = args[1], lowered != "epoch" {
                local = zone.localNanoseconds(fromUTC: time)
            }
            return .integer(Int64(try datePart(local, part: lowered)))
        case .toTimestamp, .toTimestampNanos, .toTimestampMicros, .toTimestampMillis, .toTimestampSeconds:
            return try toTimestamp(function, args)
        case .toLocalTime:
            // The zone's wall-clock time as a naive timestamp; naive ones stay as they are.
            switch args.first {
            case .zonedTimestamp(let v, let zone) where args.count == 1:
                return .timestamp(zone.localNanoseconds(fromUTC: v))
            case .timestamp where args.count == 1: return args[0]
            case .coarseTimestamp(let v, let unit, let zone) where args.count == 1:
                return .coarseTimestamp(zone.map { unit.truncate($0.localNanoseconds(fromUTC: v)) } ?? v, unit, nil)
            default:
                throw KernelError(
                    .invalidInput,
                    "Error during planning: Function 'to_local_time' requires Timestamp, but received \(args.first?.columnType.map(ArrowTypeName.of) ?? "Null")"
                )
            }
        default: throw MathFunctions.argumentError(function)
        }
    }

    static func timestamp(_ value: ScalarValue) -> Int64? {
        switch value {
        case .timestamp(let v), .integer(let v), .zonedTimestamp(let v, _), .coarseTimestamp(let v, _, _): v
        case .date(let days): Int64(days) * DateFunctions.nanosecondsPerDay
        case .string(let s): TimestampParsing.nanoseconds(s)
        default: nil
        }
    }

    private static let unitNanoseconds: [String: Int64] = [
        "nanosecond": 1, "microsecond": 1_000, "millisecond": 1_000_000, "second": 1_000_000_000,
        "minute": 60_000_000_000, "hour": 3_600_000_000_000, "day": 86_400_000_000_000,
    ]

    /// A naive result as the type of `argument`: zoned when it is.
    static func rezoned(_ time: Int64, like argument: ScalarValue) -> ScalarValue {
        switch argument {
        case .zonedTimestamp(_, let zone): return .zonedTimestamp(time, zone)
        case .coarseTimestamp(_, let unit, let zone): return .coarseTimestamp(unit.truncate(time), unit, zone)
        default: return .timestamp(time)
        }
    }

    /// date_trunc of a zoned timestamp: its local time truncated, back to UTC (a local time a
    /// transition skips or repeats keeps the offset of the instant truncated).
    static func truncate(_ time: Int64, unit: String, zone: TimeZoneRules) throws(KernelError) -> Int64 {
        let truncated = try truncate(zone.localNanoseconds(fromUTC: time), unit: unit)
        return zone.utcNanoseconds(fromLocal: truncated) ?? truncated &- zone.offsetNanoseconds(atUTC: time)
    }

    static func truncate(_ time: Int64, unit: String) throws(KernelError) -> Int64 {
        if let step = unitNanoseconds[unit] { return bin(time, stride: step, origin: 0) }
        let day = Int(bin(time, stride: 86_400_000_000_000, origin: 0) / 86_400_000_000_000)
        let date = TimestampParsing.civilFromDays(day)
        let days: Int
        switch unit {
        case "week": days = day - ((day + 3) % 7 + 7) % 7  // weeks start on Monday; 1970-01-01 was a Thursday
        case "month": days = TimestampParsing.daysFromCivil(year: date.year, month: date.month, day: 1)
        case "quarter":
            days = TimestampParsing.daysFromCivil(year: date.year, month: (date.month - 1) / 3 * 3 + 1, day: 1)
        case "year": days = TimestampParsing.daysFromCivil(year: date.year, month: 1, day: 1)
        default: throw KernelError(.invalidInput, "Execution error: Unsupported date_trunc granularity: \(unit)")
        }
        return Int64(days) * 86_400_000_000_000
    }

    static func datePart(_ time: Int64, part: String) throws(KernelError) -> Double {
        let dayStart = bin(time, stride: 86_400_000_000_000, origin: 0)
        let day = Int(dayStart / 86_400_000_000_000)
        let date = TimestampParsing.civilFromDays(day)
        let nanosOfDay = time - dayStart
        switch part {
        case "year": return Double(date.year)
        case "month": return Double(date.month)
        case "day": return Double(date.day)
        case "hour": return Double(nanosOfDay / 3_600_000_000_000)
        case "minute": return Double(nanosOfDay / 60_000_000_000 % 60)
        case "second": return Double(nanosOfDay / 1_000_000_000 % 60)
        case "millisecond": return Double(nanosOfDay / 1_000_000 % 60_000)
        case "microsecond": return Double(nanosOfDay / 1_000 % 60_000_000)
        case "nanosecond": return Double(nanosOfDay % 60_000_000_000)
        case "dow": return Double(((day + 4) % 7 + 7) % 7)
        case "doy": return Double(day - TimestampParsing.daysFromCivil(year: date.year, month: 1, day: 1) + 1)
        case "epoch": return Double(time) / 1e9
        default: throw KernelError(.invalidInput, "Execution error: Date part '\(part)' not supported")
        }
    }

    /// The unit of a `to_timestamp*` function's result (DataFusion: `to_timestamp_millis` is
    /// `Timestamp(ms)`, `to_timestamp` nanoseconds).
    static func unit(of function: ScalarFunction) -> TimeUnit {
        switch function {
        case .toTimestampSeconds: .second
        case .toTimestampMillis: .millisecond
        case .toTimestampMicros: .microsecond
        default: .nanosecond
        }
    }

    private static func toTimestamp(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError)
        -> ScalarValue
    {
        guard let value = args.first else { throw MathFunctions.argumentError(function) }
        let unit = unit(of: function)
        let scale = unit.nanoseconds
        func typed(_ nanoseconds: Int64) -> ScalarValue {
            unit == .nanosecond ? .timestamp(nanoseconds) : .coarseTimestamp(unit.truncate(nanoseconds), unit, nil)
        }
        switch value {
        case .uinteger(let v) where v <= UInt64(Int64.max):  // UInt8..UInt32 arguments
            return try toTimestamp(function, [.integer(Int64(v))])
        case .integer(let v):
            // to_timestamp reads seconds, the unit variants counts of their unit; our values are
            // nanoseconds, so ±292 years at most.
            let scaled = v.multipliedReportingOverflow(by: function == .toTimestamp ? 1_000_000_000 : scale)
            guard !scaled.overflow else {
                throw KernelError(
                    .invalidInput,
                    "Execution error: \(v) is out of the range of Timestamp(ns) (±292 years from 1970)")
            }
            return typed(scaled.partialValue)
        case .float(let v):
            // to_timestamp reads seconds; the unit variants truncate to a count of their unit.
            guard function != .toTimestamp else { return .timestamp(Int64(v * 1e9)) }
            return typed(Int64(v.rounded(.towardZero)) &* scale)
        case .timestamp(let v), .coarseTimestamp(let v, _, _), .zonedTimestamp(let v, _):
            return typed(v)  // the instant, without its zone
        case .uinteger(let v):
            guard let signed = Int64(exactly: v) else { throw MathFunctions.argumentError(function) }
            return try toTimestamp(function, [.integer(signed)] + args.dropFirst())
        case .string(let s):
            guard let parsed = TimestampParsing.nanoseconds(s) else {
                throw KernelError(.invalidInput, "Execution error: Error parsing timestamp from '\(s)'")
            }
            return typed(parsed)
        default: throw MathFunctions.argumentError(function)
        }
    }
}
