import Kernel
import Testing

@testable import QueryExec

/// The narrow numeric types (Int8..Int32, UInt8..UInt32, Float32) on the wide storage: DataFusion's
/// common types, arrow-cast's checked casts, wrapping arithmetic and Float32 rounding.
@Suite("Narrow numeric types")
struct NarrowNumericTests {
    static let int8 = ValueType.narrow(.int8)
    static let int16 = ValueType.narrow(.int16)
    static let int32 = ValueType.narrow(.int32)
    static let uint8 = ValueType.narrow(.uint8)
    static let uint16 = ValueType.narrow(.uint16)
    static let uint32 = ValueType.narrow(.uint32)
    static let float32 = ValueType.narrow(.float32)

    /// The matrix recorded from `arrow_typeof(arrow_cast(1, a) + arrow_cast(1, b))` in DataFusion 55.
    @Test func commonTypesFollowDataFusion() {
        let cases: [(ValueType, ValueType, ValueType)] = [
            (Self.int32, Self.int32, Self.int32), (Self.int8, Self.int16, Self.int16),
            (Self.int32, .integer, .integer), (Self.uint8, Self.int8, Self.int16),
            (Self.uint16, Self.int8, Self.int32), (Self.uint32, Self.int32, .integer),
            (Self.uint8, Self.uint32, Self.uint32), (Self.uint32, .uinteger, .uinteger),
            (Self.int16, Self.uint8, Self.int16), (.integer, Self.float32, Self.float32),
            (Self.float32, .float, .float), (Self.uint32, Self.float32, Self.float32),
            // A signed integer with UInt64 computes in Decimal128(20, 0) (`+` then gives (21, 0)).
            (.integer, .uinteger, .decimal(DecimalType(precision: 20, scale: 0)!)),
        ]
        for (a, b, expected) in cases {
            #expect(NumericCoercion.common(a, b) == expected, "\(a.arrowName) with \(b.arrowName)")
            #expect(NumericCoercion.common(b, a) == expected, "\(b.arrowName) with \(a.arrowName)")
        }
        #expect(NumericCoercion.common(Self.int32, .string) == nil)
        #expect(NumericCoercion.common(of: [Self.int8, Self.uint8, Self.int32]) == Self.int32)
    }

    static func column(_ values: [Int64], _ type: ValueType = .integer) throws(KernelError) -> RecordColumn {
        try Cast.column(
            RecordColumn(
                name: "", type: .integer, values: .integer(values),
                validity: ValidityBitmap(repeating: true, count: values.count)),
            to: type)
    }

    @Test func integerCastsAreChecked() throws {
        #expect(try Self.column([127, -128], Self.int8).values == .integer([127, -128]))
        #expect(throws: KernelError.self) { try Self.column([300], Self.int8) }
        #expect(throws: KernelError.self) { try Self.column([-1], Self.uint32) }
        #expect(try Self.column([255], Self.uint8).values == .uinteger([255]))
        do {
            _ = try Self.column([300], Self.int8)
        } catch {
            #expect(error.message == "Cast error: Can't cast value 300 to type Int8")
        }
    }

    @Test func floatCastsTruncateThenCheck() throws {
        let floats = RecordColumn(
            name: "", type: .float, values: .float([3.7, -3.7]), validity: ValidityBitmap(repeating: true, count: 2))
        #expect(try Cast.column(floats, to: Self.int16).values == .integer([3, -3]))
        let huge = RecordColumn(
            name: "", type: .float, values: .float([1e10]), validity: ValidityBitmap(repeating: true, count: 1))
        do {
            _ = try Cast.column(huge, to: Self.int32)
            Issue.record("1e10 fits no Int32")
        } catch {
            #expect(error.message == "Cast error: Can't cast value 10000000000.0 to type Int32")
        }
    }

    @Test func float32RoundsAndWidensExactly() throws {
        let value = try Cast.scalar(.float(1.1), to: Self.float32)
        #expect(value == .float(Double(Float(1.1))))
        #expect(value == .float(1.100000023841858))
        #expect(try Cast.scalar(.float(1e40), to: Self.float32) == .float(.infinity))
        let text = try Cast.column(Self.column([0], Self.float32), to: .string)
        #expect(text.values == .string(["0.0"]))
        #expect(ValueText.float32(1.1) == "1.1")
        #expect(ValueText.float32(1e20) == "1e20")
        #expect(ValueText.float32(1e-7) == "1e-7")
        #expect(ValueText.float32(123_456_789) == "123456790.0")
        #expect(ValueText.float32(0.001) == "0.001")
    }

    @Test func stringsParseIntoTheRange() throws {
        #expect(try Cast.parseScalar(" 12", to: Self.int8) == .integer(12))
        #expect(throws: KernelError.self) { try Cast.parseScalar("300", to: Self.int8) }
        #expect(throws: KernelError.self) { try Cast.parseScalar("-1", to: Self.uint32) }
        #expect(try Cast.parseScalar("1.5", to: Self.float32) == .float(1.5))
    }

    @Test func arithmeticWrapsAndRounds() throws {
        let maximum = Datum.column(try Self.column([2_147_483_647], Self.int32))
        let one = Datum.column(try Self.column([1], Self.int32))
        guard case .column(let sum) = try Arithmetic.evaluate(.plus, maximum, one, count: 1) else {
            Issue.record("a column")
            return
        }
        #expect(sum.type == Self.int32)
        #expect(sum.values == .integer([-2_147_483_648]))
        let wide = Datum.scalar(.integer(1))
        guard case .column(let mixed) = try Arithmetic.evaluate(.plus, maximum, wide, count: 1) else { return }
        #expect(mixed.type == .integer)
        #expect(mixed.values == .integer([2_147_483_648]))
        let third = Datum.column(try Cast.column(try Self.column([1]), to: Self.float32))
        guard
            case .column(let quotient) = try Arithmetic.evaluate(
                .divide, third, .column(try Self.column([3], Self.float32)), count: 1)
        else { return }
        #expect(quotient.values == .float([Double(Float(1) / Float(3))]))
        let minimum = Datum.column(try Self.column([-128], Self.int8))
        #expect(throws: KernelError.self) {
            try Arithmetic.evaluate(.divide, minimum, .column(try Self.column([-1], Self.int8)), count: 1)
        }
    }

    @Test func resultTypesOfFunctions() {
        #expect(ScalarFunction.length.resultType([.string]) == Self.int32)
        #expect(ScalarFunction.sqrt.resultType([Self.float32]) == Self.float32)
        #expect(ScalarFunction.sqrt.resultType([Self.int32]) == .float)
        #expect(ScalarFunction.abs.resultType([Self.int16]) == Self.int16)
        #expect(ScalarFunction.coalesce.resultType([Self.int32, .integer]) == .integer)
        #expect(NarrowFunctionTypes.datePartType("epoch") == .float)
        #expect(NarrowFunctionTypes.datePartType("nanosecond") == .integer)
        #expect(NarrowFunctionTypes.datePartType("year") == Self.int32)
        #expect(AggregateFunction.sum.resultType(Self.int32) == .integer)
        #expect(AggregateFunction.sum.resultType(Self.uint8) == .uinteger)
        #expect(AggregateFunction.sum.resultType(Self.float32) == .float)
        #expect(AggregateFunction.max.resultType(Self.float32) == Self.float32)
        #expect(AggregateFunction.median.resultType(Self.float32) == Self.float32)
        #expect(AggregateFunction.median.resultType(Self.int32) == .float)
    }
}

/// Float texts of `CAST(x AS VARCHAR)` in ryu's layouts (format64, format32) and Rust's `{:?}`.
@Suite("Float texts")
struct FloatTextTests {
    @Test func float64FollowsRyu() {
        let cases: [(Double, String)] = [
            (1e-7, "1e-7"), (1e20, "1e20"), (1e16, "1e16"), (1e15, "1000000000000000.0"), (0.00001, "0.00001"),
            (0.000015, "0.000015"), (123.456, "123.456"), (1.5e300, "1.5e300"), (-0.0, "-0.0"), (-2.5, "-2.5"),
        ]
        for (value, text) in cases { #expect(ValueText.float(value) == text, "\(value)") }
    }

    @Test func float32FollowsRyu() {
        let cases: [(Float, String)] = [
            (1e-6, "0.000001"), (1.5e-7, "1.5e-7"), (1e13, "1e13"), (1e12, "1000000000000.0"), (0.3, "0.3"),
        ]
        for (value, text) in cases { #expect(ValueText.float32(value) == text, "\(value)") }
    }

    @Test func rustDebugForOverflowMessages() {
        #expect(ValueText.rustDebug(1e10) == "10000000000.0")
        #expect(ValueText.rustDebug(1e20) == "1e20")
        #expect(ValueText.rustDebug(-.infinity) == "-inf")
    }
}
