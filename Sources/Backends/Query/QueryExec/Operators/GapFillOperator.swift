import Kernel

/// How `date_bin_gapfill` fills an aggregate column in an inserted (or null) bin.
public enum GapFillStrategy: Sendable, Hashable {
    /// Leave it null (an aggregate written plainly).
    case null
    /// `locf(agg)`: the last non-null value of the group carried forward.
    case lastObservationCarriedForward
    /// `interpolate(agg)`: linear interpolation between the neighbouring non-null values.
    case interpolate
}

/// Gap filling for `date_bin_gapfill`: after aggregation, every group (the non-time group keys)
/// gets a row for every bin of the query's time range; missing bins get the group's keys and
/// null aggregates, then `locf`/`interpolate` columns are filled. Output is ordered by the group
/// keys, then time, as InfluxDB 3 returns it.
public final class GapFillOperator: ExecutionOperator {
    private let input: any ExecutionOperator
    public let fields: [Field]
    private let timeColumn: Int
    /// The group key columns other than time.
    private let keyColumns: [Int]
    private let strideNanoseconds: Int64
    /// `date_bin_wallclock_gapfill`: the zone whose wall clock bins follow.
    private let zone: TimeZoneRules?
    private let firstBin: Int64
    private let endNanoseconds: Int64
    private let fill: [GapFillStrategy]
    private var done = false
    /// Bins per group beyond this are refused (a tiny stride over a long range).
    public static let maxBins = 1_000_000

    public init(
        input: any ExecutionOperator,
        timeColumn: Int,
        keyColumns: [Int],
        strideNanoseconds: Int64,
        originNanoseconds: Int64 = 0,
        wallclock: (zone: TimeZoneRules, subDayStride: Int64?)? = nil,
        range: TimeRange,
        fill: [GapFillStrategy]
    ) {
        precondition(fill.count == input.fields.count, "a fill strategy per column")
        self.input = input
        self.fields = input.fields
        self.timeColumn = timeColumn
        self.keyColumns = keyColumns
        self.strideNanoseconds = strideNanoseconds
        self.zone = wallclock?.zone
        if let wallclock {
            self.firstBin = WallclockBinning.binStart(
                range.startNanoseconds, stride: strideNanoseconds, origin: originNanoseconds, zone: wallclock.zone,
                subDay: wallclock.subDayStride)
        } else {
            self.firstBin = TimeFunctions.bin(
                range.startNanoseconds, stride: strideNanoseconds, origin: originNanoseconds)
        }
        self.endNanoseconds = range.endNanoseconds
        self.fill = fill
    }

    public func next() throws(KernelError) -> RecordBatch? {
        guard !done else { return nil }
        done = true
        let all = Concatenation.batches(try input.collect(), fields: fields)
        let bins = try binTimes()
        var groups: [[ScalarValue]: [Int64: Int]] = [:]
        var order: [[ScalarValue]] = []
        for row in 0..<all.rowCount {
            let key = keyColumns.map { all.columns[$0].scalar(at: row) }
            // Timestamps of any unit hold nanoseconds.
            guard let time = all.columns[timeColumn].scalar(at: row).temporalNanoseconds else { continue }
            if groups[key] == nil { order.append(key) }
            groups[key, default: [:]][time] = row
        }
        order.sort { Self.lexicographic($0, $1) }
        var rows: [[ScalarValue]] = []
        for key in order {
            let existing = groups[key] ?? [:]
            var groupRows: [[ScalarValue]] = []
            for time in bins {
                if let row = existing[time] {
                    groupRows.append(all.columns.map { $0.scalar(at: row) })
                } else {
                    var values = [ScalarValue](repeating: .null, count: fields.count)
                    for (position, column) in keyColumns.enumerated() { values[column] = key[position] }
                    values[timeColumn] = zone.map { .zonedTimestamp(time, $0) } ?? .timestamp(time)
                    groupRows.append(values)
                }
            }
            fillGroup(&groupRows)
            rows += groupRows
        }
        let columns = fields.indices.map { index in
            ColumnBuild.fromScalars(rows.map { $0[index] }, type: fields[index].type).renamed(fields[index].name)
        }
        return RecordBatch(columns: columns, rowCount: rows.count)
    }

    /// The bin start times of the range (UTC instants).
    private func binTimes() throws(KernelError) -> [Int64] {
        let tooMany = KernelError(.limitExceeded, "gap filling would produce more than \(Self.maxBins) bins per group")
        if let zone {
            guard
                let bins = WallclockBinning.gapFillBins(
                    from: firstBin, before: endNanoseconds, stride: strideNanoseconds, zone: zone, limit: Self.maxBins)
            else { throw tooMany }
            return bins
        }
        let binCount = (endNanoseconds - 1 - firstBin) / strideNanoseconds + 1
        guard binCount > 0, binCount <= Self.maxBins else { throw tooMany }
        return (0..<binCount).map { firstBin + $0 * strideNanoseconds }
    }

    private func fillGroup(_ rows: inout [[ScalarValue]]) {
        for (column, strategy) in fill.enumerated() where strategy != .null {
            var lastIndex: Int?
            for index in rows.indices {
                if !rows[index][column].isNull {
                    if strategy == .interpolate, let previous = lastIndex, index - previous > 1 {
                        interpolate(&rows, column: column, from: previous, to: index)
                    }
                    lastIndex = index
                } else if strategy == .lastObservationCarriedForward, let previous = lastIndex {
                    rows[index][column] = rows[previous][column]
                }
            }
        }
    }

    private func interpolate(_ rows: inout [[ScalarValue]], column: Int, from start: Int, to end: Int) {
        guard let a = MathFunctions.double(rows[start][column]), let b = MathFunctions.double(rows[end][column]) else {
            return
        }
        for index in (start + 1)..<end {
            let value = a + (b - a) * Double(index - start) / Double(end - start)
            switch rows[start][column] {
            case .integer: rows[index][column] = .integer(Int64(value.rounded(.towardZero)))
            case .uinteger: rows[index][column] = .uinteger(UInt64(max(0, value).rounded(.towardZero)))
            default: rows[index][column] = .float(value)
            }
        }
    }

    static func lexicographic(_ a: [ScalarValue], _ b: [ScalarValue]) -> Bool {
        for (x, y) in zip(a, b) {
            if x.isNull != y.isNull { return !x.isNull }  // nulls last
            let order = AggregateAccumulator.order(x, y)
            if order != 0 { return order < 0 }
        }
        return false
    }
}
