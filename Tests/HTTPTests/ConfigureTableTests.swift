import HTTPTypes
import Kernel
import KernelTesting
import Testing

/// `/api/v3/configure/table` and `/api/v3/enterprise/configure/table/retention_period`, and what
/// queries see of deleted tables and retention.
@Suite("Configure tables")
struct ConfigureTableTests {
    static let json: HTTPFields = [.contentType: "application/json"]
    static let suffix = ConfigureDatabaseTests.suffix

    func create(_ server: TestServer, _ body: String) async throws -> TestServer.Reply {
        try await server.send(.post, "/api/v3/configure/table", headers: Self.json, text: body)
    }

    @Test func createMakesTheDatabaseAndAnEmptyQueryableTable() async throws {
        let server = try TestServer()
        let body =
            #"{"db":"foo","table":"cpu","tags":["host"],"fields":[{"name":"usage","type":"float64"},"#
            + #"{"name":"n","type":"uint64"},{"name":"s","type":"utf8"},{"name":"i","type":"int64"},{"name":"b","type":"bool"}]}"#
        let reply = try await create(server, body)
        #expect(reply.status == 200)
        #expect(reply.body.isEmpty)
        let table = try await server.catalog.snapshot().database(named: "foo")?.table(named: "cpu")
        #expect(table?.columns.map(\.name) == ["host", "usage", "n", "s", "i", "b", "time"])
        #expect(table?.columns.map(\.type) == [.tag, .float, .uinteger, .string, .integer, .boolean, .time])
        let query = try await server.send(.get, "/api/v3/query_sql?db=foo&q=SELECT%20*%20FROM%20cpu")
        #expect(query.status == 200)
        #expect(query.body == "[]")
        #expect(try await create(server, #"{"db":"foo","table":"e","tags":[],"fields":[]}"#).status == 200)
    }

    @Test func createErrors() async throws {
        let server = try TestServer(limits: CatalogLimits(maxColumnsPerTable: 2))
        #expect(try await create(server, #"{"db":"foo","table":"cpu","tags":[],"fields":[]}"#).status == 200)
        let text = "text/plain; charset=utf-8"
        let cases: [(String, Int, String, String)] = [
            (
                #"{"db":"foo","table":"cpu","tags":[],"fields":[]}"#, 409, text,
                "attempted to create a resource that already exists"
            ),
            (#"{"db":"foo","table":"t","tags":["time"],"fields":[]}"#, 400, text, "'time' is a reserved column"),
            (
                #"{"db":"foo","table":"t","tags":["a"],"fields":[{"name":"a","type":"bool"}]}"#, 400, text,
                "cannot add column a because it already exists with type iox::column_type::tag"
            ),
            (
                #"{"db":"foo","table":"t","tags":[],"fields":[{"name":"a","type":"text"}]}"#, 400, text,
                "serde json error: unknown variant `text`, expected one of `utf8`, `int64`, `uint64`, `float64`, `bool` at line 1 column 69"
            ),
            (
                #"{"db":"foo","table":"t","fields":[]}"#, 400, text,
                "serde json error: missing field `tags` at line 1 column 36"
            ),
            (
                #"{"db":"foo/a/b","table":"t","tags":[],"fields":[]}"#, 400, "application/json",
                #"{"error":"db name with invalid retention policy, if providing a retention policy name, must be of form '<db_name>/<rp_name>'"}"#
            ),
            (
                #"{"db":"foo","table":"t","tags":["a","b","c"],"fields":[]}"#, 422, "application/json",
                #"{"error":"Update to schema would exceed number of columns per table limit of 2 columns"}"#
            ),
        ]
        for (body, status, contentType, expected) in cases {
            let reply = try await create(server, body)
            #expect(reply.status == status, "\(body)")
            #expect(reply.header("Content-Type") == contentType, "\(body)")
            #expect(reply.body == expected, "\(body)")
        }
        let plain = try await server.send(
            .post, "/api/v3/configure/table", headers: [.contentType: "text/plain"], text: "{}")
        #expect(plain.status == 415)
        #expect(plain.body == "unacceptable content-type, expected: application/json")
    }

    @Test func tableLimit() async throws {
        let server = try TestServer(limits: CatalogLimits(maxTables: 1))
        #expect(try await create(server, #"{"db":"foo","table":"cpu","tags":[],"fields":[]}"#).status == 200)
        let reply = try await create(server, #"{"db":"foo","table":"mem","tags":[],"fields":[]}"#)
        #expect(reply.status == 422)
        #expect(reply.header("Content-Type") == "application/json")
        #expect(
            reply.body
                == #"{"error":"Update to schema would exceed number of tables limit: attempted to create table but already have 1 table(s) (limit: 1)"}"#
        )
        #expect(try await server.send(.delete, "/api/v3/configure/table?db=foo&table=cpu").status == 200)
        #expect(try await create(server, #"{"db":"foo","table":"mem","tags":[],"fields":[]}"#).status == 200)
    }

    @Test func deleteHidesTheTableAndFreesTheName() async throws {
        let server = try TestServer()
        _ = try await server.send(.post, "/api/v3/write_lp?db=foo", text: "cpu v=1 1\nmem v=1 1")
        let reply = try await server.send(.delete, "/api/v3/configure/table?db=foo&table=cpu")
        #expect(reply.status == 200)
        #expect(reply.body.isEmpty)
        let renamed = "cpu" + Self.suffix
        let gone = try await server.send(.get, "/api/v3/query_sql?db=foo&q=SELECT%20*%20FROM%20cpu")
        #expect(gone.status == 400)
        #expect(gone.body == "Error during planning: table 'public.iox.cpu' not found")
        let byNewName = try await server.send(.get, "/api/v3/query_sql?db=foo&q=SELECT%20*%20FROM%20%22\(renamed)%22")
        #expect(byNewName.status == 400)
        let tables = try await server.send(
            .get,
            "/api/v3/query_sql?db=foo&q=SELECT%20table_name%20FROM%20information_schema.tables%20WHERE%20table_schema%3D%27iox%27"
        )
        #expect(tables.body == #"[{"table_name":"mem"}]"#)
        _ = try await server.send(.post, "/api/v3/write_lp?db=foo", text: "cpu v=2 2")
        #expect(server.rows("foo", "cpu") == ["2000000000 v=2.0"])
        #expect(server.rows("foo", renamed) == ["1000000000 v=1.0"])
        let unchanged = try await server.send(.delete, "/api/v3/configure/table?db=foo&table=\(renamed)")
        #expect(unchanged.status == 409)
        let again = try await server.send(
            .delete, "/api/v3/configure/table?db=foo&table=\(renamed)&hard_delete_at=never")
        #expect(again.status == 200)
        let same = try await server.send(
            .delete, "/api/v3/configure/table?db=foo&table=\(renamed)&hard_delete_at=never")
        #expect(same.status == 409)
        #expect(same.body == "attempted to modify resource that was already deleted: \(renamed)")
    }

    @Test func deleteErrorsAndDataOnly() async throws {
        let server = try TestServer()
        _ = try await server.send(.post, "/api/v3/write_lp?db=foo", text: "cpu v=1 1")
        _ = try await server.send(.post, "/api/v3/write_lp?db=bar", text: "cpu v=1 1")
        _ = try await server.send(.delete, "/api/v3/configure/database?db=bar")
        let cases: [(String, Int, String)] = [
            ("/api/v3/configure/table?db=foo", 400, "serde error: missing field `table`"),
            ("/api/v3/configure/table?table=cpu", 400, "serde error: missing field `db`"),
            ("/api/v3/configure/table?db=foo&table=nope", 404, "the requested resource was not found: nope"),
            ("/api/v3/configure/table?db=nope&table=cpu", 404, "the requested resource was not found: nope"),
            (
                "/api/v3/configure/table?db=bar\(Self.suffix)&table=cpu", 409,
                "attempted to modify resource that was already deleted: bar\(Self.suffix)"
            ),
        ]
        for (path, status, body) in cases {
            let reply = try await server.send(.delete, path)
            #expect(reply.status == status, "\(path)")
            #expect(reply.body == body, "\(path)")
        }
        let dataOnly = try await server.send(.delete, "/api/v3/configure/table?db=foo&table=cpu&data_only=true")
        #expect(dataOnly.status == 200)
        #expect(server.rows("foo", "cpu").isEmpty)
        #expect(try await server.catalog.snapshot().database(named: "foo")?.table(named: "cpu")?.isDeleted == false)
    }

    @Test func tableRetentionSetClearAndUpdate() async throws {
        let server = try TestServer()
        _ = try await create(server, #"{"db":"foo","table":"cpu","tags":[],"fields":[],"retention_period":"2h"}"#)
        func retention() async throws -> Duration? {
            try await server.catalog.snapshot().database(named: "foo")?.table(named: "cpu")?.retentionPeriod
        }
        #expect(try await retention() == .seconds(7_200))
        let path = "/api/v3/enterprise/configure/table/retention_period"
        let set = try await server.send(.post, "\(path)?db=foo&table=cpu&duration=720h")
        #expect(set.status == 204)
        #expect(try await retention() == .seconds(720 * 3_600))
        let bad = try await server.send(.post, "\(path)?db=foo&table=cpu&duration=")
        #expect(bad.status == 400)
        #expect(bad.body == "Cannot parse the given human time: value was empty")
        let missing = try await server.send(.post, "\(path)?db=foo&table=cpu")
        #expect(missing.body == "serde error: missing field `duration`")
        let unknown = try await server.send(.post, "\(path)?db=foo&table=nope&duration=1d")
        #expect(unknown.status == 404)
        #expect(unknown.body == "the requested resource was not found: nope")
        let clear = try await server.send(.delete, "\(path)?db=foo&table=cpu")
        #expect(clear.status == 204)
        #expect(try await retention() == nil)
        let put = try await server.send(
            .put, "/api/v3/configure/table", headers: Self.json,
            text: #"{"db":"foo","table":"cpu","retention_period":"1w"}"#)
        #expect(put.status == 200)
        #expect(try await retention() == .seconds(7 * 86_400))
        let clearPut = try await server.send(
            .put, "/api/v3/configure/table", headers: Self.json, text: #"{"db":"foo","table":"cpu"}"#)
        #expect(clearPut.status == 200)
        #expect(try await retention() == nil)
    }

    @Test func retentionHidesOldRowsAtQueryTime() async throws {
        let server = try TestServer()
        let now: Int64 = 1_700_000_000
        let body = "cpu v=1 \(now - 7_200)\ncpu v=2 \(now - 60)\nmem v=3 \(now - 7_200)"
        #expect(try await server.send(.post, "/api/v3/write_lp?db=foo&precision=s", text: body).status == 204)
        let put = try await server.send(
            .put, "/api/v3/configure/database", headers: Self.json, text: #"{"db":"foo","retention_period":"1h"}"#)
        #expect(put.status == 200)
        let query = "/api/v3/query_sql?db=foo&q=SELECT%20v%20FROM%20cpu%20ORDER%20BY%20v"
        #expect(try await server.send(.get, query).body == #"[{"v":2.0}]"#)
        let mem = "/api/v3/query_sql?db=foo&q=SELECT%20count(*)%20AS%20n%20FROM%20mem"
        #expect(try await server.send(.get, mem).body == #"[{"n":0}]"#)
        _ = try await server.send(
            .post, "/api/v3/enterprise/configure/table/retention_period?db=foo&table=cpu&duration=3h")
        #expect(try await server.send(.get, query).body == #"[{"v":1.0},{"v":2.0}]"#)
        server.clock.advance(by: .seconds(3 * 3_600))
        #expect(try await server.send(.get, query).body == "[]")
    }
}
