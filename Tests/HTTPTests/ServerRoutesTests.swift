import HTTPTypes
import KernelTesting
import Testing

@Suite("Server routes: ping, health, unknown routes, CORS, common headers")
struct ServerRoutesTests {
    @Test(arguments: [HTTPRequest.Method.get, .post])
    func pingAnswersVersionInformation(method: HTTPRequest.Method) async throws {
        let server = try TestServer()
        let reply = try await server.send(method, "/ping")
        #expect(reply.status == 200)
        #expect(
            reply.body
                == #"{"product_name":"InfluxDB 3 Enterprise","version":"3.8.0","revision":"swift","process_id":"0190b3c4-0000-7000-8000-000000000001"}"#
        )
        #expect(reply.header("Content-Type") == "application/json")
        #expect(reply.header("X-Influxdb-Version") == "3.8.0")
        #expect(reply.header("X-Influxdb-Build") == "Enterprise")
        let requestID = try #require(reply.header("Request-Id"))
        #expect(reply.header("X-Request-Id") == requestID)
        #expect(requestID.count == 36)
        #expect(Array(requestID)[14] == "7")
        #expect(reply.header("cluster-uuid") == server.catalog.catalogUUID)
        #expect(reply.header("Access-Control-Allow-Origin") == "*")
    }

    @Test func pingRequestIDsDiffer() async throws {
        let server = try TestServer()
        let first = try await server.send(.get, "/ping").header("Request-Id")
        let second = try await server.send(.get, "/ping").header("Request-Id")
        #expect(first != second)
    }

    @Test func headPingIsNotFound() async throws {
        let reply = try await TestServer().send(.head, "/ping")
        #expect(reply.status == 404)
        #expect(reply.body == "Not found")
    }

    @Test(arguments: ["/health", "/api/v1/health"])
    func healthAnswersOK(path: String) async throws {
        let server = try TestServer()
        let reply = try await server.send(.get, path)
        #expect(reply.status == 200)
        #expect(reply.body == "OK")
        #expect(reply.header("Content-Type") == "text/plain; charset=utf-8")
        #expect(reply.header("cluster-uuid") == server.catalog.catalogUUID)
    }

    @Test(arguments: [
        (HTTPRequest.Method.get, "/nope"), (.get, "/api/v3/write_lp"), (.put, "/ping"), (.delete, "/write"),
        (.get, "/api/v2/write"),
    ])
    func unknownRoutesAnswerNotFound(method: HTTPRequest.Method, path: String) async throws {
        let server = try TestServer()
        let reply = try await server.send(method, path)
        #expect(reply.status == 404)
        #expect(reply.body == "Not found")
        #expect(reply.header("cluster-uuid") == server.catalog.catalogUUID)
    }

    @Test func optionsIsACORSPreflightOnAnyPath() async throws {
        let reply = try await TestServer().send(.options, "/anything/at/all")
        #expect(reply.status == 204)
        #expect(reply.body.isEmpty)
        #expect(reply.header("Access-Control-Allow-Origin") == "*")
        #expect(reply.header("Access-Control-Allow-Methods") == "*")
        #expect(reply.header("Access-Control-Allow-Headers") == "*")
        #expect(reply.header("Access-Control-Max-Age") == "86400")
    }
}
