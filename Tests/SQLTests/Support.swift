import SQL
import Testing

/// Fully parenthesised rendering of binary/unary structure, so precedence tests can state the tree compactly.
func tree(_ expr: Expr) -> String {
    switch expr {
    case .binary(let left, let op, let right): return "(\(tree(left)) \(op.rawValue) \(tree(right)))"
    case .unary(let op, let operand): return "(\(op.rawValue) \(tree(operand)))"
    case .nested(let inner): return tree(inner)
    case .isTest(let operand, .null, let negated): return "(\(tree(operand)) IS \(negated ? "NOT " : "")NULL)"
    case .isTest(let operand, .distinctFrom(let other), _): return "(\(tree(operand)) IS DISTINCT FROM \(tree(other)))"
    case .between(let operand, let negated, let low, let high):
        return "(\(tree(operand)) \(negated ? "NOT " : "")BETWEEN \(tree(low)) AND \(tree(high)))"
    case .like(let operand, let kind, let negated, let pattern, _):
        return "(\(tree(operand)) \(negated ? "NOT " : "")\(kind.rawValue) \(tree(pattern)))"
    case .inList(let operand, let list, let negated):
        return "(\(tree(operand)) \(negated ? "NOT " : "")IN (\(list.map(tree).joined(separator: ", "))))"
    case .cast(let operand, let type, _): return "(\(tree(operand))::\(type.sqlText))"
    case .atTimeZone(let operand, let zone): return "(\(tree(operand)) AT TIME ZONE \(tree(zone)))"
    default: return expr.sqlText
    }
}

/// Parses one statement, recording a test issue (not crashing) on failure.
func parsed(_ sql: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Statement? {
    do {
        return try parseStatement(sql)
    } catch {
        Issue.record("\(sql) → \(error.message)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The first select item expression of a query such as `SELECT <expr>`.
func firstExpr(_ statement: Statement?) -> Expr? {
    guard case .query(let query)? = statement, case .select(let select) = query.body,
        case .expr(let expr, _)? = select.projection.first
    else { return nil }
    return expr
}
