import HTTPSupport
import Kernel
import Testing

/// Exact bodies of the json, jsonl and csv encoders. Expectations come from InfluxDB 3's server
/// tests (reference §5.2) or were recorded from arrow-rs via datafusion-python.
@Suite struct JSONAndCSVTests {
    @Test func referenceExample() {
        let batches = [referenceBatch()]
        #expect(encode(.json, batches) == #"[{"host":"a","time":"1970-01-01T00:00:00.000000123","val":1}]"#)
        #expect(
            encode(.jsonLines, batches) == "{\"host\":\"a\",\"time\":\"1970-01-01T00:00:00.000000123\",\"val\":1}\n")
        #expect(encode(.csv, batches) == "host,time,val\na,1970-01-01T00:00:00.000000123,1\n")
    }

    @Test func emptyResults() {
        let empty = batch(Columns.tag("host", []), Columns.float("val", []))
        for batches in [[], [empty], [empty, empty]] {
            #expect(encode(.json, batches) == "[]")
            #expect(encode(.jsonLines, batches) == "")
            #expect(encode(.csv, batches) == "")
            #expect(encode(.pretty, batches) == "++\n++")
        }
        #expect(makeEncoder(.parquet) == nil)
    }

    /// Nulls first, in the middle and last, a tag with a null code, and quoting of a tag value.
    static let nullsBatch = batch(
        Columns.tag("host", ["a", nil, "b,\"x\"\n"]),
        Columns.time("time", [123, -1, 1_500_000_000]),
        Columns.float("val", [3.0, nil, 1e-7])
    )

    @Test func nullsInJSON() {
        #expect(
            encode(.jsonLines, [Self.nullsBatch])
                == #"{"host":"a","time":"1970-01-01T00:00:00.000000123","val":3.0}"# + "\n"
                + #"{"time":"1969-12-31T23:59:59.999999999"}"# + "\n"
                + #"{"host":"b,\"x\"\n","time":"1970-01-01T00:00:01.500","val":1.0e-7}"# + "\n")
        let allNull = batch(Columns.integer("a", [nil, 1, nil]), Columns.string("b", [nil, nil, nil]))
        #expect(encode(.json, [allNull]) == #"[{},{"a":1},{}]"#)
        #expect(encode(.jsonLines, [allNull]) == "{}\n{\"a\":1}\n{}\n")
    }

    @Test func nullsInCSV() {
        #expect(
            encode(.csv, [Self.nullsBatch])
                == "host,time,val\na,1970-01-01T00:00:00.000000123,3.0\n,1969-12-31T23:59:59.999999999,\n"
                + "\"b,\"\"x\"\"\n\",1970-01-01T00:00:01.500,1e-7\n")
    }

    /// The `csv` crate writes a lone empty field as `""` so the record is not a blank line.
    @Test func singleColumnEmptyFieldsAreQuoted() {
        let single = batch(Columns.string("s", ["", nil, "x"]))
        #expect(encode(.csv, [single]) == "s\n\"\"\n\"\"\nx\n")
        #expect(encode(.jsonLines, [single]) == "{\"s\":\"\"}\n{}\n{\"s\":\"x\"}\n")
    }

    @Test func multipleBatches() {
        let first = batch(Columns.tag("host", ["a", nil, "bb"]), Columns.float("v\nx", [1.0, nil, 2.5]))
        let empty = batch(Columns.tag("host", []), Columns.float("v\nx", []))
        let second = batch(Columns.tag("host", [nil, "longer-host"]), Columns.float("v\nx", [nil, nil]))
        let batches = [first, empty, second]
        #expect(
            encode(.json, batches)
                == #"[{"host":"a","v\nx":1.0},{},{"host":"bb","v\nx":2.5},{},{"host":"longer-host"}]"#)
        #expect(encode(.csv, batches) == "host,\"v\nx\"\na,1.0\n,\nbb,2.5\n,\nlonger-host,\n")
    }

    static let strings: [String?] = [
        "", nil, " lead", "trail ", "a\tb", "#c", "x\ry", "\u{01}\u{1F}\u{7F}", "é", "日本語", "😀", "a/b\\c",
        "\u{2028}", "e\u{301}", "\u{08}\u{0C}", "'q'",
    ]

    static let stringsBatch = batch(Columns.string("s", strings), Columns.integer("n", (0..<16).map { Int64($0) }))

    @Test func stringEscapingInJSON() {
        let expected = [
            #"{"s":"","n":0}"#, #"{"n":1}"#, #"{"s":" lead","n":2}"#, #"{"s":"trail ","n":3}"#,
            #"{"s":"a\tb","n":4}"#, ##"{"s":"#c","n":5}"##, #"{"s":"x\ry","n":6}"#,
            "{\"s\":\"\\u0001\\u001f\u{7F}\",\"n\":7}", #"{"s":"é","n":8}"#, #"{"s":"日本語","n":9}"#,
            #"{"s":"😀","n":10}"#, #"{"s":"a/b\\c","n":11}"#, "{\"s\":\"\u{2028}\",\"n\":12}",
            "{\"s\":\"e\u{301}\",\"n\":13}", #"{"s":"\b\f","n":14}"#, #"{"s":"'q'","n":15}"#,
        ]
        #expect(encode(.jsonLines, [Self.stringsBatch]) == expected.map { $0 + "\n" }.joined())
    }

    @Test func stringQuotingInCSV() {
        let expected =
            "s,n\n,0\n,1\n lead,2\ntrail ,3\na\tb,4\n#c,5\n\"x\ry\",6\n\u{01}\u{1F}\u{7F},7\né,8\n日本語,9\n😀,10\n"
            + "a/b\\c,11\n\u{2028},12\ne\u{301},13\n\u{08}\u{0C},14\n'q',15\n"
        #expect(encode(.csv, [Self.stringsBatch]) == expected)
    }

    @Test func integersBooleansAndNonFiniteFloats() {
        let values = batch(
            Columns.integer("i", [.min, .max, 0]),
            Columns.uinteger("u", [.max, 0, nil]),
            Columns.boolean("b", [true, false, nil]),
            Columns.float("f", [.nan, .infinity, -.infinity])
        )
        #expect(
            encode(.json, [values])
                == #"[{"i":-9223372036854775808,"u":18446744073709551615,"b":true,"f":null},"#
                + #"{"i":9223372036854775807,"u":0,"b":false,"f":null},{"i":0,"f":null}]"#)
        #expect(
            encode(.csv, [values])
                == "i,u,b,f\n-9223372036854775808,18446744073709551615,true,NaN\n9223372036854775807,0,false,inf\n"
                + "0,,,-inf\n")
    }

    /// A tag row is null when its validity bit is clear or its code is -1 or out of range.
    @Test func dictionaryNullCodes() {
        var validity = ValidityBitmap(repeating: true, count: 4)
        validity.set(1, false)
        let column = RecordColumn(
            name: "t", type: .tag, values: .tag(dictionary: ["x", "y"], codes: [0, 1, -1, 7]), validity: validity)
        let tags = batch(column, Columns.integer("n", [1, 2, 3, 4]))
        #expect(encode(.json, [tags]) == #"[{"t":"x","n":1},{"n":2},{"n":3},{"n":4}]"#)
        #expect(encode(.csv, [tags]) == "t,n\nx,1\n,2\n,3\n,4\n")
    }

    @Test func formatParametersAndContentTypes() {
        #expect(QueryOutputFormat(parameter: "json") == .json)
        #expect(QueryOutputFormat(parameter: "jsonl") == .jsonLines)
        #expect(QueryOutputFormat(parameter: "json_lines") == .jsonLines)
        #expect(QueryOutputFormat(parameter: "csv") == .csv)
        #expect(QueryOutputFormat(parameter: "pretty") == .pretty)
        #expect(QueryOutputFormat(parameter: "parquet") == .parquet)
        #expect(QueryOutputFormat(parameter: "JSON") == nil)
        #expect(QueryOutputFormat.jsonLines.contentType == "application/jsonl")
        #expect(QueryOutputFormat.pretty.contentType == "text/plain; charset=utf-8")
        #expect(QueryOutputFormat.parquet.contentType == "application/vnd.apache.parquet")
    }

    /// Row formats write each batch as it comes (the HTTP layer flushes in between); pretty
    /// buffers until `finish`.
    @Test func streamingWritesPerBatch() {
        for (format, streams) in [(QueryOutputFormat.json, true), (.jsonLines, true), (.csv, true), (.pretty, false)] {
            guard var encoder = makeEncoder(format) else { continue }
            var chunk: [UInt8] = []
            encoder.begin(into: &chunk)
            var body = chunk
            chunk.removeAll()
            encoder.encode(referenceBatch(), into: &chunk)
            #expect(chunk.isEmpty != streams, "\(format)")
            body += chunk
            chunk.removeAll()
            encoder.encode(referenceBatch(), into: &chunk)
            encoder.finish(into: &chunk)
            body += chunk
            #expect(String(decoding: body, as: UTF8.self) == encode(format, [referenceBatch(), referenceBatch()]))
        }
        let twice = "host,time,val\na,1970-01-01T00:00:00.000000123,1\na,1970-01-01T00:00:00.000000123,1\n"
        #expect(encode(.csv, [referenceBatch(), referenceBatch()]) == twice)
    }
}
