import Kernel

/// The struct and list functions: `struct`, `named_struct`, `get_field` (and `s['name']`),
/// `make_array`/`make_list`, `array_length`, `array_element` (and `list[i]`). Their result types
/// depend on literal arguments (field names), so the binder and the evaluator both type them
/// here, from the argument types and the literal values.
public enum NestedFunctions {
    /// Whether `function` is typed and evaluated here.
    public static func handles(_ function: ScalarFunction) -> Bool {
        switch function {
        case .structure, .namedStruct, .getField, .makeArray, .makeList, .arrayLength, .arrayElement, .regexpMatch:
            true
        default: ArrayFunctions.handles(function) || MapFunctions.handles(function)
        }
    }

    /// The result type; `literals[i]` is argument `i`'s value when it is a constant.
    public static func resultType(
        _ function: ScalarFunction, _ types: [ValueType?], literals: [ScalarValue?]
    ) throws(KernelError) -> ValueType {
        func plain(_ type: ValueType?) -> ValueType { type.map { $0 == .tag ? .string : $0 } ?? .integer }
        if MapFunctions.handles(function, types) { return try MapFunctions.resultType(function, types) }
        switch function {
        case .structure:
            guard !types.isEmpty else { throw planning("struct requires at least one argument") }
            return .structure(
                NestedFields(types.enumerated().map { ValueField(name: "c\($0.offset)", type: plain($0.element)) }))
        case .namedStruct:
            guard !types.isEmpty, types.count % 2 == 0 else {
                throw planning("named_struct requires an even number of arguments, got \(types.count) instead")
            }
            var fields: [ValueField] = []
            for index in stride(from: 0, to: types.count, by: 2) {
                guard case .string(let name) = literals[index] ?? .null else {
                    throw planning("named_struct requires 0-th, 2-th... arguments to be non-empty constant strings")
                }
                fields.append(ValueField(name: name, type: plain(types[index + 1])))
            }
            return .structure(NestedFields(fields))
        case .getField:
            guard types.count == 2, case .structure(let fields) = types[0] ?? .integer else {
                throw planning("get_field requires a struct and a field name")
            }
            guard case .string(let name) = literals[1] ?? .null, let field = fields.first(where: { $0.name == name })
            else {
                throw planning("get_field: field '\(literals[1].map(ValueText.render) ?? "")' not found")
            }
            return field.type
        case .makeArray, .makeList:
            return .list([ValueField(name: "item", type: commonType(types.map { $0.map(plain) }))])
        case .arrayLength:
            guard types.count == 1, case .list = types[0] ?? .integer else {
                throw planning("array_length requires one list argument")
            }
            return .uinteger
        case .regexpMatch:
            guard (2...3).contains(types.count) else {
                throw planning("regexp_match requires 2 or 3 arguments, got \(types.count)")
            }
            return .list([ValueField(name: "item", type: .string)])
        case .arrayElement:
            guard types.count == 2, case .list(let list) = types[0] ?? .integer else {
                throw planning("array_element requires a list and an index")
            }
            return list.item.type
        default:
            return try ArrayFunctions.resultType(function, types)
        }
    }

    /// Evaluates over whole arguments (scalars stay scalars).
    /// `get_field`'s second argument is the field's position (the binder resolves the name).
    static func evaluate(_ function: ScalarFunction, _ arguments: [Datum], count: Int) throws(KernelError) -> Datum {
        if function == .getField, arguments.count == 2, case .scalar(.integer(let index)) = arguments[1] {
            return field(Int(index), of: arguments[0])
        }
        var patterns = RegexCache()
        let literals: [ScalarValue?] = arguments.map { if case .scalar(let v) = $0 { v } else { nil } }
        // The binder checked the types; a struct or list scalar has no type of its own here, so
        // an unknown argument type falls back to what the values carry.
        let argumentTypes = arguments.map { argument -> ValueType? in
            if case .scalar(let value) = argument {
                return MapFunctions.inferredType(value, asMap: function != .map && MapFunctions.handles(function))
                    ?? ArrayFunctions.inferredType(value)
            }
            return Comparison.typeOf(argument)
        }
        let type = (try? resultType(function, argumentTypes, literals: literals)) ?? .string
        let allScalar = literals.allSatisfy { $0 != nil }
        let rows = allScalar ? 1 : count
        var results: [ScalarValue] = []
        results.reserveCapacity(rows)
        var budget = GeneratedSizeBudget(function)
        for row in 0..<rows {
            let values = arguments.map { argument -> ScalarValue in
                switch argument {
                case .scalar(let value): value
                case .column(let column): column.scalar(at: row)
                }
            }
            if function == .regexpMatch {
                results.append(try patterns.match(values))
            } else if MapFunctions.handles(function, argumentTypes) {
                results.append(try MapFunctions.apply(function, values))
            } else if ArrayFunctions.handlesMeasure(function) {
                results.append(try ArrayFunctions.applyMeasure(function, values, listType: argumentTypes.first ?? nil))
            } else if ArrayFunctions.handles(function) {
                var value = try ArrayFunctions.apply(function, values, type: type)
                // DataFusion: a constant list holding NULL searched for a column's value answers
                // NULL, not false, when the value is missing (its IN-list path).
                if function == .arrayHas, value == .boolean(false), literals.count == 2, literals[1] == nil,
                    case .list(let items)? = literals[0], items.contains(where: \.isNull)
                {
                    value = .null
                }
                results.append(value)
            } else {
                results.append(apply(function, values, type: type))
            }
            try budget.charge(results[results.count - 1])
        }
        if allScalar { return .scalar(results.first ?? .null) }
        return .column(ColumnBuild.fromScalars(results, type: type))
    }

    private static func apply(_ function: ScalarFunction, _ args: [ScalarValue], type: ValueType) -> ScalarValue {
        switch function {
        case .structure: return .structure(ScalarValues(fieldValues(args, type)))
        case .namedStruct:
            return .structure(ScalarValues(fieldValues(stride(from: 1, to: args.count, by: 2).map { args[$0] }, type)))
        case .makeArray, .makeList:
            guard case .list(let list) = type else { return .null }
            // A struct, list or map item carries no type (its inferred item type may be wrong): kept.
            return .list(
                ScalarValues(
                    args.map { $0.columnType == nil ? $0 : (try? Cast.scalar($0, to: list.item.type)) ?? .null }))
        case .arrayLength:
            guard case .list(let items) = args[0] else { return .null }
            return .uinteger(UInt64(items.count))
        case .arrayElement:
            guard case .list(let items) = args[0] else { return .null }
            let index: Int64
            switch args[1] {
            case .integer(let v): index = v
            case .uinteger(let v): index = Int64(clamping: v)
            case .float(let v):
                guard let whole = Int64(exactly: v.rounded(.towardZero)) else { return .null }
                index = whole
            default: return .null
            }
            // 1-based from the front, negative from the back; out of range (or 0) is NULL.
            guard index != 0, index.magnitude <= UInt64(items.count) else { return .null }
            return items[index > 0 ? Int(index) - 1 : items.count + Int(index)]
        default: return .null
        }
    }

    /// Values converted to the struct type's field types.
    private static func fieldValues(_ values: [ScalarValue], _ type: ValueType) -> [ScalarValue] {
        guard case .structure(let fields) = type else { return values }
        return zip(values, fields).map { (try? Cast.scalar($0, to: $1.type)) ?? .null }
    }

    /// Field `index` of a struct: a column's child (no rows copied) or a scalar's value.
    private static func field(_ index: Int, of base: Datum) -> Datum {
        switch base {
        case .scalar(.structure(let values)): return .scalar(values.indices.contains(index) ? values[index] : .null)
        case .scalar: return .scalar(.null)
        case .column(let column):
            guard case .structure(let children) = column.values, children.columns.indices.contains(index) else {
                return .scalar(.null)
            }
            var child = children.columns[index]
            let words = zip(child.validity.words, column.validity.words).map { $0 & $1 }
            child.validity = ValidityBitmap(words: words, count: column.count)
            return .column(child)
        }
    }

    /// The type make_array coerces its items to (numbers widen to Float64, anything with a
    /// string to Utf8); Null when there are no items or all are NULL (DataFusion's `List(Null)`).
    private static func commonType(_ types: [ValueType?]) -> ValueType {
        types.reduce(ValueType.null) { result, type in type.map { unified(result, $0) } ?? result }
    }

    /// The first known type of alternatives (`coalesce`, `CASE` branches), with a list's Null
    /// items taking the other lists' item types (`coalesce([], [1])` is `List(Int64)`).
    public static func firstKnownType(_ types: [ValueType?]) -> ValueType? {
        guard let first = types.lazy.compactMap({ $0 }).first else { return nil }
        guard case .list = first else { return first }
        return types.reduce(first) { result, type in
            if case .list = type { unified(result, type ?? result) } else { result }
        }
    }

    /// The type two item types coerce to: Null gives way to anything, lists unify their items.
    static func unified(_ left: ValueType, _ right: ValueType) -> ValueType {
        // Narrow numbers follow DataFusion's numeric coercion (Int32 with Int64 is Int64, ...).
        if left != right, NumericCoercion.needsCommonType([left, right]),
            let numeric = NumericCoercion.common(left, right)
        {
            return numeric
        }
        return switch (left, right) {
        case _ where left == right: left
        case (.null, _): right
        case (_, .null): left
        case (.integer, .float), (.uinteger, .float), (.float, .integer), (.float, .uinteger): .float
        case (.integer, .uinteger), (.uinteger, .integer): .integer
        case (.list(let a), .list(let b)): .list([ValueField(name: "item", type: unified(a.item.type, b.item.type))])
        default: .string
        }
    }

    private static func planning(_ message: String) -> KernelError {
        KernelError(.invalidInput, "Error during planning: \(message)")
    }
}

/// `regexp_match(text, pattern[, flags])` with each distinct pattern compiled once: the groups'
/// texts (groups that did not take part left out), or the whole match for a pattern without
/// groups, as arrow's `regexp_match`; NULL when nothing matches.
struct RegexCache {
    private var compiled: [String: LinearRegex] = [:]

    mutating func match(_ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        guard !args.contains(where: \.isNull) else { return .null }
        let flags = args.count > 2 ? ValueText.render(args[2]) : ""
        if flags.contains("g") {
            throw KernelError(
                .invalidInput, "Error during planning: regexp_match() does not support the \"global\" option")
        }
        let pattern = (flags.contains("i") ? "(?i)" : "") + ValueText.render(args[1])
        guard pattern.utf8.count <= PatternMatching.maxPatternLength else {
            throw KernelError(.invalidInput, "regex pattern longer than \(PatternMatching.maxPatternLength) bytes")
        }
        let regex: LinearRegex
        if let known = compiled[pattern] {
            regex = known
        } else {
            regex = try LinearRegex(pattern)
            compiled[pattern] = regex
        }
        guard let groups = regex.firstMatch(ValueText.render(args[0])) else { return .null }
        let texts = regex.groupCount == 0 ? [groups[0]] : Array(groups.dropFirst())
        return .list(ScalarValues(texts.compactMap { $0.map(ScalarValue.string) }))
    }
}
