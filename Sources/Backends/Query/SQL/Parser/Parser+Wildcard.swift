/// Wildcard options (sqlparser's `parse_wildcard_additional_options` for the generic dialect):
/// `[ILIKE 'p' | EXCLUDE ...] [EXCEPT ...] [REPLACE (...)] [RENAME ...]`, in that order.
extension Parser {
    mutating func parseWildcardOptions() throws(SQLParseError) -> WildcardOptions {
        var options = WildcardOptions()
        if consume(.ilike) {
            guard case .string(let pattern) = peek.kind else { throw .expected("ilike pattern", found: peek) }
            advance()
            options.ilike = pattern
        } else if consume(.exclude) {
            options.exclude = try parseWildcardColumns()
        }
        if consume(.except) {
            if peekIs(.leftParen), peek(1).kind == .symbol(.rightParen) {
                advance()
                throw .expected("at least one column should be parsed by the expect clause", found: peek)
            }
            options.except = try parseWildcardColumns()
        }
        if consume(.replace) {
            guard consume(.leftParen) else { throw .expected("( after REPLACE but", found: peek) }
            options.replace = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
                let expr = try parser.parseExpr()
                _ = parser.consume(.as)
                return WildcardReplacement(expr, as: try parser.parseRawIdentifier())
            }
            try expect(.rightParen)
        }
        if consume(.rename) {
            let parenthesised = consume(.leftParen)
            options.rename = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
                let old = try parser.parseRawIdentifier()
                try parser.expect(.as)
                return WildcardReplacement(.identifier(old), as: try parser.parseRawIdentifier())
            }
            if parenthesised { try expect(.rightParen) }
        }
        return options
    }

    /// `(a, b)` or a single `a`.
    private mutating func parseWildcardColumns() throws(SQLParseError) -> [Identifier] {
        guard consume(.leftParen) else { return [try parseRawIdentifier()] }
        let columns = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
            try parser.parseRawIdentifier()
        }
        try expect(.rightParen)
        return columns
    }

    /// An identifier as written (no lower-casing), as sqlparser keeps it.
    private mutating func parseRawIdentifier() throws(SQLParseError) -> Identifier {
        guard case .word(let text, let quote) = peek.kind else { throw .expected("identifier", found: peek) }
        advance()
        return Identifier(text, isQuoted: quote != nil)
    }
}
