import Kernel

/// `zoned timestamp ± interval` as arrow-rs does it (`add_month_day_nano` with a time zone):
/// months and days move the zone's local date-time (the day clamped to the month's end), the
/// result is mapped back to UTC, then the interval's nanoseconds are added to the instant.
enum ZonedTimeArithmetic {
    /// nil when `left` is not a zoned timestamp.
    static func shift(_ left: Datum, _ interval: IntervalValue, negate: Bool) throws(KernelError) -> Datum? {
        switch left {
        case .scalar(.zonedTimestamp(let t, let zone)):
            return .scalar(.zonedTimestamp(try shift(t, interval, negate: negate, zone: zone), zone))
        case .column(let column):
            guard case .zonedTime(let zone) = column.type, case .time(let values) = column.values else { return nil }
            var shifted: [Int64] = []
            shifted.reserveCapacity(values.count)
            for (row, t) in values.enumerated() {
                shifted.append(column.validity[row] ? try shift(t, interval, negate: negate, zone: zone) : 0)
            }
            return .column(ColumnBuild.make(column.type, .time(shifted), column.validity))
        default: return nil
        }
    }

    static func shift(_ t: Int64, _ interval: IntervalValue, negate: Bool, zone: TimeZoneRules) throws(KernelError)
        -> Int64
    {
        var instant = t
        if interval.months != 0 || interval.days != 0 {
            let local = zone.localNanoseconds(fromUTC: t)
            let day = local.flooredDivision(by: DateFunctions.nanosecondsPerDay)
            let nanosOfDay = local - day * DateFunctions.nanosecondsPerDay
            let calendar = IntervalValue(months: interval.months, days: interval.days)
            let shiftedDay = try DateFunctions.shift(Int32(clamping: day), by: calendar, negate: negate)
            let movedLocal = Int64(shiftedDay) &* DateFunctions.nanosecondsPerDay &+ nanosOfDay
            guard let utc = zone.utcNanoseconds(fromLocal: movedLocal) else {
                throw KernelError(
                    .invalidInput, "Arrow error: Compute error: Overflow happened on timestamp arithmetic")
            }
            instant = utc
        }
        let (moved, overflow) = instant.addingReportingOverflow(
            negate ? 0 &- interval.nanoseconds : interval.nanoseconds)
        guard !overflow else {
            throw KernelError(.invalidInput, "Arrow error: Compute error: Overflow happened on timestamp arithmetic")
        }
        return moved
    }
}
