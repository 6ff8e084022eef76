import Kernel
import Testing

@testable import Parquet

/// The definition and repetition levels of nested columns, checked entry by entry against the
/// Dremel encoding worked out by hand (the same rules as arrow-rs's levels.rs tests).
@Suite struct NestedLevelsTests {
    /// The levels of every leaf of `column` (written in two row ranges, as across batches).
    static func levels(_ column: RecordColumn) throws -> [(definition: [UInt8], repetition: [UInt8])] {
        let layout = try ParquetLayout(ParquetSchema(columns: [.init(name: column.name, type: column.type)]))
        var buffers = layout.leaves.map { ColumnBuffer(leaf: $0, dictionaryPageLimit: 1 << 20) }
        guard case .nested(let node) = layout.columns[0] else { return [] }
        let rows = column.validity.count
        try node.write(column, rows: 0..<rows / 2, into: &buffers)
        try node.write(column, rows: rows / 2..<rows, into: &buffers)
        return buffers.map { ($0.definitionLevels, $0.repetitionLevels) }
    }

    @Test func listOfNullableItems() throws {
        // [[1, null], null, [], [3, 4, 5]]
        let column = listColumn("l", integerColumn("item", [1, nil, 3, 4, 5]), lengths: [2, nil, 0, 3])
        let leaf = try #require(try Self.levels(column).first)
        #expect(leaf.definition == [3, 2, 0, 1, 3, 3, 3])
        #expect(leaf.repetition == [0, 1, 0, 0, 0, 1, 1])
    }

    @Test func listOfLists() throws {
        // [[a, b]], [[], null, [null, c]], null, []
        let inner = listColumn("item", stringColumn("item", ["a", "b", nil, "c"]), lengths: [2, 0, nil, 2])
        let column = listColumn("ll", inner, lengths: [1, 3, nil, 0])
        let leaf = try #require(try Self.levels(column).first)
        #expect(leaf.definition == [5, 5, 3, 2, 4, 5, 0, 1])
        #expect(leaf.repetition == [0, 2, 0, 1, 1, 2, 0, 0])
    }

    @Test func listOfStructsAndStructOfList() throws {
        // [null struct, {v: 1, w: null}], [] and, in a struct, {xs: [7]}, null struct, {xs: null}
        let items = structColumn(
            "item", [integerColumn("v", [0, 1]), integerColumn("w", [0, nil])], valid: [false, true])
        let structs = try Self.levels(listColumn("ls", items, lengths: [2, 0]))
        #expect(structs.map(\.definition) == [[2, 4, 1], [2, 3, 1]])
        #expect(structs.map(\.repetition) == [[0, 1, 0], [0, 1, 0]])
        let holder = structColumn(
            "s", [listColumn("xs", integerColumn("item", [7]), lengths: [1, nil, nil])], valid: [true, false, true])
        let lists = try Self.levels(holder)
        #expect(lists.map(\.definition) == [[4, 0, 1]])
        #expect(lists.map(\.repetition) == [[0, 0, 0]])
    }
}
