import Kernel

/// Evaluation of `ScalarFunction`s row by row over already evaluated arguments. Row-wise is
/// acceptable for these (the hot paths are comparisons, arithmetic and aggregation, which have
/// column kernels); `date_bin` has a column fast path because every time-bucketed query uses it.
enum FunctionKernels {
    static func evaluate(_ function: ScalarFunction, _ arguments: [Datum], count: Int) throws(KernelError) -> Datum {
        if function == .dateBin, let fast = try dateBinColumn(arguments) { return fast }
        if NestedFunctions.handles(function) { return try NestedFunctions.evaluate(function, arguments, count: count) }
        if let single = Float32Math.evaluate(function, arguments, count: count) { return single }
        try DigestFunctions.checkMethod(function, arguments)
        let allScalar =
            !function.isVolatile && arguments.allSatisfy { if case .scalar = $0 { true } else { false } }
        let rows = allScalar ? 1 : count
        var results: [ScalarValue] = []
        results.reserveCapacity(rows)
        var budget = GeneratedSizeBudget(function)
        for row in 0..<rows {
            let value = try apply(function, arguments.map { $0.scalar(at: row) })
            try budget.charge(value)
            results.append(value)
        }
        let type = function.resultType(arguments.map(Comparison.typeOf))
        if allScalar { return .scalar(results.first ?? .null) }
        return .column(ColumnBuild.fromScalars(results.map { coerce($0, to: type) }, type: type))
    }

    private static func coerce(_ value: ScalarValue, to type: ValueType) -> ScalarValue {
        (try? Cast.scalar(value, to: type)) ?? .null
    }

    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        switch function {
        case .coalesce: return args.first { !$0.isNull } ?? .null
        case .nullif:
            return args.count == 2 && (try? Comparison.compareScalars(.equal, args[0], args[1])) == .boolean(true)
                ? .null : args.first ?? .null
        default: break
        }
        if let chosen = ExtraFunctions.applyNullAware(function, args) { return chosen }
        if let parsed = try ChronoDates.formatted(function, args) { return parsed }
        if let joined = TextFunctions.applyNullAware(function, args) { return joined }
        try EncodingFunctions.checkNullEncoding(function, args)
        if args.contains(where: \.isNull) { return .null }
        switch function {
        case .abs, .ceil, .floor, .round, .sqrt, .exp, .ln, .log10, .log2, .power, .signum, .trunc, .isnan:
            return try MathFunctions.apply(function, args)
        case .lower, .upper, .length, .characterLength, .charLength, .concat, .trim, .ltrim, .rtrim, .btrim,
            .startsWith, .endsWith, .strpos, .substr, .replace, .reverse, .left, .right:
            return try StringFunctions.apply(function, args)
        case .dateBinWallclock: return try WallclockBinning.apply(args)
        case .datePart: return try TimeFunctions.apply(function, args.map(\.asNanosecondTimestamp))
        case .dateBin, .dateTrunc, .toTimestamp, .toTimestampSeconds, .toTimestampMillis,
            .toTimestampMicros, .toTimestampNanos, .toLocalTime:
            return try TimeFunctions.apply(function, args)
        case .coalesce, .nullif, .greatest, .least, .nvl, .nvl2, .ifnull, .nanvl: return .null
        case .acos, .acosh, .asin, .asinh, .atan, .atanh, .atan2, .cbrt, .cos, .cosh, .sin, .sinh, .tan, .tanh,
            .factorial, .gcd, .lcm, .iszero, .log, .random:
            return try ScientificFunctions.apply(function, args)
        case .ascii, .bitLength, .octetLength, .chr, .concatWs, .contains, .findInSet, .levenshtein, .overlay,
            .substrIndex, .toHex, .uuid, .version:
            return try TextFunctions.apply(function, args)
        case .encode, .decode, .regexpCount: return try EncodingFunctions.apply(function, args)
        case .cot, .degrees, .radians, .pi, .lpad, .rpad, .repeat, .initcap, .translate, .md5, .splitPart:
            return try ExtraFunctions.apply(function, args)
        case .regexpLike, .regexpReplace, .toChar, .toUnixtime:
            return try FormatFunctions.apply(function, args.map(\.asNanosecondTimestamp))
        case .makeDate, .toDate: return try DateFunctions.apply(function, args.map(\.asNanosecondTimestamp))
        case .sha224, .sha256, .sha384, .sha512, .digest: return try DigestFunctions.apply(function, args)
        case .structure, .namedStruct, .getField, .makeArray, .makeList, .arrayLength, .arrayElement, .regexpMatch,
            .arrayAppend, .arrayPrepend, .arrayHas, .arrayPosition, .arrayMax, .arrayMin, .arraySort, .arraySlice,
            .arrayToString, .arrayReverse, .arrayDistinct, .arrayRemove, .cardinality, .arrayConcat, .arrayHasAll,
            .arrayHasAny, .flatten, .stringToArray, .range, .generateSeries, .arrayEmpty, .arrayPopBack, .arrayPopFront,
            .arrayPositions, .arrayRemoveAll, .arrayRemoveN, .arrayReplace, .arrayReplaceAll, .arrayReplaceN,
            .arrayRepeat, .arrayResize, .arrayUnion, .arrayIntersect, .arrayExcept,
            .arrayAnyValue, .arrayNdims, .arrayDims, .arrayDistance, .map, .mapExtract, .mapKeys, .mapValues,
            .mapEntries:
            return .null  // evaluated by NestedFunctions before this row-wise path
        }
    }

    /// `date_bin(interval, time[, origin])` over a time column with a literal fixed interval.
    private static func dateBinColumn(_ arguments: [Datum]) throws(KernelError) -> Datum? {
        guard arguments.count >= 2, case .scalar(.interval(let interval)) = arguments[0],
            case .column(let column) = arguments[1], case .time(let times) = column.values,
            let stride = interval.fixedNanoseconds
        else { return nil }
        guard stride > 0 else { throw KernelError(.invalidInput, "Execution error: DATE_BIN stride must be non-zero") }
        var origin: Int64 = 0
        if arguments.count == 3 {
            guard case .scalar(.timestamp(let o)) = arguments[2] else { return nil }
            origin = o
        }
        let binned = times.map { TimeFunctions.bin($0, stride: stride, origin: origin) }
        return .column(ColumnBuild.make(column.type, .time(binned), column.validity))
    }
}
