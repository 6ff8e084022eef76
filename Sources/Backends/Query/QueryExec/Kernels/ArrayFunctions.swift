import Kernel

/// DataFusion's list functions on one row's values (`NestedFunctions` types and evaluates them
/// through here): append/prepend, membership and position, min/max, sort, slice, reverse,
/// distinct, remove, cardinality and `array_to_string`. Element comparisons are SQL equality
/// where a NULL equals a NULL (as arrow's row comparison treats them).
public enum ArrayFunctions {
    /// The `list_*` and other spellings, to their canonical function names.
    public static let aliases: [String: String] = [
        "list_append": "array_append", "array_push_back": "array_append", "list_push_back": "array_append",
        "list_prepend": "array_prepend", "array_push_front": "array_prepend", "list_push_front": "array_prepend",
        "array_contains": "array_has", "list_has": "array_has", "list_contains": "array_has",
        "list_position": "array_position", "array_indexof": "array_position", "list_indexof": "array_position",
        "list_max": "array_max", "list_sort": "array_sort", "array_sort": "array_sort",
        "list_slice": "array_slice", "array_join": "array_to_string", "list_join": "array_to_string",
        "list_to_string": "array_to_string", "list_reverse": "array_reverse", "list_distinct": "array_distinct",
        "list_remove": "array_remove", "list_length": "array_length", "array_cat": "array_concat",
        "list_concat": "array_concat", "list_cat": "array_concat", "list_has_all": "array_has_all",
        "list_has_any": "array_has_any", "string_to_list": "string_to_array",
        "array_extract": "array_element", "list_extract": "array_element", "list_element": "array_element",
        "empty": "array_empty", "list_empty": "array_empty", "list_pop_back": "array_pop_back",
        "list_pop_front": "array_pop_front", "list_positions": "array_positions",
        "list_remove_all": "array_remove_all", "list_remove_n": "array_remove_n",
        "list_replace": "array_replace", "list_replace_all": "array_replace_all", "list_replace_n": "array_replace_n",
        "list_repeat": "array_repeat", "list_resize": "array_resize", "list_union": "array_union",
        "list_intersect": "array_intersect", "list_except": "array_except", "arrays_overlap": "array_has_any",
        "list_any_value": "array_any_value", "list_ndims": "array_ndims", "list_dims": "array_dims",
        "list_distance": "array_distance", "row": "struct",
    ]

    static func handles(_ function: ScalarFunction) -> Bool {
        switch function {
        case .arrayAppend, .arrayPrepend, .arrayHas, .arrayPosition, .arrayMax, .arrayMin, .arraySort, .arraySlice,
            .arrayToString, .arrayReverse, .arrayDistinct, .arrayRemove, .cardinality:
            true
        default:
            handlesConstructor(function) || handlesEdit(function) || handlesReshape(function) || handlesSet(function)
                || handlesMeasure(function)
        }
    }

    /// The argument count range and the position of the list argument.
    private static func shape(_ function: ScalarFunction) -> (ClosedRange<Int>, list: Int) {
        switch function {
        case .arrayAppend, .arrayHas, .arrayRemove: (2...2, 0)
        case .arrayPrepend: (2...2, 1)
        case .arrayPosition: (2...3, 0)
        case .arraySort: (1...3, 0)
        case .arraySlice: (3...3, 0)
        case .arrayToString: (2...3, 0)
        default: (1...1, 0)
        }
    }

    static func resultType(_ function: ScalarFunction, _ types: [ValueType?]) throws(KernelError) -> ValueType {
        if handlesConstructor(function) { return try constructorType(function, types) }
        if handlesEdit(function) { return try editType(function, types) }
        if handlesReshape(function) { return try reshapeType(function, types) }
        if handlesSet(function) { return try setType(function, types) }
        if handlesMeasure(function) { return try measureType(function, types) }
        let (counts, listIndex) = shape(function)
        guard counts.contains(types.count) else {
            throw KernelError(
                .invalidInput,
                "Error during planning: \(function.rawValue) expects \(counts.lowerBound)...\(counts.upperBound) arguments, got \(types.count)"
            )
        }
        let listType = types[listIndex]
        var item: ValueType?
        switch listType {
        case .list(let fields): item = fields.item.type
        case nil:
            if function == .arrayToString {
                throw KernelError(.invalidInput, "Execution error: array_to_string expects list as first argument")
            }
            item = nil
        case let other?:
            throw KernelError(
                .invalidInput,
                "Error during planning: \(function.rawValue) does not support type \(ArrowTypeName.of(other))")
        }
        switch function {
        case .arrayAppend, .arrayPrepend:
            let element = types[function == .arrayAppend ? 1 : 0]
            let merged = try item.map { (i) throws(KernelError) in try Comparison.listItemType(i, element) } ?? element
            return .list([ValueField(name: "item", type: merged.map { $0 == .tag ? .string : $0 } ?? .integer)])
        case .arrayHas: return .boolean
        case .arrayPosition, .cardinality: return .uinteger
        case .arrayToString: return .string
        case .arrayMax, .arrayMin:
            guard let item else {
                throw KernelError(
                    .invalidInput, "Error during planning: \(function.rawValue) does not support type Null")
            }
            return item
        default: return listType ?? .list([ValueField(name: "item", type: .integer)])
        }
    }

    static func apply(_ function: ScalarFunction, _ args: [ScalarValue], type: ValueType) throws(KernelError)
        -> ScalarValue
    {
        if handlesConstructor(function) { return try applyConstructor(function, args, type: type) }
        if handlesEdit(function) { return try applyEdit(function, args, type: type) }
        if handlesReshape(function) { return try applyReshape(function, args, type: type) }
        if handlesSet(function) { return applySet(function, args, type: type) }
        let listIndex = shape(function).list
        let items: [ScalarValue]
        switch args[listIndex] {
        case .list(let values): items = Array(values)
        case .null:
            guard function == .arrayAppend || function == .arrayPrepend else { return .null }
            items = []
        default: return .null
        }
        switch function {
        case .arrayAppend, .arrayPrepend:
            guard case .list(let fields) = type else { return .null }
            let element = (try? Cast.scalar(args[function == .arrayAppend ? 1 : 0], to: fields.item.type)) ?? .null
            let converted = items.map { (try? Cast.scalar($0, to: fields.item.type)) ?? .null }
            return .list(ScalarValues(function == .arrayAppend ? converted + [element] : [element] + converted))
        case .arrayHas:
            guard !args[1].isNull else { return .null }
            if items.contains(where: { same($0, args[1]) }) { return .boolean(true) }
            return .boolean(false)  // NULL items do not make the answer NULL (DataFusion 55)
        case .arrayPosition:
            var start = 0
            if args.count == 3 {
                guard let from = integer(args[2]) else { return .null }
                guard from >= 1, from <= Int64(items.count) + 1 else {
                    throw KernelError(.invalidInput, "Execution error: start_from out of bounds: \(from)")
                }
                start = Int(from) - 1
            }
            guard start < items.count, let index = items[start...].firstIndex(where: { same($0, args[1]) }) else {
                return .null
            }
            return .uinteger(UInt64(index + 1))
        case .cardinality: return .uinteger(UInt64(items.count))
        case .arrayMax, .arrayMin:
            let present = items.filter { !$0.isNull }
            let pick =
                function == .arrayMax
                ? present.max { AggregateAccumulator.order($0, $1) < 0 }
                : present.min { AggregateAccumulator.order($0, $1) < 0 }
            return pick ?? .null
        case .arrayReverse: return .list(ScalarValues(items.reversed()))
        case .arrayDistinct:
            var kept: [ScalarValue] = []
            for item in items where !kept.contains(where: { same($0, item) }) { kept.append(item) }
            return .list(ScalarValues(kept))
        case .arrayRemove:
            guard !args[1].isNull else { return .null }
            var kept = items
            if let index = kept.firstIndex(where: { same($0, args[1]) }) { kept.remove(at: index) }
            return .list(ScalarValues(kept))
        case .arraySort: return try sort(items, args)
        case .arraySlice: return slice(items, args)
        case .arrayToString:
            guard !args[1].isNull else { return .null }
            return .string(join(items, ValueText.render(args[1]), null: args.count > 2 ? args[2] : .null))
        default: return .null
        }
    }

    /// A scalar's type, a list's item type taken from its first non-NULL item (a folded
    /// `make_array` constant carries no type of its own); nil for NULL and structs.
    static func inferredType(_ value: ScalarValue) -> ValueType? {
        guard case .list(let items) = value else { return value.columnType }
        let item = items.lazy.compactMap { inferredType($0) }.first ?? .null
        return .list([ValueField(name: "item", type: item)])
    }

    /// NULL-equal-NULL element equality.
    static func same(_ a: ScalarValue, _ b: ScalarValue) -> Bool {
        if a.isNull || b.isNull { return a.isNull && b.isNull }
        return (try? Comparison.compareScalars(.equal, a, b)) == .boolean(true)
    }

    private static func integer(_ value: ScalarValue) -> Int64? {
        switch value {
        case .integer(let v): v
        case .uinteger(let v): Int64(clamping: v)
        default: nil
        }
    }

    /// `array_sort(list[, 'ASC'|'DESC'[, 'NULLS FIRST'|'NULLS LAST']])`; NULLs first by default.
    private static func sort(_ items: [ScalarValue], _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        let direction = args.count > 1 ? ValueText.render(args[1]).uppercased() : "ASC"
        let nulls = args.count > 2 ? ValueText.render(args[2]).uppercased() : "NULLS FIRST"
        guard direction == "ASC" || direction == "DESC", nulls == "NULLS FIRST" || nulls == "NULLS LAST" else {
            throw KernelError(
                .invalidInput, "Execution error: the second parameter of array_sort expects DESC or ASC")
        }
        let key = SortKey(
            expression: .literal(.null), ascending: direction == "ASC", nullsFirst: nulls == "NULLS FIRST")
        var sorted = items
        sorted.sortStable { AggregateAccumulator.compare([$0], [$1], [key]) < 0 }
        return .list(ScalarValues(sorted))
    }

    /// `array_slice(list, from, to)`: 1-based and inclusive, negative from the end, 0 as 1.
    private static func slice(_ items: [ScalarValue], _ args: [ScalarValue]) -> ScalarValue {
        guard let from = integer(args[1]), let to = integer(args[2]) else { return .null }
        let count = Int64(items.count)
        let first = from > 0 ? from - 1 : (from == 0 ? 0 : max(0, count + from))
        let last = to > 0 ? min(to, count) - 1 : count + to
        guard first <= last, first < count, last >= 0 else { return .list(ScalarValues([])) }
        return .list(ScalarValues(Array(items[Int(first)...Int(last)])))
    }

    /// Elements as text joined by `delimiter`; NULLs left out unless a replacement is given.
    private static func join(_ items: [ScalarValue], _ delimiter: String, null: ScalarValue) -> String {
        var parts: [String] = []
        for item in items {
            switch item {
            case .null: if !null.isNull { parts.append(ValueText.render(null)) }
            case .list(let inner): parts.append(join(Array(inner), delimiter, null: null))
            case .float(let v): parts.append(rustFloat(v))
            default: parts.append(ValueText.render(item))
            }
        }
        return parts.joined(separator: delimiter)
    }

    /// A Float64 as Rust's `Display` writes it: shortest round-trip digits, never an exponent.
    static func rustFloat(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let text = "\(value)"
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
            let exponent = Int(text[text.index(after: e)...])
        else {
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        let negative = text.hasPrefix("-")
        let mantissa = text[..<e].drop { $0 == "-" }
        let pointIndex = mantissa.firstIndex(of: ".")
        let integerDigits = pointIndex.map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        var digits = mantissa.filter { $0 != "." }
        while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
        let point = integerDigits + exponent
        var result: String
        if point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            result = digits + String(repeating: "0", count: point - digits.count)
        } else {
            result = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        return (negative ? "-" : "") + result
    }
}
