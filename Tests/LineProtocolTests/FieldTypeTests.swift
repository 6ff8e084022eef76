import Kernel
import LineProtocol
import Testing

/// Every row of the reference's field-type table, accepted and rejected forms, with exact
/// values or messages (messages follow `influxdb_line_protocol`'s nom alternatives).
@Suite struct FieldTypeTests {
    static let cases: [(String, Outcome)] = [
        // Floats: the default for bare numbers.
        ("m f=1", .value(.float(1))),
        ("m f=-1", .value(.float(-1))),
        ("m f=1.5", .value(.float(1.5))),
        ("m f=-0.25", .value(.float(-0.25))),
        ("m f=1e3", .value(.float(1000))),
        ("m f=1E3", .value(.float(1000))),
        ("m f=1e+3", .value(.float(1000))),
        ("m f=1.5E-3", .value(.float(0.0015))),
        ("m f=-1.234456e+06", .value(.float(-1_234_456))),
        ("m f=1e-0", .value(.float(1))),
        ("m f=0.1", .value(.float(0.1))),
        ("m f=123456789.123456789", .value(.float(123456789.123456789))),
        ("m f=1e400", .value(.float(.infinity))),
        ("m f=+1", .error("No fields were provided")),
        ("m f=.5", .error("No fields were provided")),
        ("m f=1.", .error("Could not parse entire line. Found trailing content: `.`")),
        ("m f=1.e5", .error("Could not parse entire line. Found trailing content: `.e5`")),
        ("m f=1.5e", .error("Could not parse entire line. Found trailing content: `e`")),
        ("m f=1.5.3", .error("Could not parse entire line. Found trailing content: `.3`")),
        ("m f=NaN", .error("No fields were provided")),
        ("m f=inf", .error("No fields were provided")),
        ("m f=0x10", .error("Could not parse entire line. Found trailing content: `x10`")),
        ("m f=-", .error("No fields were provided")),
        // Integers.
        ("m f=1i", .value(.integer(1))),
        ("m f=-1i", .value(.integer(-1))),
        ("m f=0i", .value(.integer(0))),
        ("m f=+1i", .error("No fields were provided")),
        ("m f=1.0i", .error("Could not parse entire line. Found trailing content: `i`")),
        ("m f=1e5i", .error("Could not parse entire line. Found trailing content: `i`")),
        // Unsigned integers.
        ("m f=1u", .value(.uinteger(1))),
        ("m f=0u", .value(.uinteger(0))),
        ("m f=-1u", .error("Could not parse entire line. Found trailing content: `u`")),
        ("m f=1.5u", .error("Could not parse entire line. Found trailing content: `u`")),
        // Strings.
        ("m f=\"\"", .value(.string(""))),
        ("m f=\"hello world\"", .value(.string("hello world"))),
        (#"m f="a\"b\\c\q""#, .value(.string(#"a"b\c\q"#))),
        (#"m f="too hot\cold""#, .value(.string(#"too hot\cold"#))),
        (#"m f="too hot\\\cold""#, .value(.string(#"too hot\\cold"#))),
        (#"m f="too hot\\\\cold""#, .value(.string(#"too hot\\cold"#))),
        (#"m f="a\nb""#, .value(.string(#"a\nb"#))),
        ("m f=\"true\"", .value(.string("true"))),
        ("m f=\"a,b=c d\"", .value(.string("a,b=c d"))),
        ("m f=\"unterminated", .error("No fields were provided")),
        ("m f=word", .error("No fields were provided")),
        ("m f='single'", .error("No fields were provided")),
        // Booleans in every spelling.
        ("m f=t", .value(.boolean(true))),
        ("m f=T", .value(.boolean(true))),
        ("m f=true", .value(.boolean(true))),
        ("m f=True", .value(.boolean(true))),
        ("m f=TRUE", .value(.boolean(true))),
        ("m f=f", .value(.boolean(false))),
        ("m f=F", .value(.boolean(false))),
        ("m f=false", .value(.boolean(false))),
        ("m f=False", .value(.boolean(false))),
        ("m f=FALSE", .value(.boolean(false))),
        ("m f=tRUE", .error("Could not parse entire line. Found trailing content: `RUE`")),
        ("m f=tRuE", .error("Could not parse entire line. Found trailing content: `RuE`")),
        ("m f=yes", .error("No fields were provided")),
        ("m f=1b", .error("Could not parse entire line. Found trailing content: `b`")),
    ]

    @Test(arguments: cases)
    func fieldValues(line: String, expected: Outcome) {
        #expect(outcome(of: line) == expected, "\(line)")
    }

    /// Integer and unsigned ranges, their boundaries and their exact errors.
    static let rangeCases: [(String, Outcome)] = [
        ("m f=9223372036854775807i", .value(.integer(.max))),
        ("m f=-9223372036854775808i", .value(.integer(.min))),
        ("m f=9223372036854775808i", .error("Unable to parse integer value `9223372036854775808`")),
        ("m f=-9223372036854775809i", .error("Unable to parse integer value `-9223372036854775809`")),
        (
            "m f=66666666666666666666666666666666666666666666668i",
            .error("Unable to parse integer value `66666666666666666666666666666666666666666666668`")
        ),
        ("m f=18446744073709551615u", .value(.uinteger(.max))),
        ("m f=18446744073709551616u", .error("Unable to parse unsigned integer value `18446744073709551616`")),
        ("m f=00000000000000000000000001u", .value(.uinteger(1))),
    ]

    @Test(arguments: rangeCases)
    func integerRanges(line: String, expected: Outcome) {
        #expect(outcome(of: line) == expected, "\(line)")
    }

    @Test func negativeZeroFloatKeepsItsSign() {
        guard case .value(.float(let zero)) = outcome(of: "m f=-0.0") else {
            Issue.record("not a float")
            return
        }
        #expect(zero == 0 && zero.sign == .minus)
    }

    @Test func mixedTypesInOneLine() {
        let result = parse(#"m a=23.1,b=-5i,c=9u,d="s",e=false 1"#)
        #expect(fieldValue(result, "a") == .float(23.1))
        #expect(fieldValue(result, "b") == .integer(-5))
        #expect(fieldValue(result, "c") == .uinteger(9))
        #expect(fieldValue(result, "d") == .string("s"))
        #expect(fieldValue(result, "e") == .boolean(false))
    }
}
