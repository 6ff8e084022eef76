/// Operator precedences of sqlparser-rs's generic dialect (`Dialect::prec_value`); higher binds tighter.
enum Precedence {
    static let or = 5
    static let and = 10
    static let unaryNot = 15
    static let pgOther = 16
    static let `is` = 17
    static let like = 19
    static let between = 20
    static let eq = 20
    static let pipe = 21
    static let caret = 22
    static let ampersand = 23
    static let plusMinus = 30
    static let mulDivModConcat = 40
    static let atTimeZone = 41
    static let doubleColon = 50
}

/// Precedence climbing over infix operators and postfix forms (`IS`, `IN`, `BETWEEN`, `LIKE`, `::`, `[...]`).
extension Parser {
    /// A full expression.
    mutating func parseExpr() throws(SQLParseError) -> Expr {
        try parseSubexpr(precedence: 0)
    }

    /// Parses operators binding tighter than `precedence`; counts one nesting level like sqlparser.
    mutating func parseSubexpr(precedence: Int) throws(SQLParseError) -> Expr {
        try nested { (parser: inout Parser) throws(SQLParseError) in
            var expr = try parser.parsePrefix()
            while true {
                let next = parser.nextPrecedence()
                if precedence >= next { return expr }
                expr = try parser.parseInfix(expr, precedence: next)
            }
        }
    }

    /// The binding power of the token after an expression; 0 ends the expression.
    func nextPrecedence() -> Int {
        switch peek.kind {
        case .word:
            return keywordPrecedence()
        case .symbol(let symbol):
            return Parser.symbolPrecedence[symbol] ?? 0
        default:
            return 0
        }
    }

    private func keywordPrecedence() -> Int {
        switch peek.keyword {
        case .or: return Precedence.or
        case .and: return Precedence.and
        case .at:
            return peek(1).keyword == .time && peek(2).keyword == .zone ? Precedence.atTimeZone : 0
        case .not:
            // `NOT` is infix only as `NOT IN | BETWEEN | LIKE | ILIKE | SIMILAR | NULL`.
            switch peek(1).keyword {
            case .in, .between: return Precedence.between
            case .like, .ilike, .similar: return Precedence.like
            case .null: return Precedence.is
            default: return 0
            }
        case .is: return Precedence.is
        case .in, .between: return Precedence.between
        case .like, .ilike, .similar: return Precedence.like
        default: return 0
        }
    }

    static let symbolPrecedence: [Symbol: Int] = [
        .eq: Precedence.eq, .doubleEq: Precedence.eq, .notEq: Precedence.eq, .lt: Precedence.eq,
        .ltEq: Precedence.eq, .gt: Precedence.eq, .gtEq: Precedence.eq, .tilde: Precedence.eq,
        .tildeStar: Precedence.eq, .notTilde: Precedence.eq, .notTildeStar: Precedence.eq,
        .doubleTilde: Precedence.eq, .pipe: Precedence.pipe, .caret: Precedence.caret,
        .shiftLeft: Precedence.caret, .shiftRight: Precedence.caret, .ampersand: Precedence.ampersand,
        .plus: Precedence.plusMinus, .minus: Precedence.plusMinus, .star: Precedence.mulDivModConcat,
        .slash: Precedence.mulDivModConcat, .percent: Precedence.mulDivModConcat,
        .concat: Precedence.mulDivModConcat, .doubleColon: Precedence.doubleColon,
        .leftBracket: Precedence.doubleColon, .exclamation: Precedence.doubleColon, .arrow: Precedence.pgOther,
        .longArrow: Precedence.pgOther, .atArrow: Precedence.pgOther, .arrowAt: Precedence.pgOther,
    ]

    static let binaryOperators: [Symbol: BinaryOperator] = [
        .eq: .eq, .doubleEq: .eq, .notEq: .notEq, .lt: .lt, .ltEq: .ltEq, .gt: .gt, .gtEq: .gtEq,
        .tilde: .regexMatch, .tildeStar: .regexIMatch, .notTilde: .regexNotMatch, .notTildeStar: .regexNotIMatch,
        .doubleTilde: .likeMatch, .pipe: .bitwiseOr, .caret: .bitwiseXor, .shiftLeft: .shiftLeft,
        .shiftRight: .shiftRight, .ampersand: .bitwiseAnd, .plus: .plus, .minus: .minus, .star: .multiply,
        .slash: .divide, .percent: .modulo, .concat: .stringConcat, .arrow: .arrow, .longArrow: .longArrow,
        .atArrow: .atArrow, .arrowAt: .arrowAt,
    ]

    /// Parses what follows `left` at the operator's precedence.
    private mutating func parseInfix(_ left: Expr, precedence: Int) throws(SQLParseError) -> Expr {
        let token = advance()
        if case .symbol(let symbol) = token.kind {
            if let op = Parser.binaryOperators[symbol] {
                if Parser.comparisons.contains(op), let quantified = try parseQuantified(left, op) { return quantified }
                return .binary(left, op, try parseSubexpr(precedence: precedence))
            }
            switch symbol {
            case .doubleColon: return .cast(left, try parseDataType(), .doubleColon)
            case .leftBracket: return .subscripted(left, try parseSubscript())
            default: throw .parser("No infix parser for token \(Parser.rustTokenName(symbol))", at: token.location)
            }
        }
        switch token.keyword {
        case .or: return .binary(left, .or, try parseSubexpr(precedence: precedence))
        case .and: return .binary(left, .and, try parseSubexpr(precedence: precedence))
        case .at:
            index += 2  // TIME ZONE, checked by `keywordPrecedence`
            return .atTimeZone(left, zone: try parseSubexpr(precedence: precedence))
        case .is: return try parseIsTest(left)
        case .not: return try parseNegatedPredicate(left)
        default: return try parsePredicate(left, negated: false, keywordToken: token)
        }
    }

    /// `IS [NOT] NULL | TRUE | FALSE | UNKNOWN | DISTINCT FROM expr` (the operand of DISTINCT FROM is a full
    /// expression in sqlparser, so `a IS DISTINCT FROM b AND c` compares with `b AND c`).
    private mutating func parseIsTest(_ left: Expr) throws(SQLParseError) -> Expr {
        let negated = consume(.not)
        if consume(.null) { return .isTest(left, .null, negated: negated) }
        if consume(.true) { return .isTest(left, .true, negated: negated) }
        if consume(.false) { return .isTest(left, .false, negated: negated) }
        if consume(.unknown) { return .isTest(left, .unknown, negated: negated) }
        if consume(.distinct, .from) { return .isTest(left, .distinctFrom(try parseExpr()), negated: negated) }
        throw .expected("[NOT] NULL | TRUE | FALSE | DISTINCT | [form] NORMALIZED FROM after IS", found: peek)
    }

    private mutating func parseNegatedPredicate(_ left: Expr) throws(SQLParseError) -> Expr {
        if consume(.null) { return .isTest(left, .null, negated: true) }
        let keywordToken = advance()
        return try parsePredicate(left, negated: true, keywordToken: keywordToken)
    }

    /// `IN`, `BETWEEN`, `LIKE`, `ILIKE`, `SIMILAR TO` after their (already consumed) keyword.
    private mutating func parsePredicate(_ left: Expr, negated: Bool, keywordToken: Token) throws(SQLParseError)
        -> Expr
    {
        switch keywordToken.keyword {
        case .in: return try parseIn(left, negated: negated)
        case .between:
            let low = try parseSubexpr(precedence: Precedence.between)
            try expect(.and)
            let high = try parseSubexpr(precedence: Precedence.between)
            return .between(left, negated: negated, low: low, high: high)
        case .like: return try parseLike(left, .like, negated: negated)
        case .ilike: return try parseLike(left, .ilike, negated: negated)
        case .similar:
            try expect(.to)
            return try parseLike(left, .similarTo, negated: negated)
        default:
            throw .parser("No infix parser for token \(keywordToken.display)", at: keywordToken.location)
        }
    }

    private mutating func parseIn(_ left: Expr, negated: Bool) throws(SQLParseError) -> Expr {
        try expect(.leftParen)
        if peekIs(.select) || peekIs(.with) {
            let query = try parseQuery()
            try expect(.rightParen)
            return .inSubquery(left, query, negated: negated)
        }
        let list = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in try parser.parseExpr() }
        try expect(.rightParen)
        return .inList(left, list, negated: negated)
    }

    private mutating func parseLike(_ left: Expr, _ kind: LikeKind, negated: Bool) throws(SQLParseError) -> Expr {
        let pattern = try parseSubexpr(precedence: Precedence.like)
        var escape: String?
        if consume(.escape) {
            switch peek.kind {
            case .string(let text), .escapedString(let text):
                advance()
                escape = text
            default:
                throw .expected("a value", found: peek)
            }
        }
        return .like(left, kind, negated: negated, pattern: pattern, escape: escape)
    }

    /// The inside of `[...]` after `[`: an index or a `lower:upper[:stride]` slice.
    private mutating func parseSubscript() throws(SQLParseError) -> Subscript {
        let lower: Expr? = peekIs(.colon) ? nil : try parseExpr()
        guard consume(.colon) else {
            try expect(.rightBracket)
            return .index(lower ?? .literal(.null))
        }
        let upper: Expr? = peekIs(.colon) || peekIs(.rightBracket) ? nil : try parseExpr()
        var stride: Expr?
        if consume(.colon), !peekIs(.rightBracket) { stride = try parseExpr() }
        try expect(.rightBracket)
        return .slice(lower: lower, upper: upper, stride: stride)
    }

    static let comparisons: Set<BinaryOperator> = [.eq, .notEq, .lt, .ltEq, .gt, .gtEq]

    /// `ANY | SOME | ALL (subquery | expr)` after a comparison operator, or nil (nothing consumed).
    private mutating func parseQuantified(_ left: Expr, _ op: BinaryOperator) throws(SQLParseError) -> Expr? {
        guard let keyword = peek.keyword, [.any, .some, .all].contains(keyword), peek(1).kind == .symbol(.leftParen)
        else { return nil }
        index += 2
        let right: Expr = peekIs(.select) || peekIs(.with) ? .scalarSubquery(try parseQuery()) : try parseExpr()
        try expect(.rightParen)
        return .quantifiedComparison(left, op, all: keyword == .all, right)
    }

    /// sqlparser's `Debug` name for symbols without an infix parser (only `!` reaches this).
    static func rustTokenName(_ symbol: Symbol) -> String {
        symbol == .exclamation ? "ExclamationMark" : symbol.rawValue
    }
}
