import Kernel

/// `to_date(text, format1, format2, …)` and `to_timestamp[_unit](text, format1, …)`:
/// DataFusion's formatted parsing. Each non-NULL format is tried in order and the first that
/// parses wins; when none does, the last failure is the error; when every format is NULL the
/// answer is NULL. Non-string values ignore the formats (the one-argument forms apply).
enum ChronoDates {
    /// The formatted forms' answer, or nil when `function` is not one of them or has no
    /// format (NULL formats are skipped, so they must be seen before NULLs propagate).
    static func formatted(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue? {
        guard args.count > 1, let value = args.first, !value.isNull else { return nil }
        let formats = Array(args.dropFirst())
        let scale: Int64
        switch function {
        case .toDate: return try toDate(value, formats: formats)
        case .toTimestamp, .toTimestampNanos: scale = 1
        case .toTimestampMicros: scale = 1_000
        case .toTimestampMillis: scale = 1_000_000
        case .toTimestampSeconds: scale = 1_000_000_000
        default: return nil
        }
        return try toTimestamp(value, formats: formats, function: function, scale: scale) {
            (value) throws(KernelError) in try TimeFunctions.apply(function, [value])
        }
    }

    static func toDate(_ value: ScalarValue, formats: [ScalarValue]) throws(KernelError) -> ScalarValue {
        try checkFormats(formats, function: "to_date")
        guard case .string(let text) = value else { return try DateFunctions.cast(value) }
        return try firstParsed(formats) { (format) throws(KernelError) in .date(try days(text, format: format)) }
    }

    /// `to_timestamp*` with formats: the instant, truncated to the function's unit (`scale`
    /// nanoseconds) and handed to the one-argument form (`plain`) as a timestamp, so the result
    /// takes that form's type.
    static func toTimestamp(
        _ value: ScalarValue, formats: [ScalarValue], function: ScalarFunction, scale: Int64,
        plain: (ScalarValue) throws(KernelError) -> ScalarValue
    ) throws(KernelError) -> ScalarValue {
        try checkFormats(formats, function: function.rawValue)
        guard case .string(let text) = value else { return try plain(value) }
        return try firstParsed(formats) { (format) throws(KernelError) in
            try plain(.timestamp(try nanoseconds(text, format: format) / scale * scale))
        }
    }

    private static func checkFormats(_ formats: [ScalarValue], function: String) throws(KernelError) {
        for (index, format) in formats.enumerated() {
            switch format {
            case .string, .null: continue  // a NULL format is skipped
            default:
                let type = format.columnType?.arrowName ?? "\(format)"
                throw KernelError(
                    .invalidInput,
                    "Execution error: \(function) function unsupported data type at index \(index + 1): \(type)")
            }
        }
    }

    private static func firstParsed(
        _ formats: [ScalarValue], _ parse: (String) throws(KernelError) -> ScalarValue
    ) throws(KernelError) -> ScalarValue {
        var failure: KernelError?
        for case .string(let format) in formats {
            do {
                return try parse(format)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return .null
    }

    /// The instant `text` names read with `format` (DataFusion's `string_to_datetime_formatted`):
    /// with an offset (or `%s`) and a full date and time, that instant; else the date and time
    /// read as UTC; else the date at midnight UTC. Days since the epoch and nanoseconds into it.
    private static func instant(_ text: String, format: String) throws(KernelError) -> (days: Int, nanos: Int) {
        do throws(ChronoParseError) {
            let fields = try ChronoParser.parse(text, format: format)
            if let offset = fields.offsetSeconds ?? (fields.timestamp == nil ? nil : 0),
                let instant = try? fields.instant(offset: offset)
            {
                return (instant.days, instant.nanosOfDay)
            }
            if let instant = try? fields.instant(offset: 0) { return (instant.days, instant.nanosOfDay) }
            return (try fields.date(), 0)
        } catch {
            throw KernelError(
                .invalidInput,
                "Execution error: Error parsing timestamp from '\(text)' using format '\(format)': \(error.rawValue)")
        }
    }

    /// Days since 1970-01-01 of `text` read with `format` (the instant's UTC day, as DataFusion
    /// divides its milliseconds by a day).
    static func days(_ text: String, format: String) throws(KernelError) -> Int32 {
        let days = try instant(text, format: format).days
        guard let narrow = Int32(exactly: days) else {
            throw KernelError(
                .internalError, "Internal error: Unable to cast to Date32 for converting from i64 to i32 failed")
        }
        return narrow
    }

    /// Nanoseconds since the epoch of `text` read with `format`; outside Timestamp(ns)'s range
    /// is DataFusion's error.
    static func nanoseconds(_ text: String, format: String) throws(KernelError) -> Int64 {
        let (days, nanos) = try instant(text, format: format)
        let total = Int64(exactly: days).map { $0.multipliedReportingOverflow(by: DateFunctions.nanosecondsPerDay) }
        guard let total, !total.overflow,
            case (let sum, false) = total.partialValue.addingReportingOverflow(Int64(nanos))
        else {
            throw KernelError(
                .invalidInput,
                "Execution error: The dates that can be represented as nanoseconds have to be between 1677-09-21T00:12:44.0 and 2262-04-11T23:47:16.854775804"
            )
        }
        return sum
    }
}
