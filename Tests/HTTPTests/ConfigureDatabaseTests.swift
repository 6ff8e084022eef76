import HTTPTypes
import Kernel
import KernelTesting
import Testing

/// `/api/v3/configure/database` and `/api/v3/configure/database/retention_period`: every answer
/// with its exact status, content type and body.
@Suite("Configure databases")
struct ConfigureDatabaseTests {
    static let json: HTTPFields = [.contentType: "application/json"]
    /// The deletion suffix at the test server's clock (2023-11-14T22:13:20Z).
    static let suffix = "-20231114T221320"

    func post(_ server: TestServer, _ body: String) async throws -> TestServer.Reply {
        try await server.send(.post, "/api/v3/configure/database", headers: Self.json, text: body)
    }

    @Test func createListAndFormats() async throws {
        let server = try TestServer()
        let created = try await post(server, #"{"db":"foo"}"#)
        #expect(created.status == 200)
        #expect(created.body.isEmpty)
        #expect(try await post(server, #"{"db":"bar","retention_period":"30d"}"#).status == 200)
        let list = try await server.send(.get, "/api/v3/configure/database?format=json")
        #expect(list.status == 200)
        #expect(list.header("Content-Type") == "application/json")
        #expect(list.body == #"[{"iox::database":"_internal"},{"iox::database":"bar"},{"iox::database":"foo"}]"#)
        let csv = try await server.send(.get, "/api/v3/configure/database?format=csv")
        #expect(csv.body == "iox::database\n_internal\nbar\nfoo\n")
        let jsonl = try await server.send(.get, "/api/v3/configure/database?format=jsonl")
        #expect(
            jsonl.body
                == "{\"iox::database\":\"_internal\"}\n{\"iox::database\":\"bar\"}\n{\"iox::database\":\"foo\"}\n")
        let pretty = try await server.send(.get, "/api/v3/configure/database?format=pretty")
        #expect(
            pretty.body
                == "+---------------+\n| iox::database |\n+---------------+\n| _internal     |\n| bar           |\n| foo           |\n+---------------+"
        )
        let parquet = try await server.send(.get, "/api/v3/configure/database?format=parquet")
        #expect(parquet.header("Content-Type") == "application/vnd.apache.parquet")
        #expect(parquet.body.hasPrefix("PAR1"))
        let snapshot = try await server.catalog.snapshot()
        #expect(snapshot.database(named: "bar")?.retentionPeriod == .seconds(30 * 86_400))
    }

    @Test func listErrors() async throws {
        let server = try TestServer()
        let missing = try await server.send(.get, "/api/v3/configure/database")
        #expect(missing.status == 400)
        #expect(missing.header("Content-Type") == "text/plain; charset=utf-8")
        #expect(missing.body == "serde error: missing field `format`")
        let unknown = try await server.send(.get, "/api/v3/configure/database?format=xml")
        #expect(unknown.status == 400)
        #expect(
            unknown.body
                == "serde error: unknown variant `xml`, expected one of `pretty`, `json`, `json_lines`, `jsonl`, `csv`, `parquet`"
        )
    }

    @Test func createErrors() async throws {
        let server = try TestServer(limits: CatalogLimits(maxDatabases: 1))
        let cases: [(HTTPFields, String, Int, String?, String)] = [
            (
                [.contentType: "text/plain"], #"{"db":"x"}"#, 415, "text/plain; charset=utf-8",
                "unacceptable content-type, expected: application/json"
            ),
            (
                [:], #"{"db":"x"}"#, 415, "text/plain; charset=utf-8",
                "unacceptable content-type, expected: application/json"
            ),
            (
                Self.json, #"{}"#, 400, "text/plain; charset=utf-8",
                "serde json error: missing field `db` at line 1 column 2"
            ),
            (
                Self.json, #"{"db": 5}"#, 400, "text/plain; charset=utf-8",
                "serde json error: invalid type: integer `5`, expected a string at line 1 column 8"
            ),
            (
                Self.json, #"{"db":}"#, 400, "text/plain; charset=utf-8",
                "serde json error: expected value at line 1 column 7"
            ),
            (
                Self.json, "{\n\"db\":\"x\"", 400, "text/plain; charset=utf-8",
                "serde json error: EOF while parsing an object at line 2 column 8"
            ),
            (
                Self.json, #"{"db":"x"} x"#, 400, "text/plain; charset=utf-8",
                "serde json error: trailing characters at line 1 column 12"
            ),
            (
                Self.json, "", 400, "text/plain; charset=utf-8",
                "serde json error: EOF while parsing a value at line 1 column 0"
            ),
            (
                Self.json, #"{"db":"x","retention_period":"30x"}"#, 400, "text/plain; charset=utf-8",
                #"serde json error: unknown time unit "x", supported units: ns, us, ms, sec, min, hours, days, weeks, months, years (and few variations) at line 1 column 34"#
            ),
            (
                Self.json, #"{"db":"_x"}"#, 400, "application/json",
                #"{"error":"db name did not start with a number or letter"}"#
            ),
        ]
        for (headers, body, status, contentType, text) in cases {
            let reply = try await server.send(.post, "/api/v3/configure/database", headers: headers, text: body)
            #expect(reply.status == status, "\(body)")
            #expect(reply.header("Content-Type") == contentType, "\(body)")
            #expect(reply.body == text, "\(body)")
        }
        #expect(try await post(server, #"{"db":"one"}"#).status == 200)
        let again = try await post(server, #"{"db":"one"}"#)
        #expect(again.status == 409)
        #expect(again.body == "attempted to create a resource that already exists")
        let limit = try await post(server, #"{"db":"two"}"#)
        #expect(limit.status == 422)
        #expect(limit.header("Content-Type") == "application/json")
        #expect(limit.body == #"{"error":"Adding a new database would exceed limit of 1 databases"}"#)
        let json = [.contentType: "application/vnd.api+json; charset=utf-8"] as HTTPFields
        let vendor = try await server.send(.post, "/api/v3/configure/database", headers: json, text: #"{"db":"one"}"#)
        #expect(vendor.status == 409)
    }

    @Test func updateAndClearRetention() async throws {
        let server = try TestServer()
        #expect(try await post(server, #"{"db":"foo","retention_period":"1h 30m"}"#).status == 200)
        #expect(try await server.catalog.snapshot().database(named: "foo")?.retentionPeriod == .seconds(5_400))
        let put = try await server.send(
            .put, "/api/v3/configure/database", headers: Self.json, text: #"{"db":"foo","retention_period":"60d"}"#)
        #expect(put.status == 200)
        #expect(try await server.catalog.snapshot().database(named: "foo")?.retentionPeriod == .seconds(60 * 86_400))
        let clear = try await server.send(
            .put, "/api/v3/configure/database", headers: Self.json, text: #"{"db":"foo"}"#)
        #expect(clear.status == 200)
        #expect(try await server.catalog.snapshot().database(named: "foo")?.retentionPeriod == nil)
        _ = try await server.send(
            .put, "/api/v3/configure/database", headers: Self.json, text: #"{"db":"foo","retention_period":"1d"}"#)
        let delete = try await server.send(.delete, "/api/v3/configure/database/retention_period?db=foo")
        #expect(delete.status == 204)
        #expect(delete.body.isEmpty)
        #expect(try await server.catalog.snapshot().database(named: "foo")?.retentionPeriod == nil)
        let unknown = try await server.send(
            .put, "/api/v3/configure/database", headers: Self.json, text: #"{"db":"nope","retention_period":"1d"}"#)
        #expect(unknown.status == 404)
        #expect(unknown.body == "the requested resource was not found: nope")
        let internalDB = try await server.send(.delete, "/api/v3/configure/database/retention_period?db=_internal")
        #expect(internalDB.status == 500)
        #expect(internalDB.body == "cannot modify internal db")
        let missing = try await server.send(.delete, "/api/v3/configure/database/retention_period")
        #expect(missing.status == 400)
        #expect(missing.body == "serde error: missing field `db`")
    }

    @Test func deleteRenamesAndFreesTheName() async throws {
        let server = try TestServer()
        #expect(try await server.send(.post, "/api/v3/write_lp?db=foo", text: "cpu v=1 1").status == 204)
        let deleted = try await server.send(.delete, "/api/v3/configure/database?db=foo")
        #expect(deleted.status == 200)
        #expect(deleted.body.isEmpty)
        let renamed = "foo" + Self.suffix
        let snapshot = try await server.catalog.snapshot()
        #expect(snapshot.database(named: renamed)?.isDeleted == true)
        let due: Int64 = 1_700_000_000_123_456_789 + 72 * 3_600_000_000_000
        #expect(snapshot.database(named: renamed)?.hardDeletionTimeNanoseconds == due)
        let list = try await server.send(.get, "/api/v3/configure/database?format=json&show_deleted=true")
        #expect(
            list.body
                == #"[{"iox::database":"_internal","deleted":false},{"iox::database":"\#(renamed)","deleted":true}]"#)
        #expect(
            try await server.send(.get, "/api/v3/configure/database?format=json").body
                == #"[{"iox::database":"_internal"}]"#)
        let write = try await server.send(.post, "/api/v3/write_lp?db=\(renamed)", text: "cpu v=2 2")
        #expect(write.status == 400)
        #expect(write.header("Content-Type") == "application/json")
        #expect(
            write.body
                == #"{"error":"cannot write to soft-deleted database '\#(renamed)' - it is marked for deletion"}"#)
        #expect(try await server.send(.post, "/api/v3/write_lp?db=foo", text: "cpu v=3 3").status == 204)
        #expect(server.rows("foo", "cpu") == ["3000000000 v=3.0"])
        #expect(server.rows(renamed, "cpu") == ["1000000000 v=1.0"])
        let query = try await server.send(.get, "/api/v3/query_sql?db=\(renamed)&q=SELECT%201")
        #expect(query.status == 404)
        #expect(query.body == #"{"error":"query error: database not found: \#(renamed)"}"#)
    }

    @Test func deleteErrorsAndReschedules() async throws {
        let server = try TestServer()
        _ = try await post(server, #"{"db":"foo"}"#)
        let cases: [(String, Int, String)] = [
            ("/api/v3/configure/database", 400, "serde error: missing field `db`"),
            ("/api/v3/configure/database?db=nope", 404, "the requested resource was not found: nope"),
            ("/api/v3/configure/database?db=_internal", 500, "cannot delete internal db"),
            (
                "/api/v3/configure/database?db=foo&hard_delete_at=tomorrow", 400,
                "Cannot parse the timestamp: input contains invalid characters"
            ),
            (
                "/api/v3/configure/database?db=foo&data_only=maybe", 400,
                "serde error: provided string was not `true` or `false`"
            ),
        ]
        for (path, status, body) in cases {
            let reply = try await server.send(.delete, path)
            #expect(reply.status == status, "\(path)")
            #expect(reply.header("Content-Type") == "text/plain; charset=utf-8", "\(path)")
            #expect(reply.body == body, "\(path)")
        }
        #expect(try await server.send(.delete, "/api/v3/configure/database?db=foo&hard_delete_at=never").status == 200)
        let renamed = "foo" + Self.suffix
        let same = try await server.send(.delete, "/api/v3/configure/database?db=\(renamed)&hard_delete_at=never")
        #expect(same.status == 409)
        #expect(same.body == "attempted to modify resource that was already deleted: \(renamed)")
        let at = try await server.send(
            .delete, "/api/v3/configure/database?db=\(renamed)&hard_delete_at=2030-01-02T03:04:05.5Z")
        #expect(at.status == 200)
        #expect(
            try await server.catalog.snapshot().database(named: renamed)?.hardDeletionTimeNanoseconds
                == 1_893_553_445_500_000_000)
        let put = try await server.send(
            .put, "/api/v3/configure/database", headers: Self.json,
            text: #"{"db":"\#(renamed)","retention_period":"1d"}"#)
        #expect(put.status == 409)
        #expect(put.body == "attempted to modify resource that was already deleted: \(renamed)")
    }

    @Test func dataOnlyKeepsTheSchema() async throws {
        let server = try TestServer()
        _ = try await server.send(.post, "/api/v3/write_lp?db=foo", text: "cpu v=1 1\nmem v=1 1")
        let reply = try await server.send(.delete, "/api/v3/configure/database?db=foo&data_only=true")
        #expect(reply.status == 200)
        #expect(server.rows("foo", "cpu").isEmpty)
        #expect(try await server.catalog.snapshot().database(named: "foo")?.liveTables.map(\.name) == ["cpu", "mem"])
        _ = try await server.send(.post, "/api/v3/write_lp?db=foo", text: "cpu v=2 2")
        let removed = try await server.send(
            .delete, "/api/v3/configure/database?db=foo&data_only=true&remove_tables=true")
        #expect(removed.status == 200)
        let database = try await server.catalog.snapshot().database(named: "foo")
        #expect(database?.isDeleted == false)
        #expect(database?.liveTables.isEmpty == true)
        #expect(server.rows("foo", "cpu" + Self.suffix) == ["2000000000 v=2.0"])
        #expect(server.rows("foo", "cpu").isEmpty)
    }
}
