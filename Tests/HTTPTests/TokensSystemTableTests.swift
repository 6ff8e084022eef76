import Foundation
import HTTPTypes
import Kernel
import KernelTesting
import Testing

/// `system.tokens` in `_internal` (`influxdb3_system_tables/src/tokens.rs`): times as
/// `Timestamp(ms)`, the first 9 hex digits of the digest only with auth on, NULL for what a token
/// does not have, and admin only.
@Suite("system.tokens")
struct TokensSystemTableTests {
    func query(_ server: TestServer, _ sql: String, token: String? = nil) async throws -> TestServer.Reply {
        let encoded = sql.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return try await server.send(
            .get, "/api/v3/query_sql?db=_internal&q=\(encoded)", headers: token.map(AuthText.bearer) ?? [:])
    }

    func hashPrefix(_ server: TestServer, _ name: String) async throws -> String {
        let token = try await server.catalog.snapshot().tokens.token(named: name)
        let hex = (token?.hash ?? []).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        return String(hex.prefix(9))
    }

    @Test func listsTokensWithTheirTypes() async throws {
        let server = try TestServer(withAuth: true)
        let admin = try await server.token("_admin")
        try await server.token("reader", ["db:a,b:read,write"], expiryMillis: server.nowMillis + 60_000)
        let reply = try await query(server, "SELECT * FROM system.tokens ORDER BY token_id", token: admin)
        #expect(reply.status == 200)
        let adminHash = try await hashPrefix(server, "_admin")
        let readerHash = try await hashPrefix(server, "reader")
        #expect(
            reply.body
                == #"[{"token_id":0,"name":"_admin","hash":"\#(adminHash)","created_at":"2023-11-14T22:13:20.123","#
                + #""permissions":"*:*:*"},"#
                + #"{"token_id":1,"name":"reader","hash":"\#(readerHash)","created_at":"2023-11-14T22:13:20.123","#
                + #""expiry":"2023-11-14T22:14:20.123","permissions":"db:a,b:read,write"}]"#
        )
        let types = try await query(
            server,
            "SELECT arrow_typeof(token_id) AS i, arrow_typeof(created_at) AS c, arrow_typeof(expiry) AS e "
                + "FROM system.tokens LIMIT 1", token: admin)
        #expect(types.body == #"[{"i":"UInt64","c":"Timestamp(ms)","e":"Timestamp(ms)"}]"#)
        let reader = try await server.token("limited", ["db:_internal:read"])
        let refused = try await query(server, "SELECT * FROM system.tokens", token: reader)
        #expect(refused.status == 403)
    }

    @Test func hasNoHashColumnWithoutAuth() async throws {
        let server = try TestServer()
        try await server.token("_admin")
        let reply = try await query(server, "SELECT * FROM system.tokens")
        #expect(
            reply.body
                == #"[{"token_id":0,"name":"_admin","created_at":"2023-11-14T22:13:20.123","permissions":"*:*:*"}]"#)
        let elsewhere = try await server.send(.get, "/api/v3/query_sql?db=foo&q=SELECT%20*%20FROM%20system.tokens")
        #expect(elsewhere.status != 200)
    }
}
