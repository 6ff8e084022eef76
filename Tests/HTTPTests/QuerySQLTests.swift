import HTTPTypes
import Kernel
import KernelTesting
import Testing

@Suite("GET|POST /api/v3/query_sql: formats, negotiation and error bodies")
struct QuerySQLTests {
    /// A server holding InfluxDB's `write_and_query` fixture: `cpu,host=a val=1i 123`.
    static func server() async throws -> TestServer {
        let server = try TestServer()
        let reply = try await server.send(.post, "/api/v3/write_lp?db=foo&precision=ns", text: "cpu,host=a val=1i 123")
        #expect(reply.status == 204)
        return server
    }

    static func query(_ format: String?, _ sql: String = "SELECT * FROM cpu", db: String = "foo") -> String {
        let encoded = sql.addingPercentEncodingForQuery()
        return "/api/v3/query_sql?db=\(db)&q=\(encoded)" + (format.map { "&format=\($0)" } ?? "")
    }

    @Test(arguments: [
        ("json", "application/json", #"[{"host":"a","time":"1970-01-01T00:00:00.000000123","val":1}]"#),
        ("jsonl", "application/jsonl", "{\"host\":\"a\",\"time\":\"1970-01-01T00:00:00.000000123\",\"val\":1}\n"),
        ("json_lines", "application/jsonl", "{\"host\":\"a\",\"time\":\"1970-01-01T00:00:00.000000123\",\"val\":1}\n"),
        ("csv", "text/csv", "host,time,val\na,1970-01-01T00:00:00.000000123,1\n"),
        (
            "pretty", "text/plain; charset=utf-8",
            "+------+-------------------------------+-----+\n| host | time                          | val |\n"
                + "+------+-------------------------------+-----+\n| a    | 1970-01-01T00:00:00.000000123 | 1   |\n"
                + "+------+-------------------------------+-----+"
        ),
    ])
    func formats(format: String, contentType: String, body: String) async throws {
        let reply = try await Self.server().send(.get, Self.query(format))
        #expect(reply.status == 200)
        #expect(reply.header("Content-Type") == contentType)
        #expect(reply.body == body)
    }

    @Test(arguments: [("json", "[]"), ("jsonl", ""), ("csv", ""), ("pretty", "++\n++"), ("parquet", "")])
    func emptyResults(format: String, body: String) async throws {
        let reply = try await Self.server().send(.get, Self.query(format, "SELECT * FROM cpu WHERE val > 100"))
        #expect(reply.status == 200)
        #expect(reply.body == body)
    }

    @Test func parquetIsAParquetFile() async throws {
        let reply = try await Self.server().send(.get, Self.query("parquet"))
        #expect(reply.status == 200)
        #expect(reply.header("Content-Type") == "application/vnd.apache.parquet")
        #expect(reply.body.hasPrefix("PAR1") && reply.body.hasSuffix("PAR1"))
    }

    @Test(arguments: [
        ("text/csv", "text/csv"), ("text/plain", "text/plain; charset=utf-8"), ("application/json", "application/json"),
        ("*/*", "application/json"), ("text/html,application/xhtml+xml,*/*;q=0.8", "application/json"),
        ("application/vnd.apache.parquet", "application/vnd.apache.parquet"),
    ])
    func acceptHeaderPicksTheFormat(accept: String, contentType: String) async throws {
        let reply = try await Self.server().send(.get, Self.query(nil), headers: [.accept: accept])
        #expect(reply.status == 200)
        #expect(reply.header("Content-Type") == contentType)
    }

    @Test func unsupportedAcceptIsRefusedEvenWithFormat() async throws {
        let reply = try await Self.server().send(.get, Self.query("json"), headers: [.accept: "application/xml"])
        #expect(reply.status == 400)
        #expect(reply.body == "invalid mime type (application/xml)")
    }

    @Test func postWithAJSONBody() async throws {
        let body = #"{"db":"foo","q":"SELECT host, val FROM cpu WHERE host = $h","format":"csv","params":{"h":"a"}}"#
        let reply = try await Self.server().send(.post, "/api/v3/query_sql", text: body)
        #expect(reply.status == 200)
        #expect(reply.body == "host,val\na,1\n")
    }

    @Test(arguments: [
        ("/api/v3/query_sql", 400, "missing query parameters 'db' and 'q'"),
        ("/api/v3/query_sql?q=SELECT%201", 400, "serde error: missing field `db`"),
        ("/api/v3/query_sql?db=foo", 400, "serde error: missing field `q`"),
        ("/api/v3/query_sql?db=nope&q=SELECT%201", 404, #"{"error":"query error: database not found: nope"}"#),
        (
            "/api/v3/query_sql?db=foo&q=SELECT%20*%20FROM%20nope", 400,
            "Error during planning: table 'public.iox.nope' not found"
        ),
        (
            "/api/v3/query_sql?db=foo&q=SELEC%201", 400,
            #"SQL error: ParserError("Expected: an SQL statement, found: SELEC at Line: 1, Column: 1")"#
        ),
        (
            "/api/v3/query_sql?db=foo&q=SELECT%20nope%20FROM%20cpu", 400,
            "Schema error: No field named nope. Valid fields are cpu.host, cpu.time, cpu.val."
        ),
        (
            "/api/v3/query_sql?db=foo&q=SELECT%20*%20FROM%20cpu%20WHERE%20host%20%3D%20%24h", 400,
            "Execution error: No value found for placeholder with name $h"
        ),
    ])
    func errors(path: String, status: Int, body: String) async throws {
        let reply = try await Self.server().send(.get, path)
        #expect(reply.status == status)
        #expect(reply.body == body)
    }

    @Test func badJSONBody() async throws {
        let reply = try await Self.server().send(.post, "/api/v3/query_sql", text: #"{"db":"foo"}"#)
        #expect(reply.status == 400)
        #expect(reply.body == "serde json error: missing field `q`")
    }

    @Test func unknownFormat() async throws {
        let reply = try await Self.server().send(.get, Self.query("xml"))
        #expect(reply.status == 400)
        #expect(reply.body.hasPrefix("serde error: unknown variant `xml`"))
    }

    @Test func aggregateColumnNamesFollowDataFusion() async throws {
        let reply = try await Self.server().send(
            .get, Self.query("csv", "SELECT count(*), avg(val), count(val) FROM cpu"))
        #expect(reply.body == "count(*),avg(cpu.val),count(cpu.val)\n1,1.0,1\n")
    }
}

extension String {
    /// Percent-encodes everything but unreserved characters (as a form encoder would).
    func addingPercentEncodingForQuery() -> String {
        var out = ""
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
