import SQL
import Testing

/// Exact error texts and positions, copied from DataFusion 55 (`SessionContext().sql(...)` in Python).
@Suite struct ErrorTests {
    static let cases: [(String, String)] = [
        ("SELEC 1", #"SQL error: ParserError("Expected: an SQL statement, found: SELEC at Line: 1, Column: 1")"#),
        ("SELECT 1 +", #"SQL error: ParserError("Expected: an expression, found: EOF")"#),
        ("SELECT * FROM", #"SQL error: ParserError("Expected: identifier, found: EOF")"#),
        ("SELECT * FROM cpu WHERE", #"SQL error: ParserError("Expected: an expression, found: EOF")"#),
        ("SELECT (1", #"SQL error: ParserError("Expected: ), found: EOF")"#),
        ("SELECT (1 + 2", #"SQL error: ParserError("Expected: ), found: EOF")"#),
        ("SELECT 1)", #"SQL error: ParserError("Expected: end of statement, found: ) at Line: 1, Column: 9")"#),
        ("SELECT 1 2", #"SQL error: ParserError("Expected: end of statement, found: 2 at Line: 1, Column: 10")"#),
        (
            "SELECT * FROM cpu GROUP",
            #"SQL error: ParserError("Expected: end of statement, found: GROUP at Line: 1, Column: 19")"#
        ),
        (
            "SELECT * FROM cpu ORDER x",
            #"SQL error: ParserError("Expected: end of statement, found: ORDER at Line: 1, Column: 19")"#
        ),
        ("SELECT 'abc", #"SQL error: TokenizerError("Unterminated string literal at Line: 1, Column: 8")"#),
        (
            "SELECT \"abc",
            #"SQL error: TokenizerError("Expected close delimiter '\"' before EOF. at Line: 1, Column: 8")"#
        ),
        (
            "SELECT /* abc",
            #"SQL error: TokenizerError("Unexpected EOF while in a multi-line comment at Line: 1, Column: 14")"#
        ),
        ("SELECT E'abc", #"SQL error: TokenizerError("Unterminated encoded string literal at Line: 1, Column: 8")"#),
        ("SELECT count(", #"SQL error: ParserError("Expected: an expression, found: EOF")"#),
        (
            "SELECT CAST(1 AS)",
            #"SQL error: ParserError("Expected: a data type name, found: ) at Line: 1, Column: 17")"#
        ),
        ("SELECT CAST(1 INT)", #"SQL error: ParserError("Expected: AS, found: INT at Line: 1, Column: 15")"#),
        (
            "SELECT CASE WHEN 1 THEN 2",
            #"SQL error: ParserError("Expected: end of statement, found: 1 at Line: 1, Column: 18")"#
        ),
        (
            "SELECT CASE END",
            #"SQL error: ParserError("Expected: end of statement, found: END at Line: 1, Column: 13")"#
        ),
        ("SELECT * FROM cpu LIMIT", #"SQL error: ParserError("Expected: an expression, found: EOF")"#),
        ("SELECT 1 FROM cpu JOIN", #"SQL error: ParserError("Expected: identifier, found: EOF")"#),
        (
            "SELECT 1 FROM a JOIN b USING",
            #"SQL error: ParserError("Expected: a list of columns in parentheses, found: EOF")"#
        ),
        (
            "SELECT x BETWEEN 1 FROM cpu",
            #"SQL error: ParserError("Expected: AND, found: FROM at Line: 1, Column: 20")"#
        ),
        ("SELECT 1 IN 2", #"SQL error: ParserError("Expected: (, found: 2 at Line: 1, Column: 13")"#),
        (
            "SELECT 1 IS 2",
            #"SQL error: ParserError("Expected: [NOT] NULL | TRUE | FALSE | DISTINCT | [form] NORMALIZED FROM after IS, found: 2 at Line: 1, Column: 13")"#
        ),
        ("SELECT #", #"SQL error: ParserError("Expected: an expression, found: # at Line: 1, Column: 8")"#),
        (
            "SELECT 1 ; SELEC 2",
            #"SQL error: ParserError("Expected: an SQL statement, found: SELEC at Line: 1, Column: 12")"#
        ),
        ("EXPLAIN", #"SQL error: ParserError("Expected: an SQL statement, found: EOF")"#),
        ("WITH x AS SELECT 1", #"SQL error: ParserError("Expected: (, found: SELECT at Line: 1, Column: 11")"#),
        (
            "WITH x AS (SELECT 1)",
            #"SQL error: ParserError("Expected: SELECT, VALUES, or a subquery in the query body, found: EOF")"#
        ),
        (
            "SELECT 1 UNION",
            #"SQL error: ParserError("Expected: SELECT, VALUES, or a subquery in the query body, found: EOF")"#
        ),
        ("SELECT 1 UNION SELECT", #"SQL error: ParserError("Expected: an expression, found: EOF")"#),
        (
            "SELECT * FROM cpu WHERE x IN ()",
            #"SQL error: ParserError("Expected: an expression, found: ) at Line: 1, Column: 31")"#
        ),
        ("SELECT EXTRACT(FROM x)", #"SQL error: ParserError("Expected 'FROM' or ','")"#),
        ("SELECT 1.2.3", #"SQL error: ParserError("Expected: end of statement, found: .3 at Line: 1, Column: 11")"#),
        ("SELECT a.", #"SQL error: ParserError("Expected: an identifier or a '*' after '.', found: EOF")"#),
        ("SELECT 1 FROM cpu AS", #"SQL error: ParserError("Expected: an identifier after AS, found: EOF")"#),
        ("SELECT INTERVAL", #"SQL error: ParserError("Expected: an expression, found: EOF")"#),
        ("SELECT 1::", #"SQL error: ParserError("Expected: a data type name, found: EOF")"#),
        ("SELECT 'é' +, ", #"SQL error: ParserError("Expected: an expression, found: , at Line: 1, Column: 13")"#),
        ("SELECT 1 !! 2", #"SQL error: ParserError("Expected: end of statement, found: !! at Line: 1, Column: 10")"#),
        (
            "SELECT 1 ! 2",
            #"SQL error: ParserError("No infix parser for token ExclamationMark at Line: 1, Column: 10")"#
        ),
        ("SELECT a[", #"SQL error: ParserError("Expected: an expression, found: EOF")"#),
        ("SELECT DISTINCT", #"SQL error: ParserError("Expected: an expression, found: EOF")"#),
        (
            "select * from cpu order by time desc nulls",
            #"SQL error: ParserError("Expected: end of statement, found: nulls at Line: 1, Column: 38")"#
        ),
        ("SELECT 1 NOT 2", #"SQL error: ParserError("Expected: end of statement, found: 2 at Line: 1, Column: 14")"#),
        ("select", #"SQL error: ParserError("Expected: an expression, found: EOF")"#),
        ("SELECT 1 != 2 3", #"SQL error: ParserError("Expected: end of statement, found: 3 at Line: 1, Column: 15")"#),
        (
            "SELECT 1\nFROM cpu\nWHERE )",
            #"SQL error: ParserError("Expected: an expression, found: ) at Line: 3, Column: 7")"#
        ),
    ]

    @Test(arguments: cases)
    func exactError(sql: String, expected: String) {
        do {
            let statements = try parseSQL(sql)
            Issue.record("parsed unexpectedly: \(statements)")
        } catch {
            #expect(error.displayText == expected)
        }
    }

    @Test func messageAndLocation() {
        #expect(throws: SQLParseError.self) { try parseSQL("SELECT 1 2") }
        do {
            _ = try parseSQL("SELECT 1 2")
        } catch {
            #expect(error.message == "Expected: end of statement, found: 2 at Line: 1, Column: 10")
            #expect(error.location == SourceLocation(line: 1, column: 10))
            #expect(error.stage == .parser)
        }
    }

    @Test func statementCount() {
        #expect(throws: SQLParseError.self) { try parseStatement(";") }
        #expect(throws: SQLParseError.self) { try parseStatement("SELECT 1; SELECT 2") }
        #expect((try? parseSQL("SELECT 1;;SELECT 2").count) == 2)
        #expect((try? parseSQL(" ; ").count) == 0)
    }
}
