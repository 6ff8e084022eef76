import Kernel

/// `to_date(text, format1, format2, …)`: DataFusion's formatted date parsing. Each non-NULL
/// format is tried in order and the first that parses wins; when none does, the last failure
/// is the error; when every format is NULL the answer is NULL. Non-string values ignore the
/// formats (integers are days, timestamps their day), as DataFusion casts them.
enum ChronoDates {
    static func toDate(_ value: ScalarValue, formats: [ScalarValue]) throws(KernelError) -> ScalarValue {
        for (index, format) in formats.enumerated() {
            switch format {
            case .string, .null: continue  // a NULL format is skipped
            default:
                let type = format.columnType?.arrowName ?? "\(format)"
                throw KernelError(
                    .invalidInput,
                    "Execution error: to_date function unsupported data type at index \(index + 1): \(type)")
            }
        }
        guard case .string(let text) = value else { return try DateFunctions.cast(value) }
        var failure: KernelError?
        for case .string(let format) in formats {
            do {
                return .date(try days(text, format: format))
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return .null
    }

    /// Days since 1970-01-01 of `text` read with `format` (DataFusion's
    /// `string_to_datetime_formatted` then `div_euclid` by a day): with an offset and a full
    /// date and time, the UTC day of that instant; otherwise the date the fields name.
    static func days(_ text: String, format: String) throws(KernelError) -> Int32 {
        let days: Int
        do throws(ChronoParseError) {
            let fields = try ChronoParser.parse(text, format: format)
            if let offset = fields.offsetSeconds ?? (fields.timestamp == nil ? nil : 0),
                let instant = try? fields.instant(offset: offset)
            {
                days = instant.days
            } else if let instant = try? fields.instant(offset: 0) {
                days = instant.days
            } else {
                days = try fields.date()
            }
        } catch {
            throw KernelError(
                .invalidInput,
                "Execution error: Error parsing timestamp from '\(text)' using format '\(format)': \(error.rawValue)")
        }
        guard let narrow = Int32(exactly: days) else {
            throw KernelError(
                .internalError, "Internal error: Unable to cast to Date32 for converting from i64 to i32 failed")
        }
        return narrow
    }

}
