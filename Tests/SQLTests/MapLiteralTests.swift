import SQL
import Testing

/// sqlparser's map literal (generic dialect): `MAP {k: v, ...}`, `MAP {}`; `map(...)` stays a call
/// and `map` a name.
@Suite("MAP {...} literals")
struct MapLiteralTests {
    @Test func entriesInOrder() {
        let expr = firstExpr(parsed("SELECT MAP {'a': 1, 'b': x + 1}"))
        let expected = Expr.map([
            MapEntry(key: .literal(.string("a")), value: .literal(.number("1"))),
            MapEntry(
                key: .literal(.string("b")),
                value: .binary(.identifier(Identifier("x")), .plus, .literal(.number("1")))),
        ])
        #expect(expr == expected)
        #expect(expr?.sqlText == "MAP {'a': 1, 'b': x + 1}")
    }

    @Test func emptyAndNested() {
        #expect(firstExpr(parsed("SELECT map {}")) == .map([]))
        let nested = firstExpr(parsed("SELECT MAP {'a': MAP {'b': 1}}['a']"))
        guard case .subscripted(.map(let entries), _)? = nested else {
            Issue.record("a subscripted map literal, got \(String(describing: nested))")
            return
        }
        #expect(entries.first?.value == .map([MapEntry(key: .literal(.string("b")), value: .literal(.number("1")))]))
    }

    @Test func mapAsCallAndAsName() {
        guard case .function(let call)? = firstExpr(parsed("SELECT map(['a'], [1])")) else {
            Issue.record("map(...) is a function call")
            return
        }
        #expect(call.name.baseName == "map")
        #expect(firstExpr(parsed("SELECT map FROM t")) == .identifier(Identifier("map")))
    }

    @Test func unterminatedIsAnError() {
        #expect(throws: SQLParseError.self) { try parseStatement("SELECT MAP {'a' 1}") }
        #expect(throws: SQLParseError.self) { try parseStatement("SELECT MAP {'a': 1") }
    }
}
