import Kernel
import LineProtocol
import Testing

/// Escape rules of measurements, tag keys and values, field keys and string fields.
@Suite struct EscapeTests {
    /// (line, table, tag key, tag value, field key)
    static let nameCases: [(String, String, String?, String?, String)] = [
        (#"my\ table,tag\ key=tag\,val f\=x=1"#, "my table", "tag key", "tag,val", "f=x"),
        (#"wea\,ther f=1"#, "wea,ther", nil, nil, "f"),
        (#"\\wea\\ther f=1"#, #"\wea\ther"#, nil, nil, "f"),
        (#"Foo\aBar f=1"#, #"Foo\aBar"#, nil, nil, "f"),
        (#"m\=x f=1"#, #"m\=x"#, nil, nil, "f"),
        ("m=1 f=1", "m=1", nil, nil, "f"),
        (#"m,k\=ey=v\=al f=1"#, "m", "k=ey", "v=al", "f"),
        (#"m,k\ ey=v\ al f=1"#, "m", "k ey", "v al", "f"),
        (#"m,\\k=\\v f=1"#, "m", #"\k"#, #"\v"#, "f"),
        (#"m,k\a=v\b f=1"#, "m", #"k\a"#, #"v\b"#, "f"),
        ("m,k=v=w f=1", "m", "k", "v=w", "f"),
        ("m,a,b=c f=1", "m", "a,b", "c", "f"),
        (#"m f\ x=1"#, "m", nil, nil, "f x"),
        (#"m f\,x=1"#, "m", nil, nil, "f,x"),
        ("m a,b=1", "m", nil, nil, "a,b"),
        (#"m f\y=1"#, "m", nil, nil, #"f\y"#),
        ("m\"q f\"=1", "m\"q", nil, nil, "f\""),
        ("m,k=\u{00e9}t\u{00e9} f=1", "m", "k", "\u{00e9}t\u{00e9}", "f"),
        ("m\\\tx f=1", "m\\\tx", nil, nil, "f"),
    ]

    @Test(arguments: nameCases)
    func names(line: String, table: String, tagKey: String?, tagValue: String?, fieldKey: String) throws {
        let result = parse(line)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let batch = try #require(result.tables.first)
        #expect(batch.tableName == table)
        #expect(batch.tags.first?.name == tagKey)
        #expect(batch.tags.first?.value(at: 0) == tagValue)
        #expect(batch.fields.first?.name == fieldKey)
    }

    static let backslashError = "Measurements, tag keys and values, and field keys may not end with a backslash"

    /// Names ending with a backslash, and escapes that swallow a delimiter.
    static let errorCases: [(String, String)] = [
        (#"m\ f=1"#, "Expected at least one space character, got end of input"),
        (#"m\\ f=1"#, backslashError),
        (#"m\"#, backslashError),
        (#"m,t\\=v f=1"#, backslashError),
        (#"m,t=v\\ f=1"#, backslashError),
        (#"m,t=v\"#, backslashError),
        (#"m f\\=1"#, backslashError),
        (#"m,t\=v f=1"#, "Tag set malformed: could not find equals sign in `t\\=v f=1`"),
        (#":\u{14}\"#, backslashError),
    ]

    @Test(arguments: errorCases)
    func errors(line: String, message: String) {
        #expect(errorMessage(line) == message, "\(line)")
    }

    static let stringCases: [(String, String)] = [
        (#"m f="The \"string\" val""#, #"The "string" val"#),
        (#"m f="too hot/cold""#, "too hot/cold"),
        (#"m f="too hot\cold""#, #"too hot\cold"#),
        (#"m f="too hot\\cold""#, #"too hot\cold"#),
        (#"m f="too hot\\\cold""#, #"too hot\\cold"#),
        (#"m f="too hot\\\\cold""#, #"too hot\\cold"#),
        (#"m f="too hot\\\\\cold""#, #"too hot\\\cold"#),
        (#"m f="too hot\\\\\\cold""#, #"too hot\\\cold"#),
        (#"m f="a\,b\=c\ d""#, #"a\,b\=c\ d"#),
        (#"m f="end\\""#, #"end\"#),
    ]

    @Test(arguments: stringCases)
    func stringFields(line: String, expected: String) {
        #expect(outcome(of: line) == .value(.string(expected)), "\(line)")
    }
}
