import Kernel
import QueryExec

/// `arrow_typeof(x)` (folded to the Arrow type name of `x`) and `arrow_cast(x, 'Type')` for the
/// Arrow types the engine has.
enum ArrowFunctions {
    static let types: [String: ValueType] = [
        "Int64": .integer, "UInt64": .uinteger, "Float64": .float, "Utf8": .string, "Boolean": .boolean,
        "Timestamp(Nanosecond, None)": .time, "Timestamp(ns)": .time, "Dictionary(Int32, Utf8)": .tag,
    ]

    static func bind(_ name: String, _ arguments: [BoundExpression], rawName: String) throws(KernelError)
        -> BoundExpression
    {
        let display = "\(rawName)(\(arguments.map(\.nestedName).joined(separator: ",")))"
        if name == "arrow_typeof" {
            guard arguments.count == 1 else {
                throw KernelError(.invalidInput, "Error during planning: arrow_typeof expects 1 argument")
            }
            let typeName = arguments[0].type.map(ArrowTypeName.of) ?? "Null"
            return BoundExpression(.literal(.string(typeName)), type: .string, name: display)
        }
        guard arguments.count == 2, case .literal(.string(let typeName)) = arguments[1].expr else {
            throw KernelError(
                .invalidInput, "Error during planning: arrow_cast requires its second argument to be a constant string")
        }
        guard let target = types[typeName] else {
            throw KernelError(.notImplemented, "This feature is not implemented: arrow_cast to \(typeName)")
        }
        return BoundExpression(.cast(arguments[0].expr, target), type: target, name: display)
    }
}
