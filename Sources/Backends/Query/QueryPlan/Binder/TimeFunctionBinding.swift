import Kernel
import QueryExec

/// Time functions bound to existing expressions, with DataFusion's argument rules:
/// `from_unixtime(seconds[, zone])` (Int64 seconds, `Timestamp(s[, zone])`) and `to_local_time(ts)` (the identity on naive timestamps).
enum TimeFunctionBinding {
    static let names: Set<String> = ["from_unixtime", "to_local_time"]

    static func bind(_ name: String, _ arguments: [BoundExpression]) throws(KernelError) -> BoundExpression {
        let display = "\(name)(\(arguments.map(\.nestedName).joined(separator: ",")))"
        switch name {
        case "from_unixtime": return try fromUnixtime(arguments, display: display)
        default: return try toLocalTime(arguments, display: display)
        }
    }

    private static func fromUnixtime(_ arguments: [BoundExpression], display: String) throws(KernelError)
        -> BoundExpression
    {
        let types = arguments.map { $0.type.map(ArrowTypeName.of) ?? "Null" }
        guard (1...2).contains(arguments.count), arguments[0].type == nil || arguments[0].type?.storage == .integer,
            arguments.count == 1 || arguments[1].type == .string || arguments[1].type == nil
        else {
            throw KernelError(
                .invalidInput,
                "Error during planning: Failed to coerce arguments to satisfy a call to 'from_unixtime' function: coercion from \(types.joined(separator: ", ")) to the signature OneOf(Exact(Int64, Utf8), Exact(Int64)) failed."
            )
        }
        let seconds = PhysicalExpr.function(.toTimestampSeconds, [.cast(arguments[0].expr, .integer)])
        guard arguments.count == 2 else {
            return BoundExpression(seconds, type: .coarseTime(.second, nil), name: display)
        }
        guard case .literal(.string(let zoneName)) = arguments[1].expr else {
            throw KernelError(
                .invalidInput, "Execution error: from_unixtime function requires its second argument to be a literal")
        }
        let rules: TimeZoneRules
        do {
            rules = try TimeZoneDatabase.rules(named: zoneName)
        } catch {
            throw KernelError(.invalidInput, "Arrow error: Parser error: Invalid timezone \"\(zoneName)\"")
        }
        // The seconds count, read as an instant shown in the zone (Timestamp(s, "zone")).
        let zoned = PhysicalExpr.cast(.cast(seconds, .integer), .coarseTime(.second, rules))
        return BoundExpression(zoned, type: .coarseTime(.second, rules), name: display)
    }

    private static func toLocalTime(_ arguments: [BoundExpression], display: String) throws(KernelError)
        -> BoundExpression
    {
        guard arguments.count == 1 else {
            throw KernelError(
                .invalidInput,
                "Error during planning: to_local_time function requires 1 argument, got \(arguments.count)"
            )
        }
        switch arguments[0].type {
        case nil: return BoundExpression(.cast(arguments[0].expr, .time), type: .time, name: display)
        case .time: return BoundExpression(arguments[0].expr, type: .time, name: display)
        case .zonedTime:
            // The zone's wall-clock time as a naive timestamp.
            return BoundExpression(.function(.toLocalTime, [arguments[0].expr]), type: .time, name: display)
        case .coarseTime(let unit, _):
            let type = ValueType.coarseTime(unit, nil)
            return BoundExpression(.function(.toLocalTime, [arguments[0].expr]), type: type, name: display)
        case let type?:
            let typeName = ArrowTypeName.of(type)
            throw KernelError(
                .invalidInput,
                "Error during planning: Function 'to_local_time' requires Timestamp, but received \(typeName) (DataType: \(typeName))."
            )
        }
    }
}
