import Testing

@testable import HTTPSupport

/// serde_json's positions and syntax messages, as `JSONRequestBody` reports them.
@Suite("JSON positions")
struct JSONPositionsTests {
    @Test func valuesAndObjectsByPath() {
        let text = "{\"a\": [1, {\"b\": \"x\\\"y\"}],\n \"c\": null}"
        let positions = JSONPositions(Array(text.utf8))
        #expect(positions.syntaxError == nil)
        #expect(positions.valueEnds[["a", "[1]", "b"]].map(positions.location) == " at line 1 column 22")
        #expect(positions.objectCloses[["a", "[1]"]].map(positions.location) == " at line 1 column 23")
        #expect(positions.objectCloses[[]].map(positions.location) == " at line 2 column 11")
        #expect(positions.unexpected(at: ["a", "[0]"]) == "integer `1`")
        #expect(positions.unexpected(at: ["c"]) == "null")
        #expect(positions.unexpected(at: ["a"]) == "sequence")
    }

    @Test(
        arguments: [
            ("", "EOF while parsing a value at line 1 column 0"),
            ("[1,]", "trailing comma at line 1 column 4"),
            ("{\"a\" 1}", "expected `:` at line 1 column 6"),
            ("{1:2}", "key must be a string at line 1 column 2"),
            ("[1 2]", "expected `,` or `]` at line 1 column 4"),
            ("[tru]", "expected ident at line 1 column 2"),
            ("\"ab", "EOF while parsing a string at line 1 column 3"),
        ])
    func syntaxErrors(text: String, message: String) {
        let positions = JSONPositions(Array(text.utf8))
        let error = positions.syntaxError.map { $0.message + positions.location($0.offset) }
        #expect(error == message)
    }
}
