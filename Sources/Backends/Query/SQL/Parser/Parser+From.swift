/// `FROM` grammar: relations, aliases and joins.
extension Parser {
    /// A relation followed by any number of joins.
    mutating func parseTableWithJoins() throws(SQLParseError) -> TableWithJoins {
        var result = TableWithJoins(try parseTableFactor())
        while let join = try parseJoin() { result.joins.append(join) }
        return result
    }

    private mutating func parseJoin() throws(SQLParseError) -> Join? {
        if consume(.cross) {
            try expect(.join)
            return Join(try parseTableFactor(), kind: .cross, constraint: .none)
        }
        let natural = consume(.natural)
        let kind: JoinKind
        if consume(.join) || consume(.inner, .join) {
            kind = .inner
        } else if let sided = try parseSidedJoinKind() {
            kind = sided
        } else if natural {
            throw .expected("a join type after NATURAL", found: peek)
        } else {
            return nil
        }
        let relation = try parseTableFactor()
        if natural { return Join(relation, kind: kind, constraint: .natural) }
        return Join(relation, kind: kind, constraint: try parseJoinConstraint())
    }

    /// `LEFT|RIGHT [OUTER|SEMI|ANTI] JOIN` and `FULL [OUTER] JOIN`.
    private mutating func parseSidedJoinKind() throws(SQLParseError) -> JoinKind? {
        guard let side = peek.keyword, side == .left || side == .right || side == .full else { return nil }
        advance()
        let left = side == .left
        if consume(.semi) {
            try expect(.join)
            return left ? .leftSemi : .rightSemi
        }
        if consume(.anti) {
            try expect(.join)
            return left ? .leftAnti : .rightAnti
        }
        _ = consume(.outer)
        guard consume(.join) else {
            throw .expected(side == .full ? "JOIN" : "OUTER, SEMI, ANTI or JOIN after \(side.rawValue)", found: peek)
        }
        switch side {
        case .left: return .leftOuter
        case .right: return .rightOuter
        default: return .fullOuter
        }
    }

    private mutating func parseJoinConstraint() throws(SQLParseError) -> JoinConstraint {
        if consume(.on) { return .on(try parseExpr()) }
        if consume(.using) {
            guard peekIs(.leftParen) else { throw .expected("a list of columns in parentheses", found: peek) }
            return .using(try parseParenthesizedIdentifiers())
        }
        return .none
    }

    /// A table, table function, derived table or parenthesised join; counts one nesting level.
    mutating func parseTableFactor() throws(SQLParseError) -> TableFactor {
        try nested { (parser: inout Parser) throws(SQLParseError) in try parser.parseTableFactorLevel() }
    }

    private mutating func parseTableFactorLevel() throws(SQLParseError) -> TableFactor {
        if consume(.lateral) {
            try expect(.leftParen)
            let query = try parseQuery()
            try expect(.rightParen)
            return .derived(query, alias: try parseTableAlias(), lateral: true)
        }
        if peekIs(.leftParen) {
            if startsSubquery(at: 1) {
                advance()
                let query = try parseQuery()
                try expect(.rightParen)
                return .derived(query, alias: try parseTableAlias(), lateral: false)
            }
            advance()
            let inner = try parseTableWithJoins()
            try expect(.rightParen)
            return .nested(inner, alias: try parseTableAlias())
        }
        let name = try parseObjectName()
        if consume(.leftParen) {
            let arguments = try parseFunctionArgumentList()
            return .function(name, arguments: arguments, alias: try parseTableAlias())
        }
        return .table(name, alias: try parseTableAlias())
    }

    /// Whether the tokens from `offset` start a query (`SELECT`, `WITH`, `VALUES`), skipping extra `(`.
    private func startsSubquery(at offset: Int) -> Bool {
        var offset = offset
        // Deeper than the depth bound fails anyway, so the scan is bounded by it (keeps FROM parsing linear).
        let limit = offset + max(0, maximumDepth - depth)
        while offset < limit, peek(offset).kind == .symbol(.leftParen) { offset += 1 }
        switch peek(offset).keyword {
        case .select, .with, .values: return true
        default: return false
        }
    }

    /// `[AS] name [(columns)]`.
    private mutating func parseTableAlias() throws(SQLParseError) -> TableAlias? {
        guard let name = try parseOptionalAlias(reserved: Keyword.reservedForTableAlias) else { return nil }
        var columns: [Identifier] = []
        if peekIs(.leftParen) { columns = try parseParenthesizedIdentifiers() }
        return TableAlias(name, columns: columns)
    }
}
