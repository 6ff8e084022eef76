import Kernel

/// The list functions over several lists or none: `array_concat`, `array_has_all/any`,
/// `flatten`, `string_to_array`, `range` (end excluded) and `generate_series` (end included).
extension ArrayFunctions {
    /// Longest list `range`/`generate_series` build for one row.
    static let maxGeneratedLength: Int64 = 10_000_000

    static func handlesConstructor(_ function: ScalarFunction) -> Bool {
        switch function {
        case .arrayConcat, .arrayHasAll, .arrayHasAny, .flatten, .stringToArray, .range, .generateSeries: true
        default: false
        }
    }

    static func constructorType(_ function: ScalarFunction, _ types: [ValueType?]) throws(KernelError) -> ValueType {
        let name = function.rawValue
        func planning(_ message: String) -> KernelError {
            KernelError(.invalidInput, "Error during planning: \(message)")
        }
        func list(_ type: ValueType) -> ValueType { .list([ValueField(name: "item", type: type)]) }
        switch function {
        case .arrayConcat:
            guard !types.isEmpty else { throw planning("array_concat needs at least one argument") }
            var item: ValueType?
            for type in types {
                guard case .list(let fields) = type else {
                    throw planning("\(name) does not support type \(type.map(ArrowTypeName.of) ?? "Null")")
                }
                item =
                    try item.map { (i) throws(KernelError) in try Comparison.listItemType(i, fields.item.type) }
                    ?? fields.item.type
            }
            return list(item ?? .integer)
        case .arrayHasAll, .arrayHasAny:
            guard types.count == 2 else { throw planning("\(name) expects 2 arguments, got \(types.count)") }
            // array_has_any(list, NULL) is NULL; any other NULL argument is refused.
            for (index, type) in types.enumerated() where !(index == 1 && type == nil && function == .arrayHasAny) {
                guard let type else {
                    throw KernelError(.invalidInput, "Execution error: array_has does not support type 'Null'.")
                }
                guard case .list = type else {
                    throw planning("\(name) does not support type \(ArrowTypeName.of(type))")
                }
            }
            return .boolean
        case .flatten:
            guard types.count == 1 else { throw planning("flatten expects 1 argument, got \(types.count)") }
            guard let type = types[0] else { return list(.integer) }
            guard case .list(let fields) = type else {
                throw planning("flatten does not support type \(ArrowTypeName.of(type))")
            }
            if case .list = fields.item.type { return fields.item.type }
            return type
        case .stringToArray:
            guard (2...3).contains(types.count) else { throw planning("string_to_array expects 2 or 3 arguments") }
            for type in types where type != nil && type != .string && type != .tag {
                throw planning("string_to_array does not support type \(ArrowTypeName.of(type ?? .string))")
            }
            return list(.string)
        default:
            guard (1...3).contains(types.count) else { throw planning("\(name) expects 1 to 3 arguments") }
            for type in types where type != nil && type != .integer {
                throw planning("\(name) does not support type \(ArrowTypeName.of(type ?? .integer))")
            }
            return list(.integer)
        }
    }

    static func applyConstructor(_ function: ScalarFunction, _ args: [ScalarValue], type: ValueType) throws(KernelError)
        -> ScalarValue
    {
        switch function {
        case .arrayConcat:
            guard case .list(let fields) = type else { return .null }
            var items: [ScalarValue] = []
            for arg in args {
                guard case .list(let values) = arg else { continue }
                items += values.map { (try? Cast.scalar($0, to: fields.item.type)) ?? .null }
            }
            return .list(ScalarValues(items))
        case .arrayHasAll, .arrayHasAny:
            guard case .list(let haystack) = args[0], case .list(let needles) = args[1] else { return .null }
            let found = { (needle: ScalarValue) in haystack.contains { same($0, needle) } }
            return .boolean(function == .arrayHasAll ? needles.allSatisfy(found) : needles.contains(where: found))
        case .flatten:
            guard case .list(let items) = args[0] else { return .null }
            // One level: a list of lists loses its inner nesting, any other list stays as it is.
            guard items.contains(where: { if case .list = $0 { true } else { false } }) else { return args[0] }
            var flat: [ScalarValue] = []
            for item in items { if case .list(let inner) = item { flat += inner } }
            return .list(ScalarValues(flat))
        case .stringToArray: return stringToArray(args)
        default: return try series(function, args)
        }
    }

    /// `string_to_array(text, delimiter[, null_text])`: an empty delimiter keeps the text whole,
    /// a NULL one splits into characters; parts equal to `null_text` become NULL.
    private static func stringToArray(_ args: [ScalarValue]) -> ScalarValue {
        guard case .string(let text) = args[0] else { return .null }
        var parts: [String]
        switch args[1] {
        case .string(let delimiter):
            parts =
                delimiter.isEmpty
                ? [text] : text.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
        default: parts = text.map { String($0) }
        }
        if text.isEmpty { parts = [] }
        let nullText: String? = if args.count > 2, case .string(let n) = args[2] { n } else { nil }
        return .list(ScalarValues(parts.map { $0 == nullText ? .null : .string($0) }))
    }

    /// `range(end)`, `range(start, end[, step])` (end excluded) and `generate_series` (included).
    private static func series(_ function: ScalarFunction, _ args: [ScalarValue]) throws(KernelError) -> ScalarValue {
        var values: [Int64] = []
        for arg in args {
            guard case .integer(let v) = arg else { return .null }
            values.append(v)
        }
        let start = values.count > 1 ? values[0] : 0
        let end = values.count > 1 ? values[1] : values[0]
        let step = values.count > 2 ? values[2] : 1
        guard step != 0 else {
            throw KernelError(
                .invalidInput,
                "Execution error: step can't be 0 for function \(function.rawValue)(start [, stop, step])")
        }
        let inclusive = function == .generateSeries
        let span = step > 0 ? end.subtractingReportingOverflow(start) : start.subtractingReportingOverflow(end)
        let length = span.overflow ? Int64.max : max(0, span.partialValue / step.magnitude.clampedToInt64 + 1)
        guard length <= maxGeneratedLength else {
            throw KernelError(
                .invalidInput,
                "Execution error: \(function.rawValue) would build more than \(maxGeneratedLength) values")
        }
        var items: [ScalarValue] = []
        var current = start
        while step > 0 ? (inclusive ? current <= end : current < end) : (inclusive ? current >= end : current > end) {
            items.append(.integer(current))
            let next = current.addingReportingOverflow(step)
            if next.overflow { break }
            current = next.partialValue
        }
        return .list(ScalarValues(items))
    }
}

extension UInt64 {
    fileprivate var clampedToInt64: Int64 { Int64(clamping: self) }
}
