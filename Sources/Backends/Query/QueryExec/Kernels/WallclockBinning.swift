import Kernel

/// IOx's `date_bin_wallclock(interval, ts[, origin])`: bins the wall-clock time of a zoned
/// timestamp in its zone (origin is a naive wall-clock time, default 1970-01-01T00:00:00), then
/// maps the bin start back to UTC. A naive or UTC timestamp bins like `date_bin`.
///
/// Daylight saving (as IOx's `offset_from_local_ns`): a bin start the zone skips takes the
/// offset the same wall-clock time had a day earlier; one the zone repeats takes the earlier
/// instant when the stride is longer than the repeat (or counts whole days), else the instant
/// with the input's own offset.
public enum WallclockBinning {
    /// The zone names IOx treats as UTC (binning like `date_bin`).
    public static let utcNames: Set<String> = [
        "+00", "+0000", "+00:00", "-00", "-0000", "-00:00", "00", "0000", "00:00", "Etc/GMT", "Etc/GMT0",
        "Etc/GMTMinus0", "Etc/GMTPlus0", "Etc/Greenwich", "Etc/UCT", "Etc/UTC", "Etc/Universal", "Etc/Zulu",
        "GMT", "GMT0", "GMTMinus0", "GMTPlus0", "Greenwich", "UCT", "UTC", "Universal", "Zulu",
    ]

    static func apply(_ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        guard args.count == 2 || args.count == 3, case .interval(let interval) = args[0],
            let stride = interval.fixedNanoseconds, let time = TimeFunctions.timestamp(args[1])
        else {
            throw KernelError(
                .invalidInput, "Execution error: DATE_BIN_WALLCLOCK expects (interval, timestamp[, origin])")
        }
        guard stride > 0 else {
            throw KernelError(.invalidInput, "Execution error: DATE_BIN stride must be non-zero")
        }
        var origin: Int64 = 0
        if args.count == 3 {
            if case .zonedTimestamp = args[2] {
                throw KernelError(
                    .invalidInput,
                    "Execution error: DATE_BIN_WALLCLOCK expects origin argument to be a TIMESTAMP without time zone"
                )
            }
            guard let value = TimeFunctions.timestamp(args[2]) else {
                throw KernelError(.invalidInput, "Execution error: DATE_BIN_WALLCLOCK invalid origin")
            }
            origin = value
        }
        guard case .zonedTimestamp(_, let zone) = args[1], !utcNames.contains(zone.name) else {
            return TimeFunctions.rezoned(TimeFunctions.bin(time, stride: stride, origin: origin), like: args[1])
        }
        let subDay = interval.days == 0 ? interval.nanoseconds : nil
        return .zonedTimestamp(binStart(time, stride: stride, origin: origin, zone: zone, subDay: subDay), zone)
    }

    /// The UTC start of the wall-clock bin of UTC instant `time` in `zone` (`subDay`: the
    /// stride when it has no days, which decides repeated wall-clock times).
    static func binStart(_ time: Int64, stride: Int64, origin: Int64, zone: TimeZoneRules, subDay: Int64?) -> Int64 {
        let inputOffset = zone.offsetNanoseconds(atUTC: time)
        let local = TimeFunctions.bin(time &+ inputOffset, stride: stride, origin: origin)
        return utc(ofLocal: local, zone: zone, stride: subDay, inputOffset: inputOffset, depth: 0)
    }

    /// The bins `date_bin_wallclock_gapfill` fills from `start` (a bin start) up to before `end`,
    /// stepped as IOx's gap expander does: `stride` at a time, shifted by the offset change when a
    /// transition smaller than the stride falls in between (so daily bins stay at local midnight).
    static func gapFillBins(from start: Int64, before end: Int64, stride: Int64, zone: TimeZoneRules, limit: Int)
        -> [Int64]?
    {
        var bins: [Int64] = []
        var time = start
        var offset = zone.offsetNanoseconds(atUTC: time)
        while time < end {
            guard bins.count < limit else { return nil }
            bins.append(time)
            time &+= stride
            let next = zone.offsetNanoseconds(atUTC: time)
            guard next != offset else { continue }
            let difference = abs(offset - next)
            if difference >= stride || next < offset {
                if difference < stride { time &+= offset - next }
                offset = next
            } else if zone.offsetNanoseconds(atUTC: time &- difference) == next {
                time &+= offset - next
                offset = next
            }
            // Else the target wall-clock time does not exist: keep the offset, the next step adjusts.
        }
        return bins
    }

    /// The UTC instant chosen for wall-clock time `local` (see the type's comment).
    static func utc(ofLocal local: Int64, zone: TimeZoneRules, stride: Int64?, inputOffset: Int64, depth: Int)
        -> Int64
    {
        let instants = candidates(local, zone: zone)
        if instants.count == 1 { return instants[0] }
        if let earliest = instants.first, let latest = instants.last {
            // IOx compares the stride with the gap between the two offsets.
            if let stride, stride <= latest - earliest { return local &- inputOffset }
            return earliest
        }
        guard depth < 8 else { return local &- inputOffset }
        let dayBefore = utc(
            ofLocal: local &- 86_400_000_000_000, zone: zone, stride: stride, inputOffset: inputOffset,
            depth: depth + 1)
        return dayBefore &+ 86_400_000_000_000
    }

    /// The UTC instants whose wall-clock time in `zone` is `local`, ascending.
    static func candidates(_ local: Int64, zone: TimeZoneRules) -> [Int64] {
        var offsets: Set<Int64> = []
        for probe in [local &- 86_400_000_000_000, local, local &+ 86_400_000_000_000] {
            offsets.insert(zone.offsetNanoseconds(atUTC: probe))
        }
        return Set(offsets.map { local &- $0 }.filter { zone.localNanoseconds(fromUTC: $0) == local }).sorted()
    }
}
