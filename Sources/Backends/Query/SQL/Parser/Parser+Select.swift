/// `SELECT` block grammar: modifiers, the select list and the clauses after `FROM`.
extension Parser {
    mutating func parseSelect() throws(SQLParseError) -> Select {
        try expect(.select)
        var select = Select(projection: [])
        if consume(.all) {
            select.distinct = .all
        } else if consume(.distinct) {
            if consume(.on) {
                try expect(.leftParen)
                let keys = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in try parser.parseExpr() }
                try expect(.rightParen)
                select.distinct = .on(keys)
            } else {
                select.distinct = .distinct
            }
        }
        // The generic dialect allows an empty select list before FROM (`SELECT FROM t`).
        if !peekIs(.from) { select.projection = try parseProjection() }
        if consume(.from) {
            select.from = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
                try parser.parseTableWithJoins()
            }
        }
        if consume(.where) { select.selection = try parseExpr() }
        if consume(.group, .by) { try parseGroupBy(into: &select) }
        if consume(.having) { select.having = try parseExpr() }
        // QUALIFY and WINDOW in either order, as sqlparser accepts them.
        if consume(.window) {
            select.namedWindows = try parseNamedWindows()
            if consume(.qualify) { select.qualify = try parseExpr() }
        } else if consume(.qualify) {
            select.qualify = try parseExpr()
            if consume(.window) { select.namedWindows = try parseNamedWindows() }
        }
        return select
    }

    private mutating func parseNamedWindows() throws(SQLParseError) -> [NamedWindow] {
        try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
            let name = try parser.parseIdentifier()
            try parser.expect(.as)
            return NamedWindow(name: name, spec: try parser.parseWindowSpec())
        }
    }

    /// Select items separated by commas; a trailing comma before a clause keyword is allowed (generic dialect).
    private mutating func parseProjection() throws(SQLParseError) -> [SelectItem] {
        var items = [try parseSelectItem()]
        while consume(.comma) {
            if endsProjection { break }
            items.append(try parseSelectItem())
        }
        return items
    }

    private var endsProjection: Bool {
        switch peek.kind {
        case .eof, .symbol(.semicolon), .symbol(.rightParen): return true
        default:
            guard let keyword = peek.keyword else { return false }
            return Keyword.reservedForColumnAlias.contains(keyword)
        }
    }

    private mutating func parseSelectItem() throws(SQLParseError) -> SelectItem {
        if consume(.star) {
            let options = try parseWildcardOptions()
            return options.isEmpty ? .wildcard : .wildcardWithOptions(nil, options)
        }
        if let qualifier = qualifiedWildcardPrefix() {
            index += qualifier.parts.count * 2 + 1
            let options = try parseWildcardOptions()
            return options.isEmpty ? .qualifiedWildcard(qualifier) : .wildcardWithOptions(qualifier, options)
        }
        let expr = try parseExpr()
        let alias = try parseOptionalAlias(reserved: Keyword.reservedForColumnAlias)
        return .expr(expr, alias: alias)
    }

    /// Looks ahead for `a.b.*` without consuming; returns the qualifier when the pattern is there.
    func qualifiedWildcardPrefix() -> ObjectName? {
        var parts: [Identifier] = []
        var offset = 0
        while let part = Parser.identifier(from: peek(offset)), peek(offset + 1).kind == .symbol(.period) {
            parts.append(part)
            if peek(offset + 2).kind == .symbol(.star) { return ObjectName(parts) }
            offset += 2
        }
        return nil
    }

    /// `[AS] alias`; a word in `reserved` is not taken as an implicit alias. A single-quoted string is accepted
    /// as an alias too, as sqlparser does (`SELECT 1 'one'`).
    mutating func parseOptionalAlias(reserved: Set<Keyword>) throws(SQLParseError) -> Identifier? {
        let afterAs = consume(.as)
        switch peek.kind {
        case .word:
            if !afterAs, let keyword = peek.keyword, reserved.contains(keyword) { return nil }
            return try parseIdentifier()
        case .string(let text):
            advance()
            return Identifier(text, isQuoted: true)
        default:
            if afterAs { throw .expected("an identifier after AS", found: peek) }
            return nil
        }
    }
}
