import Kernel

/// Scalar functions the engine evaluates (names as SQL spells them). `now()` is folded to a
/// literal at planning time so one query sees one instant.
public enum ScalarFunction: String, Sendable, Hashable, CaseIterable {
    case abs, ceil, floor, round, sqrt, exp, ln, log10, log2, power, signum, trunc
    case lower, upper, length
    case characterLength = "character_length"
    case charLength = "char_length"
    case concat, trim, ltrim, rtrim, btrim
    case startsWith = "starts_with"
    case endsWith = "ends_with"
    case strpos, substr, replace, reverse, left, right
    case coalesce, nullif
    case dateBin = "date_bin"
    case dateBinWallclock = "date_bin_wallclock"
    case dateTrunc = "date_trunc"
    case datePart = "date_part"
    case toTimestamp = "to_timestamp"
    case toTimestampSeconds = "to_timestamp_seconds"
    case toTimestampMillis = "to_timestamp_millis"
    case toTimestampMicros = "to_timestamp_micros"
    case toTimestampNanos = "to_timestamp_nanos"
    case toLocalTime = "to_local_time"
    case isnan
    case greatest, least, nvl, nvl2, ifnull
    case cot, degrees, radians, pi
    case lpad, rpad, `repeat`, initcap, translate, md5
    case splitPart = "split_part"
    case regexpLike = "regexp_like"
    case regexpReplace = "regexp_replace"
    case toChar = "to_char"
    case toUnixtime = "to_unixtime"
    case structure = "struct"
    case namedStruct = "named_struct"
    case getField = "get_field"
    case makeArray = "make_array"
    case makeList = "make_list"
    case arrayLength = "array_length"
    case arrayElement = "array_element"
    case regexpMatch = "regexp_match"
    case arrayAppend = "array_append"
    case arrayPrepend = "array_prepend"
    case arrayHas = "array_has"
    case arrayPosition = "array_position"
    case arrayMax = "array_max"
    case arrayMin = "array_min"
    case arraySort = "array_sort"
    case arraySlice = "array_slice"
    case arrayToString = "array_to_string"
    case arrayReverse = "array_reverse"
    case arrayDistinct = "array_distinct"
    case arrayRemove = "array_remove"
    case cardinality
    case arrayConcat = "array_concat"
    case arrayHasAll = "array_has_all"
    case arrayHasAny = "array_has_any"
    case flatten
    case stringToArray = "string_to_array"
    case range
    case generateSeries = "generate_series"
    case arrayEmpty = "array_empty"
    case arrayPopBack = "array_pop_back"
    case arrayPopFront = "array_pop_front"
    case arrayPositions = "array_positions"
    case arrayRemoveAll = "array_remove_all"
    case arrayRemoveN = "array_remove_n"
    case arrayReplace = "array_replace"
    case arrayReplaceAll = "array_replace_all"
    case arrayReplaceN = "array_replace_n"
    case arrayRepeat = "array_repeat"
    case arrayResize = "array_resize"
    case arrayUnion = "array_union"
    case arrayIntersect = "array_intersect"
    case arrayExcept = "array_except"
    case arrayAnyValue = "array_any_value"
    case arrayNdims = "array_ndims"
    case arrayDims = "array_dims"
    case arrayDistance = "array_distance"
    case makeDate = "make_date"
    case toDate = "to_date"
    case sha224, sha256, sha384, sha512, digest
    case acos, acosh, asin, asinh, atan, atanh, atan2, cbrt, cos, cosh, sin, sinh, tan, tanh
    case factorial, gcd, lcm, iszero, log, nanvl, random
    case ascii, chr, contains, levenshtein, overlay, uuid, version, encode, decode
    case bitLength = "bit_length"
    case octetLength = "octet_length"
    case concatWs = "concat_ws"
    case findInSet = "find_in_set"
    case substrIndex = "substr_index"
    case toHex = "to_hex"
    case regexpCount = "regexp_count"
    // The map functions (`MapFunctions`); `make_map`, `element_at` and `get_field` on a map bind
    // to these (`MapBinding`).
    case map
    case mapExtract = "map_extract"
    case mapKeys = "map_keys"
    case mapValues = "map_values"
    case mapEntries = "map_entries"

    /// Functions whose value differs per call (never folded to a constant, evaluated per row).
    public var isVolatile: Bool { self == .random || self == .uuid }

    /// The result type for arguments of `argumentTypes`.
    /// The struct and list functions are typed by `NestedFunctions.resultType` (their types
    /// depend on literal field names); here they get the type their arguments alone give.
    public func resultType(_ argumentTypes: [ValueType?]) -> ValueType {
        if let narrow = NarrowFunctionTypes.resultType(self, argumentTypes) { return narrow }
        switch self {
        case .structure, .namedStruct, .getField, .makeArray, .makeList, .arrayLength, .arrayElement, .regexpMatch,
            .arrayAppend, .arrayPrepend, .arrayHas, .arrayPosition, .arrayMax, .arrayMin, .arraySort, .arraySlice,
            .arrayToString, .arrayReverse, .arrayDistinct, .arrayRemove, .cardinality, .arrayConcat, .arrayHasAll,
            .arrayHasAny, .flatten, .stringToArray, .range, .generateSeries, .arrayEmpty, .arrayPopBack, .arrayPopFront,
            .arrayPositions, .arrayRemoveAll, .arrayRemoveN, .arrayReplace, .arrayReplaceAll, .arrayReplaceN,
            .arrayRepeat, .arrayResize, .arrayUnion, .arrayIntersect, .arrayExcept,
            .arrayAnyValue, .arrayNdims, .arrayDims, .arrayDistance, .map, .mapExtract, .mapKeys, .mapValues,
            .mapEntries:
            return (try? NestedFunctions.resultType(self, argumentTypes, literals: argumentTypes.map { _ in nil }))
                ?? .string
        case .abs, .ceil, .floor, .round, .trunc, .signum:
            let input = argumentTypes.first.flatMap { $0 } ?? .float
            return self == .abs || self == .signum ? input : (input == .integer || input == .uinteger ? .float : input)
        case .sqrt, .exp, .ln, .log10, .log2, .power, .cot, .degrees, .radians, .pi: return .float
        case .acos, .acosh, .asin, .asinh, .atan, .atanh, .atan2, .cbrt, .cos, .cosh, .sin, .sinh, .tan, .tanh,
            .log, .nanvl, .random:
            return .float
        case .factorial, .gcd, .lcm: return .integer
        case .iszero, .contains: return .boolean
        case .ascii, .bitLength, .octetLength, .findInSet, .levenshtein, .regexpCount: return .integer
        case .chr, .concatWs, .overlay, .substrIndex, .toHex, .uuid, .version, .encode: return .string
        case .decode: return .binary
        case .greatest, .least, .nvl, .nvl2, .ifnull:
            let types = argumentTypes.compactMap { $0 }.map { $0 == .tag ? ValueType.string : $0 }
            if self != .nvl2, let temporal = Self.finestTimeType(types) { return temporal }
            if types.contains(.float), types.allSatisfy({ [.float, .integer, .uinteger].contains($0) }) {
                return .float
            }
            return (self == .nvl2 ? types.dropFirst().first : types.first) ?? .string
        case .lpad, .rpad, .repeat, .initcap, .translate, .md5, .splitPart, .regexpReplace, .toChar: return .string
        case .regexpLike: return .boolean
        case .makeDate, .toDate: return .date
        case .sha224, .sha256, .sha384, .sha512, .digest: return .binary
        case .toUnixtime: return .integer
        case .lower, .upper, .concat, .trim, .ltrim, .rtrim, .btrim, .substr, .replace, .reverse, .left, .right:
            return .string
        case .length, .characterLength, .charLength, .strpos, .datePart: return .integer
        case .startsWith, .endsWith, .isnan: return .boolean
        case .coalesce, .nullif:
            if let temporal = Self.finestTimeType(argumentTypes.compactMap { $0 }) { return temporal }
            let first = NestedFunctions.firstKnownType(argumentTypes) ?? .string
            return first == .tag ? .string : first
        case .dateBin, .dateBinWallclock, .dateTrunc:
            // A zoned timestamp keeps its zone (date_trunc truncates its local time).
            if argumentTypes.count >= 2, case .zonedTime(let zone)? = argumentTypes[1] { return .zonedTime(zone) }
            if argumentTypes.count >= 2, case .coarseTime? = argumentTypes[1], self != .dateBinWallclock {
                return argumentTypes[1] ?? .time
            }
            return .time
        case .toTimestamp, .toTimestampNanos, .toLocalTime: return .time
        case .toTimestampSeconds, .toTimestampMillis, .toTimestampMicros:
            return .timestamp(TimeFunctions.unit(of: self))
        }
    }

    /// Timestamps of several units (or durations): DataFusion's common type, the finest unit;
    /// nil unless the first type is one with a unit and another differs.
    static func finestTimeType(_ types: [ValueType]) -> ValueType? {
        guard let first = types.first, first.timeUnit != nil else { return nil }
        let common = types.reduce(first) { $1.timeUnit == nil ? $0 : TemporalArithmetic.commonType($0, $1) ?? $0 }
        return common == first ? nil : common
    }

}
