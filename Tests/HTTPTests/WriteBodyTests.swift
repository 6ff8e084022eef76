import HTTPTypes
import Kernel
import KernelTesting
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Write bodies: size limit and Content-Encoding, on every write route")
struct WriteBodyTests {
    static let routes = ["/api/v3/write_lp?db=g", "/write?db=g", "/api/v2/write?bucket=g"]

    @Test(arguments: routes)
    func gzipBodiesAreDecompressed(route: String) async throws {
        let server = try TestServer()
        let body = try GzipFixture.compress("m,k=a v=1 1\nm,k=b v=2 2\n")
        let reply = try await server.send(.post, route, headers: [.contentEncoding: "gzip"], body: body)
        #expect(reply.status == 204)
        #expect(server.rows("g", "m").count == 2)
    }

    @Test func multiMemberGzipIsDecodedCompletely() async throws {
        let server = try TestServer()
        let body = try GzipFixture.compress("m,k=a v=1 1\n") + GzipFixture.compress("m,k=b v=2 2\n")
        let reply = try await server.send(
            .post, "/api/v3/write_lp?db=g", headers: [.contentEncoding: "gzip"], body: body)
        #expect(reply.status == 204)
        #expect(server.rows("g", "m") == ["1000000000 k=a,v=1.0", "2000000000 k=b,v=2.0"])
    }

    @Test func corruptGzipIsBadRequest() async throws {
        let reply = try await TestServer().send(
            .post,
            "/api/v3/write_lp?db=g",
            headers: [.contentEncoding: "gzip"],
            body: [0x1f, 0x8b, 8, 0, 1, 2, 3]
        )
        #expect(reply.status == 400)
        #expect(reply.body.hasPrefix("error decoding gzip stream: "))
    }

    @Test func unknownEncodingIsBadRequest() async throws {
        let reply = try await TestServer().send(
            .post,
            "/api/v3/write_lp?db=g",
            headers: [.contentEncoding: "br"],
            text: "m v=1"
        )
        #expect(reply.status == 400)
        #expect(reply.body == "unacceptable content-encoding: br")
    }

    @Test func oversizedBodyIs413() async throws {
        let server = try TestServer(maxRequestBytes: 1_000)
        let body = String(repeating: "m v=1 1\n", count: 200)
        let v3 = try await server.send(.post, "/api/v3/write_lp?db=g", text: body)
        #expect(v3.status == 413)
        #expect(v3.body == "max request size (1000 bytes) exceeded")
        let v2 = try await server.send(.post, "/api/v2/write?bucket=g", text: body)
        #expect(v2.status == 413)
        #expect(v2.body == #"{"code":"request too large","message":"max request size (1000 bytes) exceeded"}"#)
    }

    @Test func gzipExpandingBeyondTheLimitIs413() async throws {
        let server = try TestServer(maxRequestBytes: 1_000)
        let body = try GzipFixture.compress(String(repeating: "m v=1 1\n", count: 2_000))
        #expect(body.count < 1_000)
        let reply = try await server.send(
            .post, "/api/v3/write_lp?db=g", headers: [.contentEncoding: "gzip"], body: body)
        #expect(reply.status == 413)
    }

    @Test func invalidUTF8IsBadRequest() async throws {
        let reply = try await TestServer().send(
            .post, "/api/v3/write_lp?db=g", body: Array("m s=\"".utf8) + [0xff, 0x22])
        #expect(reply.status == 400)
        #expect(reply.body.contains("body content is not valid utf8"))
    }
}

/// gzip via the system `gzip` tool, so the test does not trust our own zlib binding.
enum GzipFixture {
    static func compress(_ text: String) throws -> [UInt8] {
        let input = "/tmp/gzip-fixture-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        defer {
            unlink(input)
            unlink(input + ".gz")
        }
        let bytes = Array(text.utf8)
        let file = fopen(input, "wb")
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
        guard system("gzip -n -6 \(input)") == 0, let output = fopen(input + ".gz", "rb") else {
            throw GzipFixtureError()
        }
        defer { fclose(output) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, output) }
            if count <= 0 { break }
            result += chunk[0..<count]
        }
        return result
    }

    struct GzipFixtureError: Error {}
}
