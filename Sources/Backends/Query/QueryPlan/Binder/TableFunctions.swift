import Kernel
import QueryExec
import SQL

/// Table functions in `FROM`: `unnest(list, ...)`, `generate_series(...)` and `range(...)`
/// (DataFusion's: one column `value`, `generate_series` including its end, `range` excluding it).
/// The series are the list functions of the same names, unnested; a series of timestamps or
/// dates with an interval step is built here, bounded like the list functions.
struct TableFunctions {
    let planner: QueryPlanner

    func plan(_ name: ObjectName, arguments: [FunctionArgument]) throws(KernelError) -> LogicalPlan {
        let function = name.baseName.lowercased()
        var exprs: [SQL.Expr] = []
        for argument in arguments {
            guard case .expr(let expr) = argument else {
                throw KernelError(.notImplemented, "This feature is not implemented: \(function) with * arguments")
            }
            exprs.append(expr)
        }
        let oneRow = LogicalPlan.values(PlanSchema([]), [[]])
        let scope = planner.scope(PlanSchema([]))
        switch function {
        case "unnest":
            guard !exprs.isEmpty else {
                throw KernelError(.invalidInput, "Error during planning: unnest() requires at least one argument")
            }
            var bound: [BoundExpression] = []
            for expr in exprs { bound.append(try ExpressionBinder(scope: scope).bind(expr)) }
            let (plan, columns) = try UnnestBinding.unnest(bound, input: oneRow, scope: scope)
            let schema = PlanSchema(columns.map { plan.schema.columns[$0] })
            return .projection(columns.map { .column($0) }, schema, plan)
        case "generate_series", "range":
            let list = try series(function, exprs, scope: scope)
            let (plan, columns) = try UnnestBinding.unnest([list], input: oneRow, scope: scope)
            var column = plan.schema.columns[columns[0]]
            column.name = "value"
            column.nullable = false
            return .alias("\(function)()", .projection([.column(columns[0])], PlanSchema([column]), plan))
        default:
            throw KernelError(.invalidInput, "Error during planning: table function '\(function)' not found")
        }
    }

    /// The list whose elements are the series.
    private func series(_ function: String, _ exprs: [SQL.Expr], scope: BindingScope) throws(KernelError)
        -> BoundExpression
    {
        guard (1...3).contains(exprs.count) else {
            throw KernelError(
                .invalidInput,
                "Error during planning: \(function) function requires 1 to 3 arguments")
        }
        let binder = ExpressionBinder(scope: scope)
        var values: [ScalarValue] = []
        for expr in exprs {
            guard case .literal(let value) = ConstantFolding.fold(try binder.bind(expr).expr) else {
                throw KernelError(
                    .notImplemented, "This feature is not implemented: \(function) arguments must be constants")
            }
            values.append(value)
        }
        if let temporal = try TemporalSeries.list(function, values) { return temporal }
        for (index, value) in values.enumerated() {
            switch value {
            case .integer, .null: continue
            case .uinteger(let v) where v <= UInt64(Int64.max): values[index] = .integer(Int64(v))
            default:
                throw KernelError(
                    .invalidInput,
                    "Error during planning: Argument #\(index + 1) must be an INTEGER, TIMESTAMP, DATE or NULL, got \(ArrowTypeName.of(value.columnType ?? .string))"
                )
            }
        }
        if values.count == 3, values[2] == .integer(0) {
            throw KernelError(.invalidInput, "Error during planning: Step cannot be zero")
        }
        let listType = ValueType.list([ValueField(name: "item", type: .integer)])
        guard !values.contains(.null) else {
            return BoundExpression(.literal(.list(ScalarValues([]))), type: listType, name: function)
        }
        let kernel: ScalarFunction = function == "range" ? .range : .generateSeries
        return BoundExpression(.function(kernel, values.map { .literal($0) }), type: listType, name: function)
    }
}
