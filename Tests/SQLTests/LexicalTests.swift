import SQL
import Testing

/// Identifier normalisation, literals, escapes, comments and placeholders.
@Suite struct LexicalTests {
    /// (SQL expression, expected first-select-item AST).
    static let expressions: [(String, Expr)] = [
        ("Host", .identifier(Identifier("host"))),
        ("HOST", .identifier(Identifier("host"))),
        ("\"Host\"", .identifier(Identifier("Host", isQuoted: true))),
        ("\"a\"\"b\"", .identifier(Identifier("a\"b", isQuoted: true))),
        ("\"my col\"", .identifier(Identifier("my col", isQuoted: true))),
        ("ÄBc", .identifier(Identifier("Äbc"))),
        ("CPU.Usage", .compoundIdentifier([Identifier("cpu"), Identifier("usage")])),
        ("\"CPU\".usage", .compoundIdentifier([Identifier("CPU", isQuoted: true), Identifier("usage")])),
        ("'it''s'", .literal(.string("it's"))),
        ("'a\\nb'", .literal(.string("a\\nb"))),
        ("E'a\\nb'", .literal(.string("a\nb"))),
        ("e'\\t\\\\\\''", .literal(.string("\t\\'"))),
        ("E'\\q'", .literal(.string("q"))),
        ("E'\\x41\\101\\u00e9'", .literal(.string("AAé"))),
        ("E'it''s'", .literal(.string("it's"))),
        ("'日本'", .literal(.string("日本"))),
        ("''", .literal(.string(""))),
        ("1e3", .literal(.number("1e3"))),
        ("1.5E-3", .literal(.number("1.5E-3"))),
        (".5", .literal(.number(".5"))),
        ("5.", .literal(.number("5."))),
        ("18446744073709551615", .literal(.number("18446744073709551615"))),
        ("X'1F'", .literal(.hexString("1F"))),
        ("0x1f", .literal(.hexString("1f"))),
        ("true", .literal(.boolean(true))),
        ("Null", .literal(.null)),
        ("$1", .placeholder("$1")),
        ("$host_name", .placeholder("$host_name")),
        ("?", .placeholder("?")),
        ("1 /* c */ + -- x\n 2", .binary(.literal(.number("1")), .plus, .literal(.number("2")))),
        ("/* a /* nested */ b */ 7", .literal(.number("7"))),
        ("--1\n2", .literal(.number("2"))),
        ("x\r\n+\ty", .binary(.identifier(Identifier("x")), .plus, .identifier(Identifier("y")))),
        ("1 + FROM", .binary(.literal(.number("1")), .plus, .identifier(Identifier("from")))),
        ("case", .identifier(Identifier("case"))),
        (
            "position('a', 'b')",
            .function(
                FunctionCall(
                    name: ObjectName([Identifier("position")]),
                    arguments: [.expr(.literal(.string("a"))), .expr(.literal(.string("b")))]))
        ),
    ]

    @Test(arguments: expressions)
    func expression(sql: String, expected: Expr) {
        #expect(firstExpr(parsed("SELECT \(sql)")) == expected)
    }

    @Test func aliasCase() {
        guard case .query(let query)? = parsed("SELECT 1 AS \"Foo\", 2 AS Bar, 3 baz, 4 'Q'"),
            case .select(let select) = query.body
        else {
            Issue.record("not a select")
            return
        }
        let aliases = select.projection.compactMap { item -> String? in
            if case .expr(_, let alias) = item { return alias?.value }
            return nil
        }
        #expect(aliases == ["Foo", "bar", "baz", "Q"])
    }

    @Test func tableNames() {
        let statement = parsed("SELECT * FROM \"My Table\" AS T, Iox.CPU")
        guard case .query(let query)? = statement, case .select(let select) = query.body else {
            Issue.record("not a select")
            return
        }
        #expect(
            select.from.map(\.relation) == [
                .table(ObjectName([Identifier("My Table", isQuoted: true)]), alias: TableAlias(Identifier("t"))),
                .table(ObjectName([Identifier("iox"), Identifier("cpu")]), alias: nil),
            ])
    }

    @Test func locationsCountCharacters() {
        do {
            _ = try parseSQL("SELECT 'é日' +,")
        } catch {
            #expect(error.location == SourceLocation(line: 1, column: 14))
        }
    }
}
