import HTTPSupport
import Kernel
import Testing

/// Map cells as arrow-json writes them (an object of the entries, NULL values left out, keys as
/// JSON strings) and as arrow-cast displays them (`{a: 1, b: }`), also inside a list; a NULL
/// map row is left out of its JSON object and blank in pretty.
@Suite("Map cells in json, jsonl and pretty")
struct MapCellsTests {
    static let type = ValueType.map(key: .string, value: .integer)

    /// Rows `{a: 1, b: NULL}`, NULL, `{}` and `{"q\"": 3}`.
    static func column(name: String = "m") -> RecordColumn {
        let keys = RecordColumn(
            name: "key", type: .string, values: .string(["a", "b", "q\""]),
            validity: ValidityBitmap(repeating: true, count: 3))
        let values = Columns.integer("value", [1, nil, 3])
        guard case .map(let entries) = type else { preconditionFailure("a map type") }
        let entryColumn = RecordColumn(
            name: "entries", type: entries.item.type, values: .structure(ChildColumns([keys, values])),
            validity: ValidityBitmap(repeating: true, count: 3))
        var validity = ValidityBitmap()
        for valid in [true, false, true, true] { validity.append(valid) }
        return RecordColumn(
            name: name, type: type, values: .list(offsets: [0, 2, 2, 2, 3], items: ChildColumns([entryColumn])),
            validity: validity)
    }

    @Test func jsonObjects() {
        #expect(encode(.json, [batch(Self.column())]) == #"[{"m":{"a":1}},{},{"m":{}},{"m":{"q\"":3}}]"#)
    }

    @Test func jsonLines() {
        #expect(
            encode(.jsonLines, [batch(Self.column())]) == "{\"m\":{\"a\":1}}\n{}\n{\"m\":{}}\n{\"m\":{\"q\\\"\":3}}\n")
    }

    @Test func pretty() {
        let expected = """
            +-------------+
            | m           |
            +-------------+
            | {a: 1, b: } |
            |             |
            | {}          |
            | {q": 3}     |
            +-------------+
            """
        #expect(encode(.pretty, [batch(Self.column())]) == expected)
    }

    @Test func mapsInsideAList() {
        let maps = Self.column(name: "item")
        var validity = ValidityBitmap()
        validity.append(true)
        let list = RecordColumn(
            name: "l", type: .list([ValueField(name: "item", type: Self.type)]),
            values: .list(offsets: [0, 4], items: ChildColumns([maps])), validity: validity)
        #expect(encode(.json, [batch(list)]) == #"[{"l":[{"a":1},null,{},{"q\"":3}]}]"#)
        #expect(encode(.pretty, [batch(list)]).contains("| [{a: 1, b: }, , {}, {q\": 3}] |"))
    }

    @Test func integerKeysStayValidJSONAndDisplayPlainly() {
        let type = ValueType.map(key: .integer, value: .string)
        guard case .map(let entries) = type else { return }
        let keys = Columns.integer("key", [1, 20])
        let entryColumn = RecordColumn(
            name: "entries", type: entries.item.type,
            values: .structure(ChildColumns([keys, Columns.string("value", ["x", "y"])])),
            validity: ValidityBitmap(repeating: true, count: 2))
        let column = RecordColumn(
            name: "m", type: type, values: .list(offsets: [0, 2], items: ChildColumns([entryColumn])),
            validity: ValidityBitmap(repeating: true, count: 1))
        #expect(encode(.json, [batch(column)]) == #"[{"m":{"1":"x","20":"y"}}]"#)
        #expect(encode(.pretty, [batch(column)]).contains("| {1: x, 20: y} |"))
    }

    @Test func arrowNames() {
        #expect(
            Self.type.arrowName == #"Map("entries": non-null Struct("key": non-null Utf8, "value": Int64), unsorted)"#)
        #expect(Self.type.isNested)
        #expect(Self.type.mapKeyAndValue?.value == .integer)
    }
}
