import Kernel
import QueryExec

/// `arrow_typeof(x)` (folded to the Arrow type name of `x`) and `arrow_cast(x, 'Type')` for the
/// Arrow types the engine has.
enum ArrowFunctions {
    static let types: [String: ValueType] = [
        "Int64": .integer, "UInt64": .uinteger, "Float64": .float, "Utf8": .string, "Boolean": .boolean,
        "Timestamp(Nanosecond, None)": .time, "Timestamp(ns)": .time, "Dictionary(Int32, Utf8)": .tag,
        "Int8": .narrow(.int8), "Int16": .narrow(.int16), "Int32": .narrow(.int32), "UInt8": .narrow(.uint8),
        "UInt16": .narrow(.uint16), "UInt32": .narrow(.uint32), "Float32": .narrow(.float32),
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
        let temporal = types[typeName] == nil ? try ArrowTemporalTypeName.parse(typeName) : nil
        let decimal = types[typeName] == nil && temporal == nil ? try decimalType(typeName) : nil
        guard let target = types[typeName] ?? temporal ?? decimal else {
            throw KernelError(.notImplemented, "This feature is not implemented: arrow_cast to \(typeName)")
        }
        return BoundExpression(.cast(arguments[0].expr, target), type: target, name: display)
    }

    /// `Decimal128(p, s)` (nil for other names), with arrow's range errors.
    static func decimalType(_ typeName: String) throws(KernelError) -> ValueType? {
        guard typeName.hasPrefix("Decimal128("), typeName.hasSuffix(")") else { return nil }
        let parts = typeName.dropFirst("Decimal128(".count).dropLast().split(separator: ",")
        guard parts.count == 2, let precision = Int(parts[0].trimmingPrefix(" ")),
            let scale = Int(parts[1].trimmingPrefix(" "))
        else { return nil }
        func failure(_ detail: String) -> KernelError {
            KernelError(
                .invalidInput,
                "Execution error: Unsupported type '\(typeName)'. Must be a supported arrow type name such as 'Int32' or 'Timestamp(ns)'. Error \(detail)"
            )
        }
        guard (1...DecimalType.maxPrecision).contains(precision) else {
            throw failure("Decimal128 precision must be in range [1, 38], got '\(precision)'")
        }
        guard let type = DecimalType(precision: precision, scale: scale) else {
            throw failure("Decimal128 scale '\(scale)' cannot be greater than precision '\(precision)'")
        }
        return .decimal(type)
    }

    /// `expr AT TIME ZONE 'zone'`: DataFusion plans a cast to `Timestamp(ns, "zone")`, named as
    /// its operand (a naive timestamp is read as the zone's local time).
    static func atTimeZone(_ operand: BoundExpression, zone: BoundExpression) throws(KernelError) -> BoundExpression {
        guard case .literal(.string(let name)) = zone.expr else {
            throw KernelError(.notImplemented, "This feature is not implemented: AT TIME ZONE with a non-literal zone")
        }
        let target = ValueType.zonedTime(try TimeZoneDatabase.rules(named: name))
        return BoundExpression(.cast(operand.expr, target), type: target, name: operand.nestedName)
    }

    /// IOx's `tz(time[, 'zone'])`: the same instants shown in `zone` (default `UTC`); a naive
    /// timestamp counts as UTC.
    static func tz(_ arguments: [BoundExpression], rawName: String) throws(KernelError) -> BoundExpression {
        guard arguments.count == 1 || arguments.count == 2 else {
            throw KernelError(
                .invalidInput, "Error during planning: tz expects 1 or 2 arguments, got \(arguments.count)")
        }
        guard let type = arguments[0].type, type.isTimestamp else {
            throw KernelError(
                .invalidInput,
                "Error during planning: tz expects a nanosecond timestamp as its first argument, got \(arguments[0].type.map(ArrowTypeName.of) ?? "Null")"
            )
        }
        var zoneName = "UTC"
        if arguments.count == 2 {
            guard case .literal(.string(let name)) = arguments[1].expr else {
                throw KernelError(
                    .invalidInput, "Error during planning: tz requires its second argument to be a timezone string")
            }
            zoneName = name
        }
        let rules: TimeZoneRules
        do {
            rules = try TimeZoneDatabase.rules(named: zoneName)
        } catch {
            throw KernelError(
                .invalidInput, "Error during planning: TZ requires a valid timezone string, got \"\(zoneName)\"")
        }
        let display = "\(rawName)(\(arguments.map(\.nestedName).joined(separator: ",")))"
        // The instants as nanoseconds (a coarse timestamp's Int64 would be a count of its unit).
        let instants = PhysicalExpr.cast(
            .cast(arguments[0].expr, .timestamp(.nanosecond, zone: type.timeZone)), .integer)
        return BoundExpression(.cast(instants, .zonedTime(rules)), type: .zonedTime(rules), name: display)
    }
}
