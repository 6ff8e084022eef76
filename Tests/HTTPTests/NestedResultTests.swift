import HTTPTypes
import Kernel
import KernelTesting
import Testing

/// Struct, list, date and interval result columns in every output format. Expected bodies are
/// derived by hand from IOx's selector rules and from what arrow-json, arrow-csv and arrow-cast's
/// pretty printer produce for these types (DataFusion has no `selector_*` to compare with).
@Suite("query_sql: struct, list, date and interval results")
struct NestedResultTests {
    /// `a` has a NULL value at the earliest time, a tie on the largest value (2.5 at 20 and 40)
    /// and a tie on time for the last row (two writes at 50 are one row, the newer value wins).
    static func server() async throws -> TestServer {
        let server = try TestServer()
        let lines = [
            "m,host=a note=\"n\" 5",
            "m,host=a v=2.5 20",
            "m,host=a v=1.0 30",
            "m,host=a v=2.5 40",
            "m,host=a v=0.5 50",
            "m,host=b v=7.0 10",
        ]
        let reply = try await server.send(
            .post, "/api/v3/write_lp?db=s&precision=ns", text: lines.joined(separator: "\n"))
        #expect(reply.status == 204)
        return server
    }

    static func query(_ format: String, _ sql: String) -> String {
        "/api/v3/query_sql?db=s&format=\(format)&q=\(sql.addingPercentEncodingForQuery())"
    }

    static let selectors =
        "SELECT host, selector_first(v, time) AS f, selector_last(v, time) AS l, selector_min(v, time) AS lo, "
        + "selector_max(v, time) AS hi FROM m GROUP BY host ORDER BY host"

    @Test func selectorsAsJSONObjects() async throws {
        let reply = try await Self.server().send(.get, Self.query("json", Self.selectors))
        #expect(reply.status == 200)
        let time = "1970-01-01T00:00:00.0000000"
        let a =
            #"{"host":"a","f":{"value":2.5,"time":"\#(time)20"},"l":{"value":0.5,"time":"\#(time)50"},"#
            + #""lo":{"value":0.5,"time":"\#(time)50"},"hi":{"value":2.5,"time":"\#(time)20"}}"#
        let b =
            #"{"host":"b","f":{"value":7.0,"time":"\#(time)10"},"l":{"value":7.0,"time":"\#(time)10"},"#
            + #""lo":{"value":7.0,"time":"\#(time)10"},"hi":{"value":7.0,"time":"\#(time)10"}}"#
        #expect(reply.body == "[\(a),\(b)]")
    }

    @Test func selectorsAsPrettyStructs() async throws {
        let sql = "SELECT selector_max(v, time) FROM m WHERE host = 'a'"
        let reply = try await Self.server().send(.get, Self.query("pretty", sql))
        #expect(reply.status == 200)
        let expected = [
            "+---------------------------------------------------+",
            "| selector_max(m.v,m.time)                          |",
            "+---------------------------------------------------+",
            "| {value: 2.5, time: 1970-01-01T00:00:00.000000020} |",
            "+---------------------------------------------------+",
        ]
        #expect(reply.body == expected.joined(separator: "\n"))
    }

    @Test func emptyGroupIsAStructOfNulls() async throws {
        let sql = "SELECT selector_first(v, time) AS f FROM m WHERE v > 100"
        let server = try await Self.server()
        #expect(try await server.send(.get, Self.query("json", sql)).body == #"[{"f":{}}]"#)
        let pretty = try await server.send(.get, Self.query("pretty", sql)).body
        #expect(
            pretty
                == "+-------------------+\n| f                 |\n+-------------------+\n| {value: , time: } |\n+-------------------+"
        )
    }

    @Test func csvRefusesStructsAsArrowCSVDoes() async throws {
        let reply = try await Self.server().send(.get, Self.query("csv", "SELECT selector_last(v, time) FROM m"))
        #expect(reply.status == 500)
        #expect(
            reply.body.contains(
                #"Csv error: Nested type Struct("value": Float64, "time": Timestamp(ns)) is not supported in CSV"#))
    }

    @Test func listsAndFieldAccess() async throws {
        let sql =
            "SELECT make_array(v, 1) AS l, named_struct('x', v, 'h', host)['h'] AS h FROM m WHERE host = 'b'"
        let server = try await Self.server()
        #expect(try await server.send(.get, Self.query("json", sql)).body == #"[{"l":[7.0,1.0],"h":"b"}]"#)
        #expect(try await server.send(.get, Self.query("csv", "SELECT make_array(1)[1] AS x")).body == "x\n1\n")
    }

    @Test func datesAndIntervalsInEveryTextFormat() async throws {
        let sql = "SELECT make_date(2024, 2, 29) AS d, INTERVAL '1 month 2 days 3.5 seconds' AS i"
        let server = try await Self.server()
        #expect(
            try await server.send(.get, Self.query("csv", sql)).body
                == "d,i\n2024-02-29,1 mons 2 days 3.500000000 secs\n")
        #expect(
            try await server.send(.get, Self.query("json", sql)).body
                == #"[{"d":"2024-02-29","i":"1 mons 2 days 3.500000000 secs"}]"#)
        let pretty = try await server.send(.get, Self.query("pretty", sql)).body
        #expect(pretty.contains("| 2024-02-29 | 1 mons 2 days 3.500000000 secs |"))
    }

    @Test func regexpMatchAndArrayAggAreLists() async throws {
        let sql =
            "SELECT regexp_match('us-east', '(\\w+)-(\\w+)') AS m, (SELECT array_agg(v ORDER BY time DESC) FROM m "
            + "WHERE host = 'a') AS a"
        let reply = try await Self.server().send(.get, Self.query("json", sql))
        #expect(reply.status == 200)
        #expect(reply.body == #"[{"m":["us","east"],"a":[0.5,2.5,1.0,2.5,null]}]"#)
    }

    @Test func digestsAreBinaryShownAsHex() async throws {
        let sql = "SELECT sha256('abc') AS h, digest('a', 'md5') AS m"
        let server = try await Self.server()
        let sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        let md5 = "0cc175b9c0f1b6a831c399e269772661"
        #expect(try await server.send(.get, Self.query("csv", sql)).body == "h,m\n\(sha),\(md5)\n")
        #expect(try await server.send(.get, Self.query("json", sql)).body == #"[{"h":"\#(sha)","m":"\#(md5)"}]"#)
        let parquet = try ParquetBodyReader.read(try await server.send(.get, Self.query("parquet", sql)).bytes)
        #expect(parquet.fields == ["h: binary", "m: binary"])
        #expect(parquet.rows == #"[{"h": "\#(sha)", "m": "\#(md5)"}]"#)
    }
}
