/// How many value arguments an aggregate takes beyond the first.
extension AggregateFunction {
    /// Whether the function reads two arguments (`corr(y, x)`, `regr_*(y, x)`, `string_agg(x, delimiter)`).
    public var takesTwoArguments: Bool {
        switch self {
        case .corr, .covarSamp, .covarPop, .regrSlope, .regrIntercept, .regrCount, .regrR2, .regrAvgx, .regrAvgy,
            .regrSxx, .regrSyy, .regrSxy, .stringAgg, .approxPercentileCont, .selectorFirst, .selectorLast,
            .selectorMin, .selectorMax, .approxPercentileContWithWeight:
            true
        default: false
        }
    }
}
