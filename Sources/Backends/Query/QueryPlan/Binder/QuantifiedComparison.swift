import Kernel
import QueryExec
import SQL

/// `x op ANY (array)` and `x op ALL (array)`, rewritten as DataFusion 55's SQL planner rewrites
/// them (and named as it names the result): `= ANY` is `array_has`, the other `ANY`s compare
/// with the array's minimum or maximum, `ALL` is a CASE that is NULL for a NULL array or
/// operand, true for an empty array, and NULL when the array holds a NULL and no element fails.
/// The subquery forms are refused: DataFusion 55 answers them wrongly.
struct QuantifiedComparison {
    let binder: ExpressionBinder

    func bind(_ left: SQL.Expr, _ op: SQL.BinaryOperator, all: Bool, _ right: SQL.Expr) throws(KernelError)
        -> BoundExpression
    {
        if case .scalarSubquery = right {
            throw KernelError(
                .notImplemented, "This feature is not implemented: \(all ? "ALL" : "ANY") with a subquery")
        }
        let a = try binder.bind(right)
        let x = try binder.bind(left)
        guard case .list? = a.type else {
            throw KernelError(
                .invalidInput,
                "Error during planning: \(all ? "ALL" : "ANY") requires an array on its right, got \(ArrowTypeName.of(a.resolvedType))"
            )
        }
        let (expr, name) =
            all
            ? allForm(op, array: right, operand: left, a: a.nestedName, x: x.nestedName)
            : anyForm(op, array: right, operand: left, a: a.nestedName, x: x.nestedName)
        return BoundExpression(try binder.bind(expr).expr, type: .boolean, name: name)
    }

    private func call(_ name: String, _ arguments: SQL.Expr...) -> SQL.Expr {
        .function(FunctionCall(name: ObjectName([Identifier(name)]), arguments: arguments.map { .expr($0) }))
    }

    private func anyForm(_ op: SQL.BinaryOperator, array: SQL.Expr, operand: SQL.Expr, a: String, x: String) -> (
        SQL.Expr, String
    ) {
        if op == .eq { return (call("array_has", array, operand), "array_has(\(a),\(x))") }
        let test: SQL.Expr
        let guardFunction: String
        let testText: String
        switch op {
        case .notEq:
            guardFunction = "array_max"
            test = .binary(
                .binary(call("array_min", array), .notEq, operand), .or,
                .binary(call("array_max", array), .notEq, operand))
            testText = "array_min(\(a)) != \(x) OR array_max(\(a)) != \(x)"
        default:
            let flipped: SQL.BinaryOperator = [.gt: .lt, .lt: .gt, .gtEq: .ltEq, .ltEq: .gtEq][op] ?? op
            guardFunction = op == .gt || op == .gtEq ? "array_min" : "array_max"
            test = .binary(call(guardFunction, array), flipped, operand)
            testText = "\(guardFunction)(\(a)) \(flipped.rawValue) \(x)"
        }
        let expr = SQL.Expr.caseWhen(
            CaseExpression(
                branches: [
                    CaseBranch(when: .isTest(call(guardFunction, array), .null, negated: true), then: test),
                    CaseBranch(when: .isTest(array, .null, negated: true), then: .literal(.boolean(false))),
                ], elseResult: .cast(.literal(.null), .boolean, .cast)))
        let name =
            "CASE WHEN \(guardFunction)(\(a)) IS NOT NULL THEN \(testText) WHEN \(a) IS NOT NULL THEN Boolean(false) ELSE Boolean(NULL) END"
        return (expr, name)
    }

    private func allForm(_ op: SQL.BinaryOperator, array: SQL.Expr, operand: SQL.Expr, a: String, x: String) -> (
        SQL.Expr, String
    ) {
        let fails: SQL.Expr
        let failsText: String
        switch op {
        case .eq:
            fails = .unary(
                .not,
                .nested(
                    .binary(
                        .binary(call("array_min", array), .eq, operand), .and,
                        .binary(call("array_max", array), .eq, operand))))
            failsText = "NOT array_min(\(a)) = \(x) AND array_max(\(a)) = \(x)"
        case .notEq:
            fails = call("array_has", array, operand)
            failsText = "array_has(\(a),\(x))"
        default:
            let bound = op == .gt || op == .gtEq ? "array_max" : "array_min"
            fails = .unary(.not, .nested(.binary(operand, op, call(bound, array))))
            failsText = "NOT \(x) \(op.rawValue) \(bound)(\(a))"
        }
        let null = SQL.Expr.cast(.literal(.null), .boolean, .cast)
        let expr = SQL.Expr.caseWhen(
            CaseExpression(
                branches: [
                    CaseBranch(when: .isTest(array, .null, negated: false), then: null),
                    CaseBranch(
                        when: .binary(call("cardinality", array), .eq, .literal(.number("0"))),
                        then: .literal(.boolean(true))),
                    CaseBranch(when: .isTest(operand, .null, negated: false), then: null),
                    CaseBranch(when: fails, then: .literal(.boolean(false))),
                    CaseBranch(
                        when: .isTest(
                            call("array_position", array, .literal(.null), .literal(.number("1"))), .null, negated: true
                        ),
                        then: null),
                ], elseResult: .literal(.boolean(true))))
        let name =
            "CASE WHEN \(a) IS NULL THEN Boolean(NULL) WHEN cardinality(\(a)) = UInt64(0) THEN Boolean(true) WHEN \(x) IS NULL THEN Boolean(NULL) WHEN \(failsText) THEN Boolean(false) WHEN array_position(\(a),NULL,Int64(1)) IS NOT NULL THEN Boolean(NULL) ELSE Boolean(true) END"
        return (expr, name)
    }
}
