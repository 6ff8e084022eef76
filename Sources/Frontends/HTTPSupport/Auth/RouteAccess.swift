import HTTPTypes
import Hummingbird
import Kernel
import Synchronization

/// What a route needs from the caller's token, declared where the route is registered
/// (`router.on(path, method:, access:, environment:)`). `AuthMiddleware` checks it before the
/// handler runs; a permission that depends on the database named in the request (`.database`) is
/// checked by the handler through `APIRequestContext.authorize(_:)` once it has parsed `db`.
public enum RouteAccess: Sendable, Hashable {
    /// Reachable without a token: only `POST /api/v3/configure/token/admin` (creates `_admin`
    /// once; refuses afterwards without looking at credentials).
    case unauthenticated
    /// Admin tokens only (token management, configuration).
    case admin
    /// A system resource (`health`, `ping`, `metrics`, `ready`): `system:<name>:read`, or
    /// nothing when `--disable-authz <name>` is given.
    case system(String)
    /// Any valid token; the handler then asks for `action` on the database the request names.
    case database(TokenPermission.Action)

    /// The check made before the handler, if any.
    var routeRequest: AccessRequest? {
        switch self {
        case .unauthenticated, .database: nil
        case .admin: .admin
        case .system(let name): .system(name)
        }
    }
}

/// Every registered route's `RouteAccess`, keyed by method and router path. Filled while the
/// frontends register (before the server starts), read by `AuthMiddleware` for every request.
public final class RouteAccessTable: Sendable {
    private let entries = Mutex<[String: RouteAccess]>([:])

    public init() {}

    /// Records `access` for `method path` (registering the same route again keeps the same entry).
    public func declare(_ method: HTTPRequest.Method, _ path: String, _ access: RouteAccess) {
        let key = Self.key(method, RouterPath(stringLiteral: path).description)
        entries.withLock { $0[key] = access }
    }

    /// The declared access of a resolved route (`context.endpointPath`).
    public func access(_ method: HTTPRequest.Method, endpointPath: String) -> RouteAccess? {
        entries.withLock { $0[Self.key(method, endpointPath)] }
    }

    /// Every declaration, as `METHOD path` → access (the authorization matrix test walks it).
    public var all: [String: RouteAccess] { entries.withLock { $0 } }

    private static func key(_ method: HTTPRequest.Method, _ path: String) -> String { "\(method.rawValue) \(path)" }
}

extension RouterMethods where Context == APIRequestContext {
    /// Registers `handler` for `method path` with the access it requires. Every frontend route is
    /// registered through this, so no route exists without a declared permission.
    @discardableResult
    public func on(
        _ path: String,
        method: HTTPRequest.Method,
        access: RouteAccess,
        environment: APIEnvironment,
        use handler: @escaping @Sendable (Request, APIRequestContext) async throws -> Response
    ) -> Self {
        environment.auth.routes.declare(method, path, access)
        return on(RouterPath(stringLiteral: path), method: method, use: handler)
    }
}
