import Kernel

/// `Date32` values: `make_date`, `to_date`, casts to and from dates, and `date ± interval`
/// (arrow's rule: months first, clamped to the month's last day, then days, then whole days of
/// the nanoseconds, truncated toward zero).
public enum DateFunctions {
    public static let nanosecondsPerDay: Int64 = 86_400_000_000_000

    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        switch function {
        case .makeDate:
            guard args.count == 3 else { throw MathFunctions.argumentError(function) }
            var parts: [Int] = []
            for arg in args {
                guard let part = integer(arg) else { throw MathFunctions.argumentError(function) }
                parts.append(part)
            }
            return .date(try makeDate(year: parts[0], month: parts[1], day: parts[2]))
        case .toDate:
            guard let value = args.first else {
                throw KernelError(
                    .invalidInput, "Execution error: to_date function requires 1 or more arguments, got 0")
            }
            guard args.count > 1 else { return try cast(value) }
            return try ChronoDates.toDate(value, formats: Array(args.dropFirst()))
        default: throw MathFunctions.argumentError(function)
        }
    }

    /// A value converted to a date (strings `YYYY-MM-DD`, integers and floats as days, timestamps
    /// floored to their day).
    static func cast(_ value: ScalarValue) throws(KernelError) -> ScalarValue {
        switch value {
        case .null: return .null
        case .date: return value
        case .integer(let days): return .date(try days32(days))
        case .uinteger(let days): return .date(try days32(Int64(clamping: days)))
        case .float(let days):
            guard let whole = Int64(exactly: days.rounded(.towardZero)) else {
                throw KernelError(.invalidInput, "Arrow error: Cast error: date out of range (\(days) days)")
            }
            return .date(try days32(whole))
        case .timestamp(let t): return .date(try days32(t.flooredDivision(by: nanosecondsPerDay)))
        case .string(let text): return .date(try parse(text))
        default:
            throw KernelError(.invalidInput, "Error during planning: Cannot cast \(value) to Date32")
        }
    }

    /// `YYYY-MM-DD` (a leading sign and more year digits allowed, as chrono parses).
    static func parse(_ text: String) throws(KernelError) -> Int32 {
        let trimmed = text.trimmed
        let negative = trimmed.hasPrefix("-")
        let parts = (negative ? String(trimmed.dropFirst()) : trimmed).split(
            separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts[1].count == 2, parts[2].count == 2,
            let days = try? makeDate(year: negative ? -year : year, month: month, day: day)
        else {
            throw KernelError(.invalidInput, "Cast error: Cannot cast string '\(text)' to value of Date32 type")
        }
        return days
    }

    static func makeDate(year: Int, month: Int, day: Int) throws(KernelError) -> Int32 {
        guard (-262_143...262_142).contains(year) else {  // chrono's NaiveDate range
            throw KernelError(.invalidInput, "Execution error: Unable to parse date from \(year), \(month), \(day)")
        }
        guard (1...12).contains(month) else {
            throw KernelError(.invalidInput, "Execution error: Month value '\(month)' is out of range")
        }
        guard (1...31).contains(day) else {
            throw KernelError(.invalidInput, "Execution error: Day value '\(day)' is out of range")
        }
        guard day <= daysIn(month: month, year: year) else {
            throw KernelError(.invalidInput, "Execution error: Unable to parse date from \(year), \(month), \(day)")
        }
        return try days32(Int64(TimestampParsing.daysFromCivil(year: year, month: month, day: day)))
    }

    /// `date ± interval`.
    static func shift(_ days: Int32, by interval: IntervalValue, negate: Bool) throws(KernelError) -> Int32 {
        let sign = negate ? -1 : 1
        var civil = TimestampParsing.civilFromDays(Int(days))
        let months = civil.year * 12 + (civil.month - 1) + sign * Int(interval.months)
        civil.year = months.flooredDivision(by: 12)
        civil.month = months - civil.year * 12 + 1
        civil.day = min(civil.day, daysIn(month: civil.month, year: civil.year))
        var result = Int64(TimestampParsing.daysFromCivil(year: civil.year, month: civil.month, day: civil.day))
        result += Int64(sign) * (Int64(interval.days) + interval.nanoseconds / nanosecondsPerDay)
        return try days32(result)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func days32(_ days: Int64) throws(KernelError) -> Int32 {
        guard let narrow = Int32(exactly: days) else {
            throw KernelError(.invalidInput, "Arrow error: Cast error: date out of range (\(days) days)")
        }
        return narrow
    }

    private static func integer(_ value: ScalarValue) -> Int? {
        switch value {
        case .integer(let v): Int(exactly: v)
        case .uinteger(let v): Int(exactly: v)
        case .string(let s): Int(s.trimmed)
        default: nil
        }
    }
}

extension FixedWidthInteger {
    /// Division rounding toward negative infinity.
    public func flooredDivision(by divisor: Self) -> Self {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
