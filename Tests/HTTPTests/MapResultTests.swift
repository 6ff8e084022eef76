import HTTPTypes
import Kernel
import KernelTesting
import Testing

/// Map results through the query route: objects in json/jsonl, arrow-cast's display in pretty,
/// and the two Arrow refusals InfluxDB surfaces as 500s (arrow-csv refuses nested types,
/// arrow-json refuses map keys that are not strings, at any depth).
@Suite("query_sql: map results")
struct MapResultTests {
    static func server() async throws -> TestServer {
        let server = try TestServer()
        let reply = try await server.send(
            .post, "/api/v3/write_lp?db=s&precision=ns", text: "m,host=a v=1i 10\nm,host=b v=2i 20\nm,host=a x=1i 30")
        #expect(reply.status == 204)
        return server
    }

    static func query(_ format: String, _ sql: String) -> String {
        "/api/v3/query_sql?db=s&format=\(format)&q=\(sql.addingPercentEncodingForQuery())"
    }

    @Test func jsonAndJSONLinesWriteObjects() async throws {
        let sql = "SELECT make_map('h', host, 'r', 'x') AS m FROM m ORDER BY time"
        let server = try await Self.server()
        let json = try await server.send(.get, Self.query("json", sql))
        #expect(json.status == 200)
        #expect(json.body == #"[{"m":{"h":"a","r":"x"}},{"m":{"h":"b","r":"x"}},{"m":{"h":"a","r":"x"}}]"#)
        let lines = try await server.send(.get, Self.query("jsonl", sql))
        #expect(lines.body.split(separator: "\n").first == #"{"m":{"h":"a","r":"x"}}"#)
    }

    @Test func prettyShowsEntries() async throws {
        let sql = "SELECT MAP {1: host, 2: 'x'} AS m FROM m ORDER BY time LIMIT 1"
        let reply = try await Self.server().send(.get, Self.query("pretty", sql))
        #expect(reply.status == 200)
        #expect(
            reply.body == "+--------------+\n| m            |\n+--------------+\n| {1: a, 2: x} |\n+--------------+")
    }

    @Test func jsonRefusesKeysThatAreNotStrings() async throws {
        let server = try await Self.server()
        let expected = "Arrow error: Json error: Only UTF8 keys supported by JSON MapArray Writer: got "
        // A tag's keys are a dictionary in DataFusion's map type, which arrow-json refuses too.
        for sql in [
            "SELECT make_map(v, host) FROM m WHERE v > 0", "SELECT make_array(MAP {1.5: 'x'})",
            "SELECT make_map(host, v) FROM m",
        ] {
            for format in ["json", "jsonl"] {
                let reply = try await server.send(.get, Self.query(format, sql))
                #expect(reply.status == 500)
                #expect(reply.body.hasPrefix(expected))
            }
        }
        let empty = try await server.send(.get, Self.query("json", "SELECT make_map(v, host) FROM m WHERE v > 5"))
        #expect(empty.status == 200)
        #expect(empty.body == "[]")
    }

    @Test func csvRefusesMaps() async throws {
        let reply = try await Self.server().send(.get, Self.query("csv", "SELECT make_map('k', v) FROM m"))
        #expect(reply.status == 500)
        #expect(
            reply.body.contains(
                #"Csv error: Nested type Map("entries": non-null Struct("key": non-null Utf8, "value": Int64), unsorted) is not supported in CSV"#
            ))
    }
}
