import Kernel

/// DataFusion's map functions: `map(keys, values)` (what `make_map`, `MAP {...}` and `map(k, v, ...)`
/// bind to), `map_extract` (and `element_at`, and `get_field`/`m[key]` as its first item),
/// `map_keys`, `map_values`, `map_entries` and `cardinality` of a map. A map row is a list of
/// `{key, value}` structs (`ColumnValues.list`, `ScalarValue.list` of `.structure`), as Arrow lays
/// it out, so reading, gathering and comparing maps reuse the list paths.
public enum MapFunctions {
    /// Whether `function` is a map function (`cardinality` only of a map: `handles(_:_:)`).
    public static func handles(_ function: ScalarFunction) -> Bool {
        switch function {
        case .map, .mapExtract, .mapKeys, .mapValues, .mapEntries: true
        default: false
        }
    }

    /// Whether `function` over arguments of `types` is typed and evaluated here (`cardinality`
    /// of a map, and the refusal of a call that is of neither a list nor a map).
    public static func handles(_ function: ScalarFunction, _ types: [ValueType?]) -> Bool {
        if function == .cardinality {
            guard types.count == 1, let type = types[0] else { return types.count != 1 }
            switch type {
            case .list: return false
            default: return true
            }
        }
        return handles(function)
    }

    /// The result type, or DataFusion's planning error for arguments of the wrong types.
    public static func resultType(_ function: ScalarFunction, _ types: [ValueType?]) throws(KernelError) -> ValueType {
        switch function {
        case .map:
            guard types.count == 2, case .list(let keys) = types[0] ?? .integer,
                case .list(let values) = types[1] ?? .integer
            else {
                throw KernelError(.invalidInput, "Error during planning: map requires two list arguments")
            }
            return .map(key: keys.item.type, value: values.item.type)
        case .mapExtract:
            guard types.count == 2 else {
                throw extractCoercion(
                    "Execution error: map_extract function requires 2 arguments, got \(types.count)", types)
            }
            guard let entry = entryTypes(types[0]) else {
                throw extractCoercion(
                    "Internal error: Expected a Map type, got \(typeName(types[0])).\n"
                        + "This issue was likely caused by a bug in DataFusion's code. Please help us to resolve "
                        + "this by filing a bug report in our issue tracker: https://github.com/apache/datafusion/issues",
                    types)
            }
            return .list([ValueField(name: "item", type: entry.value)])
        case .cardinality:
            guard types.count == 1, types[0]?.mapKeyAndValue != nil else {
                throw signatureMismatch(
                    function, types, signature: "OneOf(ArraySignature(array), ArraySignature(map_array))",
                    candidates: ["array", "map_array"])
            }
            return .uinteger
        default:
            guard types.count == 1, let entry = entryTypes(types[0]) else {
                throw signatureMismatch(function, types)
            }
            switch function {
            case .mapKeys: return .list([ValueField(name: "item", type: entry.key)])
            case .mapValues: return .list([ValueField(name: "item", type: entry.value)])
            default:
                let entries = ValueType.structure([
                    ValueField(name: "key", type: entry.key, nullable: false),
                    ValueField(name: "value", type: entry.value),
                ])
                return .list([ValueField(name: "item", type: entries, nullable: false)])
            }
        }
    }

    /// One row: the arguments' values, NULL rows included.
    public static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        if function == .map { return try build(args[0], args[1]) }
        guard case .list(let entries) = args[0] else {
            // A NULL map: its entries are NULL, extracting from it gives `[NULL]` (as DataFusion).
            return function == .mapExtract ? .list([.null]) : .null
        }
        let pairs = entries.map { entry -> (key: ScalarValue, value: ScalarValue) in
            guard case .structure(let parts) = entry, parts.count == 2 else { return (.null, .null) }
            return (parts[0], parts[1])
        }
        switch function {
        case .mapKeys: return .list(ScalarValues(pairs.map(\.key)))
        case .mapValues: return .list(ScalarValues(pairs.map(\.value)))
        case .mapEntries: return args[0]
        case .cardinality: return .uinteger(UInt64(pairs.count))
        default:
            let key = args[1]
            guard !key.isNull, let pair = pairs.first(where: { ArrayFunctions.same($0.key, key) }) else {
                return .list([.null])
            }
            return .list([pair.value])
        }
    }

    /// `map(keys, values)` of one row: NULL when the keys are a NULL row; keys must be as many as
    /// the values, non-null and distinct.
    static func build(_ keys: ScalarValue, _ values: ScalarValue) throws(KernelError) -> ScalarValue {
        guard case .list(let keyItems) = keys else { return .null }
        guard case .list(let valueItems) = values else { return .null }
        guard keyItems.count == valueItems.count else {
            throw KernelError(
                .invalidInput, "Execution error: map requires key and value lists to have the same length")
        }
        var seen: Set<String> = []
        for key in keyItems {
            if key.isNull { throw KernelError(.invalidInput, "Execution error: map key cannot be null") }
            guard seen.insert(key.keyText).inserted else {
                throw KernelError(
                    .invalidInput,
                    "Execution error: map key must be unique, duplicate key found: \(ValueText.render(key))")
            }
        }
        return .list(ScalarValues(zip(keyItems, valueItems).map { .structure([$0, $1]) }))
    }

    /// The key and value types of a map type, or of a list of two-field structs (a map scalar's
    /// type as inferred from its value).
    static func entryTypes(_ type: ValueType?) -> (key: ValueType, value: ValueType)? {
        if let pair = type?.mapKeyAndValue { return pair }
        guard case .list(let list) = type ?? .integer, case .structure(let fields) = list.item.type, fields.count == 2
        else { return nil }
        return (fields[0].type, fields[1].type)
    }

    /// The type of a map scalar read from its entries (the first non-null key and value), for
    /// constant map arguments, which carry no type of their own.
    static func inferredType(_ value: ScalarValue, asMap: Bool) -> ValueType? {
        guard asMap, case .list(let entries) = value else { return nil }
        var key: ValueType?
        var item: ValueType?
        for case .structure(let parts) in entries where parts.count == 2 {
            key = key ?? ArrayFunctions.inferredType(parts[0])
            item = item ?? ArrayFunctions.inferredType(parts[1])
        }
        return .map(key: key ?? .integer, value: item ?? .integer)
    }

    private static func typeName(_ type: ValueType?) -> String { type.map(ArrowTypeName.of) ?? "Null" }

    /// DataFusion's failed user-defined coercion of `map_extract` (also for `element_at`).
    private static func extractCoercion(_ reason: String, _ types: [ValueType?]) -> KernelError {
        KernelError(
            .invalidInput,
            "Error during planning: Execution error: Function 'map_extract' user-defined coercion failed with: "
                + "\(reason). No function matches the given name and argument types "
                + "'map_extract(\(types.map(typeName).joined(separator: ", ")))'. You might need to add explicit "
                + "type casts.\n\tCandidate functions:\n\tmap_extract(UserDefined)")
    }

    /// DataFusion's refusal of a signature: `map_array` (`map_keys`, `map_values`, `map_entries`),
    /// or `cardinality`'s list-or-map one.
    private static func signatureMismatch(
        _ function: ScalarFunction, _ types: [ValueType?], signature: String = "ArraySignature(map_array)",
        candidates: [String] = ["map_array"]
    ) -> KernelError {
        let name = function.rawValue
        let listed = types.map(typeName).joined(separator: ", ")
        let reason =
            types.isEmpty
            ? "'\(name)' does not support zero arguments"
            : "Failed to coerce arguments to satisfy a call to '\(name)' function: coercion from \(listed) to the "
                + "signature \(signature) failed"
        return KernelError(
            .invalidInput,
            "Error during planning: \(reason). No function matches the given name and argument types "
                + "'\(name)(\(listed))'. You might need to add explicit type casts.\n\tCandidate functions:"
                + candidates.map { "\n\t\(name)(\($0))" }.joined())
    }
}
