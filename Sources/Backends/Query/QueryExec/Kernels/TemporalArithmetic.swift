import Kernel

/// Arithmetic and coercion of timestamps of any unit and of durations, with DataFusion's types:
/// `timestamp - timestamp` is a `Duration` of the finer unit, `timestamp ± duration` keeps the
/// timestamp's type (the duration truncated to its unit first), `duration ± duration` of one
/// unit stays a duration; mixed units compare and combine in the finer one.
public enum TemporalArithmetic {
    /// The result type of `left op right` when it is one of the shapes above, else nil.
    public static func resultType(_ op: BinaryOperator, _ left: ValueType?, _ right: ValueType?) -> ValueType? {
        guard op == .plus || op == .minus, let left, let right else { return nil }
        switch (left, right) {
        case (.duration(let a), .duration(let b)) where a == b: return left
        case (.duration, _) where right.isTimestamp && op == .plus: return right
        case (_, .duration) where left.isTimestamp: return left
        default:
            guard op == .minus, left.isTimestamp, right.isTimestamp, let a = left.timeUnit, let b = right.timeUnit
            else { return nil }
            return .duration(max(a, b))
        }
    }

    /// The type two timestamps (or durations, or a `Time64` and a string) compare in; nil when
    /// the pair is not one of those.
    public static func commonType(_ x: ValueType, _ y: ValueType) -> ValueType? {
        switch (x, y) {
        // A duration against an interval compares as intervals (months, days, then nanoseconds).
        case (.coarseTime, .string), (.coarseTime, .date), (.interval, .duration), (.time64, .string),
            (.coarseTimeOfDay, .string):
            return x
        case (.string, .coarseTime), (.date, .coarseTime), (.duration, .interval), (.string, .time64),
            (.string, .coarseTimeOfDay):
            return y
        case (.duration(let a), .duration(let b)): return .duration(max(a, b))
        default:
            guard x.isTimestamp, y.isTimestamp, let a = x.timeUnit, let b = y.timeUnit else { return nil }
            if case .coarseTime = x {
            } else if case .coarseTime = y {
            } else {
                return nil  // two nanosecond timestamps: the zone rules of `Comparison.commonType`
            }
            return .timestamp(max(a, b), zone: x.timeZone ?? y.timeZone)
        }
    }

    /// `left op right` for the shapes of `resultType`, and a coarse timestamp ± interval; nil
    /// for other operands.
    static func evaluate(_ op: BinaryOperator, _ left: Datum, _ right: Datum, count: Int) throws(KernelError) -> Datum?
    {
        let lType = Comparison.typeOf(left)
        let rType = Comparison.typeOf(right)
        if case .coarseTime(let unit, let zone)? = lType, rType == .interval, op == .plus || op == .minus {
            return try shiftByInterval(op, left, right, unit: unit, zone: zone, count: count)
        }
        guard let resultType = resultType(op, lType, rType), let lType, let rType else { return nil }
        // Both sides in the unit of the result (timestamps) or of the finer side (a difference).
        let lTarget: ValueType
        let rTarget: ValueType
        switch resultType {
        case .duration(let unit) where lType.isTimestamp:
            lTarget = .timestamp(unit, zone: lType.timeZone)
            rTarget = .timestamp(unit, zone: rType.timeZone)
        case .duration: (lTarget, rTarget) = (lType, rType)
        default:
            let unit = resultType.timeUnit ?? .nanosecond
            (lTarget, rTarget) = lType.isTimestamp ? (lType, .duration(unit)) : (.duration(unit), rType)
        }
        let l = try Cast.column(left.column(count: count, type: lType), to: lTarget)
        let r = try Cast.column(right.column(count: count, type: rType), to: rTarget)
        guard case .time(let a) = l.values, case .time(let b) = r.values else { return nil }
        var validity = ValidityBitmap()
        var values = [Int64](repeating: 0, count: count)
        for row in 0..<count {
            let valid = l.validity[row] && r.validity[row]
            validity.append(valid)
            if valid { values[row] = op == .plus ? a[row] &+ b[row] : a[row] &- b[row] }
        }
        let column = ColumnBuild.make(resultType, .time(values), validity)
        if case .scalar = left, case .scalar = right { return .scalar(column.scalar(at: 0)) }
        return .column(column)
    }

    /// A coarse timestamp moved by an interval: moved as the nanosecond timestamp it holds,
    /// then truncated back to its unit.
    private static func shiftByInterval(
        _ op: BinaryOperator, _ left: Datum, _ right: Datum, unit: TimeUnit, zone: TimeZoneRules?, count: Int
    ) throws(KernelError) -> Datum {
        let coarse = ValueType.coarseTime(unit, zone)
        let nanosecondType = ValueType.timestamp(.nanosecond, zone: zone)
        let source = left.column(count: count, type: coarse)
        let relabeled = RecordColumn(
            name: source.name, type: nanosecondType, values: source.values, validity: source.validity)
        let moved = try Arithmetic.evaluate(op, .column(relabeled), right, count: count)
        let column = moved.column(count: count, type: nanosecondType)
        guard case .time(let values) = column.values else { return moved }
        let truncated = ColumnBuild.make(coarse, .time(values.map(unit.truncate)), column.validity)
        if case .scalar = left { return .scalar(truncated.scalar(at: 0)) }
        return .column(truncated)
    }
}
