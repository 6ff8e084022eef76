/// `GROUP BY` grammar (sqlparser's `parse_optional_group_by` and `parse_group_by_expr`): `ALL`, plain
/// expressions, `GROUPING SETS (...)`, `ROLLUP (...)`, `CUBE (...)` and the empty set `()`. As in
/// DataFusion 55, a bare expression inside `GROUPING SETS` is a set of one.
extension Parser {
    mutating func parseGroupBy(into select: inout Select) throws(SQLParseError) {
        if consume(.all) {
            select.groupByAll = true
            return
        }
        repeat {
            if let element = try parseGroupingElement() {
                select.groupingElements.append(element)
            } else {
                select.groupBy.append(try parseExpr())
            }
        } while consume(.comma)
    }

    /// A grouping-set item, or nil (nothing consumed) for a plain expression.
    private mutating func parseGroupingElement() throws(SQLParseError) -> GroupingElement? {
        if peek.keyword == .grouping, peek(1).keyword == .sets {
            index += 2
            try expect(.leftParen)
            let sets = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
                try parser.parseGroupingTuple(liftSingleton: true)
            }
            try expect(.rightParen)
            return .groupingSets(sets)
        }
        if peek.keyword == .cube || peek.keyword == .rollup, peek(1).kind == .symbol(.leftParen) {
            let isCube = advance().keyword == .cube
            try expect(.leftParen)
            let elements = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
                try parser.parseGroupingTuple(liftSingleton: true)
            }
            try expect(.rightParen)
            return isCube ? .cube(elements) : .rollup(elements)
        }
        if peekIs(.leftParen), peek(1).kind == .symbol(.rightParen) {
            index += 2
            return .empty
        }
        return nil
    }

    /// sqlparser's `parse_tuple(lift_singleton, allow_empty: true)`: `(a, b)`, `()`, or (when lifting) `a`.
    private mutating func parseGroupingTuple(liftSingleton: Bool) throws(SQLParseError) -> [Expr] {
        if liftSingleton, !peekIs(.leftParen) { return [try parseExpr()] }
        try expect(.leftParen)
        if consume(.rightParen) { return [] }
        let items = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in try parser.parseExpr() }
        try expect(.rightParen)
        return items
    }
}
