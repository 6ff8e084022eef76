import HTTPTypes
import Kernel
import KernelTesting
import Testing

@Suite("POST /api/v3/write_lp")
struct V3WriteTests {
    @Test func acceptedWriteIsNoContentAndVisible() async throws {
        let server = try TestServer()
        let reply = try await server.send(.post, "/api/v3/write_lp?db=foo", text: "cpu,host=a val=1i 123\n")
        #expect(reply.status == 204)
        #expect(reply.body.isEmpty)
        #expect(reply.header("cluster-uuid") == server.catalog.catalogUUID)
        #expect(server.rows("foo", "cpu") == ["123000000000 host=a,val=1i"])
        let snapshot = try await server.catalog.snapshot()
        #expect(snapshot.database(named: "foo")?.table(named: "cpu")?.columns.map(\.name) == ["host", "val", "time"])
    }

    @Test func precisionAutoGuessesEachLine() async throws {
        let server = try TestServer()
        let body = "m v=1 1708473600\nm v=2 1708473601000\nm v=3 1708473602000000\nm v=4 1708473603000000000"
        #expect(try await server.send(.post, "/api/v3/write_lp?db=p", text: body).status == 204)
        #expect(
            server.rows("p", "m") == [
                "1708473600000000000 v=1.0", "1708473601000000000 v=2.0", "1708473602000000000 v=3.0",
                "1708473603000000000 v=4.0",
            ]
        )
    }

    @Test func missingTimestampUsesServerTimeTruncatedToPrecision() async throws {
        let server = try TestServer()
        #expect(try await server.send(.post, "/api/v3/write_lp?db=t&precision=second", text: "m v=1").status == 204)
        #expect(server.rows("t", "m") == ["1700000000000000000 v=1.0"])
    }

    @Test func partialWriteCommitsGoodLinesAndReportsBadOnes() async throws {
        let server = try TestServer()
        let body = "cpu,host=b val=2 155\ncpu,host=a val= 123\ncpu,host=b val=5 199"
        let reply = try await server.send(.post, "/api/v3/write_lp?db=foo&precision=ns", text: body)
        #expect(reply.status == 400)
        #expect(
            reply.body
                == #"{"error":"partial write of line protocol occurred","data":[{"error_message":"No fields were provided","line_number":2,"original_line":"cpu,host=a val= 123"}]}"#
        )
        #expect(reply.header("Content-Type") == "application/json")
        #expect(server.rows("foo", "cpu") == ["155 host=b,val=2.0", "199 host=b,val=5.0"])
    }

    @Test func acceptPartialFalseAbortsEverything() async throws {
        let server = try TestServer()
        let body = "cpu,host=a val= 123\ncpu,host=b val=5 124\ncpu,host=b val= 124"
        let reply = try await server.send(.post, "/api/v3/write_lp?db=foo&accept_partial=false", text: body)
        #expect(reply.status == 400)
        #expect(
            reply.body
                == #"{"error":"line protocol parsing error","data":{"error_message":"No fields were provided","line_number":1,"original_line":"cpu,host=a val= 123"}}"#
        )
        #expect(server.rows("foo", "cpu").isEmpty)
        #expect(try await server.catalog.snapshot().database(named: "foo") == nil)
    }

    @Test func typeConflictIsAPerLineError() async throws {
        let server = try TestServer()
        _ = try await server.send(.post, "/api/v3/write_lp?db=home", text: "home,room=Kitchen temp=21.5 1735549200")
        let reply = try await server.send(
            .post,
            "/api/v3/write_lp?db=home",
            text: "home,room=Sunroom temp=22.0 1735549200\nhome,room=Sunroom temp=\"hi\" 1735549200"
        )
        #expect(reply.status == 400)
        #expect(
            reply.body
                == #"{"error":"partial write of line protocol occurred","data":[{"error_message":"invalid column type for column 'temp', expected iox::column_type::field::float, got iox::column_type::field::string","line_number":2,"original_line":"home,room=Sunroom te"}]}"#
        )
    }

    @Test func schemaLimitGives422() async throws {
        let server = try TestServer(limits: CatalogLimits(maxDatabases: 100, maxTables: 100, maxColumnsPerTable: 2))
        let reply = try await server.send(.post, "/api/v3/write_lp?db=lim", text: "m a=1,b=2 1\nm a=1,b=2,c=3 2")
        #expect(reply.status == 422)
        #expect(
            reply.body
                == #"{"error":"partial write of line protocol occurred","data":[{"error_message":"Update to schema would exceed number of columns per table limit of 2 columns","line_number":2,"original_line":"m a=1,b=2,c=3 2"}]}"#
        )
    }

    @Test(arguments: [
        ("/api/v3/write_lp", "missing query parameter 'db'"),
        ("/api/v3/write_lp?precision=s", "serde error: missing field `db`"),
        ("/api/v3/write_lp?db=x&accept_partial=maybe", "serde error: provided string was not `true` or `false`"),
    ])
    func parameterErrorsArePlainText(path: String, message: String) async throws {
        let reply = try await TestServer().send(.post, path, text: "m v=1")
        #expect(reply.status == 400)
        #expect(reply.body == message)
    }

    @Test(arguments: [
        ("_internal", "db name did not start with a number or letter"),
        (
            "bad'name",
            "invalid character in database or rp name: must be ASCII, containing only letters, numbers, underscores, or hyphens"
        ),
        (
            "a/b/c",
            "db name with invalid retention policy, if providing a retention policy name, must be of form '<db_name>/<rp_name>'"
        ),
    ])
    func badDatabaseNamesAreJSONErrors(name: String, message: String) async throws {
        let reply = try await TestServer().send(.post, "/api/v3/write_lp?db=\(name)", text: "m v=1")
        #expect(reply.status == 400)
        #expect(reply.body == #"{"error":"\#(message)"}"#)
    }

    @Test func emptyWriteIsRejected() async throws {
        let reply = try await TestServer().send(.post, "/api/v3/write_lp?db=e", text: "\n# just a comment\n\n")
        #expect(reply.status == 400)
        #expect(reply.body == "incoming write was empty")
    }

    @Test func noSyncIsAcknowledged() async throws {
        let server = try TestServer()
        #expect(try await server.send(.post, "/api/v3/write_lp?db=n&no_sync=true", text: "m v=1 5").status == 204)
        #expect(server.rows("n", "m") == ["5000000000 v=1.0"])
    }

    @Test func rewrittenPointMergesFieldsLastWriteWins() async throws {
        let server = try TestServer()
        _ = try await server.send(.post, "/api/v3/write_lp?db=d&precision=ns", text: "bar,t=x value=false,a=1i 1")
        _ = try await server.send(.post, "/api/v3/write_lp?db=d&precision=ns", text: "bar,t=x value=true 1")
        #expect(server.rows("d", "bar") == ["1 t=x,value=true,a=1i"])
    }
}
