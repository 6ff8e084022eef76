/// The start of an expression: literals, names, function calls, parentheses and keyword-led special forms.
extension Parser {
    mutating func parsePrefix() throws(SQLParseError) -> Expr {
        let token = peek
        switch token.kind {
        case .word:
            return try parseWordPrefix()
        case .number(let text):
            advance()
            return .literal(.number(text))
        case .string(let text), .escapedString(let text):
            advance()
            return .literal(.string(text))
        case .hexString(let digits):
            advance()
            return .literal(.hexString(digits))
        case .placeholder(let name):
            advance()
            return .placeholder(name)
        case .symbol(.minus), .symbol(.plus):
            advance()
            let op: UnaryOperator = token.kind == .symbol(.minus) ? .minus : .plus
            return .unary(op, try parseSubexpr(precedence: Precedence.mulDivModConcat))
        case .symbol(.leftParen):
            advance()
            return try parseParenthesized()
        case .symbol(.leftBracket):
            advance()
            return .array(try parseArrayElements(), keyword: false)
        default:
            throw .expected("an expression", found: token)
        }
    }

    /// `(query)`, `(expr)` or a tuple `(a, b)`, after the `(`.
    private mutating func parseParenthesized() throws(SQLParseError) -> Expr {
        if peekIs(.select) || peekIs(.with) {
            let query = try parseQuery()
            try expect(.rightParen)
            return .scalarSubquery(query)
        }
        let items = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in try parser.parseExpr() }
        try expect(.rightParen)
        return items.count == 1 ? .nested(items[0]) : .tuple(items)
    }

    /// Elements of `[a, b]` after the `[`.
    mutating func parseArrayElements() throws(SQLParseError) -> [Expr] {
        if consume(.rightBracket) { return [] }
        let items = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in try parser.parseExpr() }
        try expect(.rightBracket)
        return items
    }

    /// A word: a keyword-led form, a typed literal, a function call or a (compound) identifier.
    ///
    /// Like sqlparser, a keyword's special form that fails to parse is retried once as a plain identifier or
    /// function call (so a column may be called `position`), and the special form's error is reported if that
    /// fails too. Outcomes are memoised per token index so nesting cannot make this exponential.
    private mutating func parseWordPrefix() throws(SQLParseError) -> Expr {
        let start = index
        if let memo = specialSuccesses[start] {
            index = memo.end
            return memo.expr
        }
        if let keyword = peek.keyword, specialFailures[start] == nil {
            advance()
            do {
                if let expr = try parseSpecialForm(keyword) {
                    specialSuccesses[start] = MemoizedExpr(expr: expr, end: index)
                    return expr
                }
            } catch {
                specialFailures[start] = error
                if Keyword.reservedForIdentifier.contains(keyword) { throw error }
            }
            index = start
        }
        if let typed = try parseTypedString() { return typed }
        do {
            return try parseNameOrCall()
        } catch {
            if let original = specialFailures[start] { throw original }
            throw error
        }
    }

    /// `TIMESTAMP '...'`, `DATE '...'`, any known type name followed by a string; restores the cursor otherwise.
    private mutating func parseTypedString() throws(SQLParseError) -> Expr? {
        // Only built-in type names start a typed string; this also keeps the lookahead short.
        guard case .word(let text, nil) = peek.kind, Parser.builtinTypeNames.contains(text.asciiUppercased) else {
            return nil
        }
        let start = index
        guard let dataType = try? parseDataType() else {
            index = start
            return nil
        }
        if case .custom = dataType {
            index = start
            return nil
        }
        switch peek.kind {
        case .string(let text), .escapedString(let text):
            advance()
            return .typedString(dataType, text)
        default:
            index = start
            return nil
        }
    }

    /// `name`, `a.b.c`, `f(...)` or `schema.f(...)`.
    private mutating func parseNameOrCall() throws(SQLParseError) -> Expr {
        var parts = [try parseIdentifier()]
        while consume(.period) {
            guard let part = Parser.identifier(from: peek) else {
                throw .expected("an identifier or a '*' after '.'", found: peek)
            }
            advance()
            parts.append(part)
        }
        if peekIs(.leftParen) {
            return .function(try parseFunctionCall(name: ObjectName(parts)))
        }
        return parts.count == 1 ? .identifier(parts[0]) : .compoundIdentifier(parts)
    }
}
