import Kernel

/// `array_any_value` (first non-NULL item), `array_ndims` (nesting depth), `array_dims` (the
/// length at each level, following first items) and `array_distance` (Euclidean, Float64), with
/// their `list_*` spellings. Depth and dimensions follow the list's type (a NULL or missing first
/// item counts 0 at its level), as DataFusion's do.
extension ArrayFunctions {
    static func handlesMeasure(_ function: ScalarFunction) -> Bool {
        switch function {
        case .arrayAnyValue, .arrayNdims, .arrayDims, .arrayDistance: true
        default: false
        }
    }

    static func measureType(_ function: ScalarFunction, _ types: [ValueType?]) throws(KernelError) -> ValueType {
        let name = function.rawValue
        let count = function == .arrayDistance ? 2 : 1
        guard types.count == count else {
            throw KernelError(
                .invalidInput, "Error during planning: \(name) expects \(count) arguments, got \(types.count)")
        }
        var items: [ValueType] = []
        for type in types {
            guard let type else {
                switch function {
                case .arrayNdims: return .uinteger
                case .arrayDims:
                    throw KernelError(.invalidInput, "Execution error: array_dims does not support type Null")
                default: throw KernelError(.invalidInput, "Error during planning: \(name) does not support type Null")
                }
            }
            guard case .list(let fields) = type else {
                throw KernelError(
                    .invalidInput, "Error during planning: \(name) does not support type \(ArrowTypeName.of(type))")
            }
            items.append(fields.item.type)
        }
        switch function {
        case .arrayAnyValue: return items[0] == .tag ? .string : items[0]
        case .arrayNdims: return .uinteger
        case .arrayDims: return .list([ValueField(name: "item", type: .uinteger)])
        default:
            for item in items where item != .integer && item != .uinteger && item != .float {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: array_distance does not support type \(ArrowTypeName.of(item))")
            }
            return .float
        }
    }

    /// `listType` is the first argument's type (nil when unknown: the values' own depth is used).
    static func applyMeasure(_ function: ScalarFunction, _ args: [ScalarValue], listType: ValueType?)
        throws(KernelError) -> ScalarValue
    {
        guard case .list(let values) = args[0] else { return .null }
        let levels = listType.map(typeDepth) ?? depth(values)
        switch function {
        case .arrayAnyValue: return values.first { !$0.isNull } ?? .null
        case .arrayNdims: return .uinteger(UInt64(levels))
        case .arrayDims:
            guard !values.isEmpty else { return .null }
            var dims: [ScalarValue] = [.uinteger(UInt64(values.count))]
            var current = Array(values)
            for _ in 1..<max(1, levels) {
                guard case .list(let inner)? = current.first else {
                    dims.append(.uinteger(0))
                    current = []
                    continue
                }
                dims.append(.uinteger(UInt64(inner.count)))
                current = Array(inner)
            }
            return .list(ScalarValues(dims))
        default:
            guard case .list(let others) = args[1] else { return .null }
            guard values.count == others.count else {
                throw KernelError(.invalidInput, "Execution error: Both arrays must have the same length")
            }
            var sum = 0.0
            for (a, b) in zip(values, others) {
                guard let x = number(a), let y = number(b) else { return .null }
                sum += (x - y) * (x - y)
            }
            return .float(sum.squareRoot())
        }
    }

    private static func typeDepth(_ type: ValueType) -> Int {
        guard case .list(let fields) = type else { return 0 }
        return 1 + typeDepth(fields.item.type)
    }

    private static func depth(_ values: ScalarValues) -> Int {
        guard case .list(let inner)? = values.first(where: { !$0.isNull }) else { return 1 }
        return 1 + depth(inner)
    }

    private static func number(_ value: ScalarValue) -> Double? {
        switch value {
        case .integer(let v): Double(v)
        case .uinteger(let v): Double(v)
        case .float(let v): v
        default: nil
        }
    }
}
