import Kernel

/// Comparison kernels (`= != < <= > >=`, `IS [NOT] DISTINCT FROM`) over whole columns, with
/// DataFusion's coercions: mixed numbers compare as Float64 (Int64 with UInt64 as Int64 where
/// exact), tags compare as their strings, a string compared with a timestamp is parsed as one.
enum Comparison {
    static func evaluate(_ op: BinaryOperator, _ left: Datum, _ right: Datum, count: Int) throws(KernelError) -> Datum {
        if case .scalar(let l) = left, case .scalar(let r) = right {
            return .scalar(try compareScalars(op, l, r))
        }
        // Fast path: a tag column against a string literal compares the dictionary once.
        if case .column(let column) = left, case .scalar(.string(let text)) = right,
            case .tag(let dictionary, let codes) = column.values
        {
            let matches = dictionary.map { ordered(op, compare($0, text)) }
            let values = codes.map { $0 >= 0 && matches[Int($0)] }
            return .column(ColumnBuild.booleans(values, column.validity))
        }
        if case .column(let column) = left, case .scalar(let value) = right, op.isComparison {
            return .column(try columnAgainstScalar(op, column, value))
        }
        if case .scalar(let value) = left, case .column(let column) = right, op.isComparison {
            return .column(try columnAgainstScalar(op.mirrored, column, value))
        }
        let l = try coerceForComparison(left, against: right, count: count)
        let r = try coerceForComparison(right, against: left, count: count)
        var validity = ValidityBitmap()
        var values = [Bool](repeating: false, count: count)
        let distinct = op == .isDistinctFrom || op == .isNotDistinctFrom
        for row in 0..<count {
            let lv = l.validity[row]
            let rv = r.validity[row]
            if distinct {
                let same = (!lv && !rv) || (lv && rv && orderAt(l, r, row) == 0)
                values[row] = op == .isNotDistinctFrom ? same : !same
                validity.append(true)
            } else if lv && rv {
                values[row] = ordered(op, orderAt(l, r, row))
                validity.append(true)
            } else {
                validity.append(false)
            }
        }
        return .column(ColumnBuild.booleans(values, validity))
    }

    /// `column op literal`, the shape of most predicates: the literal is converted to the
    /// comparison type once (a time string is parsed once, not per row), then one typed loop.
    static func columnAgainstScalar(_ op: BinaryOperator, _ column: RecordColumn, _ value: ScalarValue)
        throws(KernelError)
        -> RecordColumn
    {
        let count = column.count
        guard !value.isNull else { return RecordColumn.nulls(.boolean, count: count) }
        // A UInt64 column against an Int64 literal the unsigned type holds (`u > 5`) compares
        // exactly as UInt64, skipping the Decimal128(20, 0) both would otherwise become.
        if column.type == .uinteger, case .integer(let x) = value, x >= 0 {
            return try columnAgainstScalar(op, column, .uinteger(UInt64(x)))
        }
        let target = try commonType(column.type == .tag ? .string : column.type, value.columnType)
        let converted = try Cast.column(column, to: target)
        let literal = try Cast.scalar(value, to: target)
        let out: [Bool]
        switch (converted.values, literal) {
        case (.integer(let v), .integer(let x)), (.time(let v), .timestamp(let x)),
            (.time(let v), .zonedTimestamp(let x, _)), (.time(let v), .coarseTimestamp(let x, _, _)),
            (.time(let v), .duration(let x, _)), (.time(let v), .time64(let x)):
            out = flags(count) { ordered(op, compare(v[$0], x)) }
        case (.uinteger(let v), .uinteger(let x)):
            out = flags(count) { ordered(op, compare(v[$0], x)) }
        case (.float(let v), .float(let x)):
            out = flags(count) { ordered(op, compareFloats(v[$0], x)) }
        case (.string(let v), .string(let x)):
            out = flags(count) { ordered(op, compare(v[$0], x)) }
        case (.boolean(let v), .boolean(let x)):
            out = flags(count) { ordered(op, compare(v[$0] ? 1 : 0, x ? 1 : 0)) }
        default:
            let broadcast = RecordColumn.repeating(literal, type: target, count: count)
            out = flags(count) { ordered(op, orderAt(converted, broadcast, $0)) }
        }
        return ColumnBuild.booleans(out, converted.validity)
    }

    /// `count` flags written straight into the new array's storage (no per-row uniqueness
    /// check on the array, which the optimizer does not always hoist out of the loop).
    @inline(__always)
    private static func flags(_ count: Int, _ flag: (Int) -> Bool) -> [Bool] {
        [Bool](unsafeUninitializedCapacity: count) { buffer, initialized in
            for row in 0..<count { buffer.initializeElement(at: row, to: flag(row)) }
            initialized = count
        }
    }

    static func ordered(_ op: BinaryOperator, _ order: Int) -> Bool {
        switch op {
        case .equal, .isNotDistinctFrom: order == 0
        case .notEqual, .isDistinctFrom: order != 0
        case .less: order < 0
        case .lessOrEqual: order <= 0
        case .greater: order > 0
        case .greaterOrEqual: order >= 0
        default: false
        }
    }

    static func compare<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }

    /// -1, 0, 1 for the values at `row` of two columns coerced to a common representation.
    static func orderAt(_ l: RecordColumn, _ r: RecordColumn, _ row: Int) -> Int {
        switch (l.values, r.values) {
        case (.integer(let a), .integer(let b)), (.time(let a), .time(let b)): return compare(a[row], b[row])
        case (.uinteger(let a), .uinteger(let b)): return compare(a[row], b[row])
        case (.float(let a), .float(let b)): return compareFloats(a[row], b[row])
        case (.string(let a), .string(let b)): return compare(a[row], b[row])
        case (.boolean(let a), .boolean(let b)): return compare(a[row] ? 1 : 0, b[row] ? 1 : 0)
        case (.date(let a), .date(let b)): return compare(a[row], b[row])
        case (.decimal(let a), .decimal(let b)): return compare(a[row], b[row])
        default:
            // Intervals, binary, structs and lists: through their scalars.
            return l.type.storedType == nil ? ScalarOrder.compare(l.scalar(at: row), r.scalar(at: row)) : 0
        }
    }

    /// Total order on floats as Arrow uses for sorting (NaN greatest); comparisons with NaN are
    /// false except `!=`, as in SQL engines built on Arrow.
    static func compareFloats(_ a: Double, _ b: Double) -> Int {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : (a.isNaN ? 1 : -1) }
        return compare(a, b)
    }

    static func compareScalars(_ op: BinaryOperator, _ l: ScalarValue, _ r: ScalarValue) throws(KernelError)
        -> ScalarValue
    {
        // Struct, list and map values of one type carry no type of their own: compared as values
        // (lists of different item types are coerced first: `[1.5] = [1]`, `['a'] = [1]`).
        if l.columnType == nil, r.columnType == nil, !l.isNull || !r.isNull,
            l.isNull || r.isNull || ArrayFunctions.inferredType(l) == ArrayFunctions.inferredType(r)
        {
            if op == .isDistinctFrom || op == .isNotDistinctFrom {
                let same = (l.isNull && r.isNull) || (!l.isNull && !r.isNull && ScalarOrder.compare(l, r) == 0)
                return .boolean(same == (op == .isNotDistinctFrom))
            }
            if op.isComparison, !l.isNull, !r.isNull { return .boolean(ordered(op, ScalarOrder.compare(l, r))) }
        }
        let left = try coerceForComparison(.scalar(l), against: .scalar(r), count: 1)
        let right = try coerceForComparison(.scalar(r), against: .scalar(l), count: 1)
        guard case .column(let result) = try evaluate(op, .column(left), .column(right), count: 1) else { return .null }
        return result.scalar(at: 0)
    }

    /// The common representation of two operands, as a full column for `side`.
    static func coerceForComparison(_ side: Datum, against other: Datum, count: Int) throws(KernelError) -> RecordColumn
    {
        let mine = typeOf(side)
        let theirs = typeOf(other)
        let target = try commonType(mine, theirs)
        return try Cast.column(side.column(count: count, type: mine ?? target), to: target)
    }

    static func typeOf(_ datum: Datum) -> ValueType? {
        switch datum {
        case .column(let column): column.type == .tag ? .string : column.type
        case .scalar(let value): value.columnType ?? ArrayFunctions.inferredType(value)
        }
    }

    /// The item type of a list holding items of types `a` and `b` (a NULL's type is nil): Null
    /// when both are NULL-typed (DataFusion's `List(Null)`), else the comparison type.
    static func listItemType(_ a: ValueType?, _ b: ValueType?) throws(KernelError) -> ValueType {
        if (a ?? .null) == .null, (b ?? .null) == .null { return .null }
        return try commonType(a, b)
    }

    /// The type both sides are compared in.
    static func commonType(_ a: ValueType?, _ b: ValueType?) throws(KernelError) -> ValueType {
        // Arrow's Null type (a `List(Null)`'s items) gives way to the other side, as NULL does.
        switch (a == .null ? nil : a, b == .null ? nil : b) {
        case (nil, nil): return .integer
        case (let x?, nil), (nil, let x?): return x == .tag ? .string : x
        case (let x?, let y?):
            let x = x == .tag ? ValueType.string : x
            let y = y == .tag ? ValueType.string : y
            if x == y { return x }
            if let temporal = TemporalArithmetic.commonType(x, y) { return temporal }
            if let decimal = DecimalArithmetic.common(x, y) { return decimal }
            if case .narrow = x {
                if let common = NumericCoercion.common(x, y) { return common }
                return try commonType(x.storage, y)
            }
            if case .narrow = y {
                if let common = NumericCoercion.common(x, y) { return common }
                return try commonType(x, y.storage)
            }
            switch (x, y) {
            case (.integer, .uinteger), (.uinteger, .integer): return .integer
            case (.float, .integer), (.integer, .float), (.float, .uinteger), (.uinteger, .float): return .float
            case (.time, .string), (.string, .time): return .time
            case (.time, .integer), (.integer, .time): return .time
            // A zoned timestamp: the other side is cast to it (a naive one read as local time).
            case (.zonedTime, .time), (.zonedTime, .string), (.zonedTime, .integer), (.zonedTime, .zonedTime): return x
            case (.time, .zonedTime), (.string, .zonedTime), (.integer, .zonedTime): return y
            case (.string, .integer), (.integer, .string), (.string, .float), (.float, .string),
                (.string, .uinteger), (.uinteger, .string):
                return x == .string ? y : x
            case (.boolean, .string), (.string, .boolean): return .boolean
            // Maps whose keys or values differ only as tag and string compare entry by entry.
            case (.map, .map): return x
            case (.list(let left), .list(let right)):
                return .list([ValueField(name: "item", type: try listItemType(left.item.type, right.item.type))])
            case (.decimal, .string): return x
            case (.string, .decimal): return y
            default:
                throw KernelError(
                    .invalidInput,
                    "Error during planning: Cannot infer common argument type for comparison operation "
                        + "\(ArrowTypeName.of(x)) = \(ArrowTypeName.of(y))"
                )
            }
        }
    }
}

/// Arrow's display names of our column types (as `information_schema` and errors print them).
public enum ArrowTypeName {
    public static func of(_ type: ValueType) -> String { type.arrowName }
}
