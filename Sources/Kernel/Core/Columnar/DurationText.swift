/// arrow-cast's two displays of an Arrow `Duration` value (given as nanoseconds, already whole
/// units): ISO 8601 (chrono's `TimeDelta` display, what arrow-json, arrow-csv and the pretty
/// table print) and the "pretty" form that `CAST(duration AS VARCHAR)` produces.
public enum DurationText {
    /// `PT4S`, `-PT1.5S`, `PT0.000001S`, and `P0D` for zero: the whole seconds, then the
    /// fraction without trailing zeros.
    public static func iso8601(_ nanoseconds: Int64) -> String {
        if nanoseconds == 0 { return "P0D" }
        let magnitude = nanoseconds.magnitude
        let seconds = magnitude / 1_000_000_000
        var fraction = magnitude % 1_000_000_000
        var text = (nanoseconds < 0 ? "-PT" : "PT") + String(seconds)
        if fraction > 0 {
            var width = 9
            while fraction % 10 == 0 {
                fraction /= 10
                width -= 1
            }
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: width - digits.count) + digits
        }
        return text + "S"
    }

    /// `1 days 2 hours 3 mins 4.500 secs`: each part truncated toward zero (so every part of a
    /// negative duration is negative), the fraction with as many digits as the unit has.
    public static func pretty(_ nanoseconds: Int64, unit: TimeUnit) -> String {
        let count = nanoseconds / unit.nanoseconds
        let scale: Int64 =
            switch unit {
            case .second: 1
            case .millisecond: 1_000
            case .microsecond: 1_000_000
            case .nanosecond: 1_000_000_000
            }
        let totalSeconds = count / scale
        let subsecond = count - totalSeconds * scale
        let minutes = totalSeconds / 60
        let hours = minutes / 60
        let days = hours / 24
        let head = "\(days) days \(hours - days * 24) hours \(minutes - hours * 60) mins "
        let seconds = totalSeconds - minutes * 60
        guard unit != .second else { return head + "\(seconds) secs" }
        let digits = String(subsecond.magnitude)
        let padded = String(repeating: "0", count: max(0, String(scale).count - 1 - digits.count)) + digits
        if subsecond < 0 { return head + "-\(seconds.magnitude).\(padded) secs" }
        return head + "\(seconds).\(padded) secs"
    }
}
