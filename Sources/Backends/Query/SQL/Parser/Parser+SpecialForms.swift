/// Keyword-led expression forms (sqlparser's `parse_expr_prefix_by_reserved_word`). Each is entered with the
/// keyword already consumed and returns `nil` when the keyword has no special form.
extension Parser {
    mutating func parseSpecialForm(_ keyword: Keyword) throws(SQLParseError) -> Expr? {
        switch keyword {
        case .true: return .literal(.boolean(true))
        case .false: return .literal(.boolean(false))
        case .null: return .literal(.null)
        case .currentTimestamp, .currentTime, .currentDate:
            let name = ObjectName([Identifier(keyword.rawValue.asciiLowercased)])
            guard peekIs(.leftParen) else { return .function(FunctionCall(name: name, hasParentheses: false)) }
            return .function(try parseFunctionCall(name: name))
        case .case: return try parseCase()
        case .cast: return try parseCast(.cast)
        case .tryCast: return try parseCast(.tryCast)
        case .exists: return try parseExists(negated: false)
        case .extract: return try parseExtract()
        case .position: return peekIs(.leftParen) ? try parsePosition() : nil
        case .substring, .substr: return try parseSubstring()
        case .trim: return try parseTrim()
        case .overlay: return peekIs(.leftParen) ? try parseOverlay() : nil
        case .interval: return .interval(try parseInterval())
        case .array:
            guard consume(.leftBracket) else { return nil }
            return .array(try parseArrayElements(), keyword: true)
        case .map:
            // sqlparser's map literal (generic dialect): `MAP {k: v, ...}`; `map(...)` is a call.
            guard consume(.leftBrace) else { return nil }
            if consume(.rightBrace) { return .map([]) }
            let entries = try commaSeparated { (parser: inout Parser) throws(SQLParseError) -> MapEntry in
                let key = try parser.parseExpr()
                try parser.expect(.colon)
                return MapEntry(key: key, value: try parser.parseExpr())
            }
            try expect(.rightBrace)
            return .map(entries)
        case .not:
            if consume(.exists) { return try parseExists(negated: true) }
            return .unary(.not, try parseSubexpr(precedence: Precedence.unaryNot))
        default: return nil
        }
    }

    /// `CASE [operand] WHEN c THEN r ... [ELSE e] END`.
    private mutating func parseCase() throws(SQLParseError) -> Expr {
        var operand: Expr?
        if !consume(.when) {
            operand = try parseExpr()
            try expect(.when)
        }
        var branches: [CaseBranch] = []
        repeat {
            let condition = try parseExpr()
            try expect(.then)
            branches.append(CaseBranch(when: condition, then: try parseExpr()))
        } while consume(.when)
        let elseResult: Expr? = consume(.else) ? try parseExpr() : nil
        try expect(.end)
        return .caseWhen(CaseExpression(operand: operand, branches: branches, elseResult: elseResult))
    }

    /// `CAST(x AS type)` / `TRY_CAST(x AS type)`.
    private mutating func parseCast(_ syntax: CastSyntax) throws(SQLParseError) -> Expr {
        try expect(.leftParen)
        let expr = try parseExpr()
        try expect(.as)
        let dataType = try parseDataType()
        try expect(.rightParen)
        return .cast(expr, dataType, syntax)
    }

    private mutating func parseExists(negated: Bool) throws(SQLParseError) -> Expr {
        try expect(.leftParen)
        let query = try parseQuery()
        try expect(.rightParen)
        return .exists(query, negated: negated)
    }

    /// `EXTRACT(field FROM x)` or `EXTRACT(field, x)`; the field may be any word or a quoted string.
    private mutating func parseExtract() throws(SQLParseError) -> Expr {
        try expect(.leftParen)
        let field = try parseDateTimeField()
        guard consume(.from) || consume(.comma) else {
            throw SQLParseError(stage: .parser, message: "Expected 'FROM' or ','", location: nil)
        }
        let expr = try parseExpr()
        try expect(.rightParen)
        return .extract(field, expr)
    }

    /// A unit word (`HOUR`, upper-cased) or a single-quoted unit (`'hour'`, kept as written).
    mutating func parseDateTimeField() throws(SQLParseError) -> DateTimeField {
        switch peek.kind {
        case .word(let text, nil):
            advance()
            return DateTimeField(text.asciiUppercased)
        case .string(let text):
            advance()
            return DateTimeField(text, isQuoted: true)
        default:
            throw .expected("date/time field", found: peek)
        }
    }

    /// `POSITION(needle IN haystack)`; the needle stops before `IN` (parsed at BETWEEN precedence).
    private mutating func parsePosition() throws(SQLParseError) -> Expr {
        try expect(.leftParen)
        let needle = try parseSubexpr(precedence: Precedence.between)
        try expect(.in)
        let haystack = try parseExpr()
        try expect(.rightParen)
        return .position(needle, in: haystack)
    }

    /// `SUBSTRING(x FROM a [FOR b])`, `SUBSTRING(x FOR b)` or `SUBSTRING(x, a [, b])`.
    private mutating func parseSubstring() throws(SQLParseError) -> Expr {
        try expect(.leftParen)
        let expr = try parseExpr()
        var from: Expr?
        var length: Expr?
        var special = false
        if consume(.from) {
            special = true
            from = try parseExpr()
        } else if consume(.comma) {
            from = try parseExpr()
        }
        if consume(.for) {
            special = true
            length = try parseExpr()
        } else if !special, from != nil, consume(.comma) {
            length = try parseExpr()
        }
        try expect(.rightParen)
        guard from != nil || length != nil else {
            throw SQLParseError(stage: .parser, message: "Substring without for/from is not valid", location: nil)
        }
        return .substring(expr, from: from, for: length, special: special)
    }

    /// `TRIM([BOTH|LEADING|TRAILING] [chars FROM] x)`, `TRIM(chars FROM x)` or `TRIM(x, chars)`.
    private mutating func parseTrim() throws(SQLParseError) -> Expr {
        try expect(.leftParen)
        var side: TrimSide?
        if consume(.both) {
            side = .both
        } else if consume(.leading) {
            side = .leading
        } else if consume(.trailing) {
            side = .trailing
        }
        var expr = try parseExpr()
        var characters: Expr?
        if consume(.from) {
            characters = expr
            expr = try parseExpr()
        } else if side == nil, consume(.comma) {
            characters = try parseExpr()
        }
        try expect(.rightParen)
        return .trim(expr, side: side, characters: characters)
    }

    /// `OVERLAY(s PLACING x FROM a [FOR b])` or `OVERLAY(s, x, a [, b])`: the call `overlay(s, x, a[, b])`.
    private mutating func parseOverlay() throws(SQLParseError) -> Expr {
        try expect(.leftParen)
        var arguments = [try parseExpr()]
        if consume(.placing) {
            arguments.append(try parseExpr())
            try expect(.from)
            arguments.append(try parseExpr())
            if consume(.for) { arguments.append(try parseExpr()) }
        } else {
            while consume(.comma) { arguments.append(try parseExpr()) }
        }
        try expect(.rightParen)
        let name = ObjectName([Identifier("overlay")])
        return .function(FunctionCall(name: name, arguments: arguments.map { .expr($0) }))
    }

    /// `INTERVAL value [unit [TO unit]]`; the value is a prefix expression (normally a string literal).
    mutating func parseInterval() throws(SQLParseError) -> IntervalLiteral {
        let value = try parsePrefix()
        var interval = IntervalLiteral(value: value)
        guard nextIsTemporalUnit else { return interval }
        interval.leadingField = try parseDateTimeField()
        if consume(.to) {
            interval.lastField = try parseDateTimeField()
        }
        return interval
    }

    private var nextIsTemporalUnit: Bool {
        guard case .word(let text, nil) = peek.kind else { return false }
        return Parser.temporalUnits.contains(text.asciiUppercased)
    }

    /// sqlparser's `next_token_is_temporal_unit` list.
    static let temporalUnits: Set<String> = [
        "YEAR", "YEARS", "MONTH", "MONTHS", "WEEK", "WEEKS", "DAY", "DAYS", "DATE", "DATETIME", "HOUR", "HOURS",
        "MINUTE", "MINUTES", "SECOND", "SECONDS", "CENTURY", "DECADE", "DOW", "DOY", "EPOCH", "ISODOW", "ISOYEAR",
        "ISOWEEK", "JULIAN", "MICROSECOND", "MICROSECONDS", "MILLENIUM", "MILLENNIUM", "MILLISECOND",
        "MILLISECONDS", "NANOSECOND", "NANOSECONDS", "QUARTER", "TIMEZONE", "TIMEZONE_HOUR", "TIMEZONE_MINUTE",
    ]
}
