import Kernel

/// `+ - * / %` over columns: integers stay integers (division truncates; by zero is an error),
/// any float makes a float, timestamps move by fixed intervals, `||` concatenates strings.
public enum Arithmetic {
    static func evaluate(_ op: BinaryOperator, _ left: Datum, _ right: Datum, count: Int) throws(KernelError) -> Datum {
        if op == .concat { return try concatenate(left, right, count: count) }
        if let temporal = try TemporalArithmetic.evaluate(op, left, right, count: count) { return temporal }
        if op == .plus, case .scalar(.interval) = left, let type = Comparison.typeOf(right),
            type.isTimestamp || type == .date
        {
            return try evaluate(op, right, left, count: count)  // `interval + timestamp` is `timestamp + interval`
        }
        if let moved = try timestampShift(op, left, right, count: count) { return moved }
        if let temporal = try temporalDifference(op, left, right, count: count) { return temporal }
        if let decimal = try DecimalArithmetic.evaluate(op, left, right, count: count) { return decimal }
        let lType = Comparison.typeOf(left) ?? .integer
        let rType = Comparison.typeOf(right) ?? .integer
        let target = try numericType(lType, rType, op)
        let l = try Cast.column(left.column(count: count, type: target), to: target)
        let r = try Cast.column(right.column(count: count, type: target), to: target)
        var validity = ValidityBitmap()
        for row in 0..<count { validity.append(l.validity[row] && r.validity[row]) }
        let result: ColumnValues
        switch (l.values, r.values) {
        case (.integer(let a), .integer(let b)): result = .integer(try integers(op, a, b, validity))
        case (.uinteger(let a), .uinteger(let b)): result = .uinteger(try integers(op, a, b, validity))
        case (.float(let a), .float(let b)): result = .float(floats(op, a, b))
        default:
            throw KernelError(
                .invalidInput,
                "Error during planning: Cannot coerce arithmetic expression \(ArrowTypeName.of(lType)) \(op.rawValue) \(ArrowTypeName.of(rType)) to valid types"
            )
        }
        try NumericCoercion.checkDivision(op, result, l, r, validity, target)
        let column = ColumnBuild.make(target, NumericCoercion.fit(result, to: target), validity)
        if case .scalar = left, case .scalar = right, target.storedType != nil { return .scalar(column.scalar(at: 0)) }
        return .column(column)
    }

    public static func numericType(_ a: ValueType, _ b: ValueType, _ op: BinaryOperator) throws(KernelError)
        -> ValueType
    {
        if let decimal = try DecimalArithmetic.resultType(op, a, b) { return decimal }
        if case .narrow = a, let common = NumericCoercion.common(a, b) { return common }
        if case .narrow = b, let common = NumericCoercion.common(a, b) { return common }
        switch (a, b) {
        case (.integer, .integer): return .integer
        case (.uinteger, .uinteger): return .uinteger
        case (.integer, .uinteger), (.uinteger, .integer): return .integer
        case (.float, .float), (.float, .integer), (.integer, .float), (.float, .uinteger), (.uinteger, .float):
            return .float
        default:
            throw KernelError(
                .invalidInput,
                "Error during planning: Cannot coerce arithmetic expression \(ArrowTypeName.of(a)) \(op.rawValue) \(ArrowTypeName.of(b)) to valid types"
            )
        }
    }

    /// Integer arithmetic that wraps on overflow (as Arrow's kernels) and refuses division by zero.
    private static func integers<T: FixedWidthInteger>(
        _ op: BinaryOperator, _ a: [T], _ b: [T], _ valid: ValidityBitmap
    )
        throws(KernelError) -> [T]
    {
        var out = [T](repeating: 0, count: a.count)
        for i in 0..<a.count where valid[i] {
            switch op {
            case .plus: out[i] = a[i] &+ b[i]
            case .minus: out[i] = a[i] &- b[i]
            case .multiply: out[i] = a[i] &* b[i]
            case .divide, .modulo:
                guard b[i] != 0 else { throw KernelError(.invalidInput, "Arrow error: Divide by zero error") }
                out[i] =
                    op == .divide
                    ? a[i].dividedReportingOverflow(by: b[i]).partialValue
                    : a[i].remainderReportingOverflow(dividingBy: b[i]).partialValue
            default: break
            }
        }
        return out
    }

    private static func floats(_ op: BinaryOperator, _ a: [Double], _ b: [Double]) -> [Double] {
        switch op {
        case .plus: zip(a, b).map { $0 + $1 }
        case .minus: zip(a, b).map { $0 - $1 }
        case .multiply: zip(a, b).map { $0 * $1 }
        case .divide: zip(a, b).map { $0 / $1 }
        case .modulo: zip(a, b).map { $0.truncatingRemainder(dividingBy: $1) }
        default: a
        }
    }

    /// `timestamp ± interval`; nil when the operands are not that shape.
    private static func timestampShift(_ op: BinaryOperator, _ left: Datum, _ right: Datum, count: Int)
        throws(KernelError) -> Datum?
    {
        guard op == .plus || op == .minus, case .scalar(.interval(let interval)) = right else { return nil }
        if let shifted = try dateShift(left, interval, negate: op == .minus) { return shifted }
        if let zoned = try ZonedTimeArithmetic.shift(left, interval, negate: op == .minus) { return zoned }
        guard let step = interval.fixedNanoseconds else {
            return try calendarShift(left, interval, negate: op == .minus)
        }
        let delta = op == .plus ? step : -step
        switch left {
        case .scalar(.timestamp(let t)): return .scalar(.timestamp(t &+ delta))
        case .scalar(.null): return .scalar(.null)
        case .column(let column):
            guard case .time(let values) = column.values else { return nil }
            return .column(ColumnBuild.make(.time, .time(values.map { $0 &+ delta }), column.validity))
        default: return nil
        }
    }

    /// `date - date` (days, Int64) and `interval ± interval` (part by part); nil for other shapes.
    private static func temporalDifference(_ op: BinaryOperator, _ left: Datum, _ right: Datum, count: Int)
        throws(KernelError) -> Datum?
    {
        guard op == .plus || op == .minus else { return nil }
        let types = (Comparison.typeOf(left), Comparison.typeOf(right))
        guard (types.0 == .date && types.1 == .date && op == .minus) || (types.0 == .interval && types.1 == .interval)
        else { return nil }
        let l = left.column(count: count, type: .string)
        let r = right.column(count: count, type: .string)
        var results: [ScalarValue] = []
        results.reserveCapacity(count)
        for row in 0..<count {
            switch (l.scalar(at: row), r.scalar(at: row)) {
            case (.date(let a), .date(let b)): results.append(.integer(Int64(a) - Int64(b)))
            case (.interval(let a), .interval(let b)):
                let sign: Int32 = op == .minus ? -1 : 1
                results.append(
                    .interval(
                        IntervalValue(
                            months: a.months &+ sign &* b.months, days: a.days &+ sign &* b.days,
                            nanoseconds: a.nanoseconds &+ Int64(sign) &* b.nanoseconds)))
            default: results.append(.null)
            }
        }
        let type: ValueType = types.0 == .date ? .integer : .interval
        if case .scalar = left, case .scalar = right { return .scalar(results.first ?? .null) }
        return .column(ColumnBuild.fromScalars(results, type: type))
    }

    /// `timestamp ± interval` with months: the calendar date moves by months (the day clamped to
    /// the month's end), then days and nanoseconds are added, as arrow's kernels do.
    private static func calendarShift(_ left: Datum, _ interval: IntervalValue, negate: Bool) throws(KernelError)
        -> Datum?
    {
        func shift(_ t: Int64) throws(KernelError) -> Int64 {
            let day = t.flooredDivision(by: DateFunctions.nanosecondsPerDay)
            let nanosOfDay = t - day * DateFunctions.nanosecondsPerDay
            let months = IntervalValue(months: interval.months)
            let shiftedDay = try DateFunctions.shift(Int32(clamping: day), by: months, negate: negate)
            let rest = Int64(interval.days) * DateFunctions.nanosecondsPerDay &+ interval.nanoseconds
            let (base, overflow) = Int64(shiftedDay).multipliedReportingOverflow(by: DateFunctions.nanosecondsPerDay)
            let (moved, overflow2) = (base &+ nanosOfDay).addingReportingOverflow(negate ? 0 &- rest : rest)
            guard !overflow, !overflow2 else {
                throw KernelError(
                    .invalidInput, "Arrow error: Compute error: Overflow happened on timestamp arithmetic")
            }
            return moved
        }
        switch left {
        case .scalar(.timestamp(let t)): return .scalar(.timestamp(try shift(t)))
        case .scalar(.null): return .scalar(.null)
        case .column(let column):
            guard case .time(let values) = column.values else { return nil }
            var shifted: [Int64] = []
            shifted.reserveCapacity(values.count)
            for (row, t) in values.enumerated() { shifted.append(column.validity[row] ? try shift(t) : 0) }
            return .column(ColumnBuild.make(.time, .time(shifted), column.validity))
        default: return nil
        }
    }

    /// `date ± interval`; nil when `left` is not a date.
    private static func dateShift(_ left: Datum, _ interval: IntervalValue, negate: Bool) throws(KernelError) -> Datum?
    {
        switch left {
        case .scalar(.date(let days)):
            return .scalar(.date(try DateFunctions.shift(days, by: interval, negate: negate)))
        case .column(let column):
            guard case .date(let values) = column.values else { return nil }
            var shifted: [Int32] = []
            shifted.reserveCapacity(values.count)
            for (row, days) in values.enumerated() {
                shifted.append(column.validity[row] ? try DateFunctions.shift(days, by: interval, negate: negate) : 0)
            }
            return .column(ColumnBuild.make(.date, .date(shifted), column.validity))
        default: return nil
        }
    }

    private static func concatenate(_ left: Datum, _ right: Datum, count: Int) throws(KernelError) -> Datum {
        let l = try Cast.column(left.column(count: count, type: .string), to: .string)
        let r = try Cast.column(right.column(count: count, type: .string), to: .string)
        guard case .string(let a) = l.values, case .string(let b) = r.values else { return .scalar(.null) }
        var validity = ValidityBitmap()
        for row in 0..<count { validity.append(l.validity[row] && r.validity[row]) }
        let column = ColumnBuild.make(.string, .string(zip(a, b).map { $0 + $1 }), validity)
        if case .scalar = left, case .scalar = right { return .scalar(column.scalar(at: 0)) }
        return .column(column)
    }
}
