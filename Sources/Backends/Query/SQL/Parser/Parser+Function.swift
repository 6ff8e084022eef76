/// Function calls: arguments, ordered-aggregate `ORDER BY`, `WITHIN GROUP`, `FILTER`, null treatment, `OVER`.
extension Parser {
    /// Parses `(args) [WITHIN GROUP (...)] [FILTER (WHERE ...)] [IGNORE|RESPECT NULLS] [OVER ...]` after `name`.
    mutating func parseFunctionCall(name: ObjectName) throws(SQLParseError) -> FunctionCall {
        try expect(.leftParen)
        var call = FunctionCall(name: name)
        if !consume(.rightParen) {
            if consume(.all) {
                call.quantifier = .all
            } else if consume(.distinct) {
                call.quantifier = .distinct
            }
            call.arguments = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
                try parser.parseFunctionArgument()
            }
            if consume(.order, .by) {
                call.orderBy = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
                    try parser.parseOrderByItem()
                }
            }
            try expect(.rightParen)
        }
        if consume(.within, .group) {
            try expect(.leftParen)
            try expect(.order)
            try expect(.by)
            call.withinGroup = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
                try parser.parseOrderByItem()
            }
            try expect(.rightParen)
        }
        if peek.keyword == .filter, peek(1).kind == .symbol(.leftParen) {
            index += 2
            try expect(.where)
            call.filter = try parseExpr()
            try expect(.rightParen)
        }
        if consume(.ignore, .nulls) {
            call.nullTreatment = .ignore
        } else if consume(.respect, .nulls) {
            call.nullTreatment = .respect
        }
        if consume(.over) {
            call.over = peekIs(.leftParen) ? .spec(try parseWindowSpec()) : .named(try parseIdentifier())
        }
        return call
    }

    /// Arguments of a function call after `(`, through the closing `)` (table functions in `FROM`).
    mutating func parseFunctionArgumentList() throws(SQLParseError) -> [FunctionArgument] {
        if consume(.rightParen) { return [] }
        let arguments = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
            try parser.parseFunctionArgument()
        }
        try expect(.rightParen)
        return arguments
    }

    /// `*`, `t.*`, `name => value` or an expression.
    private mutating func parseFunctionArgument() throws(SQLParseError) -> FunctionArgument {
        if consume(.star) { return .wildcard }
        if let qualifier = qualifiedWildcardPrefix() {
            index += qualifier.parts.count * 2 + 1
            return .qualifiedWildcard(qualifier)
        }
        if let name = Parser.identifier(from: peek), peek(1).kind == .symbol(.rightArrow) {
            index += 2
            return .named(name, try parseExpr())
        }
        return .expr(try parseExpr())
    }

    /// `( [base] [PARTITION BY ...] [ORDER BY ...] [ROWS|RANGE|GROUPS frame] )`.
    mutating func parseWindowSpec() throws(SQLParseError) -> WindowSpec {
        try expect(.leftParen)
        var spec = WindowSpec()
        if case .word = peek.kind, !isWindowClauseKeyword {
            spec.baseWindow = try parseIdentifier()
        }
        if consume(.partition, .by) {
            spec.partitionBy = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
                try parser.parseExpr()
            }
        }
        if consume(.order, .by) {
            spec.orderBy = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
                try parser.parseOrderByItem()
            }
        }
        if let units = frameUnits() {
            advance()
            if consume(.between) {
                let start = try parseFrameBound()
                try expect(.and)
                spec.frame = WindowFrame(units: units, start: start, end: try parseFrameBound())
            } else {
                spec.frame = WindowFrame(units: units, start: try parseFrameBound())
            }
        }
        try expect(.rightParen)
        return spec
    }

    private var isWindowClauseKeyword: Bool {
        switch peek.keyword {
        case .partition, .order, .rows, .range, .groups: return true
        default: return false
        }
    }

    private func frameUnits() -> WindowFrameUnits? {
        switch peek.keyword {
        case .rows: return .rows
        case .range: return .range
        case .groups: return .groups
        default: return nil
        }
    }

    /// `CURRENT ROW`, `UNBOUNDED PRECEDING|FOLLOWING` or `offset PRECEDING|FOLLOWING` (a bare string offset is
    /// read as an interval, as sqlparser does for `RANGE '1 hour' PRECEDING`).
    private mutating func parseFrameBound() throws(SQLParseError) -> WindowFrameBound {
        if consume(.current, .row) { return .currentRow }
        var offset: Expr?
        if !consume(.unbounded) {
            if case .string = peek.kind {
                offset = .interval(try parseInterval())
            } else {
                offset = try parseExpr()
            }
        }
        if consume(.preceding) { return .preceding(offset) }
        if consume(.following) { return .following(offset) }
        throw .expected("PRECEDING or FOLLOWING", found: peek)
    }
}
