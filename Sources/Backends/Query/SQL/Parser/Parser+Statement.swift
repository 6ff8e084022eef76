/// Statement-level grammar: statement lists, `EXPLAIN` (DataFusion's form) and `SHOW`.
extension Parser {
    /// `statement (; statement)*` with empty statements skipped, as in DataFusion's `DFParser`.
    mutating func parseStatements() throws(SQLParseError) -> [Statement] {
        var statements: [Statement] = []
        var expectingDelimiter = false
        while true {
            while consume(.semicolon) { expectingDelimiter = false }
            if case .eof = peek.kind { return statements }
            if expectingDelimiter { throw .expected("end of statement", found: peek) }
            statements.append(try parseOneStatement())
            expectingDelimiter = true
        }
    }

    mutating func parseOneStatement() throws(SQLParseError) -> Statement {
        try nested { (parser: inout Parser) throws(SQLParseError) in
            switch parser.peek.keyword {
            case .explain:
                parser.advance()
                return try parser.parseExplain()
            case .show:
                parser.advance()
                return try parser.parseShow()
            case .select, .with, .values:
                return .query(try parser.parseQuery())
            default:
                if parser.peekIs(.leftParen) { return .query(try parser.parseQuery()) }
                throw .expected("an SQL statement", found: parser.peek)
            }
        }
    }

    /// `EXPLAIN [ANALYZE] [VERBOSE] [FORMAT name] statement`.
    mutating func parseExplain() throws(SQLParseError) -> Statement {
        let analyze = consume(.analyze)
        let verbose = consume(.verbose)
        var format: String?
        if consume(.format) {
            format = try parseIdentifier().value
        }
        let statement = try parseOneStatement()
        return .explain(analyze: analyze, verbose: verbose, format: format, statement)
    }

    /// `SHOW TABLES`, `SHOW [EXTENDED] [FULL] COLUMNS {FROM|IN} t`, `SHOW <variable>`.
    mutating func parseShow() throws(SQLParseError) -> Statement {
        let extended = consume(.extended)
        let full = consume(.full)
        if consume(.columns) {
            guard consume(.from) || consume(.in) else { throw .expected("FROM or IN", found: peek) }
            return .showColumns(extended: extended, full: full, table: try parseObjectName())
        }
        if consume(.tables) {
            return .showTables
        }
        if extended || full {
            throw .expected("COLUMNS or TABLES after SHOW EXTENDED/FULL", found: peek)
        }
        // sqlparser's `parse_identifiers`: every word up to the end of the statement, dots skipped.
        var variable: [Identifier] = []
        while true {
            if let identifier = Parser.identifier(from: peek) {
                variable.append(identifier)
            } else if !peekIs(.period) {
                return .showVariable(variable)
            }
            advance()
        }
    }
}
