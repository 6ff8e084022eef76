import App
import Foundation
import HTTPSupport
import HTTPTypes
import Hummingbird
import Kernel
import KernelTesting
import Testing

/// Records what frontends register, instead of serving it.
final class RouteRecorder: RouterMethods, @unchecked Sendable {
    typealias Context = APIRequestContext
    // Only used by the single test task that registers routes.
    private(set) var routes: [String] = []

    @discardableResult func on<Responder: HTTPResponder>(
        _ path: RouterPath,
        method: HTTPRequest.Method,
        responder: Responder
    ) -> Self where Responder.Context == Context {
        routes.append("\(method.rawValue) \(path.description)")
        return self
    }

    func add(middleware: any MiddlewareProtocol<Request, Response, Context>) -> Self { self }
}

@Suite("The route table against the OpenAPI spec")
struct RouteTableTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// (METHOD path) pairs of the spec, read from its `paths:` section.
    static func specRoutes() throws -> Set<String> {
        let text = try String(
            contentsOf: fixtures.appendingPathComponent("spec/influxdb3-enterprise-openapi.yaml"), encoding: .utf8)
        var routes = Set<String>()
        var inPaths = false
        var path: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "paths:" {
                inPaths = true
                continue
            }
            guard inPaths else { continue }
            if !line.isEmpty, !line.hasPrefix(" ") { break }
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                path = String(line.dropFirst(2).dropLast())
            } else if let path, line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                let method = line.trimmingCharacters(in: .whitespaces).dropLast().uppercased()
                if ["GET", "POST", "PUT", "DELETE", "PATCH"].contains(method) { routes.insert("\(method) \(path)") }
            }
        }
        return routes
    }

    /// Spec routes not built yet, one per line with the issue that brings them (`#` comments).
    static func missingRoutes() throws -> Set<String> {
        let text = try String(
            contentsOf: fixtures.appendingPathComponent("routes-not-yet-implemented.txt"), encoding: .utf8)
        return Set(
            text.split(separator: "\n").filter { !$0.hasPrefix("#") }
                .map { $0.split(separator: "#")[0].trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        )
    }

    @Test func registeredRoutesAreExactlyTheSpecMinusTheListedMissingOnes() async throws {
        let server = try TestServer()
        let recorder = RouteRecorder()
        let kernel = KernelServices(
            catalog: server.catalog, writer: NoWriter(), chunks: server.buffer, clock: server.clock)
        RouterFactory.register(on: recorder, kernel: kernel, environment: server.environment)
        let registered = Set(
            recorder.routes.map { $0.replacingOccurrences(of: "{request_path}", with: "{request_path}") })
        let spec = try Self.specRoutes()
        let missing = try Self.missingRoutes()
        #expect(spec.count == 49)
        #expect(registered.count == recorder.routes.count, "a route is registered twice")
        #expect(
            registered.subtracting(spec).isEmpty,
            "registered but not in the spec: \(registered.subtracting(spec).sorted())")
        #expect(
            registered.intersection(missing).isEmpty,
            "implemented, remove from the missing list: \(registered.intersection(missing).sorted())")
        #expect(
            spec.subtracting(registered).subtracting(missing).isEmpty,
            "neither implemented nor listed: \(spec.subtracting(registered).subtracting(missing).sorted())")
        #expect(
            missing.subtracting(spec).isEmpty,
            "listed as missing but not in the spec: \(missing.subtracting(spec).sorted())")
        print(
            "route table: \(registered.count) of \(spec.count) spec routes registered, \(missing.count) still missing")
    }
}

/// A writer for route recording only; the recorder never calls handlers.
struct NoWriter: LineProtocolWriter {
    func write(_ request: WriteRequest) async throws -> Int { 0 }
}
