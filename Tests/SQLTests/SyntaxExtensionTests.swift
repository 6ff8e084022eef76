import SQL
import Testing

/// Grammar DataFusion 55 accepts beyond the basic SELECT: grouping sets, GROUP BY ALL, QUALIFY,
/// wildcard options, quantified comparisons and table functions. Each case parses and renders back.
@Suite struct SyntaxExtensionTests {
    /// Statement text and how it renders back (sqlparser's display).
    static let roundTrips: [(String, String)] = [
        (
            "SELECT host, sum(v) FROM cpu GROUP BY GROUPING SETS ((host), (), host, (host, region))",
            "SELECT host, sum(v) FROM cpu GROUP BY GROUPING SETS ((host), (), (host), (host, region))"
        ),
        ("SELECT a FROM t GROUP BY a, ROLLUP (b, c)", "SELECT a FROM t GROUP BY a, ROLLUP (b, c)"),
        ("SELECT a FROM t GROUP BY CUBE(a, (b, c))", "SELECT a FROM t GROUP BY CUBE (a, (b, c))"),
        ("SELECT a FROM t GROUP BY ()", "SELECT a FROM t GROUP BY ()"),
        ("SELECT a, count(*) FROM t GROUP BY ALL", "SELECT a, count(*) FROM t GROUP BY ALL"),
        ("SELECT rollup FROM t GROUP BY rollup", "SELECT rollup FROM t GROUP BY rollup"),
        ("SELECT * EXCLUDE (a, B) FROM t", "SELECT * EXCLUDE (a, \"B\") FROM t"),
        ("SELECT t.* EXCEPT a REPLACE (a + 1 b) FROM t", "SELECT t.* EXCEPT (a) REPLACE (a + 1 AS b) FROM t"),
        ("SELECT a FROM t QUALIFY rn = 1 WINDOW w AS ()", "SELECT a FROM t QUALIFY rn = 1 WINDOW w AS ()"),
        ("SELECT a FROM t OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY", "SELECT a FROM t OFFSET 1 FETCH FIRST 2 ROWS ONLY"),
        ("SELECT a FROM t FETCH FIRST ROW WITH TIES", "SELECT a FROM t FETCH FIRST ROWS WITH TIES"),
        ("SELECT TRY_CAST(a AS INT) FROM t", "SELECT TRY_CAST(a AS INT) FROM t"),
        ("SELECT a = ANY([1, 2]), a > SOME(b), a <> ALL(b)", "SELECT a = ANY([1, 2]), a > ANY(b), a <> ALL(b)"),
        ("SELECT a < ALL (SELECT b FROM t)", "SELECT a < ALL(SELECT b FROM t)"),
        ("SELECT any, all_ FROM t WHERE any = 1", "SELECT any, all_ FROM t WHERE any = 1"),
        ("SELECT * ILIKE 'h%' RENAME a AS b FROM t", "SELECT * ILIKE 'h%' RENAME (a AS b) FROM t"),
    ]

    @Test(arguments: roundTrips)
    func rendersBack(_ sql: String, _ expected: String) {
        guard let statement = parsed(sql) else { return }
        #expect(statement.sqlText == expected)
    }

    @Test func groupingSetsKeepPlainKeysApart() throws {
        guard case .query(let query)? = parsed("SELECT 1 FROM t GROUP BY a, ROLLUP(b), GROUPING SETS ((c), ())"),
            case .select(let select) = query.body
        else {
            Issue.record("not a select")
            return
        }
        #expect(select.groupBy == [.identifier(Identifier("a"))])
        #expect(
            select.groupingElements == [
                .rollup([[.identifier(Identifier("b"))]]),
                .groupingSets([[.identifier(Identifier("c"))], []]),
            ])
    }
}
