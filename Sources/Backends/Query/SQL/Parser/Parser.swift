/// Parses SQL text into statements (`;`-separated). Empty statements are skipped, so `";"` yields `[]`.
///
/// Errors carry sqlparser-rs's message (see `SQLParseError`). `maximumDepth` bounds nesting the way
/// DataFusion's `datafusion.sql_parser.recursion_limit` (default 50) does.
public func parseSQL(_ text: String, maximumDepth: Int = Parser.defaultMaximumDepth) throws(SQLParseError)
    -> [Statement]
{
    var parser = try Parser(text, maximumDepth: maximumDepth)
    return try parser.parseStatements()
}

/// Parses exactly one statement (an optional trailing `;` is allowed).
///
/// No statement gives `No SQL statements were provided in the query string`, more than one gives
/// `The context currently only supports a single SQL statement` — DataFusion's wording, which it reports as a
/// planning / not-implemented error rather than a parser error (`stage` is still `.parser` here).
public func parseStatement(_ text: String, maximumDepth: Int = Parser.defaultMaximumDepth) throws(SQLParseError)
    -> Statement
{
    let statements = try parseSQL(text, maximumDepth: maximumDepth)
    guard let first = statements.first else {
        throw SQLParseError(
            stage: .parser, message: "No SQL statements were provided in the query string", location: nil)
    }
    guard statements.count == 1 else {
        throw SQLParseError(
            stage: .parser, message: "The context currently only supports a single SQL statement", location: nil)
    }
    return first
}

/// Parses a standalone expression such as `usage_user > 90 AND host = 'a'` (useful to planners and tests).
public func parseExpression(_ text: String, maximumDepth: Int = Parser.defaultMaximumDepth) throws(SQLParseError)
    -> Expr
{
    var parser = try Parser(text, maximumDepth: maximumDepth)
    let expr = try parser.parseExpr()
    guard case .eof = parser.peek.kind else { throw .expected("end of expression", found: parser.peek) }
    return expr
}

/// The recursive-descent parser state: a token array and a cursor. It never backtracks more than one bounded
/// special form (see `Parser+Prefix.swift`), so parsing is linear in the number of tokens.
public struct Parser: Sendable {
    /// DataFusion's default `sql_parser.recursion_limit`.
    public static let defaultMaximumDepth = 50

    var tokens: [Token]
    var index = 0
    var depth = 0
    let maximumDepth: Int
    /// Token indexes where a keyword's special form already failed, and results of ones that succeeded;
    /// memoising both keeps the one-level fallback of `parsePrefix` from re-parsing nested input repeatedly.
    var specialFailures: [Int: SQLParseError] = [:]
    var specialSuccesses: [Int: MemoizedExpr] = [:]

    init(_ text: String, maximumDepth: Int) throws(SQLParseError) {
        tokens = try Lexer.tokenize(text)
        self.maximumDepth = maximumDepth
    }

    /// A memoised special-form parse: the expression and the token index after it.
    struct MemoizedExpr: Sendable {
        var expr: Expr
        var end: Int
    }

    // MARK: Cursor

    var peek: Token { tokens[min(index, tokens.count - 1)] }

    func peek(_ offset: Int) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = peek
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func peekIs(_ keyword: Keyword) -> Bool { peek.keyword == keyword }

    func peekIs(_ symbol: Symbol) -> Bool { peek.kind == .symbol(symbol) }

    mutating func consume(_ keyword: Keyword) -> Bool {
        guard peekIs(keyword) else { return false }
        advance()
        return true
    }

    /// Consumes a keyword sequence only if all of it is present.
    mutating func consume(_ keywords: Keyword...) -> Bool {
        for (offset, keyword) in keywords.enumerated() where peek(offset).keyword != keyword { return false }
        index += keywords.count
        return true
    }

    mutating func consume(_ symbol: Symbol) -> Bool {
        guard peekIs(symbol) else { return false }
        advance()
        return true
    }

    mutating func expect(_ keyword: Keyword) throws(SQLParseError) {
        guard consume(keyword) else { throw .expected(keyword.rawValue, found: peek) }
    }

    mutating func expect(_ symbol: Symbol) throws(SQLParseError) {
        guard consume(symbol) else { throw .expected(symbol.rawValue, found: peek) }
    }

    // MARK: Depth bound

    /// Runs `body` one nesting level deeper, failing cleanly past `maximumDepth` instead of overflowing the stack.
    mutating func nested<T>(_ body: (inout Parser) throws(SQLParseError) -> T) throws(SQLParseError) -> T {
        guard depth < maximumDepth else {
            throw SQLParseError(
                stage: .recursionLimit(maximumDepth), message: "recursion limit exceeded", location: peek.location)
        }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }

    // MARK: Lists and identifiers

    /// `item (, item)*`.
    mutating func commaSeparated<T>(_ item: (inout Parser) throws(SQLParseError) -> T) throws(SQLParseError) -> [T] {
        var items = [try item(&self)]
        while consume(.comma) { items.append(try item(&self)) }
        return items
    }

    /// An identifier token, normalised (unquoted → lower case).
    mutating func parseIdentifier(expected: String = "identifier") throws(SQLParseError) -> Identifier {
        guard let identifier = Parser.identifier(from: peek) else { throw .expected(expected, found: peek) }
        advance()
        return identifier
    }

    static func identifier(from token: Token) -> Identifier? {
        guard case .word(let text, let quote) = token.kind else { return nil }
        return quote == nil ? Identifier(text.asciiLowercased) : Identifier(text, isQuoted: true)
    }

    /// `a.b.c`.
    mutating func parseObjectName() throws(SQLParseError) -> ObjectName {
        var parts = [try parseIdentifier()]
        while consume(.period) { parts.append(try parseIdentifier()) }
        return ObjectName(parts)
    }

    /// `(a, b, ...)`.
    mutating func parseParenthesizedIdentifiers() throws(SQLParseError) -> [Identifier] {
        try expect(.leftParen)
        let identifiers = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
            try parser.parseIdentifier()
        }
        try expect(.rightParen)
        return identifiers
    }
}
