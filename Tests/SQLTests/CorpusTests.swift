import SQL
import Testing

/// Every corpus statement parses, renders, and re-parses to an equal AST; rendering is a fixed point.
@Suite struct CorpusTests {
    @Test(arguments: Corpus.statements + Corpus.tsbs)
    func roundTrip(sql: String) throws {
        let statement = try parseStatement(sql)
        let rendered = statement.sqlText
        let reparsed = try parseStatement(rendered)
        #expect(reparsed == statement, "rendered: \(rendered)")
        #expect(reparsed.sqlText == rendered)
    }

    @Test func corpusIsLargeEnough() {
        #expect(Corpus.statements.count + Corpus.tsbs.count >= 150)
    }
}
