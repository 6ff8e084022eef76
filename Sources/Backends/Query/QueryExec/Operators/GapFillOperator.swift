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
        range: TimeRange,
        fill: [GapFillStrategy]
    ) {
        precondition(fill.count == input.fields.count, "a fill strategy per column")
        self.input = input
        self.fields = input.fields
        self.timeColumn = timeColumn
        self.keyColumns = keyColumns
        self.strideNanoseconds = strideNanoseconds
        self.firstBin = TimeFunctions.bin(range.startNanoseconds, stride: strideNanoseconds, origin: 0)
        self.endNanoseconds = range.endNanoseconds
        self.fill = fill
    }

    public func next() throws(KernelError) -> RecordBatch? {
        guard !done else { return nil }
        done = true
        let all = Concatenation.batches(try input.collect(), fields: fields)
        let binCount = (endNanoseconds - 1 - firstBin) / strideNanoseconds + 1
        guard binCount > 0, binCount <= Self.maxBins else {
            throw KernelError(.limitExceeded, "gap filling would produce more than \(Self.maxBins) bins per group")
        }
        var groups: [[ScalarValue]: [Int64: Int]] = [:]
        var order: [[ScalarValue]] = []
        for row in 0..<all.rowCount {
            let key = keyColumns.map { all.columns[$0].scalar(at: row) }
            guard case .timestamp(let time) = all.columns[timeColumn].scalar(at: row) else { continue }
            if groups[key] == nil { order.append(key) }
            groups[key, default: [:]][time] = row
        }
        order.sort { Self.lexicographic($0, $1) }
        var rows: [[ScalarValue]] = []
        for key in order {
            let existing = groups[key] ?? [:]
            var groupRows: [[ScalarValue]] = []
            for bin in 0..<Int(binCount) {
                let time = firstBin + Int64(bin) * strideNanoseconds
                if let row = existing[time] {
                    groupRows.append(all.columns.map { $0.scalar(at: row) })
                } else {
                    var values = [ScalarValue](repeating: .null, count: fields.count)
                    for (position, column) in keyColumns.enumerated() { values[column] = key[position] }
                    values[timeColumn] = .timestamp(time)
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
