import Kernel
import QueryExec
import SQL

/// Plans `UNION [ALL]`, `INTERSECT [ALL]` and `EXCEPT [ALL]`: both sides must have equally many
/// columns; each output column takes the left side's name and the common type of both sides
/// (numbers widen to Float64, anything with a string becomes Utf8), as DataFusion coerces.
struct SetOperationPlanner {
    let planner: QueryPlanner

    func plan(_ op: SetOperator, _ quantifier: SetQuantifier, _ left: SetExpression, _ right: SetExpression)
        throws(KernelError) -> LogicalPlan
    {
        let all: Bool
        switch quantifier {
        case .none, .distinct: all = false
        case .all: all = true
        case .byName, .allByName:
            throw KernelError(.notImplemented, "This feature is not implemented: \(op.rawValue) BY NAME")
        }
        let leftPlan = try planner.planBody(left, orderBy: []).plan
        let rightPlan = try planner.planBody(right, orderBy: []).plan
        let leftColumns = leftPlan.schema.columns
        let rightColumns = rightPlan.schema.columns
        guard leftColumns.count == rightColumns.count else {
            throw KernelError(
                .invalidInput, "Error during planning: \(op.rawValue) queries have different number of columns")
        }
        var columns: [PlanColumn] = []
        for (l, r) in zip(leftColumns, rightColumns) {
            guard let type = Self.commonType(l.type, r.type) else {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: \(op.rawValue) Column \(r.name) (type: \(Self.arrowName(r.type))) is not compatible with column \(l.name) (type: \(Self.arrowName(l.type)))"
                )
            }
            columns.append(
                PlanColumn(relation: l.relation, name: l.name, type: type, nullable: l.nullable || r.nullable))
        }
        let schema = PlanSchema(columns)
        switch op {
        case .union:
            var inputs: [LogicalPlan] = []
            for side in [leftPlan, rightPlan] {
                // UNION ALL chains flatten into one node.
                if all, case .union(let nested, _) = side { inputs += nested } else { inputs.append(side) }
            }
            let union = LogicalPlan.union(inputs, schema)
            if all { return union }
            return .aggregate(groups: columns.indices.map { .column($0) }, aggregates: [], schema, union)
        case .intersect:
            return .setOperation(.intersect, all: all, schema, leftPlan, rightPlan)
        case .except:
            return .setOperation(.except, all: all, schema, leftPlan, rightPlan)
        }
    }

    /// The type both sides are cast to, or nil when DataFusion refuses the pair.
    static func commonType(_ left: ValueType, _ right: ValueType) -> ValueType? {
        if left == right { return left }
        if let numeric = NumericCoercion.common(left, right) { return numeric }
        if let l = left.mapKeyAndValue, let r = right.mapKeyAndValue {
            // Maps whose keys or values differ only as tag and string meet as strings.
            func common(_ a: ValueType, _ b: ValueType) -> ValueType? { a == b ? a : commonType(a, b) }
            guard let key = common(l.key, r.key), let value = common(l.value, r.value) else { return nil }
            return .map(key: key, value: value)
        }
        switch (left, right) {
        case (.tag, _), (.string, _), (_, .tag), (_, .string): return .string
        case (.float, .integer), (.integer, .float), (.float, .uinteger), (.uinteger, .float): return .float
        case (.integer, .uinteger), (.uinteger, .integer): return .integer
        default:
            // Timestamps (or durations) of mixed units: the finer unit.
            guard left.timeUnit != nil, right.timeUnit != nil else { return nil }
            return TemporalArithmetic.commonType(left, right)
        }
    }

    static func arrowName(_ type: ValueType) -> String {
        switch type {
        case .tag: "Dictionary(Int32, Utf8)"
        case .string: "Utf8"
        case .float: "Float64"
        case .integer: "Int64"
        case .uinteger: "UInt64"
        case .boolean: "Boolean"
        case .time: "Timestamp(Nanosecond, None)"
        case .zonedTime(let zone): "Timestamp(Nanosecond, Some(\"\(zone.name)\"))"
        case .time64: "Time64(Nanosecond)"
        case .coarseTime(let unit, let zone):
            "Timestamp(\(unit.name), \(zone.map { "Some(\"\($0.name)\")" } ?? "None"))"
        case .duration(let unit): "Duration(\(unit.name))"
        case .coarseTimeOfDay(let unit): "Time\(unit <= .millisecond ? 32 : 64)(\(unit.name))"
        case .date, .interval, .binary, .structure, .list, .narrow, .map, .null, .decimal: ArrowTypeName.of(type)
        }
    }
}
