import HTTPSupport
import Kernel
import Testing

/// Float32 cells (`CAST(x AS FLOAT)`): their own shortest digits as arrow-rs prints an `f32`
/// (`1.1`, not the Float64 `1.100000023841858`), ryu's `format32` layout in CSV and pretty,
/// lexical's in JSON; expectations recorded from datafusion-python's `write_csv`/`write_json`.
@Suite("Float32 cells in every format")
struct Float32Tests {
    /// (value, arrow-csv / arrow-cast display, arrow-json).
    static let expectations: [(Float, String, String)] = [
        (1.1, "1.1", "1.1"), (0.1, "0.1", "0.1"), (1e-5, "0.00001", "0.00001"), (1.5e-5, "0.000015", "0.000015"),
        (1e-6, "0.000001", "1.0e-6"), (1.2e-7, "1.2e-7", "1.2e-7"), (123_456_789, "123456790.0", "123456790.0"),
        (1e9, "1000000000.0", "1000000000.0"), (1e10, "10000000000.0", "1.0e10"),
        (1e12, "1000000000000.0", "1.0e12"), (1e13, "1e13", "1.0e13"), (1.25e13, "1.25e13", "1.25e13"),
        (3.4028235e38, "3.4028235e38", "3.4028235e38"), (16_777_216, "16777216.0", "16777216.0"),
        (100, "100.0", "100.0"), (-2.5, "-2.5", "-2.5"), (0, "0.0", "0.0"), (-0.0, "-0.0", "-0.0"),
    ]

    @Test func digitsAndLayout() {
        for (value, display, json) in Self.expectations {
            #expect(FloatFormatter.string(float32: value, style: .display) == display, "display of \(value)")
            #expect(FloatFormatter.string(float32: value, style: .json) == json, "json of \(value)")
        }
        #expect(FloatFormatter.string(float32: .nan, style: .display) == "NaN")
        #expect(FloatFormatter.string(float32: -.infinity, style: .display) == "-inf")
        #expect(FloatFormatter.string(float32: .infinity, style: .json) == "null")
    }

    static func sample() -> RecordBatch {
        // Float32 values are held as the Doubles they widen to exactly.
        let values: [Float?] = [1.1, nil, 1e13]
        return batch(
            RecordColumn(
                name: "f", type: .narrow(.float32), values: .float(values.map { Double($0 ?? 0) }),
                validity: Columns.validity(values)))
    }

    @Test func json() {
        #expect(encode(.json, [Self.sample()]) == #"[{"f":1.1},{},{"f":1.0e13}]"#)
    }

    @Test func csv() {
        #expect(encode(.csv, [Self.sample()]) == "f\n1.1\n\"\"\n1e13\n")
    }

    @Test func pretty() {
        let expected = """
            +------+
            | f    |
            +------+
            | 1.1  |
            |      |
            | 1e13 |
            +------+
            """
        #expect(encode(.pretty, [Self.sample()]) == expected)
    }

    @Test func narrowIntegersPrintTheirValues() {
        let column = RecordColumn(
            name: "i", type: .narrow(.int32), values: .integer([-2_147_483_648, 7]),
            validity: ValidityBitmap(repeating: true, count: 2))
        #expect(encode(.json, [batch(column)]) == #"[{"i":-2147483648},{"i":7}]"#)
        #expect(ValueType.narrow(.int32).arrowName == "Int32")
        #expect(ValueType.narrow(.float32).arrowName == "Float32")
    }
}
