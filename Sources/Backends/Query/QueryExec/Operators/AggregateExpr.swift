import Kernel

/// Aggregate functions the hash aggregation computes.
public enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    case count, sum, avg, min, max
    case stddev
    case stddevPop = "stddev_pop"
    case variance = "var"
    case variancePop = "var_pop"
    case median
    case boolAnd = "bool_and"
    case boolOr = "bool_or"
    case firstValue = "first_value"
    case lastValue = "last_value"
    case stringAgg = "string_agg"
    case corr
    case covarSamp = "covar_samp"
    case covarPop = "covar_pop"
    case regrSlope = "regr_slope"
    case regrIntercept = "regr_intercept"
    case regrCount = "regr_count"
    case regrR2 = "regr_r2"
    case regrAvgx = "regr_avgx"
    case regrAvgy = "regr_avgy"
    case regrSxx = "regr_sxx"
    case regrSyy = "regr_syy"
    case regrSxy = "regr_sxy"
    /// Counted exactly (DataFusion's HyperLogLog is exact at the cardinalities it is tested with).
    case approxDistinct = "approx_distinct"
    /// IOx selectors: `Struct(value, time)` of the row with the earliest/latest time or the
    /// smallest/largest value (see `SelectorState`).
    case selectorFirst = "selector_first"
    case selectorLast = "selector_last"
    case selectorMin = "selector_min"
    case selectorMax = "selector_max"
    /// Every value (NULLs included) as a list, in input order or the call's `ORDER BY`.
    case arrayAgg = "array_agg"
    /// DataFusion's t-digest estimate (`TDigest`), as Float64.
    case approxPercentileCont = "approx_percentile_cont"
    case approxMedian = "approx_median"
    /// `approx_percentile_cont_with_weight(x, w, p)`: `TDigest.weighted`, p in `AggregateExpr.parameter`.
    case approxPercentileContWithWeight = "approx_percentile_cont_with_weight"
    /// Bitwise folds over integers (NULLs skipped, NULL when no value).
    case bitAnd = "bit_and"
    case bitOr = "bit_or"
    case bitXor = "bit_xor"
    /// `nth_value(x, n ORDER BY ...)`: the n-th value (1-based; negative counts from the end),
    /// NULLs included, `n` in `AggregateExpr.parameter`.
    case nthValue = "nth_value"
    /// `grouping(col)`: 0 for every group (plain GROUP BY has no grouping sets).
    case grouping
    /// `percentile_cont(p) WITHIN GROUP (ORDER BY x)` / `percentile_cont(x, p)`: the exact
    /// percentile, interpolated (`ExactPercentile`), p in `AggregateExpr.parameter`.
    case percentileCont = "percentile_cont"
    /// `any_value(x)`: the first non-NULL value in input order (DataFusion's `first_value`
    /// ignoring NULLs, any ordering of the call ignored).
    case anyValue = "any_value"

    /// The output type for an input of `input` (nil for `count(*)`).
    public func resultType(_ input: ValueType?) -> ValueType {
        if case .decimal(let decimal)? = input, let type = DecimalAggregates.resultType(self, decimal) { return type }
        return switch self {
        case .approxPercentileCont, .approxMedian, .approxPercentileContWithWeight:
            input == .narrow(.float32) ? input ?? .float : .float
        case .percentileCont: .float
        case .anyValue: input ?? .float
        case .arrayAgg: .list([ValueField(name: "item", type: input.map { $0 == .tag ? .string : $0 } ?? .null)])
        case .selectorFirst, .selectorLast, .selectorMin, .selectorMax:
            .structure([
                ValueField(name: "value", type: input.map { $0 == .tag ? .string : $0 } ?? .float),
                ValueField(name: "time", type: .time),
            ])
        case .count: .integer
        // Narrow integers sum as Int64/UInt64, Float32 as Float64, durations as durations;
        // medians keep a Float32.
        case .sum:
            switch input?.storage {
            case .integer?, .uinteger?: input?.storage ?? .float
            case .duration?: input ?? .float
            default: .float
            }
        case .avg:
            if case .duration? = input { input ?? .float } else { .float }
        case .stddev, .stddevPop, .variance, .variancePop: .float
        case .median: input == .narrow(.float32) ? input ?? .float : .float
        case .min, .max: input ?? .float
        case .boolAnd, .boolOr: .boolean
        case .firstValue, .lastValue: input ?? .float
        case .stringAgg: .string
        case .regrCount, .approxDistinct: .uinteger
        case .bitAnd, .bitOr, .bitXor, .nthValue: input == .tag ? .string : input ?? .integer
        case .grouping: .integer
        case .corr, .covarSamp, .covarPop, .regrSlope, .regrIntercept, .regrR2, .regrAvgx, .regrAvgy, .regrSxx,
            .regrSyy, .regrSxy:
            .float
        }
    }
}

/// One aggregate of a GROUP BY: the function, its argument (nil for `count(*)`), DISTINCT, and
/// an optional `FILTER (WHERE ...)`.
public struct AggregateExpr: Sendable, Hashable {
    public var function: AggregateFunction
    public var argument: PhysicalExpr?
    public var argumentType: ValueType?
    public var distinct: Bool
    public var filter: PhysicalExpr?
    /// The second argument of two-argument aggregates.
    public var secondArgument: PhysicalExpr?
    /// `ORDER BY` inside the call (`first_value(x ORDER BY time)`).
    public var ordering: [SortKey] = []
    /// A literal parameter of the call (`nth_value`'s n, a weighted percentile's p).
    public var parameter: ScalarValue = .null
    /// The t-digest size of `approx_percentile_cont(..., max_size)`.
    public var digestMaxSize = TDigest.maxSize
    /// `first_value(x) IGNORE NULLS` / `last_value(x) IGNORE NULLS`.
    public var ignoresNulls = false

    public init(
        function: AggregateFunction,
        argument: PhysicalExpr?,
        argumentType: ValueType?,
        distinct: Bool = false,
        filter: PhysicalExpr? = nil
    ) {
        self.function = function
        self.argument = argument
        self.argumentType = argumentType
        self.distinct = distinct
        self.filter = filter
    }

    public var resultType: ValueType { function.resultType(argumentType) }
}

/// The running state of one aggregate for every group, grown as groups appear. Values are
/// collected per group only where the function needs them all (median, DISTINCT).
struct AggregateAccumulator {
    let expr: AggregateExpr
    var counts: [Int64] = []
    private var sums: [Double] = []
    private var integerSums: [Int64] = []
    private var unsignedSums: [UInt64] = []
    var decimalSums: [Int128] = []  // unscaled sums of a Decimal128 argument (wrapping, as arrow's)
    private var squares: [Double] = []
    var extremes: [ScalarValue] = []
    private var collected: [[ScalarValue]] = []
    var distinctSeen: [Set<ScalarValue>] = []
    var pairs: [PairStatistics] = []
    var picks: [(value: ScalarValue, key: [ScalarValue])?] = []
    var texts: [String?] = []
    /// `array_agg`'s (and an ordered `string_agg`'s) values per group with their ordering keys.
    var listItems: [[(value: ScalarValue, key: [ScalarValue])]] = []
    /// An ordered `string_agg`'s delimiter (a literal, so one for every row).
    var delimiter = ""
    /// `approx_percentile_cont`'s percentile (a literal, so one for every row).
    var percentile = 0.5

    init(_ expr: AggregateExpr) {
        self.expr = expr
    }

    mutating func addGroup() {
        counts.append(0)
        sums.append(0)
        integerSums.append(0)
        unsignedSums.append(0)
        decimalSums.append(0)
        squares.append(0)
        extremes.append(.null)
        if expr.function == .median { collected.append([]) }
        if expr.distinct { distinctSeen.append([]) }
        addSpecialGroup()
    }

    /// Adds every row of a batch: `groups[row]` is the row's group (-1 skips the row).
    mutating func add(groups: [Int], column: RecordColumn?) {
        guard let column else {
            for group in groups where group >= 0 { counts[group] += 1 }
            return
        }
        if !expr.distinct, addWholeColumn(groups: groups, column: column) { return }
        if !expr.distinct, addTyped(groups: groups, column: column) { return }
        for (row, group) in groups.enumerated() where group >= 0 {
            addValue(group: group, column: column, row: row)
        }
    }

    /// Every row of a batch into the single group of an ungrouped aggregate; false when this
    /// aggregate has no whole-column path (the caller then feeds rows one group id at a time).
    mutating func addUngrouped(rowCount: Int, column: RecordColumn?) -> Bool {
        guard !isSpecial else { return false }
        guard let column else {
            counts[0] += Int64(rowCount)  // count(*)
            return true
        }
        return addWholeColumn(groups: [], column: column, checked: true)
    }

    /// Every row in group 0 and no nulls (`SELECT avg(x) FROM t`): one pass over the values,
    /// no per-row group or validity checks. False when not applicable.
    private mutating func addWholeColumn(groups: [Int], column: RecordColumn, checked: Bool = false) -> Bool {
        guard counts.count == 1, column.validity.validCount == column.count,
            checked || !groups.contains(where: { $0 != 0 })
        else {
            return false
        }
        switch (expr.function, column.values) {
        case (.count, _):
            counts[0] += Int64(column.count)
        case (.sum, .float(let v)), (.avg, .float(let v)):
            counts[0] += Int64(v.count)
            sums[0] += ColumnSum.floats(v)
        case (.sum, .integer(let v)), (.avg, .integer(let v)):
            counts[0] += Int64(v.count)
            integerSums[0] &+= ColumnSum.integers(v)
            sums[0] += ColumnSum.integersAsFloats(v)
        default:
            return false
        }
        return true
    }

    /// Typed loops for the common aggregates over numeric columns; false when not applicable.
    private mutating func addTyped(groups: [Int], column: RecordColumn) -> Bool {
        let valid = column.validity
        switch (expr.function, column.values) {
        case (.count, _):
            for (row, group) in groups.enumerated() where group >= 0 && valid[row] { counts[group] += 1 }
            return true
        case (.sum, .float(let v)), (.avg, .float(let v)):
            for (row, group) in groups.enumerated() where group >= 0 && valid[row] {
                counts[group] += 1
                sums[group] += v[row]
            }
            return true
        case (.sum, .integer(let v)), (.avg, .integer(let v)):
            for (row, group) in groups.enumerated() where group >= 0 && valid[row] {
                counts[group] += 1
                integerSums[group] &+= v[row]
                sums[group] += Double(v[row])
            }
            return true
        case (.min, .float(let v)), (.max, .float(let v)):
            let isMin = expr.function == .min
            for (row, group) in groups.enumerated() where group >= 0 && valid[row] {
                counts[group] += 1
                let value = v[row]
                if case .float(let current) = extremes[group] {
                    if isMin
                        ? Comparison.compareFloats(value, current) < 0 : Comparison.compareFloats(value, current) > 0
                    {
                        extremes[group] = .float(value)
                    }
                } else {
                    extremes[group] = .float(value)
                }
            }
            return true
        case (.min, .integer(let v)), (.max, .integer(let v)):
            addExtremes(groups: groups, v, valid, wrap: ScalarValue.integer)
            return true
        case (.min, .time(let v)), (.max, .time(let v)):
            let type = column.type
            addExtremes(groups: groups, v, valid) { ScalarValue.temporal($0, type: type) ?? .timestamp($0) }
            return true
        default:
            return false
        }
    }

    /// min/max over Int64 values (integers, timestamps: `max(time)` of the last-point query):
    /// the running extreme per group kept as a plain integer, wrapped into scalars once.
    private mutating func addExtremes(
        groups: [Int], _ v: [Int64], _ valid: ValidityBitmap, wrap: (Int64) -> ScalarValue
    ) {
        let isMin = expr.function == .min
        var best: [Int64?] = extremes.map {
            switch $0 {
            case .integer(let x): x
            default: $0.temporalNanoseconds
            }
        }
        for (row, group) in groups.enumerated() where group >= 0 && valid[row] {
            counts[group] += 1
            let value = v[row]
            if let current = best[group], isMin ? value >= current : value <= current { continue }
            best[group] = value
        }
        for (group, value) in best.enumerated() { if let value { extremes[group] = wrap(value) } }
    }

    /// Adds row `row` of `column` (nil column: `count(*)`) to group `group`.
    mutating func add(group: Int, column: RecordColumn?, row: Int) {
        guard let column else {
            counts[group] += 1
            return
        }
        addValue(group: group, column: column, row: row)
    }

    /// Adds row `row` of `column` to group `group` (the column borrowed, not copied per row).
    private mutating func addValue(group: Int, column: borrowing RecordColumn, row: Int) {
        guard column.validity[row] else { return }
        if expr.distinct {
            let value = column.scalar(at: row)
            guard distinctSeen[group].insert(value).inserted else { return }
        }
        counts[group] += 1
        switch expr.function {
        case .count, .approxDistinct: return
        case .min, .max, .boolAnd, .boolOr:
            let value = column.scalar(at: row)
            let current = extremes[group]
            if current.isNull {
                extremes[group] = value
                return
            }
            switch expr.function {
            case .boolAnd: extremes[group] = .boolean(current == .boolean(true) && value == .boolean(true))
            case .boolOr: extremes[group] = .boolean(current == .boolean(true) || value == .boolean(true))
            default:
                let order = Self.order(value, current)
                if (expr.function == .min && order < 0) || (expr.function == .max && order > 0) {
                    extremes[group] = value
                }
            }
        case .median: collected[group].append(column.scalar(at: row))
        case .bitAnd, .bitOr, .bitXor: addBits(group: group, value: column.scalar(at: row))
        case .sum, .avg, .stddev, .stddevPop, .variance, .variancePop:
            addSum(group: group, column: column, row: row)
        default: return
        }
    }

    private mutating func addSum(group: Int, column: RecordColumn, row: Int) {
        do {
            switch column.values {
            case .integer(let v):
                integerSums[group] &+= v[row]
                sums[group] += Double(v[row])
                squares[group] += Double(v[row]) * Double(v[row])
            case .uinteger(let v):
                unsignedSums[group] &+= v[row]
                sums[group] += Double(v[row])
                squares[group] += Double(v[row]) * Double(v[row])
            case .float(let v):
                sums[group] += v[row]
                squares[group] += v[row] * v[row]
            case .time(let v):
                integerSums[group] &+= v[row]  // durations (sum and avg answer a Duration)
            case .decimal(let v): decimalSums[group] &+= v[row]
            default: break
            }
        }
    }

    /// The final value of group `group`.
    func result(_ group: Int) -> ScalarValue {
        let n = counts[group]
        if let decimal = decimalResult(group) { return decimal }
        switch expr.function {
        case .count: return .integer(n)
        case .approxDistinct: return .uinteger(UInt64(n))
        case .min, .max, .boolAnd, .boolOr, .bitAnd, .bitOr, .bitXor: return extremes[group]
        case .grouping: return .integer(0)
        case .sum:
            guard n > 0 else { return .null }
            switch expr.argumentType?.storage {
            case .integer: return .integer(integerSums[group])
            case .uinteger: return .uinteger(unsignedSums[group])
            case .duration(let unit): return .duration(integerSums[group], unit)
            default: return .float(sums[group])
            }
        case .avg:
            guard n > 0 else { return .null }
            if case .duration(let unit) = expr.argumentType {
                // The mean count of the unit, truncated, as DataFusion's duration average.
                return .duration(integerSums[group] / unit.nanoseconds / n * unit.nanoseconds, unit)
            }
            return .float(sums[group] / Double(n))
        case .variance, .stddev, .variancePop, .stddevPop:
            let population = expr.function == .variancePop || expr.function == .stddevPop
            guard n > (population ? 0 : 1) else { return .null }
            let mean = sums[group] / Double(n)
            let variance = max(0, (squares[group] - Double(n) * mean * mean) / Double(population ? n : n - 1))
            return .float(expr.function == .stddev || expr.function == .stddevPop ? variance.squareRoot() : variance)
        case .median: return Self.median(collected[group])
        default: return specialResult(group)
        }
    }
}
