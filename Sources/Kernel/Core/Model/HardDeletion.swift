/// When the data of a soft-deleted database or table is to be removed for good
/// (`hard_delete_at=never|now|default|<RFC3339>`).
public enum HardDeletion: Sendable, Hashable {
    /// Kept until someone deletes it again with another time.
    case never
    /// Due at once.
    case now
    /// Due after the server's default delay (`--hard-delete-default-duration`, 72 h); deleting
    /// again with `default` keeps a time already scheduled, so the request is idempotent.
    case `default`
    /// Due at this instant; an instant in the past means now.
    case at(nanoseconds: Int64)

    /// The due time for an object currently scheduled at `existing` (nil: never).
    public func resolve(existing: Int64?, nowNanoseconds: Int64, defaultDelay: Duration) -> Int64? {
        switch self {
        case .never: return nil
        case .now: return nowNanoseconds
        case .default:
            if let existing { return existing }
            let (due, overflow) = nowNanoseconds.addingReportingOverflow(defaultDelay.totalNanoseconds)
            return overflow ? .max : due
        case .at(let nanoseconds): return max(nanoseconds, nowNanoseconds)
        }
    }
}

/// The name a soft-deleted object takes: `<name>-YYYYMMDDTHHMMSS` (UTC, the deletion time), so its
/// original name is free again at once.
public enum DeletedName {
    /// The length of the `-YYYYMMDDTHHMMSS` suffix.
    public static let suffixLength = 16

    /// The name an object had before its deletion renamed it.
    public static func original(of renamed: String) -> String {
        String(renamed.dropLast(suffixLength))
    }

    public static func make(_ name: String, nowNanoseconds: Int64) -> String {
        let seconds = nowNanoseconds >= 0 ? nowNanoseconds / 1_000_000_000 : (nowNanoseconds + 1) / 1_000_000_000 - 1
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }
        let yearText = String(year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
        return "\(name)-\(paddedYear)\(two(month))\(two(day))T\(two(secondOfDay / 3600))"
            + "\(two(secondOfDay / 60 % 60))\(two(secondOfDay % 60))"
    }

    /// Year, month, day of a day count since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
    static func civilDate(daysSinceEpoch: Int64) -> (Int64, Int64, Int64) {
        let date = CivilCalendar.date(daysSinceEpoch: daysSinceEpoch)
        return (date.year, date.month, date.day)
    }
}
