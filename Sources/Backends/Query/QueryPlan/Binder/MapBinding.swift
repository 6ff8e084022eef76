import Kernel
import QueryExec
import SQL

/// Binding of the map constructors and accessors as DataFusion plans them: `make_map(k1, v1, ...)`,
/// `MAP {k1: v1, ...}` and `map(...)` (unless given two lists) become
/// `map(make_array(k1, ...), make_array(v1, ...))`; `element_at` is `map_extract` under its own
/// name; `get_field(m, key)` and `m[key]` are the first item of `map_extract(m, key)`, named
/// `m[key]`.
enum MapBinding {
    /// The function names bound here rather than as a `ScalarFunction` of the same name.
    static let names: Set<String> = ["make_map", "map", "element_at"]

    static func bind(_ name: String, _ arguments: [BoundExpression]) throws(KernelError) -> BoundExpression {
        switch name {
        case "element_at":
            let extract = try NestedBinding.bind(.mapExtract, arguments, rawName: "map_extract")
            // DataFusion names the map argument by its display (`, ` between arguments).
            let shown = arguments.enumerated().map {
                $0.offset == 0 ? displayed($0.element.nestedName) : $0.element.nestedName
            }
            return BoundExpression(
                extract.expr, type: extract.type, name: "element_at(\(shown.joined(separator: ",")))")
        case "map":
            if arguments.isEmpty {
                throw KernelError(
                    .invalidInput, "Error during planning: Function 'map' expected at least one argument but received 0"
                )
            }
            if arguments.count == 2, case .list = arguments[0].type, case .list = arguments[1].type {
                return try NestedBinding.bind(.map, arguments, rawName: "map")
            }
            return try makeMap(arguments)
        default:
            return try makeMap(arguments)
        }
    }

    /// `make_map(k1, v1, k2, v2, ...)` as `map(make_array(k1, k2, ...), make_array(v1, v2, ...))`.
    static func makeMap(_ arguments: [BoundExpression]) throws(KernelError) -> BoundExpression {
        guard arguments.count % 2 == 0 else {
            throw KernelError(.invalidInput, "Error during planning: make_map requires an even number of arguments")
        }
        let keys = stride(from: 0, to: arguments.count, by: 2).map { arguments[$0] }
        let values = stride(from: 1, to: arguments.count, by: 2).map { arguments[$0] }
        let keyList = try NestedBinding.bind(.makeArray, keys, rawName: "make_array")
        let valueList = try NestedBinding.bind(.makeArray, values, rawName: "make_array")
        let built = try NestedBinding.bind(.map, [keyList, valueList], rawName: "map")
        // DataFusion keeps a tag's `Dictionary(Int32, Utf8)` for the keys or values it is among
        // (the map's type, which arrow-json then refuses as keys); `make_array` gives Utf8, so
        // the map is cast to the dictionary type.
        guard let (key, value) = built.type?.mapKeyAndValue, dictionaryItems(keys) || dictionaryItems(values) else {
            return built
        }
        let type = ValueType.map(key: dictionaryItems(keys) ? .tag : key, value: dictionaryItems(values) ? .tag : value)
        return BoundExpression(.cast(built.expr, type), type: type, name: built.name)
    }

    /// `get_field(map, key)` / `map[key]`: the value under a constant key, NULL when absent.
    static func field(_ base: BoundExpression, _ key: BoundExpression) throws(KernelError) -> BoundExpression {
        guard case .literal(let value) = key.expr else {
            throw KernelError(
                .invalidInput, "Execution error: get_field function requires all field_name arguments to be scalars")
        }
        // DataFusion's get_field compares the key with the map's keys as Arrow does: same types only.
        if let keyType = value.columnType, let mapKey = base.type?.mapKeyAndValue?.key,
            (keyType == .tag ? .string : keyType) != (mapKey == .tag ? .string : mapKey)
        {
            throw KernelError(
                .invalidInput,
                "Arrow error: Invalid argument error: Invalid comparison operation: \(keyType.arrowName) == \(mapKey.arrowName)"
            )
        }
        let extract = try NestedBinding.bind(.mapExtract, [base, key], rawName: "map_extract")
        guard case .list(let item) = extract.type ?? .integer else {
            preconditionFailure("map_extract is typed as a list")
        }
        return BoundExpression(
            .function(.arrayElement, [extract.expr, .literal(.integer(1))]), type: item.item.type,
            name: "\(base.nestedName)[\(ValueText.render(value))]")
    }

    /// Whether DataFusion's `make_array` of these gives dictionary items: a tag among strings.
    private static func dictionaryItems(_ items: [BoundExpression]) -> Bool {
        items.contains { $0.type == .tag }
            && items.allSatisfy { $0.type == nil || $0.type == .tag || $0.type == .string }
    }

    /// DataFusion's `Display` of a call nested in another's name: `, ` between arguments (the
    /// schema name has `,`); commas inside quoted literals are left alone.
    private static func displayed(_ name: String) -> String {
        var result = ""
        var quoted = false
        for character in name {
            result.append(character)
            if character == "\"" { quoted.toggle() }
            if character == ",", !quoted { result.append(" ") }
        }
        return result
    }
}
