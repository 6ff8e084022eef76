import Kernel

/// `array_replace` (first match), `array_replace_n` (first n) and `array_replace_all`: matches
/// of `from` (a NULL matches a NULL) become `to`; the items widen to the type all three share.
/// `array_repeat(value, n)` and `array_resize(list, n[, fill])` build at most
/// `maxGeneratedLength` items, as `range` does.
extension ArrayFunctions {
    static func handlesReshape(_ function: ScalarFunction) -> Bool {
        switch function {
        case .arrayReplace, .arrayReplaceAll, .arrayReplaceN, .arrayRepeat, .arrayResize: true
        default: false
        }
    }

    static func reshapeType(_ function: ScalarFunction, _ types: [ValueType?]) throws(KernelError) -> ValueType {
        let name = function.rawValue
        if function == .arrayRepeat || function == .arrayResize { return try sizedType(function, types) }
        let count = function == .arrayReplaceN ? 4 : 3
        guard types.count == count else {
            throw KernelError(
                .invalidInput, "Error during planning: \(name) expects \(count) arguments, got \(types.count)")
        }
        guard let listType = types[0] else { return .list([ValueField(name: "item", type: .integer)]) }
        guard case .list(let fields) = listType else {
            throw KernelError(
                .invalidInput, "Error during planning: \(name) does not support type \(ArrowTypeName.of(listType))")
        }
        var item = fields.item.type
        for element in types[1...2].compactMap({ $0 }) {
            guard coercible(element, item) else { throw coercionError(name, listType, element) }
            item = try Comparison.listItemType(item, element)
        }
        if function == .arrayReplaceN, let index = types[3], index != .integer {
            throw coercionError(name, listType, index)
        }
        return .list([ValueField(name: "item", type: item == .tag ? .string : item)])
    }

    static func applyReshape(_ function: ScalarFunction, _ args: [ScalarValue], type: ValueType) throws(KernelError)
        -> ScalarValue
    {
        if function == .arrayRepeat || function == .arrayResize { return try applySized(function, args, type: type) }
        guard case .list(let values) = args[0], case .list(let fields) = type else { return .null }
        var limit = function == .arrayReplace ? 1 : Int64.max
        if function == .arrayReplaceN {
            switch args[3] {
            case .integer(let v): limit = v
            case .uinteger(let v): limit = Int64(clamping: v)
            default: return .null
            }
        }
        let replacement = (try? Cast.scalar(args[2], to: fields.item.type)) ?? .null
        var replaced: Int64 = 0
        var result: [ScalarValue] = []
        for item in values {
            if replaced < limit, same(item, args[1]) {
                replaced += 1
                result.append(replacement)
            } else {
                result.append((try? Cast.scalar(item, to: fields.item.type)) ?? .null)
            }
        }
        return .list(ScalarValues(result))
    }

    private static func sizedType(_ function: ScalarFunction, _ types: [ValueType?]) throws(KernelError) -> ValueType {
        let name = function.rawValue
        let counts = function == .arrayRepeat ? 2...2 : 2...3
        guard counts.contains(types.count) else {
            throw KernelError(
                .invalidInput, "Error during planning: \(name) expects \(counts) arguments, got \(types.count)")
        }
        if let size = types[1], size != .integer, function == .arrayResize || size != .uinteger {
            throw KernelError(
                .invalidInput,
                "Error during planning: Function '\(name)' requires Int64, but received \(ArrowTypeName.of(size))")
        }
        if function == .arrayRepeat {
            let item = types[0].map { $0 == .tag ? ValueType.string : $0 } ?? .null
            return .list([ValueField(name: "item", type: item)])
        }
        guard let listType = types[0] else {
            throw KernelError(.invalidInput, "Execution error: array_resize does not support type 'Null'.")
        }
        guard case .list(let fields) = listType else {
            throw KernelError(
                .invalidInput, "Error during planning: \(name) does not support type \(ArrowTypeName.of(listType))")
        }
        guard types.count == 3, let fill = types[2] else { return listType }
        guard coercible(fill, fields.item.type) else { throw coercionError(name, listType, fill) }
        let item = try Comparison.listItemType(fields.item.type, fill)
        return .list([ValueField(name: "item", type: item == .tag ? .string : item)])
    }

    /// `array_repeat(value, n)` (n below 1 gives an empty list) and `array_resize(list, n[, fill])`.
    private static func applySized(_ function: ScalarFunction, _ args: [ScalarValue], type: ValueType)
        throws(KernelError)
        -> ScalarValue
    {
        guard case .list(let fields) = type else { return .null }
        let size: Int64
        switch args[1] {
        case .integer(let v): size = v
        case .uinteger(let v): size = Int64(clamping: v)
        default: return .null
        }
        if function == .arrayResize, size < 0 {
            throw KernelError(.invalidInput, "Execution error: array_resize: failed to convert size to usize")
        }
        // A repeated list counts its items too, so nesting cannot multiply past the bound.
        let repeated = function == .arrayRepeat ? args[0] : (args.count > 2 ? args[2] : .null)
        let width: Int64 = if case .list(let inner) = repeated { Int64(max(1, inner.count)) } else { 1 }
        guard size <= maxGeneratedLength / width else {
            throw KernelError(
                .invalidInput,
                "Execution error: \(function.rawValue) would build more than \(maxGeneratedLength) values")
        }
        let count = Int(max(0, size))
        if function == .arrayRepeat {
            let value = (try? Cast.scalar(args[0], to: fields.item.type)) ?? args[0]
            return .list(ScalarValues(Array(repeating: value, count: count)))
        }
        guard case .list(let values) = args[0] else { return .null }
        let fill = args.count > 2 ? (try? Cast.scalar(args[2], to: fields.item.type)) ?? .null : .null
        var items = values.prefix(count).map { (try? Cast.scalar($0, to: fields.item.type)) ?? .null }
        items += Array(repeating: fill, count: count - items.count)
        return .list(ScalarValues(items))
    }
}
