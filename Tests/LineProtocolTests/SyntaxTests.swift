import Kernel
import LineProtocol
import Testing

/// Line structure: separators, tag sets, missing parts, trailing content, exact messages.
@Suite struct SyntaxTests {
    static let errorCases: [(String, String)] = [
        ("measurement", "Expected at least one space character, got end of input"),
        (",", "Invalid measurement was provided"),
        (",m f=1", "Invalid measurement was provided"),
        (",tag1=1,tag2=2 value=1 123", "Invalid measurement was provided"),
        ("\0 field=1 1234", "Invalid measurement was provided"),
        ("m\0 f=1", "Expected at least one space character, got `\0 f=1`"),
        ("m,", "Expected tag key, got end of input"),
        ("cpu,", "Expected tag key, got end of input"),
        ("m, f=1", "Expected tag key, got ` f=1`"),
        ("testmeasure, bar=1i", "Expected tag key, got ` bar=1i`"),
        ("testmeasure, " + String(repeating: "b", count: 200) + "=1i", "Expected tag key, got ` bbbbbbbbb...`"),
        ("m,=v f=1", "Expected tag key, got `=v f=1`"),
        ("m,a=1, f=1", "Expected tag key, got ` f=1`"),
        ("m,t f=1", "Tag set malformed: could not find equals sign in `t f=1`"),
        ("J,#", "Tag set malformed: could not find equals sign in `#`"),
        ("J," + String(repeating: "a", count: 200), "Tag set malformed: could not find equals sign in `aaaaaaaaaa...`"),
        ("m,a=1,b f=1", "Tag set malformed: could not find equals sign in `a=1,b f=1`"),
        ("m,t= f=1", "Expected tag value, got ` f=1`"),
        ("m,t=,u=1 f=1", "Expected tag value, got `,u=1 f=1`"),
        ("testmeasure,foo=,baz= bar=1i", "Expected tag value, got `,baz= bar=...`"),
        (
            "metrics,bananas=,platanos=great value=1.000000 1725629157696678000",
            "Expected tag value, got `,platanos=...`"
        ),
        ("0,,=", "Expected tag value, got end of input"),
        ("cpu,host=a val= 123", "No fields were provided"),
        ("foo 1234", "No fields were provided"),
        ("field=1 1234", "No fields were provided"),
        ("m f", "No fields were provided"),
        ("m =1", "No fields were provided"),
        ("m f=1,g", "Could not parse entire line. Found trailing content: `g`"),
        ("m f=1,g=", "Could not parse entire line. Found trailing content: `g=`"),
        ("testmeasure,foo=f bar=1i,baz=", "Could not parse entire line. Found trailing content: `baz=`"),
        ("m f=1,g=2,h= 5", "Could not parse entire line. Found trailing content: `,h= 5`"),
        ("m f=1 123 456", "Could not parse entire line. Found trailing content: `456`"),
        ("m f=1 abc", "Could not parse entire line. Found trailing content: ` abc`"),
        ("m f=1 ", "Could not parse entire line. Found trailing content: ` `"),
        ("m f=1\t123", "Could not parse entire line. Found trailing content: `\t123`"),
        ("m\tf=1", "Expected at least one space character, got `\tf=1`"),
        ("m,t=a\tf=1", "Expected at least one space character, got `\tf=1`"),
        ("m f=1 123\r", "Could not parse entire line. Found trailing content: `\r`"),
        ("m f=1\r", "Could not parse entire line. Found trailing content: `\r`"),
        ("m f=1 1.5", "Could not parse entire line. Found trailing content: `.5`"),
        ("m f=1 -", "Could not parse entire line. Found trailing content: ` -`"),
        ("m f=1 12345678901234567890", "Unable to parse timestamp value `12345678901234567890`"),
        (
            "m f=-1.234456e+ 1615869152385000000",
            "Could not parse entire line. Found trailing content: `e+ 1615869...`"
        ),
        ("foo,tag0=value1 asdf=23.1.22,jkl=4", "Could not parse entire line. Found trailing content: `.22,jkl=4`"),
    ]

    @Test(arguments: errorCases)
    func lineErrors(line: String, message: String) {
        #expect(errorMessage(line) == message, "\(line.debugDescription)")
    }

    /// Lines that parse: multiple spaces, trailing spaces after a timestamp, negative times.
    static let acceptedCases: [(String, Int64)] = [
        ("m f=1 123", 123),
        ("m f=1 123 ", 123),
        ("m f=1 123   ", 123),
        ("m  f=1  123", 123),
        ("  measurement  a=1i  123  ", 123),
        ("m f=1 -123", -123),
        ("m f=1", 777),
        ("m,t=a,u=b f=1,g=2 1", 1),
        ("\t m f=1 5", 5),
    ]

    @Test(arguments: acceptedCases)
    func acceptedLines(line: String, timestamp: Int64) {
        let result = parse(line)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.tables.first?.timestamps == [timestamp])
    }

    @Test func blankLinesAndCommentsAreSkippedAndNotCounted() {
        let body = "\n\n# comment\n   # indented comment\n\t\nm f=1 1\n\n#x\nm f= 2\n  m f=3 3\n# end"
        let result = parse(body)
        #expect(result.acceptedLineCount == 2)
        #expect(result.rejectedLineCount == 1)
        let expected = LineError(
            lineNumber: 2, originalLine: "m f= 2", message: "No fields were provided", isLimitError: false)
        #expect(result.errors == [expected])
        #expect(parse("").tables.isEmpty)
        #expect(parse("\n\n\n").acceptedLineCount == 0)
        #expect(parse("# comment").rejectedLineCount == 0)
        #expect(parse("#comment\tcomment").rejectedLineCount == 0)
    }

    @Test func hashInsideALineIsData() {
        let result = parse("m#1,t=#a f#=1 1")
        #expect(result.tables.first?.tableName == "m#1")
        #expect(result.tables.first?.tags.first?.value(at: 0) == "#a")
        #expect(result.tables.first?.fields.first?.name == "f#")
    }

    @Test func newlineInsideQuotedStringFieldContinuesTheLine() {
        let result = parse("m,t=v f=\"a\nb\" 1\nm g=\"x\"\n")
        #expect(result.errors.isEmpty)
        #expect(result.acceptedLineCount == 2)
        #expect(fieldValue(result, "f") == .string("a\nb"))
        let second = parse("m f=1,g=\"line1\nline2\" 2")
        #expect(fieldValue(second, "g") == .string("line1\nline2"))
    }

    @Test func escapedQuoteDoesNotStartAString() {
        // The splitter sees `\"` as escaped, so the newline ends the line.
        let result = parse("meas tag=val field=\\\"\nval\\\"\nnext")
        #expect(result.acceptedLineCount == 0)
        #expect(result.rejectedLineCount == 3)
        #expect(result.errors.map(\.lineNumber) == [1, 2, 3])
    }

    @Test func escapedNewlineJoinsLines() {
        let result = parse("weat\\\nher f=1 1")
        #expect(result.tables.first?.tableName == "weat\\\nher")
    }

    @Test func crlfLineEndingsAreRejected() {
        let result = parse("m f=1 1\r\nm f=2 2\r\n")
        #expect(result.rejectedLineCount == 2)
        #expect(result.errors.first?.message == "Could not parse entire line. Found trailing content: `\r`")
    }

    @Test func badLineBetweenGoodLines() {
        let body =
            "goodline,tag1=one,tag2=2 value=1 123\n        badline,\n"
            + "        anothergoodline,tag3=3,tag4=4 value=67 1234"
        let result = parse(body)
        #expect(result.acceptedLineCount == 2)
        #expect(result.errors.map(\.message) == ["Expected tag key, got end of input"])
        #expect(result.errors.first?.originalLine == "badline,")
    }

    @Test func nulBytesAreAcceptedInsideTagsFieldKeysAndStrings() {
        let body = "m,tag\u{0}1=one value=1 1\nm,tag1=o\u{0}ne value=1 2\nm val\u{0}ue=1 3\nm s=\"v\u{0}\" 4"
        #expect(parse(body).errors == [])
        // nom's second-field quirk consumes a dangling comma, so this line is accepted.
        #expect(parse("m f=1,").acceptedLineCount == 1)
        #expect(errorMessage("m,tag1=one value=\u{0} 123") == "No fields were provided")
    }
}
