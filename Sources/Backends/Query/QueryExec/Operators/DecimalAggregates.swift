import Kernel

/// `sum` and `avg` of `Decimal128` values as DataFusion computes them: the sum is exact in 128
/// bits with the precision widened by 10 (capped at 38); the average has 4 more digits of scale
/// and precision (capped at 38) and truncates (`1.583333`). min/max/count keep the generic paths.
/// The statistical aggregates compute on the Float64 values (DataFusion casts them), `median`
/// keeps the decimal; `approx_distinct` (its hash of 128-bit values) is refused.
public enum DecimalAggregates {
    /// The result type of `function` over `input`; nil for the functions typed elsewhere.
    static func resultType(_ function: AggregateFunction, _ input: DecimalType) -> ValueType? {
        let cap = DecimalType.maxPrecision
        switch function {
        case .sum:
            return DecimalType(precision: min(cap, input.precision + 10), scale: input.scale).map { .decimal($0) }
        case .avg:
            return DecimalType(precision: min(cap, input.precision + 4), scale: min(cap, input.scale + 4))
                .map { .decimal($0) }
        case .median: return .decimal(input)
        default: return nil
        }
    }

    /// The middle value, or the two middles' sum halved (truncating) as DataFusion's median does.
    static func median(_ values: [ScalarValue]) -> ScalarValue {
        let sorted = values.sorted { AggregateAccumulator.order($0, $1) < 0 }
        let middle = sorted.count / 2
        guard sorted.count % 2 == 0, case .decimal(let low, let type) = sorted[middle - 1],
            case .decimal(let high, _) = sorted[middle]
        else { return sorted[middle] }
        return .decimal((low &+ high) / 2, type)
    }

    /// Whether DataFusion computes `function` on decimal arguments cast to Float64.
    public static func computesInFloat64(_ function: AggregateFunction) -> Bool {
        let statistical: [AggregateFunction] = [
            .stddev, .stddevPop, .variance, .variancePop, .approxPercentileCont, .approxMedian,
            .approxPercentileContWithWeight, .corr, .covarSamp, .covarPop, .regrSlope, .regrIntercept, .regrR2,
            .regrAvgx, .regrAvgy, .regrSxx, .regrSyy, .regrSxy,
        ]
        return statistical.contains(function)
    }

    /// Refuses `approx_distinct` of decimals (DataFusion's hash of 128-bit values is not replayed).
    public static func checkArgument(_ function: AggregateFunction, _ type: ValueType?) throws(KernelError) {
        guard type?.isDecimal == true else { return }
        if function == .approxDistinct {
            throw KernelError(
                .notImplemented,
                "This feature is not implemented: \(function.rawValue) of \(type.map(ArrowTypeName.of) ?? "") values")
        }
    }

    /// The final sum or average of one group (NULL for no rows, `.float(.nan)` marks an
    /// average that overflowed 128 bits, refused by `checkOverflow`).
    static func result(_ function: AggregateFunction, _ input: DecimalType, sum: Int128, count: Int64) -> ScalarValue {
        guard count > 0, case .decimal(let type)? = resultType(function, input) else { return .null }
        if function == .sum { return .decimal(sum, type) }
        let (scaled, overflow) = sum.multipliedReportingOverflow(by: DecimalType.powerOfTen(type.scale - input.scale))
        if overflow { return .float(.nan) }
        return .decimal(scaled / Int128(count), type)
    }

    /// DataFusion's error for an average whose scaled sum left 128 bits.
    static func checkOverflow(_ expr: AggregateExpr, _ values: [ScalarValue]) throws(KernelError) {
        try checkOverflow(resultType: expr.function == .avg ? expr.resultType : .float, values)
    }

    /// The same check for the values of a decimal-typed result column (aggregates and windows).
    static func checkOverflow(resultType: ValueType, _ values: [ScalarValue]) throws(KernelError) {
        guard resultType.isDecimal,
            values.contains(where: { if case .float = $0 { true } else { false } })
        else { return }
        throw KernelError(.invalidInput, "Execution error: Arithmetic Overflow in AvgAccumulator")
    }
}

extension AggregateAccumulator {
    /// The sum or average of a decimal argument for `group`; nil for the other aggregates.
    func decimalResult(_ group: Int) -> ScalarValue? {
        guard case .decimal(let input)? = expr.argumentType, expr.function == .sum || expr.function == .avg else {
            return nil
        }
        return DecimalAggregates.result(expr.function, input, sum: decimalSums[group], count: counts[group])
    }
}
