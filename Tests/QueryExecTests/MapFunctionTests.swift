import Kernel
import Testing

@testable import QueryExec

/// The map kernels: building a map from key and value lists (DataFusion's errors for NULL and
/// duplicate keys and unequal lengths), the accessors on values and on NULL maps, result types
/// and the planning errors for arguments that are not maps.
@Suite("Map functions")
struct MapFunctionTests {
    static let stringToInteger = ValueType.map(key: .string, value: .integer)

    static func map(_ pairs: [(String, ScalarValue)]) -> ScalarValue {
        .list(ScalarValues(pairs.map { .structure([.string($0.0), $0.1]) }))
    }

    @Test func buildsFromKeyAndValueLists() throws {
        let built = try MapFunctions.apply(.map, [.list([.string("a"), .string("b")]), .list([.integer(1), .null])])
        #expect(built == Self.map([("a", .integer(1)), ("b", .null)]))
        #expect(try MapFunctions.apply(.map, [.null, .list([.integer(1)])]) == .null)
        #expect(try MapFunctions.apply(.map, [.list([]), .list([])]) == .list([]))
    }

    @Test func refusesBadKeysAsDataFusionDoes() {
        func message(_ keys: [ScalarValue], _ values: [ScalarValue]) -> String? {
            do {
                _ = try MapFunctions.apply(.map, [.list(ScalarValues(keys)), .list(ScalarValues(values))])
                return nil
            } catch {
                return error.message
            }
        }
        #expect(
            message([.string("a"), .string("a")], [.integer(1), .integer(2)])
                == "Execution error: map key must be unique, duplicate key found: a")
        #expect(
            message([.integer(7), .integer(7)], [.null, .null])
                == "Execution error: map key must be unique, duplicate key found: 7")
        #expect(message([.null], [.integer(1)]) == "Execution error: map key cannot be null")
        #expect(
            message([.string("a"), .string("b")], [.integer(1)])
                == "Execution error: map requires key and value lists to have the same length")
    }

    @Test func accessorsOfOneMap() throws {
        let value = Self.map([("a", .integer(1)), ("b", .integer(2))])
        #expect(try MapFunctions.apply(.mapKeys, [value]) == .list([.string("a"), .string("b")]))
        #expect(try MapFunctions.apply(.mapValues, [value]) == .list([.integer(1), .integer(2)]))
        #expect(try MapFunctions.apply(.mapEntries, [value]) == value)
        #expect(try MapFunctions.apply(.cardinality, [value]) == .uinteger(2))
        #expect(try MapFunctions.apply(.mapExtract, [value, .string("b")]) == .list([.integer(2)]))
        #expect(try MapFunctions.apply(.mapExtract, [value, .string("z")]) == .list([.null]))
        #expect(try MapFunctions.apply(.mapExtract, [value, .null]) == .list([.null]))
    }

    @Test func extractComparesKeysAcrossNumberTypes() throws {
        let value = ScalarValue.list([.structure([.integer(1), .string("x")])])
        #expect(try MapFunctions.apply(.mapExtract, [value, .float(1)]) == .list([.string("x")]))
    }

    @Test func nullMapGivesNullOrANullItem() throws {
        for function in [ScalarFunction.mapKeys, .mapValues, .mapEntries, .cardinality] {
            #expect(try MapFunctions.apply(function, [.null]) == .null)
        }
        #expect(try MapFunctions.apply(.mapExtract, [.null, .string("a")]) == .list([.null]))
    }

    @Test func resultTypes() throws {
        let map = Self.stringToInteger
        #expect(
            try MapFunctions.resultType(
                .map,
                [.list([ValueField(name: "item", type: .string)]), .list([ValueField(name: "item", type: .integer)])])
                == map)
        #expect(try MapFunctions.resultType(.mapKeys, [map]).arrowName == "List(Utf8)")
        #expect(try MapFunctions.resultType(.mapExtract, [map, .string]).arrowName == "List(Int64)")
        #expect(
            try MapFunctions.resultType(.mapEntries, [map]).arrowName
                == #"List(non-null Struct("key": non-null Utf8, "value": Int64))"#)
        #expect(map.arrowName == #"Map("entries": non-null Struct("key": non-null Utf8, "value": Int64), unsorted)"#)
        #expect(MapFunctions.handles(.cardinality, [map]))
        #expect(!MapFunctions.handles(.cardinality, [.list([ValueField(name: "item", type: .integer)])]))
    }

    @Test func planningErrorsForNonMaps() {
        #expect(throws: KernelError.self) { try MapFunctions.resultType(.mapKeys, [.integer]) }
        do {
            _ = try MapFunctions.resultType(.mapValues, [.string])
        } catch {
            #expect(
                error.message
                    == "Error during planning: Failed to coerce arguments to satisfy a call to 'map_values' function: "
                    + "coercion from Utf8 to the signature ArraySignature(map_array) failed. No function matches the "
                    + "given name and argument types 'map_values(Utf8)'. You might need to add explicit type casts.\n"
                    + "\tCandidate functions:\n\tmap_values(map_array)")
        }
        do {
            _ = try MapFunctions.resultType(.mapExtract, [Self.stringToInteger])
        } catch {
            #expect(error.message.contains("map_extract function requires 2 arguments, got 1"))
        }
    }

    @Test func cardinalityOfNeitherListNorMap() {
        #expect(MapFunctions.handles(.cardinality, [.integer]))
        #expect(!MapFunctions.handles(.cardinality, [nil]))
        do {
            _ = try MapFunctions.resultType(.cardinality, [.integer])
            Issue.record("cardinality(Int64) is refused")
        } catch {
            #expect(
                error.message.hasSuffix(
                    "'cardinality(Int64)'. You might need to add explicit type casts.\n\tCandidate functions:\n"
                        + "\tcardinality(array)\n\tcardinality(map_array)"))
        }
    }

    @Test func castRetypesKeysAsADictionary() throws {
        let column = ColumnBuild.fromScalars([Self.map([("a", .integer(1))]), .null], type: Self.stringToInteger)
        let tagged = ValueType.map(key: .tag, value: .integer)
        let cast = try Cast.column(column, to: tagged)
        #expect(cast.type == tagged)
        #expect(cast.scalar(at: 0) == Self.map([("a", .integer(1))]))
        #expect(cast.scalar(at: 1) == .null)
        guard case .list(_, let entries) = cast.values, case .structure(let parts) = entries.item.values else {
            Issue.record("a map column holds a list of entry structs")
            return
        }
        #expect(parts.columns[0].type == .tag)
    }

    @Test func columnsAreListsOfEntryStructs() throws {
        let keys = ColumnBuild.fromScalars(
            [.list([.string("a")]), .null, .list([.string("b")])],
            type: .list([ValueField(name: "item", type: .string)]))
        let built = try NestedFunctions.evaluate(.map, [.column(keys), .scalar(.list([.integer(1)]))], count: 3)
        guard case .column(let builtColumn) = built else {
            Issue.record("a column argument gives a column")
            return
        }
        #expect(builtColumn.type == Self.stringToInteger)
        #expect(builtColumn.scalar(at: 0) == Self.map([("a", .integer(1))]))
        #expect(builtColumn.scalar(at: 1) == .null)
        let pairs = ColumnBuild.fromScalars(
            [Self.map([("a", .integer(1))]), .null, Self.map([("b", .integer(2)), ("c", .null)])],
            type: Self.stringToInteger)
        guard case .list(let offsets, let entries) = pairs.values else {
            Issue.record("a map column holds a list of entries")
            return
        }
        #expect(offsets == [0, 1, 1, 3])
        #expect(
            entries.item.type
                == .structure([
                    ValueField(name: "key", type: .string, nullable: false), ValueField(name: "value", type: .integer),
                ]))
        let keysOut = try NestedFunctions.evaluate(.mapKeys, [.column(pairs)], count: 3)
        guard case .column(let keyColumn) = keysOut else {
            Issue.record("map_keys of a column is a column")
            return
        }
        #expect(keyColumn.scalar(at: 0) == .list([.string("a")]))
        #expect(keyColumn.scalar(at: 1) == .null)
        #expect(keyColumn.scalar(at: 2) == .list([.string("b"), .string("c")]))
        let sizes = try NestedFunctions.evaluate(.cardinality, [.column(pairs)], count: 3)
        guard case .column(let sizeColumn) = sizes else { return }
        #expect((0..<3).map { sizeColumn.scalar(at: $0) } == [.uinteger(1), .null, .uinteger(2)])
    }
}
