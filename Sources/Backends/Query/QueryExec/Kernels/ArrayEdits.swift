import Kernel

/// The list functions that test or trim one list: `array_empty` (`empty`), `array_pop_back`,
/// `array_pop_front`, `array_positions`, `array_remove_all` and `array_remove_n`. A NULL list
/// is refused by the first four at execution (as DataFusion does) and is NULL for the removals;
/// a NULL element to remove makes the result NULL.
extension ArrayFunctions {
    static func handlesEdit(_ function: ScalarFunction) -> Bool {
        switch function {
        case .arrayEmpty, .arrayPopBack, .arrayPopFront, .arrayPositions, .arrayRemoveAll, .arrayRemoveN: true
        default: false
        }
    }

    static func editType(_ function: ScalarFunction, _ types: [ValueType?]) throws(KernelError) -> ValueType {
        let name = function.rawValue
        let count =
            switch function {
            case .arrayEmpty, .arrayPopBack, .arrayPopFront: 1
            case .arrayRemoveN: 3
            default: 2
            }
        guard types.count == count else {
            throw KernelError(
                .invalidInput, "Error during planning: \(name) expects \(count) arguments, got \(types.count)")
        }
        guard let listType = types[0] else {
            switch function {
            case .arrayRemoveAll, .arrayRemoveN: return .list([ValueField(name: "item", type: .integer)])
            case .arrayPositions:
                throw KernelError(.invalidInput, "Execution error: array_positions does not support type 'Null'")
            case .arrayEmpty:
                throw KernelError(.invalidInput, "Execution error: array_empty does not support type Null")
            default: throw KernelError(.invalidInput, "Execution error: \(name) does not support type: Null")
            }
        }
        guard case .list(let fields) = listType else {
            throw KernelError(
                .invalidInput, "Error during planning: \(name) does not support type \(ArrowTypeName.of(listType))")
        }
        if count > 1, let element = types[1], !coercible(element, fields.item.type) {
            throw coercionError(name, listType, element)
        }
        if function == .arrayRemoveN, let index = types[2], index != .integer {
            throw coercionError(name, listType, index)
        }
        switch function {
        case .arrayEmpty: return .boolean
        case .arrayPositions: return .list([ValueField(name: "item", type: .uinteger)])
        default: return listType
        }
    }

    static func applyEdit(_ function: ScalarFunction, _ args: [ScalarValue], type: ValueType) throws(KernelError)
        -> ScalarValue
    {
        guard case .list(let values) = args[0] else { return .null }
        let items = Array(values)
        switch function {
        case .arrayEmpty: return .boolean(items.isEmpty)
        case .arrayPopBack: return .list(ScalarValues(Array(items.dropLast())))
        case .arrayPopFront: return .list(ScalarValues(Array(items.dropFirst())))
        case .arrayPositions:
            let found = items.indices.filter { same(items[$0], args[1]) }
            return .list(ScalarValues(found.map { .uinteger(UInt64($0 + 1)) }))
        default:
            guard !args[1].isNull else { return .null }
            var limit = Int64.max
            if function == .arrayRemoveN {
                switch args[2] {
                case .integer(let v): limit = v
                case .uinteger(let v): limit = Int64(clamping: v)
                default: return .null
                }
            }
            var kept: [ScalarValue] = []
            var removed: Int64 = 0
            for item in items {
                if removed < limit, same(item, args[1]) {
                    removed += 1
                } else {
                    kept.append(item)
                }
            }
            return .list(ScalarValues(kept))
        }
    }

    static func isTextType(_ type: ValueType) -> Bool { type == .string || type == .tag }

    /// Whether list items of these types mix: text only with text; Null with anything.
    static func coercible(_ a: ValueType, _ b: ValueType) -> Bool {
        a == .null || b == .null || isTextType(a) == isTextType(b)
    }

    static func coercionError(_ name: String, _ list: ValueType, _ other: ValueType) -> KernelError {
        KernelError(
            .invalidInput,
            "Error during planning: Failed to coerce arguments to satisfy a call to '\(name)' function: "
                + "coercion from \(ArrowTypeName.of(list)), \(ArrowTypeName.of(other)) failed")
    }
}
