import Foundation
import HTTPTypes
import Kernel
import Testing

/// `system.databases` and `system.tables` in `_internal`.
@Suite("system.databases and system.tables")
struct CatalogSystemTablesTests {
    func query(_ server: TestServer, _ sql: String) async throws -> TestServer.Reply {
        let encoded = sql.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return try await server.send(.get, "/api/v3/query_sql?db=_internal&q=\(encoded)")
    }

    @Test func listsDatabasesWithRetentionAndDeletion() async throws {
        let server = try TestServer()
        let json: HTTPFields = [.contentType: "application/json"]
        _ = try await server.send(
            .post, "/api/v3/configure/database", headers: json, text: #"{"db":"foo","retention_period":"30d"}"#)
        _ = try await server.send(.post, "/api/v3/write_lp?db=bar", text: "cpu,host=a,region=b v=1 1")
        _ = try await server.send(.delete, "/api/v3/configure/database?db=bar&hard_delete_at=now")
        let databases = try await query(server, "SELECT * FROM system.databases ORDER BY database_name")
        #expect(databases.status == 200)
        #expect(
            databases.body
                == #"[{"database_name":"_internal","retention_period_ns":604800000000000,"deleted":false},"#
                + #"{"database_name":"bar-20231114T221320","deleted":true,"hard_deletion_time":"2023-11-14T22:13:20"},"#
                + #"{"database_name":"foo","retention_period_ns":2592000000000000,"deleted":false}]"#
        )
        let tables = try await query(
            server, "SELECT table_name, column_count, series_key_columns, deleted FROM system.tables")
        #expect(
            tables.body
                == #"[{"table_name":"cpu","column_count":4,"series_key_columns":"host,region","deleted":true}]"#)
        let elsewhere = try await server.send(.get, "/api/v3/query_sql?db=foo&q=SELECT%20*%20FROM%20system.databases")
        #expect(elsewhere.status == 400)
        #expect(elsewhere.body == "Error during planning: table 'public.system.databases' not found")
    }
}
