import Kernel
import QueryExec

/// Binding of the struct and list functions and of `x[key]`: types from `NestedFunctions`,
/// names as DataFusion prints them (`base[name]` for `get_field`, `base[Int64(1)]` for
/// `array_element`), and a field name resolved to its position so evaluation needs no names.
enum NestedBinding {
    static func bind(
        _ function: ScalarFunction, _ arguments: [BoundExpression], rawName: String
    ) throws(KernelError) -> BoundExpression {
        if function == .getField, arguments.count == 2, arguments[0].type?.mapKeyAndValue != nil {
            return try MapBinding.field(arguments[0], arguments[1])
        }
        if function == .mapExtract, arguments.count == 2, arguments[0].type == nil {
            // DataFusion answers NULL (of type Null) for a NULL map.
            let name = "map_extract(\(arguments.map(\.nestedName).joined(separator: ",")))"
            return BoundExpression(.literal(.null), type: nil, name: name)
        }
        let literals: [ScalarValue?] = arguments.map { if case .literal(let v) = $0.expr { v } else { nil } }
        let resolved = try NestedFunctions.resultType(function, arguments.map(\.type), literals: literals)
        // A Null-typed result (`make_array()[1]`) is bound as an untyped NULL, as a NULL literal is.
        let type = resolved == .null ? nil : resolved
        switch function {
        case .getField:
            guard case .structure(let fields) = arguments[0].type ?? .integer, case .string(let name) = literals[1],
                let index = fields.firstIndex(where: { $0.name == name })
            else { preconditionFailure("NestedFunctions.resultType checked the field") }
            return BoundExpression(
                .function(.getField, [arguments[0].expr, .literal(.integer(Int64(index)))]), type: type,
                name: "\(arguments[0].nestedName)[\(name)]")
        case .arrayElement:
            return BoundExpression(
                .function(.arrayElement, arguments.map(\.expr)), type: type,
                name: "\(arguments[0].nestedName)[\(arguments[1].nestedName)]")
        default:
            let display = "\(rawName)(\(arguments.map(\.nestedName).joined(separator: ",")))"
            return BoundExpression(.function(function, arguments.map(\.expr)), type: type, name: display)
        }
    }

    /// `x['name']` on a struct is `get_field`, `x[i]` on a list is `array_element`.
    static func subscripted(_ base: BoundExpression, _ key: BoundExpression) throws(KernelError) -> BoundExpression {
        switch base.type {
        case .structure: return try bind(.getField, [base, key], rawName: "get_field")
        case .list: return try bind(.arrayElement, [base, key], rawName: "array_element")
        case .map: return try MapBinding.field(base, key)
        default:
            throw KernelError(
                .invalidInput,
                "Error during planning: Cannot index into \(base.type.map(ArrowTypeName.of) ?? "Null") with \(key.name)"
            )
        }
    }
}
