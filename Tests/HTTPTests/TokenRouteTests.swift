import HTTPTypes
import Kernel
import KernelTesting
import Testing

/// Golden bodies of every token endpoint: success and each error.
@Suite("Token endpoints")
struct TokenRouteTests {
    /// 2023-11-14T22:13:20.123 UTC, the test server's clock in milliseconds.
    static let createdAt = "2023-11-14T22:13:20.123Z"

    @Test("operator token: created once without credentials, then 409")
    func operatorToken() async throws {
        let server = try TestServer(withAuth: true)
        let reply = try await server.send(.post, "/api/v3/configure/token/admin")
        #expect(reply.status == 201)
        #expect(reply.header("Content-Type") == "json")
        let (token, body) = try AuthText.redacted(reply.body)
        #expect(
            body
                == #"{"id":0,"name":"_admin","token":"TOKEN","hash":"HASH","created_at":"\#(Self.createdAt)","expiry":null}"#
        )
        #expect(try await server.send(.get, "/ping", headers: AuthText.bearer(token)).status == 200)
        for headers in [HTTPFields(), AuthText.bearer(token), [.authorization: "junk"]] {
            let again = try await server.send(.post, "/api/v3/configure/token/admin", headers: headers)
            #expect(again.status == 409)
            #expect(again.body == "token name already exists, _admin")
        }
    }

    @Test("regenerate: same id, new token; the old one stops working, named admin tokens keep working")
    func regenerate() async throws {
        let server = try TestServer(withAuth: true)
        let first = try AuthText.redacted(try await server.send(.post, "/api/v3/configure/token/admin").body).token
        let named = try await server.token("ops")
        server.clock.advance(by: .seconds(5))
        let reply = try await server.send(
            .post, "/api/v3/configure/token/admin/regenerate", headers: AuthText.bearer(first))
        #expect(reply.status == 201)
        #expect(reply.header("Content-Type") == "json")
        let (second, body) = try AuthText.redacted(reply.body)
        #expect(
            body
                == #"{"id":0,"name":"_admin","token":"TOKEN","hash":"HASH","created_at":"\#(Self.createdAt)","expiry":null}"#
        )
        #expect(second != first)
        let stale = try await server.send(.get, "/ping", headers: AuthText.bearer(first))
        #expect(stale.status == 401)
        #expect(stale.body == AuthText.unauthenticated)
        #expect(try await server.send(.get, "/ping", headers: AuthText.bearer(second)).status == 200)
        #expect(try await server.send(.get, "/ping", headers: AuthText.bearer(named)).status == 200)
        let stored = try #require(try await server.catalog.snapshot().tokens.token(named: "_admin"))
        #expect(stored.updatedBy == TokenID(0))
        #expect(stored.updatedAtMillis == server.nowMillis)
    }

    @Test("regenerate without an operator token: 500")
    func regenerateWithoutOperator() async throws {
        let server = try TestServer(withAuth: true)
        let admin = try await server.token("ops")
        let reply = try await server.send(
            .post, "/api/v3/configure/token/admin/regenerate", headers: AuthText.bearer(admin))
        #expect(reply.status == 500)
        #expect(reply.body == "missing admin token, cannot update")
    }

    @Test("named admin tokens: expiry, duplicates, content type and body errors")
    func namedAdmin() async throws {
        let server = try TestServer(withAuth: true)
        let admin = try await server.token("root")
        var headers = AuthText.bearer(admin)
        headers[.contentType] = "application/json"
        let path = "/api/v3/configure/token/named_admin"
        let reply = try await server.send(
            .post, path, headers: headers, text: #"{"token_name":"ops","expiry_secs":60}"#)
        #expect(reply.status == 201)
        #expect(reply.header("Content-Type") == "json")
        let (token, body) = try AuthText.redacted(reply.body)
        #expect(
            body
                == #"{"id":1,"name":"ops","token":"TOKEN","hash":"HASH","created_at":"\#(Self.createdAt)","expiry":"2023-11-14T22:14:20.123Z"}"#
        )
        let forever = try await server.send(.post, path, headers: headers, text: #"{"token_name":"forever"}"#)
        #expect(try AuthText.redacted(forever.body).body.hasSuffix(#""expiry":null}"#))
        #expect(try await server.send(.get, "/ping", headers: AuthText.bearer(token)).status == 200)
        server.clock.advance(by: .seconds(60))
        let expired = try await server.send(.get, "/ping", headers: AuthText.bearer(token))
        #expect(expired.status == 401)
        #expect(expired.body == AuthText.unauthenticated)
        let cases: [(HTTPFields, String, Int, String)] = [
            (headers, #"{"token_name":"ops"}"#, 409, "token name already exists, ops"),
            (
                AuthText.bearer(admin), #"{"token_name":"x"}"#, 415,
                "unacceptable content-type, expected: application/json"
            ),
            (headers, #"{"expiry_secs":1}"#, 400, "serde json error: missing field `token_name` at line 1 column 17"),
            (headers, "not json", 400, "serde json error: expected ident at line 1 column 1"),
            (
                headers, #"{"token_name":"x","expiry_secs":"soon"}"#, 400,
                #"serde json error: invalid type: string "soon", expected u64 at line 1 column 38"#
            ),
        ]
        for (caseHeaders, text, status, expected) in cases {
            let failure = try await server.send(.post, path, headers: caseHeaders, text: text)
            #expect(failure.status == status, "\(text)")
            #expect(failure.body == expected, "\(text)")
        }
    }

    @Test("resource tokens: permissions checked, created with their expiry")
    func resourceTokens() async throws {
        let server = try TestServer(withAuth: true)
        var headers = AuthText.bearer(try await server.token("root"))
        headers[.contentType] = "application/json"
        let path = "/api/v3/enterprise/configure/token"
        let reply = try await server.send(
            .post, path, headers: headers,
            text:
                #"{"token_name":"reader","permissions":[{"resource_type":"db","resource_names":["sensors"],"actions":["read"]},{"resource_type":"system","resource_names":["*"],"actions":["read"]}],"expiry_secs":3600}"#
        )
        #expect(reply.status == 201)
        let (token, body) = try AuthText.redacted(reply.body)
        #expect(
            body
                == #"{"id":1,"name":"reader","token":"TOKEN","hash":"HASH","created_at":"\#(Self.createdAt)","expiry":"2023-11-14T23:13:20.123Z"}"#
        )
        let stored = try #require(try await server.catalog.snapshot().tokens.token(named: "reader"))
        #expect(stored.permissions.map(\.description) == ["db:sensors:read", "system:*:read"])
        #expect(try await server.send(.get, "/health", headers: AuthText.bearer(token)).status == 200)
        let cases: [(String, String)] = [
            (
                #"{"resource_type":"table","resource_names":["a"],"actions":["read"]}"#,
                "resource type not supported table"
            ),
            (
                #"{"resource_type":"db","resource_names":["*","a"],"actions":["read"]}"#,
                "mixed wildcard (*) and resource name"
            ),
            (#"{"resource_type":"db","resource_names":["a"],"actions":["fly"]}"#, "action not supported, fly"),
            (#"{"resource_type":"system","resource_names":["disk"],"actions":["read"]}"#, "invalid resource name disk"),
        ]
        for (permission, message) in cases {
            let failure = try await server.send(
                .post, path, headers: headers, text: #"{"token_name":"bad","permissions":[\#(permission)]}"#)
            #expect(failure.status == 400, "\(permission)")
            #expect(failure.body == message, "\(permission)")
        }
        let duplicate = try await server.send(
            .post, path, headers: headers,
            text:
                #"{"token_name":"reader","permissions":[{"resource_type":"db","resource_names":["a"],"actions":["read"]}]}"#
        )
        #expect(duplicate.status == 409)
        #expect(duplicate.body == "token name already exists, reader")
    }

    @Test("delete: 200, then 404; _admin 405; a token may delete itself; missing name 400")
    func delete() async throws {
        let server = try TestServer(withAuth: true)
        let admin = try await server.token("root")
        let operatorReply = try await server.send(.post, "/api/v3/configure/token/admin")
        #expect(operatorReply.status == 201)
        let victim = try await server.token("victim")
        let path = "/api/v3/configure/token"
        let deleted = try await server.send(.delete, path + "?token_name=victim", headers: AuthText.bearer(admin))
        #expect(deleted.status == 200)
        #expect(deleted.body == "")
        #expect(try await server.send(.get, "/ping", headers: AuthText.bearer(victim)).status == 401)
        let cases: [(String, Int, String)] = [
            ("?token_name=victim", 404, "the requested resource was not found: victim"),
            ("?token_name=_admin", 405, "cannot delete operator token"),
            ("", 400, "serde error: missing field `token_name`"),
            ("?other=1", 400, "serde error: missing field `token_name`"),
        ]
        for (query, status, body) in cases {
            let reply = try await server.send(.delete, path + query, headers: AuthText.bearer(admin))
            #expect(reply.status == status, "\(query)")
            #expect(reply.body == body, "\(query)")
        }
        let itself = try await server.send(.delete, path + "?token_name=root", headers: AuthText.bearer(admin))
        #expect(itself.status == 200)
        #expect(try await server.send(.get, "/ping", headers: AuthText.bearer(admin)).status == 401)
    }

    @Test(
        "without auth every token path answers 405",
        arguments: [
            (HTTPRequest.Method.post, "/api/v3/configure/token/admin"),
            (.post, "/api/v3/configure/token/admin/regenerate"), (.post, "/api/v3/configure/token/named_admin"),
            (.delete, "/api/v3/configure/token?token_name=x"), (.get, "/api/v3/configure/token/unknown"),
        ])
    func withoutAuth(method: HTTPRequest.Method, path: String) async throws {
        let server = try TestServer()
        let reply = try await server.send(method, path)
        #expect(reply.status == 405)
        #expect(reply.body == AuthText.withoutAuth)
        #expect(try await server.catalog.snapshot().tokens.tokens.isEmpty)
    }
}
