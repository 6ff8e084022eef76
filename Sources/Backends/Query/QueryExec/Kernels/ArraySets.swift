import Kernel

/// `array_union`, `array_intersect` and `array_except` (`list_*` too): the first list's order,
/// each value once (NULL equal to NULL), items widened to the type both lists share; a NULL
/// list makes the result NULL.
extension ArrayFunctions {
    static func handlesSet(_ function: ScalarFunction) -> Bool {
        function == .arrayUnion || function == .arrayIntersect || function == .arrayExcept
    }

    static func setType(_ function: ScalarFunction, _ types: [ValueType?]) throws(KernelError) -> ValueType {
        let name = function.rawValue
        guard types.count == 2 else {
            throw KernelError(.invalidInput, "Error during planning: \(name) expects 2 arguments, got \(types.count)")
        }
        var item: ValueType?
        for type in types.compactMap({ $0 }) {
            guard case .list(let fields) = type else {
                throw KernelError(
                    .invalidInput, "Error during planning: \(name) does not support type \(ArrowTypeName.of(type))")
            }
            if let known = item {
                guard coercible(known, fields.item.type) else {
                    throw coercionError(name, type, fields.item.type)
                }
                item = try Comparison.listItemType(known, fields.item.type)
            } else {
                item = fields.item.type
            }
        }
        let merged = item ?? .integer
        return .list([ValueField(name: "item", type: merged == .tag ? .string : merged)])
    }

    static func applySet(_ function: ScalarFunction, _ args: [ScalarValue], type: ValueType) -> ScalarValue {
        guard case .list(let fields) = type, case .list(let left) = args[0], case .list(let right) = args[1] else {
            return .null
        }
        let cast = { (value: ScalarValue) in (try? Cast.scalar(value, to: fields.item.type)) ?? .null }
        let first = left.map(cast)
        let second = right.map(cast)
        let candidates: [ScalarValue]
        switch function {
        case .arrayUnion: candidates = first + second
        case .arrayIntersect: candidates = first.filter { item in second.contains { same($0, item) } }
        default: candidates = first.filter { item in !second.contains { same($0, item) } }
        }
        var kept: [ScalarValue] = []
        for item in candidates where !kept.contains(where: { same($0, item) }) { kept.append(item) }
        return .list(ScalarValues(kept))
    }
}
