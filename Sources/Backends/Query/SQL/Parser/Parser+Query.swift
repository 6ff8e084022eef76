/// Query grammar: `WITH`, set operations, `VALUES`, `ORDER BY`, `LIMIT`/`OFFSET`.
extension Parser {
    /// A full query; counts one nesting level, as sqlparser's `parse_query` does.
    mutating func parseQuery() throws(SQLParseError) -> Query {
        try nested { (parser: inout Parser) throws(SQLParseError) in try parser.parseQueryLevel() }
    }

    private mutating func parseQueryLevel() throws(SQLParseError) -> Query {
        var with: With?
        if consume(.with) {
            let recursive = consume(.recursive)
            let tables = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
                try parser.parseCommonTableExpression()
            }
            with = With(recursive: recursive, tables: tables)
        }
        let body = try parseQueryBody(precedence: 0)
        var orderBy: [OrderByItem] = []
        if consume(.order, .by) {
            orderBy = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in try parser.parseOrderByItem()
            }
        }
        var query = Query(with: with, body: body, orderBy: orderBy)
        try parseLimitClause(into: &query)
        if consume(.fetch) { query.fetch = try parseFetch() }
        return query
    }

    /// sqlparser's `parse_fetch`, after `FETCH`.
    private mutating func parseFetch() throws(SQLParseError) -> FetchClause {
        if !consume(.first) { _ = consume(.next) }
        if consume(.row) || consume(.rows) {
            return FetchClause(quantity: nil, withTies: !consume(.only) && consume(.with, .ties))
        }
        let quantity = try parsePrefix()
        let percent = consume(Keyword.percent)
        if !consume(.row) { _ = consume(.rows) }
        let withTies = !consume(.only) && consume(.with, .ties)
        return FetchClause(quantity: quantity, percent: percent, withTies: withTies)
    }

    /// `LIMIT n | LIMIT ALL | LIMIT offset, n` and `OFFSET n [ROW|ROWS]`, in either order.
    private mutating func parseLimitClause(into query: inout Query) throws(SQLParseError) {
        var sawLimit = false
        var sawOffset = false
        while true {
            if !sawLimit && consume(.limit) {
                sawLimit = true
                query.limit = consume(.all) ? nil : try parseExpr()
                if !sawOffset, query.limit != nil, consume(.comma) {
                    query.offset = query.limit
                    query.limit = try parseExpr()
                    sawOffset = true
                }
            } else if !sawOffset && consume(.offset) {
                sawOffset = true
                query.offset = try parseExpr()
                if !consume(.rows) { _ = consume(.row) }
            } else {
                return
            }
        }
    }

    /// `name [(columns)] AS (query)`.
    private mutating func parseCommonTableExpression() throws(SQLParseError) -> CommonTableExpression {
        let name = try parseIdentifier()
        var columns: [Identifier] = []
        if peekIs(.leftParen) { columns = try parseParenthesizedIdentifiers() }
        try expect(.as)
        try expect(.leftParen)
        let query = try parseQuery()
        try expect(.rightParen)
        return CommonTableExpression(name: name, columns: columns, query: query)
    }

    /// A query body with set operators; `INTERSECT` (20) binds tighter than `UNION`/`EXCEPT` (10).
    mutating func parseQueryBody(precedence: Int) throws(SQLParseError) -> SetExpression {
        var expr: SetExpression
        if peekIs(.select) {
            expr = .select(try parseSelect())
        } else if consume(.leftParen) {
            let subquery = try parseQuery()
            try expect(.rightParen)
            expr = .query(subquery)
        } else if consume(.values) {
            expr = .values(try parseValuesRows())
        } else {
            throw .expected("SELECT, VALUES, or a subquery in the query body", found: peek)
        }
        while let (operation, next) = setOperator(), precedence < next {
            advance()
            let quantifier = parseSetQuantifier()
            let right = try parseQueryBody(precedence: next)
            expr = .setOperation(operation, quantifier, left: expr, right: right)
        }
        return expr
    }

    private func setOperator() -> (SetOperator, Int)? {
        switch peek.keyword {
        case .union: return (.union, 10)
        case .except, .minus: return (.except, 10)
        case .intersect: return (.intersect, 20)
        default: return nil
        }
    }

    private mutating func parseSetQuantifier() -> SetQuantifier {
        if consume(.distinct, .by, .name) { return .byName }
        if consume(.by, .name) { return .byName }
        if consume(.all, .by, .name) { return .allByName }
        if consume(.all) { return .all }
        if consume(.distinct) { return .distinct }
        return .none
    }

    /// `(a, b), (c, d)` after `VALUES`.
    private mutating func parseValuesRows() throws(SQLParseError) -> [[Expr]] {
        try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
            _ = parser.consume(.row)
            try parser.expect(.leftParen)
            if parser.consume(.rightParen) { return [] }
            let row = try parser.commaSeparated { (inner: inout Parser) throws(SQLParseError) in try inner.parseExpr() }
            try parser.expect(.rightParen)
            return row
        }
    }

    /// `expr [ASC|DESC] [NULLS FIRST|LAST]`.
    mutating func parseOrderByItem() throws(SQLParseError) -> OrderByItem {
        let expr = try parseExpr()
        var ascending: Bool?
        if consume(.asc) {
            ascending = true
        } else if consume(.desc) {
            ascending = false
        }
        var nullsFirst: Bool?
        if consume(.nulls, .first) {
            nullsFirst = true
        } else if consume(.nulls, .last) {
            nullsFirst = false
        }
        return OrderByItem(expr, ascending: ascending, nullsFirst: nullsFirst)
    }
}
