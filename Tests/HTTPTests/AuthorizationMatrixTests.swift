import App
import Foundation
import HTTPSupport
import HTTPTypes
import Kernel
import KernelTesting
import Testing

/// Walks every registered route × every kind of credential × every scheme, with auth on, and
/// asserts the exact status and body: missing, malformed, expired, deleted and under-privileged
/// credentials are refused (401/400/401/401/403), the right one is accepted.
@Suite("Authorization matrix: routes × credentials × schemes")
struct AuthorizationMatrixTests {
    /// How to call a route, and what it answers to the right credentials. A new route must be
    /// added here (the test fails for a route without one).
    struct Call {
        var query = ""
        var body = ""
        var json = false
        var success: Int
        var successBody: String?
    }

    static func call(_ route: String, _ serial: Int) -> Call? {
        switch route {
        case "POST /api/v3/write_lp", "POST /write": Call(query: "?db=matrix", body: "cpu v=1", success: 204)
        case "POST /api/v2/write": Call(query: "?bucket=matrix", body: "cpu v=1", success: 204)
        case "GET /api/v3/query_sql": Call(query: "?db=matrix&q=SELECT%201%20AS%20one", success: 200)
        case "POST /api/v3/query_sql":
            Call(body: #"{"db":"matrix","q":"SELECT 1 AS one"}"#, json: true, success: 200)
        case "GET /health", "GET /api/v1/health", "GET /ping", "POST /ping": Call(success: 200)
        case "POST /api/v3/configure/token/admin":
            Call(success: 409, successBody: "token name already exists, _admin")
        case "POST /api/v3/configure/token/admin/regenerate": Call(success: 201)
        case "POST /api/v3/configure/token/named_admin":
            Call(body: #"{"token_name":"named\#(serial)"}"#, json: true, success: 201)
        case "POST /api/v3/enterprise/configure/token":
            Call(
                body:
                    #"{"token_name":"res\#(serial)","permissions":[{"resource_type":"db","resource_names":["x"],"actions":["read"]}]}"#,
                json: true, success: 201)
        case "DELETE /api/v3/configure/token": Call(query: "?token_name=victim\(serial)", success: 200)
        default: configureCall(route, serial)
        }
    }

    /// The configure routes: calls whose answer is the same each time the right token is shown
    /// (deletions name objects that do not exist: authorization comes before the lookup).
    static func configureCall(_ route: String, _ serial: Int) -> Call? {
        switch route {
        case "GET /api/v3/configure/database": Call(query: "?format=json", success: 200)
        case "POST /api/v3/configure/database":
            Call(
                body: #"{"db":"matrix"}"#, json: true, success: 409,
                successBody: "attempted to create a resource that already exists")
        case "PUT /api/v3/configure/database":
            Call(body: #"{"db":"matrix","retention_period":"30d"}"#, json: true, success: 200)
        case "DELETE /api/v3/configure/database": Call(query: "?db=gone\(serial)", success: 404)
        case "DELETE /api/v3/configure/database/retention_period": Call(query: "?db=matrix", success: 204)
        case "POST /api/v3/configure/table":
            Call(body: #"{"db":"matrix","table":"t\#(serial)","tags":["a"],"fields":[]}"#, json: true, success: 200)
        case "PUT /api/v3/configure/table":
            Call(body: #"{"db":"matrix","table":"gone","retention_period":"1d"}"#, json: true, success: 404)
        case "DELETE /api/v3/configure/table": Call(query: "?db=matrix&table=gone\(serial)", success: 404)
        case "POST /api/v3/enterprise/configure/table/retention_period":
            Call(query: "?db=matrix&table=gone&duration=1d", success: 404)
        case "DELETE /api/v3/enterprise/configure/table/retention_period":
            Call(query: "?db=matrix&table=gone", success: 404)
        default: nil
        }
    }

    /// The permissions that exactly grant a route's access, and ones that fall just short.
    static func permissions(_ access: RouteAccess) -> (right: [String], under: [String]) {
        switch access {
        case .unauthenticated: (["db:nothing:read"], ["db:nothing:read"])
        case .admin: (["*:*:*"], ["db:*:create,describe,read,write,delete", "system:*:read"])
        case .system(let name): (["system:\(name):read"], ["db:*:read,write", "system:metrics:read"])
        case .database(.write): (["db:matrix:write"], ["db:matrix:read", "db:other:write"])
        case .database(.delete): (["db:*:delete"], ["db:*:create,describe,read,write", "db:other:delete"])
        case .database(let action): (["db:matrix:\(action.rawValue)"], ["db:matrix:write", "db:other:read"])
        }
    }

    /// Every registered route with its declared access; fails for a route registered without one.
    static func routes() throws -> [(method: HTTPRequest.Method, path: String, access: RouteAccess)] {
        let server = try TestServer(withAuth: true)
        let recorder = RouteRecorder()
        let kernel = KernelServices(
            catalog: server.catalog, writer: NoWriter(), chunks: server.buffer, clock: server.clock)
        var environment = server.environment
        environment.auth = AuthSettings(mode: .disabled)
        RouterFactory.register(on: recorder, kernel: kernel, environment: environment)
        let declared = environment.auth.routes.all
        #expect(Set(declared.keys) == Set(recorder.routes), "every route declares its access")
        return recorder.routes.sorted().compactMap { route in
            let parts = route.split(separator: " ", maxSplits: 1)
            guard let access = declared[route] else { return nil }
            return (HTTPRequest.Method(rawValue: String(parts[0]))!, String(parts[1]), access)
        }
    }

    /// A server with `_admin`, the database `matrix` and one token of each kind.
    struct Fixture {
        let server: TestServer
        let right: String
        let under: String
        let expired: String
        let deleted: String

        init(access: RouteAccess) async throws {
            server = try TestServer(withAuth: true)
            try await server.token("_admin")
            _ = try await server.catalog.apply(CreateDatabase(name: try DatabaseName(validating: "matrix")))
            let (rightPermissions, underPermissions) = AuthorizationMatrixTests.permissions(access)
            right = try await server.token("right", rightPermissions)
            under = try await server.token("under", underPermissions)
            expired = try await server.token("expired", rightPermissions, expiryMillis: server.nowMillis)
            deleted = try await server.token("deleted", rightPermissions)
            _ = try await server.catalog.apply(DeleteToken(name: "deleted"))
        }
    }

    enum Scheme: CaseIterable {
        case bearer, token, basic, v1Password
    }

    static let malformedHeaders = [
        "bearer x", "Bearer", "Bearer a b", "Bearer  a", "Digest a", "Basic !!!!",
        "Basic " + Data("a:b:apiv3_x".utf8).base64EncodedString(),
        "Basic " + Data("no-colon".utf8).base64EncodedString(),
    ]

    @Test(
        "every route refuses missing, malformed, expired, deleted and under-privileged tokens and accepts the right one"
    )
    func matrix() async throws {
        var serial = 0
        var checked = 0
        for route in try Self.routes() {
            let name = "\(route.method.rawValue) \(route.path)"
            let call = try #require(Self.call(name, 0), "no call for \(name): add it to the matrix")
            let fixture = try await Fixture(access: route.access)
            let open = route.access == .unauthenticated
            func send(_ headers: HTTPFields, query extra: String = "") async throws -> TestServer.Reply {
                serial += 1
                let call = try #require(Self.call(name, serial))
                _ = try? await fixture.server.token("victim\(serial)")
                var headers = headers
                if call.json { headers[.contentType] = "application/json" }
                let separator = call.query.isEmpty ? "?" : "&"
                let query = call.query + (extra.isEmpty ? "" : separator + extra)
                return try await fixture.server.send(
                    route.method, route.path + query, headers: headers, text: call.body)
            }
            func expect(_ reply: TestServer.Reply, _ status: Int, _ body: String?, _ what: String) {
                checked += 1
                #expect(reply.status == status, "\(name) \(what): \(reply.body)")
                if let body { #expect(reply.body == body, "\(name) \(what)") }
            }
            let refusedBody = open ? call.successBody : AuthText.unauthenticated
            let refused = open ? call.success : 401
            expect(try await send([:]), refused, refusedBody, "without credentials")
            for header in Self.malformedHeaders {
                expect(
                    try await send([.authorization: header]), open ? call.success : 400,
                    open ? call.successBody : AuthText.malformed, "malformed '\(header)'")
            }
            let forbidden = route.path == "/api/v2/write" ? AuthText.forbiddenV2 : AuthText.forbidden
            for scheme in Scheme.allCases {
                if scheme == .v1Password, !["/write", "/query"].contains(route.path) { continue }
                func present(_ token: String) async throws -> TestServer.Reply {
                    switch scheme {
                    case .bearer: try await send(AuthText.bearer(token))
                    case .token: try await send([.authorization: "Token \(token)"])
                    case .basic: try await send(AuthText.basic(token))
                    case .v1Password: try await send([:], query: "u=someone&p=" + token)
                    }
                }
                expect(try await present(fixture.expired), refused, refusedBody, "expired \(scheme)")
                expect(try await present(fixture.deleted), refused, refusedBody, "deleted \(scheme)")
                expect(try await present("apiv3_unknown"), refused, refusedBody, "unknown \(scheme)")
                expect(
                    try await present(fixture.under), open ? call.success : 403, open ? call.successBody : forbidden,
                    "under-privileged \(scheme)")
                expect(try await present(fixture.right), call.success, call.successBody, "right \(scheme)")
            }
        }
        #expect(checked > 200)
    }

    @Test("the v1 p parameter is only read on /write and /query; Basic takes the part after the last colon")
    func v1PasswordOnlyOnV1Paths() async throws {
        let server = try TestServer(withAuth: true)
        _ = try await server.catalog.apply(CreateDatabase(name: try DatabaseName(validating: "matrix")))
        let token = try await server.token("writer", ["db:matrix:write"])
        let v3 = try await server.send(.post, "/api/v3/write_lp?db=matrix&p=\(token)", text: "cpu v=1")
        #expect(v3.status == 401)
        #expect(v3.body == AuthText.unauthenticated)
        let wins = try await server.send(
            .post, "/write?db=matrix&p=\(token)", headers: [.authorization: "junk"], text: "cpu v=1")
        #expect(wins.status == 204)
        let emptyUser = try await server.send(
            .post, "/api/v2/write?bucket=matrix", headers: AuthText.basic(token, user: ""), text: "cpu v=2")
        #expect(emptyUser.status == 204)
    }

    @Test("--disable-authz opens exactly the named resources")
    func disableAuthz() async throws {
        let server = try TestServer(withAuth: true, disabledAuthz: ["health", "ping"])
        for path in ["/health", "/api/v1/health", "/ping"] {
            #expect(try await server.send(.get, path).status == 200, "\(path)")
        }
        let write = try await server.send(.post, "/api/v3/write_lp?db=x", text: "cpu v=1")
        #expect(write.status == 401)
        let unknown = try await server.send(.get, "/nope")
        #expect(unknown.status == 401)
        let admin = try await server.token("root")
        #expect(try await server.send(.get, "/nope", headers: AuthText.bearer(admin)).status == 404)
    }
}
