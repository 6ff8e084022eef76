import Kernel
import QueryExec
import SQL

/// Turns AST expressions into bound, typed expressions over a scope's schema, naming them as
/// DataFusion does. Aggregate calls are not bound here: the select binder plans them into an
/// aggregate node and later expressions refer to its output through `scope.computed`.
struct ExpressionBinder {
    let scope: BindingScope

    func bind(_ expr: SQL.Expr) throws(KernelError) -> BoundExpression {
        if let computed = scope.computed.first(where: { $0.ast == SQLExprKey(expr) }) {
            let column = scope.schema.columns[computed.column]
            return BoundExpression(
                .column(computed.column), type: column.type, name: column.name, nestedName: column.qualifiedName)
        }
        switch expr {
        case .identifier(let identifier):
            return try column(identifier.value, relation: nil)
        case .compoundIdentifier(let parts):
            guard let last = parts.last else { throw unsupported("empty identifier") }
            return try column(last.value, relation: parts.count > 1 ? parts[parts.count - 2].value : nil)
        case .literal(let literal):
            return try LiteralBinding.literal(literal)
        case .typedString(let type, let text):
            return try LiteralBinding.typedString(type, text)
        case .interval(let interval):
            return try LiteralBinding.interval(interval)
        case .placeholder(let name):
            guard let value = scope.parameters[String(name.drop { $0 == "$" })] ?? scope.parameters[name] else {
                throw KernelError(.invalidInput, "Execution error: No value found for placeholder with name \(name)")
            }
            return BoundExpression(.literal(value), type: value.columnType, name: LiteralBinding.name(of: value))
        case .nested(let inner):
            return try bind(inner)
        case .unary(let op, let operand):
            return try unary(op, try bind(operand))
        case .binary(let left, let op, let right):
            return try binary(try bind(left), op, try bind(right))
        case .substring(let subject, let from, let length, _):
            return try SpecialFormBinding.substring(subject, from: from, length: length, binder: self)
        case .trim(let subject, let side, let characters):
            return try SpecialFormBinding.trim(subject, side: side, characters: characters, binder: self)
        case .position(let needle, let haystack):
            return try SpecialFormBinding.position(needle, in: haystack, binder: self)
        case .quantifiedComparison(let left, let op, let all, let right):
            return try QuantifiedComparison(binder: self).bind(left, op, all: all, right)
        case .array(let items, _):
            // DataFusion plans `[a, b]` and `ARRAY[a, b]` as `make_array(a, b)`.
            let call = FunctionCall(name: ObjectName([Identifier("make_array")]), arguments: items.map { .expr($0) })
            return try FunctionBinding(binder: self).bind(call)
        case .map(let entries):
            return try MapBinding.makeMap(try entries.flatMap { [$0.key, $0.value] }.map(bind))
        default:
            return try bindPredicateOrCall(expr)
        }
    }

    private func bindPredicateOrCall(_ expr: SQL.Expr) throws(KernelError) -> BoundExpression {
        switch expr {
        case .isTest(let inner, let test, let negated):
            return try isTest(try bind(inner), test, negated: negated)
        case .inList(let inner, let list, let negated):
            let subject = try bind(inner)
            var items: [BoundExpression] = []
            for item in list { items.append(try bind(item)) }
            let name =
                "\(subject.nestedName) \(negated ? "NOT IN" : "IN") \(items.map(\.nestedName).joined(separator: ", "))"
            return BoundExpression(
                .inList(subject.expr, items.map(\.expr), negated: negated), type: .boolean, name: name)
        case .between(let inner, let negated, let low, let high):
            let subject = try bind(inner)
            let lower = try bind(low)
            let upper = try bind(high)
            var test = PhysicalExpr.binary(
                .and,
                .binary(.greaterOrEqual, subject.expr, lower.expr),
                .binary(.lessOrEqual, subject.expr, upper.expr)
            )
            if negated { test = .not(test) }
            let name =
                "\(subject.nestedName) \(negated ? "NOT BETWEEN" : "BETWEEN") \(lower.nestedName) AND \(upper.nestedName)"
            return BoundExpression(test, type: .boolean, name: name)
        case .like(let inner, let kind, let negated, let pattern, _):
            return like(try bind(inner), kind, negated: negated, try bind(pattern))
        case .cast(let inner, let type, let syntax):
            let operand = try bind(inner)
            let target = try TypeMapping.columnType(type)
            // DataFusion names a cast after its operand (qualified even at the top level).
            let cast: PhysicalExpr = syntax == .tryCast ? .tryCast(operand.expr, target) : .cast(operand.expr, target)
            return BoundExpression(cast, type: target, name: operand.nestedName)
        case .atTimeZone(let inner, let zone):
            return try ArrowFunctions.atTimeZone(try bind(inner), zone: try bind(zone))
        case .caseWhen(let caseExpression):
            return try caseWhen(caseExpression)
        case .function(let call):
            return try FunctionBinding(binder: self).bind(call)
        case .scalarSubquery(let query):
            if let value = scope.correlatedScalars[query] {
                return BoundExpression(value.expr, type: value.type, name: value.name, nestedName: value.name)
            }
            guard let planner = scope.planner else { throw unsupported("subqueries in this context") }
            return try SubqueryBinding(planner: planner).scalar(query)
        case .subscripted(let inner, .index(let key)):
            return try NestedBinding.subscripted(try bind(inner), try bind(key))
        case .extract(let field, let inner):
            return try extract(field, try bind(inner))
        default:
            throw unsupported("\(expr)")
        }
    }

    /// `EXTRACT(part FROM x)`: DataFusion's `date_part`, Int32 but for the epoch and nanoseconds.
    private func extract(_ field: DateTimeField, _ operand: BoundExpression) -> BoundExpression {
        let part = field.name.lowercased()
        let type = NarrowFunctionTypes.datePartType(part)
        return BoundExpression(
            .cast(.function(.datePart, [.literal(.string(part)), operand.expr]), type),
            type: type,
            name: "date_part(Utf8(\"\(field.isQuoted ? field.name : part.uppercased())\"),\(operand.nestedName))"
        )
    }

    func column(_ name: String, relation: String?) throws(KernelError) -> BoundExpression {
        if let input = scope.aggregateInput, (try? scope.schema.index(of: name, relation: relation)) == nil,
            let inputIndex = try? input.index(of: name, relation: relation)
        {
            let available = scope.schema.columns.map {
                "\"\($0.name == "count(*)" ? "count(Int64(1))" : $0.qualifiedName)\""
            }
            throw KernelError(
                .invalidInput,
                "Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding "
                    + "wildcard, column \"\(input.columns[inputIndex].qualifiedName)\" must appear in the GROUP BY clause "
                    + "or must be part of an aggregate function, currently only \(available.joined(separator: ", ")) "
                    + "appears in the SELECT clause satisfies this requirement"
            )
        }
        let index = try scope.schema.index(of: name, relation: relation)
        let column = scope.schema.columns[index]
        return BoundExpression(.column(index), type: column.type, name: column.name, nestedName: column.qualifiedName)
    }

    private func unary(_ op: SQL.UnaryOperator, _ operand: BoundExpression) throws(KernelError) -> BoundExpression {
        switch op {
        case .plus: return operand
        case .minus:
            if case .literal(.integer(let v)) = operand.expr {
                return BoundExpression(.literal(.integer(-v)), type: .integer, name: "Int64(\(-v))")
            }
            if case .literal(.uinteger(let v)) = operand.expr {
                // `-9223372036854775808` is Int64's minimum; larger magnitudes become Float64.
                if v == Int64.min.magnitude {
                    return BoundExpression(.literal(.integer(.min)), type: .integer, name: "Int64(\(Int64.min))")
                }
                let negated = -Double(v)
                return BoundExpression(
                    .literal(.float(negated)), type: .float, name: "Float64(\(LiteralBinding.floatText(negated)))")
            }
            if case .literal(.float(let v)) = operand.expr {
                return BoundExpression(
                    .literal(.float(-v)), type: .float, name: "Float64(\(LiteralBinding.floatText(-v)))")
            }
            if case .narrow(let narrow)? = operand.type, narrow.wide == .uinteger {
                throw KernelError(
                    .invalidInput,
                    "Error during planning: Unary operator '-' only supports signed numeric, interval and timestamp types"
                )
            }
            return BoundExpression(.negate(operand.expr), type: operand.type, name: "(- \(operand.nestedName))")
        case .not:
            return BoundExpression(.not(operand.expr), type: .boolean, name: "NOT \(operand.nestedName)")
        }
    }

    private func binary(_ left: BoundExpression, _ op: SQL.BinaryOperator, _ right: BoundExpression) throws(KernelError)
        -> BoundExpression
    {
        let mapped: QueryExec.BinaryOperator
        switch op {
        case .or: mapped = .or
        case .and: mapped = .and
        case .eq: mapped = .equal
        case .notEq: mapped = .notEqual
        case .lt: mapped = .less
        case .ltEq: mapped = .lessOrEqual
        case .gt: mapped = .greater
        case .gtEq: mapped = .greaterOrEqual
        case .plus: mapped = .plus
        case .minus: mapped = .minus
        case .multiply: mapped = .multiply
        case .divide: mapped = .divide
        case .modulo: mapped = .modulo
        case .stringConcat: mapped = .concat
        case .regexMatch: mapped = .regexMatch
        case .regexIMatch: mapped = .regexIMatch
        case .regexNotMatch: mapped = .regexNotMatch
        case .regexNotIMatch: mapped = .regexNotIMatch
        case .likeMatch: mapped = .like
        default: throw unsupported("operator \(op.rawValue)")
        }
        let type = try TypeMapping.binaryResultType(
            mapped, left.type, right.type,
            rightIsInterval: right.type == .interval)
        let name = "\(left.nestedName) \(mapped.displayText) \(right.nestedName)"
        return BoundExpression(.binary(mapped, left.expr, right.expr), type: type, name: name)
    }

    private func isTest(_ operand: BoundExpression, _ test: IsTest, negated: Bool) throws(KernelError)
        -> BoundExpression
    {
        let not = negated ? " NOT" : ""
        switch test {
        case .null:
            return BoundExpression(
                .isNull(operand.expr, negated: negated), type: .boolean, name: "\(operand.nestedName) IS\(not) NULL")
        case .true, .false:
            let value = test == .true
            return BoundExpression(
                .isBoolean(operand.expr, value: value, negated: negated),
                type: .boolean,
                name: "\(operand.nestedName) IS\(not) \(value ? "TRUE" : "FALSE")"
            )
        case .unknown:
            return BoundExpression(
                .isNull(operand.expr, negated: negated), type: .boolean, name: "\(operand.nestedName) IS\(not) UNKNOWN")
        case .distinctFrom(let other):
            let right = try bind(other)
            return BoundExpression(
                .binary(negated ? .isNotDistinctFrom : .isDistinctFrom, operand.expr, right.expr),
                type: .boolean,
                name: "\(operand.nestedName) IS\(not) DISTINCT FROM \(right.nestedName)"
            )
        }
    }

    private func caseWhen(_ expression: CaseExpression) throws(KernelError) -> BoundExpression {
        let operand = try expression.operand.map { (e) throws(KernelError) in try bind(e) }
        var branches: [QueryExec.CaseBranch] = []
        var names: [String] = []
        var types: [ValueType?] = []
        var resultTypes: [ValueType] = []
        var results: [BoundExpression] = []
        for branch in expression.branches {
            let condition = try bind(branch.condition)
            let result = try bind(branch.result)
            types.append(result.type)
            if let resultType = result.type { resultTypes.append(resultType) }
            results.append(result)
            let test = operand.map { PhysicalExpr.binary(.equal, $0.expr, condition.expr) } ?? condition.expr
            branches.append(QueryExec.CaseBranch(condition: test, result: result.expr))
            names.append("WHEN \(condition.nestedName) THEN \(result.nestedName)")
        }
        var otherwise = try expression.elseResult.map { (e) throws(KernelError) in try bind(e) }
        // The first known type; lists with Null items take the others' item types.
        var type = NestedFunctions.firstKnownType(types + [otherwise?.type])
        // Timestamps (or durations) of mixed units: every branch in the finer unit, as DataFusion.
        if let first = type, first.timeUnit != nil {
            let types = (results + (otherwise.map { [$0] } ?? [])).compactMap(\.type)
            let common = types.reduce(first) { $1.timeUnit == nil ? $0 : TemporalArithmetic.commonType($0, $1) ?? $0 }
            if common != first {
                type = common
                for index in branches.indices where results[index].type != common {
                    branches[index].result = .cast(branches[index].result, common)
                }
                if let other = otherwise, other.type != common, other.type != nil {
                    otherwise = BoundExpression(
                        .cast(other.expr, common), type: common, name: other.name, nestedName: other.nestedName)
                }
            }
        }
        var name = "CASE " + (operand.map { "\($0.nestedName) " } ?? "") + names.joined(separator: " ")
        if let otherwise { name += " ELSE \(otherwise.nestedName)" }
        // Narrow numbers: every result is cast to DataFusion's common type (Int32 and Int64 give Int64).
        if let otherType = otherwise?.type { resultTypes.append(otherType) }
        if NumericCoercion.needsCommonType(resultTypes),
            let common = NumericCoercion.common(of: resultTypes)
        {
            type = common
            branches = branches.map { QueryExec.CaseBranch(condition: $0.condition, result: .cast($0.result, common)) }
            if let other = otherwise?.expr { otherwise?.expr = .cast(other, common) }
        }
        var expr = PhysicalExpr.caseWhen(branches, otherwise: otherwise?.expr)
        // Constant struct/list/map branches carry no type: the cast gives the result its type.
        if let type, type.isNested { expr = .cast(expr, type) }
        return BoundExpression(expr, type: type, name: name + " END")
    }

    /// `LIKE`, `ILIKE` and `SIMILAR TO` (and their negations) as binary operators.
    private func like(_ subject: BoundExpression, _ kind: LikeKind, negated: Bool, _ bound: BoundExpression)
        -> BoundExpression
    {
        let op: QueryExec.BinaryOperator
        switch kind {
        case .like: op = negated ? .notLike : .like
        case .ilike: op = negated ? .notILike : .iLike
        // DataFusion 55 matches SIMILAR TO as an unanchored regular expression (like `~`).
        case .similarTo: op = negated ? .regexNotMatch : .regexMatch
        }
        let spelled = kind == .similarTo ? (negated ? "NOT SIMILAR TO" : "SIMILAR TO") : op.rawValue
        return BoundExpression(
            .binary(op, subject.expr, bound.expr), type: .boolean,
            name: "\(subject.nestedName) \(spelled) \(bound.nestedName)")
    }

    func unsupported(_ what: String) -> KernelError {
        KernelError(.notImplemented, "This feature is not implemented: \(what)")
    }
}

extension QueryExec.BinaryOperator {
    /// How DataFusion prints the operator in expression names.
    var displayText: String {
        switch self {
        case .notEqual: "!="
        case .like: "LIKE"
        default: rawValue
        }
    }
}
