import Kernel
import LineProtocol
import Testing

/// Error reporting: original_line truncation, line numbers, the error cap, stopAtFirstError.
@Suite struct ReportingTests {
    static let truncationCases: [(String, String)] = [
        ("m f=", "m f="),
        ("cpu,host=a val= 123", "cpu,host=a val= 123"),
        ("cpu,host=abc val= 123", "cpu,host=abc val= 12"),
        ("cpu,host=abcdefghij val= 123", "cpu,host=abcdefghij "),
        // 18 ASCII bytes then a 2-byte char (bytes 19-20) fits exactly.
        ("abcdefghijklmnopq,\u{00e9} f", "abcdefghijklmnopq,\u{00e9}"),
        // 19 ASCII bytes then a 2-byte char: cut before it.
        ("abcdefghijklmnopqr,\u{00e9} f", "abcdefghijklmnopqr,"),
        // A 4-byte char straddling byte 20.
        ("abcdefghijklmnopq\u{1F600} f", "abcdefghijklmnopq"),
        ("\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}", "\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}"),
        ("   indented,line f= 1", "indented,line f= 1"),
    ]

    @Test(arguments: truncationCases)
    func originalLineIsCutAtTwentyBytes(line: String, expected: String) {
        let error = parse(line).errors.first
        #expect(error?.originalLine == expected)
        #expect((error?.originalLine.utf8.count ?? 0) <= 20)
    }

    @Test func contextTruncationCountsCharactersAfterTenBytes() {
        // 4 two-byte chars are 8 bytes: no ellipsis; 6 are 12 bytes: all kept plus `...`.
        #expect(errorMessage("m f=1 1 ééé") == "Could not parse entire line. Found trailing content: `ééé`")
        #expect(errorMessage("m f=1 1 éééééé") == "Could not parse entire line. Found trailing content: `éééééé...`")
        let trailing = "Could not parse entire line. Found trailing content: "
        #expect(errorMessage("m f=1 1 ééééééééééééé") == trailing + "`éééééééééé...`")
    }

    /// The two bodies of InfluxDB's `write_lp_tests`.
    @Test func serverExamples() {
        let stop = parse(
            "cpu,host=a val= 123\ncpu,host=b val=5 124\ncpu,host=b val= 124", stopAtFirstError: true)
        #expect(
            stop.errors == [
                noFields(line: 1)
            ])
        #expect(stop.tables.isEmpty)
        #expect(stop.rejectedLineCount == 1)
        #expect(stop.acceptedLineCount == 0)

        let partial = parse("cpu,host=b val=2 155\ncpu,host=a val= 123\ncpu,host=b val=5 199")
        #expect(
            partial.errors == [
                noFields(line: 2)
            ])
        let batch = partial.tables.first
        #expect(batch?.timestamps == [155, 199])
        #expect(batch?.tags.first?.codes == [0, 0])
        #expect(batch?.tags.first?.dictionary == ["b"])
        #expect(batch?.fields.first?.values == .float([2, 5]))
    }

    private func noFields(line: Int) -> LineError {
        LineError(
            lineNumber: line, originalLine: "cpu,host=a val= 123", message: "No fields were provided",
            isLimitError: false)
    }

    @Test func stopAtFirstErrorReturnsOnlyThatError() {
        let result = parse("m f=1\n\nm g=\nm h=\nm f=2", stopAtFirstError: true)
        #expect(result.errors.map(\.lineNumber) == [2])
        #expect(result.tables.isEmpty)
        let clean = parse("m f=1\nm f=2", stopAtFirstError: true)
        #expect(clean.acceptedLineCount == 2)
        #expect(clean.tables.first?.rowCount == 2)
    }

    @Test func errorsAreCappedButAllCounted() {
        var lines: [String] = []
        for index in 0..<250 {
            lines.append(index % 2 == 0 ? "m f=\(index)" : "m f= \(index)")
        }
        let result = parse(lines.joined(separator: "\n"))
        #expect(result.errors.count == 100)
        #expect(result.rejectedLineCount == 125)
        #expect(result.acceptedLineCount == 125)
        #expect(result.errors.first?.lineNumber == 2)
        #expect(result.errors.last?.lineNumber == 200)
        var parser = LineProtocolParser(maxReportedErrors: 3)
        let capped = parser.parse(
            Array(lines.joined(separator: "\n").utf8), precision: .nanosecond, defaultTimestampNanoseconds: 0,
            schema: SchemaHints(), stopAtFirstError: false)
        #expect(capped.errors.map(\.lineNumber) == [2, 4, 6])
        #expect(capped.rejectedLineCount == 125)
    }

    @Test func parserIsReusableAcrossRequests() {
        var parser = LineProtocolParser()
        for round in 0..<3 {
            let body = Array("m,t=a f=\(round) \(round)\nm,t=b\\ c g=\"x\\\\y\" 9".utf8)
            let result = parser.parse(
                body, precision: .nanosecond, defaultTimestampNanoseconds: 0, schema: SchemaHints(),
                stopAtFirstError: false)
            #expect(result.acceptedLineCount == 2)
            #expect(result.tables.first?.tags.first?.dictionary == ["a", "b c"])
            #expect(result.tables.first?.fields.last?.values == .string(["", "x\\y"]))
        }
    }
}
