/// SQL rendering of expressions. The text re-parses to an equal AST: grouping is carried by `.nested`, so no
/// parentheses are invented. (DataFusion's output column names differ; see NAMING.md.)
extension Expr {
    /// The expression as SQL text.
    public var sqlText: String {
        switch self {
        case .identifier(let identifier): return identifier.sqlText
        case .compoundIdentifier(let parts): return parts.map(\.sqlText).joined(separator: ".")
        case .literal(let literal): return literal.sqlText
        case .typedString(let type, let value): return "\(type.sqlText) \(Literal.string(value).sqlText)"
        case .interval(let interval): return interval.sqlText
        case .placeholder(let name): return name
        case .unary(let op, let operand):
            let operandText = operand.sqlText
            if op == .not { return "NOT \(operandText)" }
            // A space keeps `- -1` from becoming the comment `--1`.
            return operandText.hasPrefix("-") ? "\(op.rawValue) \(operandText)" : "\(op.rawValue)\(operandText)"
        case .binary(let left, let op, let right): return "\(left.sqlText) \(op.rawValue) \(right.sqlText)"
        case .isTest(let operand, let test, let negated): return Expr.isTestText(operand, test, negated: negated)
        case .inList(let operand, let list, let negated):
            return "\(operand.sqlText) \(negated ? "NOT " : "")IN (\(list.sqlText))"
        case .inSubquery(let operand, let query, let negated):
            return "\(operand.sqlText) \(negated ? "NOT " : "")IN (\(query.sqlText))"
        case .between(let operand, let negated, let low, let high):
            return "\(operand.sqlText) \(negated ? "NOT " : "")BETWEEN \(low.sqlText) AND \(high.sqlText)"
        case .like(let operand, let kind, let negated, let pattern, let escape):
            let escapeText = escape.map { " ESCAPE \(Literal.string($0).sqlText)" } ?? ""
            return "\(operand.sqlText) \(negated ? "NOT " : "")\(kind.rawValue) \(pattern.sqlText)\(escapeText)"
        case .caseWhen(let caseExpression): return caseExpression.sqlText
        case .cast(let operand, let type, let syntax): return Expr.castText(operand, type, syntax)
        case .atTimeZone(let operand, let zone): return "\(operand.sqlText) AT TIME ZONE \(zone.sqlText)"
        case .function(let call): return call.sqlText
        case .subscripted(let operand, let access): return "\(operand.sqlText)[\(access.sqlText)]"
        case .extract(let field, let operand): return "EXTRACT(\(field.sqlText) FROM \(operand.sqlText))"
        case .substring(let operand, let from, let length, let special):
            return Expr.substringText(operand, from: from, length: length, special: special)
        case .position(let needle, let haystack): return "POSITION(\(needle.sqlText) IN \(haystack.sqlText))"
        case .trim(let operand, let side, let characters): return Expr.trimText(operand, side, characters)
        case .scalarSubquery(let query): return "(\(query.sqlText))"
        case .exists(let query, let negated): return "\(negated ? "NOT " : "")EXISTS (\(query.sqlText))"
        case .nested(let inner): return "(\(inner.sqlText))"
        case .tuple(let items): return "(\(items.sqlText))"
        case .array(let items, let keyword): return "\(keyword ? "ARRAY" : "")[\(items.sqlText)]"
        case .map(let entries):
            return "MAP {\(entries.map { "\($0.key.sqlText): \($0.value.sqlText)" }.joined(separator: ", "))}"
        case .quantifiedComparison(let left, let op, let all, .scalarSubquery(let query)):
            return "\(left.sqlText) \(op.rawValue) \(all ? "ALL" : "ANY")(\(query.sqlText))"
        case .quantifiedComparison(let left, let op, let all, let right):
            return "\(left.sqlText) \(op.rawValue) \(all ? "ALL" : "ANY")(\(right.sqlText))"
        }
    }

    private static func isTestText(_ operand: Expr, _ test: IsTest, negated: Bool) -> String {
        let not = negated ? "NOT " : ""
        switch test {
        case .null: return "\(operand.sqlText) IS \(not)NULL"
        case .true: return "\(operand.sqlText) IS \(not)TRUE"
        case .false: return "\(operand.sqlText) IS \(not)FALSE"
        case .unknown: return "\(operand.sqlText) IS \(not)UNKNOWN"
        case .distinctFrom(let other): return "\(operand.sqlText) IS \(not)DISTINCT FROM \(other.sqlText)"
        }
    }

    private static func castText(_ operand: Expr, _ type: DataType, _ syntax: CastSyntax) -> String {
        switch syntax {
        case .cast: return "CAST(\(operand.sqlText) AS \(type.sqlText))"
        case .tryCast: return "TRY_CAST(\(operand.sqlText) AS \(type.sqlText))"
        case .doubleColon: return "\(operand.sqlText)::\(type.sqlText)"
        }
    }

    private static func substringText(_ operand: Expr, from: Expr?, length: Expr?, special: Bool) -> String {
        var text = "SUBSTRING(\(operand.sqlText)"
        if let from { text += special ? " FROM \(from.sqlText)" : ", \(from.sqlText)" }
        if let length { text += special ? " FOR \(length.sqlText)" : ", \(length.sqlText)" }
        return text + ")"
    }

    private static func trimText(_ operand: Expr, _ side: TrimSide?, _ characters: Expr?) -> String {
        var text = "TRIM("
        if let side { text += "\(side.rawValue) " }
        // `TRIM(x, chars)` and `TRIM(chars FROM x)` parse to the same AST; the keyword form is always rendered.
        if let characters { text += "\(characters.sqlText) FROM " }
        return text + "\(operand.sqlText))"
    }
}

extension [Expr] {
    /// Comma-separated SQL texts.
    var sqlText: String { map(\.sqlText).joined(separator: ", ") }
}

extension Literal {
    /// The literal as SQL text (`'it''s'`, `1.5`, `TRUE`, `NULL`, `X'1F'`).
    public var sqlText: String {
        switch self {
        case .number(let text): return text
        case .string(let text): return "'\(text.replacingAll("'", with: "''"))'"
        case .hexString(let digits): return "X'\(digits)'"
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        case .null: return "NULL"
        }
    }
}

extension Identifier {
    /// The identifier as SQL: bare when unquoted and lower-case, else double-quoted with `""` escapes.
    public var sqlText: String {
        if !isQuoted && Identifier.isBare(value) { return value }
        return "\"\(value.replacingAll("\"", with: "\"\""))\""
    }

    private static func isBare(_ value: String) -> Bool {
        guard let first = value.utf8.first, Lexer.isIdentifierStart(first), value.asciiLowercased == value else {
            return false
        }
        // Keywords stay bare: an unquoted identifier spelled like a keyword (`time`) was accepted unquoted.
        return value.utf8.allSatisfy(Lexer.isIdentifierPart)
    }
}

extension DateTimeField {
    /// `HOUR`, or `'hour'` when it was quoted.
    public var sqlText: String { isQuoted ? Literal.string(name).sqlText : name }
}

extension IntervalLiteral {
    /// `INTERVAL '1' HOUR` / `INTERVAL '1 hour'`.
    public var sqlText: String {
        var text = "INTERVAL \(value.sqlText)"
        if let leadingField { text += " \(leadingField.sqlText)" }
        if let lastField { text += " TO \(lastField.sqlText)" }
        return text
    }
}

extension CaseExpression {
    /// `CASE ... END`.
    public var sqlText: String {
        var text = "CASE"
        if let operand { text += " \(operand.sqlText)" }
        for branch in branches { text += " WHEN \(branch.condition.sqlText) THEN \(branch.result.sqlText)" }
        if let elseResult { text += " ELSE \(elseResult.sqlText)" }
        return text + " END"
    }
}

extension Subscript {
    /// The text between the brackets.
    public var sqlText: String {
        switch self {
        case .index(let expr): return expr.sqlText
        case .slice(let lower, let upper, let stride):
            let base = "\(lower?.sqlText ?? ""):\(upper?.sqlText ?? "")"
            return stride.map { "\(base):\($0.sqlText)" } ?? base
        }
    }
}
