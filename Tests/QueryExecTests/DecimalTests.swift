import Kernel
import Testing

@testable import QueryExec

/// Decimal128: arrow-cast's rounding and precision checks, arrow-arith's result types and exact
/// 128-bit values, DataFusion's coercions and aggregate types (recorded from DataFusion 55).
@Suite("Decimal128")
struct DecimalTests {
    static func decimal(_ precision: Int, _ scale: Int) -> DecimalType {
        DecimalType(precision: precision, scale: scale)!
    }

    static func cast(_ value: ScalarValue, _ precision: Int, _ scale: Int) throws(KernelError) -> ScalarValue {
        try Cast.scalar(value, to: .decimal(decimal(precision, scale)))
    }

    @Test func typesAreBounded() {
        #expect(DecimalType(precision: 0, scale: 0) == nil)
        #expect(DecimalType(precision: 39, scale: 0) == nil)
        #expect(DecimalType(precision: 5, scale: 6) == nil)
        #expect(DecimalType(precision: 5, scale: -2) != nil)
        #expect(Self.decimal(10, 2).arrowName == "Decimal128(10, 2)")
    }

    @Test func castsRoundHalfAwayFromZero() throws {
        #expect(try Self.cast(.float(1.255), 10, 2) == .decimal(125, Self.decimal(10, 2)))  // 125.49999…
        #expect(try Self.cast(.float(2.5), 10, 0) == .decimal(3, Self.decimal(10, 0)))
        #expect(try Self.cast(.float(-2.5), 10, 0) == .decimal(-3, Self.decimal(10, 0)))
        #expect(try Self.cast(.string("1.255"), 10, 2) == .decimal(126, Self.decimal(10, 2)))
        #expect(try Self.cast(.string(" -0.005"), 10, 2) == .decimal(-1, Self.decimal(10, 2)))
        #expect(try Self.cast(.decimal(-1255, Self.decimal(10, 3)), 10, 2) == .decimal(-126, Self.decimal(10, 2)))
        #expect(try Self.cast(.integer(12355), 5, -2) == .decimal(123, Self.decimal(5, -2)))
        #expect(try Cast.scalar(.decimal(-199, Self.decimal(10, 2)), to: .integer) == .integer(-1))
        #expect(try Cast.scalar(.decimal(-5, Self.decimal(10, 2)), to: .string) == .string("-0.05"))
    }

    @Test func castsCheckThePrecision() {
        #expect(throws: KernelError.self) { try Self.cast(.float(123.456), 4, 2) }
        #expect(throws: KernelError.self) { try Self.cast(.integer(12345), 38, 36) }
        #expect(throws: KernelError.self) { try Self.cast(.float(.nan), 10, 2) }
        #expect(throws: KernelError.self) { try Self.cast(.string("1e2"), 10, 2) }
        #expect(throws: KernelError.self) { try Self.cast(.string("."), 10, 2) }
        #expect(throws: KernelError.self) { try Cast.scalar(.decimal(-199, Self.decimal(10, 2)), to: .uinteger) }
        do {
            _ = try Self.cast(.float(123.456), 4, 2)
        } catch {
            #expect(
                error.message
                    == "Invalid argument error: 123.46 is too large to store in a Decimal128 of precision 4. Max is 99.99"
            )
        }
    }

    @Test func arithmeticTypesFollowArrow() throws {
        let a = ValueType.decimal(Self.decimal(10, 2))
        let b = ValueType.decimal(Self.decimal(5, 3))
        let cases: [(BinaryOperator, ValueType, ValueType, ValueType)] = [
            (.plus, a, b, .decimal(Self.decimal(12, 3))), (.minus, a, b, .decimal(Self.decimal(12, 3))),
            (.multiply, a, b, .decimal(Self.decimal(16, 5))), (.divide, a, b, .decimal(Self.decimal(17, 6))),
            (.modulo, a, b, .decimal(Self.decimal(5, 3))), (.plus, a, .integer, .decimal(Self.decimal(23, 2))),
            (.divide, .integer, a, .decimal(Self.decimal(26, 4))), (.plus, a, .float, .float),
            (.plus, a, .narrow(.float32), .narrow(.float32)),
            (.plus, .integer, .uinteger, .decimal(Self.decimal(21, 0))),
            (.multiply, .narrow(.int32), .uinteger, .decimal(Self.decimal(38, 0))),
        ]
        for (op, left, right, expected) in cases {
            #expect(try Arithmetic.numericType(left, right, op) == expected, "\(left) \(op) \(right)")
        }
        let wide = ValueType.decimal(Self.decimal(38, 20))
        #expect(throws: KernelError.self) { try Arithmetic.numericType(wide, wide, .multiply) }
    }

    @Test func valuesAreExact() throws {
        func evaluate(_ op: BinaryOperator, _ l: ScalarValue, _ r: ScalarValue) throws -> ScalarValue {
            guard case .scalar(let value) = try Arithmetic.evaluate(op, .scalar(l), .scalar(r), count: 1) else {
                return .null
            }
            return value
        }
        let ten = ScalarValue.decimal(1000, Self.decimal(10, 2))
        let three = ScalarValue.decimal(3000, Self.decimal(5, 3))
        #expect(try evaluate(.divide, ten, three) == .decimal(3_333_333, Self.decimal(17, 6)))  // truncated
        #expect(
            try evaluate(.modulo, .decimal(-1050, Self.decimal(10, 2)), three) == .decimal(-1500, Self.decimal(5, 3)))
        let most = ScalarValue.decimal(Self.decimal(38, 0).maxUnscaled, Self.decimal(38, 0))
        // arrow keeps a sum wider than its precision; only 128-bit overflow is an error.
        #expect(
            try evaluate(.plus, most, .decimal(1, Self.decimal(38, 0)))
                == .decimal(DecimalType.powerOfTen(38), Self.decimal(38, 0)))
        #expect(throws: KernelError.self) { try evaluate(.multiply, most, .decimal(10, Self.decimal(38, 0))) }
        #expect(throws: KernelError.self) { try evaluate(.divide, ten, .decimal(0, Self.decimal(5, 3))) }
    }

    @Test func commonTypesWiden() {
        let a = ValueType.decimal(Self.decimal(10, 2))
        #expect(NumericCoercion.common(a, .decimal(Self.decimal(5, 3))) == .decimal(Self.decimal(11, 3)))
        #expect(NumericCoercion.common(a, .integer) == .decimal(Self.decimal(22, 2)))
        #expect(NumericCoercion.common(a, .narrow(.int32)) == .decimal(Self.decimal(12, 2)))
        #expect(NumericCoercion.common(a, .float) == .decimal(Self.decimal(30, 15)))
    }

    @Test func aggregatesWidenAndTruncate() {
        let input = Self.decimal(10, 2)
        #expect(AggregateFunction.sum.resultType(.decimal(input)) == .decimal(Self.decimal(20, 2)))
        #expect(AggregateFunction.avg.resultType(.decimal(input)) == .decimal(Self.decimal(14, 6)))
        #expect(AggregateFunction.max.resultType(.decimal(input)) == .decimal(input))
        // (1.50 + 2.25 + 1.00) / 3 = 1.583333…
        #expect(DecimalAggregates.result(.avg, input, sum: 475, count: 3) == .decimal(1_583_333, Self.decimal(14, 6)))
        #expect(DecimalAggregates.result(.sum, input, sum: 475, count: 0) == .null)
    }

    @Test func roundingFunctionsKeepDecimals() throws {
        let value = ScalarValue.decimal(-155, Self.decimal(10, 2))
        #expect(try MathFunctions.apply(.round, [value]) == .decimal(-2, Self.decimal(10, 0)))
        #expect(try MathFunctions.apply(.round, [value, .integer(1)]) == .decimal(-16, Self.decimal(10, 1)))
        #expect(try MathFunctions.apply(.ceil, [value]) == .decimal(-100, Self.decimal(10, 2)))
        #expect(try MathFunctions.apply(.floor, [value]) == .decimal(-200, Self.decimal(10, 2)))
        #expect(try MathFunctions.apply(.trunc, [value]) == .decimal(-100, Self.decimal(10, 2)))
        #expect(try MathFunctions.apply(.sqrt, [.decimal(400, Self.decimal(10, 2))]) == .float(2))
    }
}
