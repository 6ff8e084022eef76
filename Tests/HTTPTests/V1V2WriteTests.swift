import HTTPTypes
import Kernel
import KernelTesting
import Testing

@Suite("POST /write (v1) and POST /api/v2/write (v2)")
struct V1V2WriteTests {
    @Test func v1WritesWithNanosecondDefault() async throws {
        let server = try TestServer()
        let reply = try await server.send(
            .post, "/write?db=mydb&u=ignored&p=ignored", text: "cpu,host=a usage=0.5 1700000000000000000")
        #expect(reply.status == 204)
        #expect(server.rows("mydb", "cpu") == ["1700000000000000000 host=a,usage=0.5"])
    }

    @Test(arguments: [("autogen", "db1"), ("", "db1"), ("DEFAULT", "db1"), ("weekly", "db1/weekly")])
    func v1RetentionPolicyMapsToDatabase(policy: String, database: String) async throws {
        let server = try TestServer()
        #expect(try await server.send(.post, "/write?db=db1&rp=\(policy)", text: "m v=1 1").status == 204)
        #expect(server.rows(database, "m") == ["1 v=1.0"])
    }

    @Test func v1PrecisionSeconds() async throws {
        let server = try TestServer()
        #expect(try await server.send(.post, "/write?db=x&precision=s", text: "m v=1 2").status == 204)
        #expect(server.rows("x", "m") == ["2000000000 v=1.0"])
    }

    @Test(arguments: [
        ("/write", #"{"error":"no db destination provided"}"#),
        ("/write?precision=s", #"{"error":"failed to deserialize db/rp/precision in request: missing field `db`"}"#),
    ])
    func v1ParameterErrors(path: String, body: String) async throws {
        let reply = try await TestServer().send(.post, path, text: "m v=1")
        #expect(reply.status == 400)
        #expect(reply.body == body)
    }

    @Test(arguments: ["h", "m", "auto"])
    func v1RejectsUnsupportedPrecision(precision: String) async throws {
        let reply = try await TestServer().send(.post, "/write?db=x&precision=\(precision)", text: "m v=1")
        #expect(reply.status == 400)
        #expect(reply.body.hasPrefix(#"{"error":"failed to deserialize db/rp/precision in request: unknown variant"#))
    }

    @Test func v1IsAllOrNothing() async throws {
        let server = try TestServer()
        let reply = try await server.send(.post, "/write?db=x", text: "m v=1 1\nm v= 2")
        #expect(reply.status == 400)
        #expect(
            reply.body
                == #"{"error":"line protocol parsing error","data":{"error_message":"No fields were provided","line_number":2,"original_line":"m v= 2"}}"#
        )
        #expect(server.rows("x", "m").isEmpty)
    }

    @Test func v2WritesToTheBucket() async throws {
        let server = try TestServer()
        let reply = try await server.send(.post, "/api/v2/write?bucket=b&org=ignored&precision=ms", text: "m v=1i 3")
        #expect(reply.status == 204)
        #expect(server.rows("b", "m") == ["3000000 v=1i"])
    }

    @Test(arguments: [
        ("/api/v2/write", #"{"code":"invalid","message":"no org/bucket destination provided"}"#),
        ("/api/v2/write?org=o", #"{"code":"invalid","message":"no org/bucket destination provided"}"#),
        ("/api/v2/write?bucket=", #"{"code":"invalid","message":"missing bucket value"}"#),
        ("/api/v2/write?bucket=_x", #"{"code":"invalid","message":"db name did not start with a number or letter"}"#),
    ])
    func v2ParameterErrors(path: String, body: String) async throws {
        let reply = try await TestServer().send(.post, path, text: "m v=1")
        #expect(reply.status == 400)
        #expect(reply.body == body)
    }

    @Test func v2IsAllOrNothingWithV2ErrorShape() async throws {
        let server = try TestServer()
        let reply = try await server.send(.post, "/api/v2/write?bucket=b", text: "m v=1 1\nm")
        #expect(reply.status == 400)
        #expect(
            reply.body
                == #"{"code":"invalid","message":"write buffer error: line protocol parse failed: Expected at least one space character, got end of input"}"#
        )
        #expect(server.rows("b", "m").isEmpty)
    }

    @Test func v1v2NamesAreLimitedTo64Characters() async throws {
        let name = String(repeating: "a", count: 65)
        let v1 = try await TestServer().send(.post, "/write?db=\(name)", text: "m v=1")
        #expect(v1.status == 400)
        let v3 = try await TestServer().send(.post, "/api/v3/write_lp?db=\(name)", text: "m v=1")
        #expect(v3.status == 204)
    }
}
