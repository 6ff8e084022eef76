import SQL
import Testing

/// Whole-statement AST equality for the statement kinds and the main query shapes.
@Suite struct StatementTests {
    static let cpu = ObjectName([Identifier("cpu")])
    static let star = Select(projection: [.wildcard], from: [TableWithJoins(.table(cpu, alias: nil))])

    static let cases: [(String, Statement)] = [
        ("SHOW TABLES", .showTables),
        ("show tables;", .showTables),
        ("SHOW COLUMNS FROM cpu", .showColumns(extended: false, full: false, table: cpu)),
        ("SHOW ALL", .showVariable([Identifier("all")])),
        (
            "SHOW datafusion.execution.batch_size",
            .showVariable([Identifier("datafusion"), Identifier("execution"), Identifier("batch_size")])
        ),
        (
            "EXPLAIN SELECT * FROM cpu",
            .explain(analyze: false, verbose: false, format: nil, .query(Query(body: .select(star))))
        ),
        (
            "EXPLAIN ANALYZE SELECT * FROM cpu",
            .explain(analyze: true, verbose: false, format: nil, .query(Query(body: .select(star))))
        ),
        (
            "EXPLAIN ANALYZE VERBOSE SELECT * FROM cpu",
            .explain(analyze: true, verbose: true, format: nil, .query(Query(body: .select(star))))
        ),
        (
            "EXPLAIN FORMAT TREE SELECT * FROM cpu",
            .explain(analyze: false, verbose: false, format: "tree", .query(Query(body: .select(star))))
        ),
        (
            "SELECT * FROM cpu ORDER BY time DESC NULLS LAST LIMIT 5 OFFSET 2",
            .query(
                Query(
                    body: .select(star),
                    orderBy: [OrderByItem(.identifier(Identifier("time")), ascending: false, nullsFirst: false)],
                    limit: .literal(.number("5")), offset: .literal(.number("2"))))
        ),
        (
            "SELECT * FROM cpu UNION ALL SELECT * FROM cpu",
            .query(Query(body: .setOperation(.union, .all, left: .select(star), right: .select(star))))
        ),
        (
            "SELECT count(*) FROM cpu",
            .query(
                Query(
                    body: .select(
                        Select(
                            projection: [
                                .expr(
                                    .function(
                                        FunctionCall(
                                            name: ObjectName([Identifier("count")]),
                                            arguments: [.wildcard])), alias: nil)
                            ],
                            from: [TableWithJoins(.table(cpu, alias: nil))]))))
        ),
        (
            "SELECT selector_last(v, time)['value'] AS v FROM cpu",
            .query(
                Query(
                    body: .select(
                        Select(
                            projection: [
                                .expr(
                                    .subscripted(
                                        .function(
                                            FunctionCall(
                                                name: ObjectName([Identifier("selector_last")]),
                                                arguments: [
                                                    .expr(.identifier(Identifier("v"))),
                                                    .expr(.identifier(Identifier("time"))),
                                                ])),
                                        .index(.literal(.string("value")))), alias: Identifier("v"))
                            ],
                            from: [TableWithJoins(.table(cpu, alias: nil))]))))
        ),
        (
            "SELECT * FROM cpu c LEFT JOIN mem USING (host)",
            .query(
                Query(
                    body: .select(
                        Select(
                            projection: [.wildcard],
                            from: [
                                TableWithJoins(
                                    .table(cpu, alias: TableAlias(Identifier("c"))),
                                    joins: [
                                        Join(
                                            .table(ObjectName([Identifier("mem")]), alias: nil), kind: .leftOuter,
                                            constraint: .using([Identifier("host")]))
                                    ])
                            ]))))
        ),
        ("VALUES (1), (2)", .query(Query(body: .values([[.literal(.number("1"))], [.literal(.number("2"))]])))),
        (
            "SELECT DISTINCT ON (hostname) * FROM cpu",
            .query(
                Query(
                    body: .select(
                        Select(
                            distinct: .on([.identifier(Identifier("hostname"))]),
                            projection: [.wildcard], from: [TableWithJoins(.table(cpu, alias: nil))]))))
        ),
    ]

    @Test(arguments: cases)
    func statement(sql: String, expected: Statement) {
        #expect(parsed(sql) == expected)
    }

    @Test func expressionForms() {
        let interval = firstExpr(parsed("SELECT INTERVAL '1' HOUR"))
        #expect(
            interval == .interval(IntervalLiteral(value: .literal(.string("1")), leadingField: DateTimeField("HOUR"))))
        let cast = firstExpr(parsed("SELECT 10::BIGINT UNSIGNED"))
        #expect(cast == .cast(.literal(.number("10")), .integer(.bigInt, unsigned: true), .doubleColon))
        let typed = firstExpr(parsed("SELECT TIMESTAMP '2024-01-01T00:00:00Z'"))
        #expect(typed == .typedString(.timestamp(precision: nil, withTimeZone: false), "2024-01-01T00:00:00Z"))
        let window = firstExpr(parsed("SELECT sum(x) OVER (PARTITION BY h ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)"))
        let spec = WindowSpec(
            partitionBy: [.identifier(Identifier("h"))],
            frame: WindowFrame(units: .rows, start: .preceding(.literal(.number("1"))), end: .currentRow))
        #expect(
            window
                == .function(
                    FunctionCall(
                        name: ObjectName([Identifier("sum")]),
                        arguments: [.expr(.identifier(Identifier("x")))], over: .spec(spec))))
    }

    @Test(arguments: Corpus.tsbs)
    func tsbsQueriesParse(sql: String) {
        guard case .query(let query)? = parsed(sql) else {
            Issue.record("not a query")
            return
        }
        #expect(!query.body.sqlText.isEmpty)
    }
}
