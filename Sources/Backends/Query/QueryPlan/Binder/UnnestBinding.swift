import Kernel
import QueryExec
import SQL

/// `unnest(list)` in a select list and in `FROM`, planned as DataFusion plans it: the lists are
/// computed by a projection that keeps the input's columns, then an `.unnest` node adds one
/// element column per list (named `UNNEST(<argument>)`); several unnests of one select are
/// zipped, the shorter lists padded with NULL.
struct UnnestBinding {
    /// The distinct `unnest(...)` calls in expressions, in order.
    static func calls(in exprs: [SQL.Expr]) -> [FunctionCall] {
        var calls: [FunctionCall] = []
        for expr in exprs {
            ASTWalker.visit(expr) { node in
                if case .function(let call) = node, call.name.baseName.lowercased() == "unnest", !calls.contains(call) {
                    calls.append(call)
                }
            }
        }
        return calls
    }

    /// Select items `unnest(struct)` replaced by one item per field, named `<struct>.<field>` (an
    /// alias is ignored, as in DataFusion); other items unchanged.
    static func expandingStructs(_ items: [SelectBinder.Item], scope: BindingScope) -> [SelectBinder.Item] {
        items.flatMap { item -> [SelectBinder.Item] in
            guard case .function(let call) = item.expr, call.name.baseName.lowercased() == "unnest",
                call.arguments.count == 1, case .expr(let argument) = call.arguments[0],
                let bound = try? ExpressionBinder(scope: scope).bind(argument),
                case .structure(let fields)? = bound.type
            else { return [item] }
            return fields.map { field in
                SelectBinder.Item(
                    expr: .subscripted(argument, .index(.literal(.string(field.name)))),
                    alias: "\(bound.nestedName).\(field.name)")
            }
        }
    }

    /// The input with the unnested columns appended, and the scope reading each call's column.
    static func plan(_ calls: [FunctionCall], input: LogicalPlan, scope: BindingScope) throws(KernelError) -> (
        LogicalPlan, BindingScope
    ) {
        var arguments: [BoundExpression] = []
        let binder = ExpressionBinder(scope: scope)
        for call in calls {
            guard call.arguments.count == 1, case .expr(let argument) = call.arguments[0] else {
                throw KernelError(.invalidInput, "Error during planning: unnest() requires exactly one argument")
            }
            if !UnnestBinding.calls(in: [argument]).isEmpty {
                throw KernelError(.notImplemented, "This feature is not implemented: unnest of unnest")
            }
            arguments.append(try binder.bind(argument))
        }
        let (plan, columns) = try unnest(arguments, input: input, scope: scope)
        var result = scope
        result.schema = plan.schema
        for (call, column) in zip(calls, columns) {
            result.computed.append(ComputedExpression(ast: SQLExprKey(.function(call)), column: column))
        }
        return (plan, result)
    }

    /// `input` followed by the list arguments and their element columns; the element columns' positions.
    static func unnest(_ arguments: [BoundExpression], input: LogicalPlan, scope: BindingScope) throws(KernelError)
        -> (LogicalPlan, [Int])
    {
        let width = scope.schema.columns.count
        var exprs = scope.schema.columns.indices.map { PhysicalExpr.column($0) }
        var listed = scope.schema.columns
        var elements: [PlanColumn] = []
        for bound in arguments {
            guard let type = bound.type else {
                throw KernelError(
                    .notImplemented, "This feature is not implemented: unnest() does not support null yet")
            }
            guard case .list(let fields) = type else {
                throw KernelError(
                    .invalidInput, "Error during planning: unnest() can only be applied to array, struct and null")
            }
            exprs.append(bound.expr)
            listed.append(PlanColumn(relation: nil, name: "__unnest_list_\(elements.count)", type: type))
            elements.append(PlanColumn(relation: nil, name: "UNNEST(\(bound.nestedName))", type: fields.item.type))
        }
        let lists = Array(width..<(width + arguments.count))
        let projected = LogicalPlan.projection(exprs, PlanSchema(listed), input)
        let plan = LogicalPlan.unnest(lists, PlanSchema(listed + elements), projected)
        return (plan, Array((width + arguments.count)..<(width + 2 * arguments.count)))
    }
}
