import Kernel
import Testing

@testable import QueryExec

@Suite("Scalar math, text and encoding functions")
struct ScalarFunctionTests {
    static func apply(_ function: ScalarFunction, _ args: [ScalarValue]) throws -> ScalarValue {
        try FunctionKernels.apply(function, args)
    }

    @Test func numberTheoryAndOverflow() throws {
        #expect(try Self.apply(.factorial, [.integer(20)]) == .integer(2_432_902_008_176_640_000))
        #expect(throws: KernelError.self) { try Self.apply(.factorial, [.integer(21)]) }
        #expect(throws: KernelError.self) { try Self.apply(.factorial, [.integer(-1)]) }
        #expect(try Self.apply(.gcd, [.integer(-4), .integer(6)]) == .integer(2))
        #expect(try Self.apply(.gcd, [.integer(.max), .integer(.min)]) == .integer(1))
        #expect(throws: KernelError.self) { try Self.apply(.gcd, [.integer(.min), .integer(0)]) }
        #expect(try Self.apply(.lcm, [.integer(-4), .integer(6)]) == .integer(12))
        #expect(throws: KernelError.self) { try Self.apply(.lcm, [.integer(.max), .integer(2)]) }
    }

    @Test func logarithmsAndNanvl() throws {
        #expect(try Self.apply(.log, [.integer(100)]) == .float(2))
        #expect(try Self.apply(.log, [.integer(2), .integer(8)]) == .float(3))
        #expect(try Self.apply(.nanvl, [.float(.nan), .integer(2)]) == .float(2))
        #expect(try Self.apply(.nanvl, [.integer(1), .null]) == .float(1))
        #expect(try Self.apply(.nanvl, [.null, .integer(1)]) == .null)
        #expect(try Self.apply(.iszero, [.float(-0.0)]) == .boolean(true))
    }

    @Test func textUtilities() throws {
        #expect(try Self.apply(.ascii, [.string("é")]) == .integer(233))
        #expect(try Self.apply(.octetLength, [.string("é")]) == .integer(2))
        #expect(try Self.apply(.concatWs, [.string("-"), .string("a"), .null, .integer(4)]) == .string("a-4"))
        #expect(try Self.apply(.concatWs, [.null, .string("a")]) == .null)
        #expect(try Self.apply(.findInSet, [.string(""), .string("")]) == .integer(1))
        #expect(try Self.apply(.levenshtein, [.string("kitten"), .string("sitting")]) == .integer(3))
        #expect(
            try Self.apply(.overlay, [.string("hello"), .string("Q"), .integer(3), .integer(-2)]) == .string("heQhello")
        )
        #expect(try Self.apply(.substrIndex, [.string("a.b.c"), .string("."), .integer(-2)]) == .string("b.c"))
        #expect(try Self.apply(.substrIndex, [.string("aaa"), .string("aa"), .integer(-1)]) == .string(""))
        #expect(try Self.apply(.toHex, [.integer(-1)]) == .string("ffffffffffffffff"))
        #expect(throws: KernelError.self) { try Self.apply(.chr, [.integer(55296)]) }
        let id = try Self.apply(.uuid, [])
        guard case .string(let text) = id else {
            Issue.record("uuid() gave \(id)")
            return
        }
        #expect(text.count == 36 && Array(text)[14] == "4")
    }

    @Test func encodingsAndRegexpCount() throws {
        #expect(try Self.apply(.encode, [.string("hello"), .string("base64")]) == .string("aGVsbG8"))
        #expect(try Self.apply(.encode, [.string("hello"), .string("base64pad")]) == .string("aGVsbG8="))
        #expect(try Self.apply(.decode, [.string("aGVsbG8="), .string("base64")]) == .binary(Array("hello".utf8)))
        #expect(try Self.apply(.decode, [.string("6869"), .string("hex")]) == .binary([0x68, 0x69]))
        #expect(throws: KernelError.self) { try Self.apply(.decode, [.string("6"), .string("hex")]) }
        #expect(throws: KernelError.self) { try Self.apply(.encode, [.null, .null]) }
        #expect(try Self.apply(.regexpCount, [.string("aaa"), .string("a*")]) == .integer(1))
        #expect(try Self.apply(.regexpCount, [.string("abc"), .string("")]) == .integer(4))
        #expect(try Self.apply(.regexpCount, [.string("abab"), .string("^ab"), .integer(3)]) == .integer(1))
        #expect(throws: KernelError.self) { try Self.apply(.regexpCount, [.string("a"), .string("a"), .integer(0)]) }
    }
}
