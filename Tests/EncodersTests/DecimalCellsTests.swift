import HTTPSupport
import Kernel
import Testing

/// Decimal128 cells: arrow-cast's display (trailing zeros to the scale, `-0.05`, zeros appended
/// for a negative scale) in CSV and pretty, and the same text as an unquoted JSON number, as
/// arrow-json's raw formatter writes decimals.
@Suite("Decimal128 cells in every format")
struct DecimalCellsTests {
    static func sample() -> RecordBatch {
        let type = DecimalType(precision: 10, scale: 2)!
        let values: [Int128?] = [150, nil, -5, 123_456_789_012]
        return batch(
            RecordColumn(
                name: "d", type: .decimal(type), values: .decimal(values.map { $0 ?? 0 }),
                validity: Columns.validity(values)))
    }

    @Test func display() {
        let two = DecimalType(precision: 10, scale: 2)!
        #expect(two.render(150) == "1.50")
        #expect(two.render(-5) == "-0.05")
        #expect(two.render(0) == "0.00")
        #expect(DecimalType(precision: 5, scale: -2)!.render(123) == "12300")
        #expect(DecimalType(precision: 5, scale: -2)!.render(0) == "000")
        #expect(DecimalType(precision: 38, scale: 38)!.render(-1) == "-0.00000000000000000000000000000000000001")
        let widest = DecimalType(precision: 38, scale: 0)!
        #expect(widest.render(widest.maxUnscaled) == String(repeating: "9", count: 38))
    }

    @Test func json() {
        #expect(encode(.json, [Self.sample()]) == #"[{"d":1.50},{},{"d":-0.05},{"d":1234567890.12}]"#)
    }

    @Test func csv() {
        #expect(encode(.csv, [Self.sample()]) == "d\n1.50\n\"\"\n-0.05\n1234567890.12\n")
    }

    @Test func pretty() {
        let expected = """
            +---------------+
            | d             |
            +---------------+
            | 1.50          |
            |               |
            | -0.05         |
            | 1234567890.12 |
            +---------------+
            """
        #expect(encode(.pretty, [Self.sample()]) == expected)
    }
}
