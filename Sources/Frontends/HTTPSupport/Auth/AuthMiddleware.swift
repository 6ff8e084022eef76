import HTTPTypes
import Hummingbird
import Kernel

/// The one authentication and authorization step of every request, in InfluxDB 3's order
/// (`http.rs` `route_request`):
///
/// | situation                                                  | result                          |
/// |------------------------------------------------------------|---------------------------------|
/// | `--without-auth`, path starts `/api/v3/configure/token`     | 405 `endpoint disabled, ...`    |
/// | `--without-auth`, anything else                            | unrestricted identity           |
/// | `POST /api/v3/configure/token/admin`, `--disable-authz` path | no credentials looked at        |
/// | malformed `Authorization`                                  | 400                             |
/// | no token, unknown, deleted or expired token                | 401 (also before a 404)         |
/// | the route's declared access not granted                    | 403                             |
/// | otherwise                                                  | identity in the context, handler |
///
/// Routes whose access depends on the database the request names declare `.database`; their
/// handlers call `context.authorize(.database(db, action))` after parsing `db`.
public struct AuthMiddleware: RouterMiddleware {
    public typealias Context = APIRequestContext

    /// The prefix InfluxDB disables under `--without-auth`.
    static let tokenPathPrefix = "/api/v3/configure/token"
    /// The only path never authenticated.
    static let createOperatorTokenPath = "/api/v3/configure/token/admin"

    let settings: AuthSettings

    public init(settings: AuthSettings) {
        self.settings = settings
    }

    public func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        let path = request.uri.path
        switch settings.mode {
        case .disabled:
            if path.hasPrefix(Self.tokenPathPrefix) { return AuthFailure.disabledWithoutAuth.response(dialect: .v3) }
            context.identity = .unrestricted
            return try await next(request, context)
        case .tokens(let auth):
            if path == Self.createOperatorTokenPath || settings.openPaths.contains(path) {
                return try await next(request, context)
            }
            do {
                guard let token = try Credentials.token(request) else { throw AuthFailure.unauthenticated }
                do {
                    context.identity = try await auth.authenticate(token: token)
                } catch {
                    throw AuthFailure.unauthenticated
                }
                try authorizeRoute(request, context)
            } catch let failure as AuthFailure {
                return failure.response(dialect: .v3)
            }
            return try await next(request, context)
        }
    }

    /// The route-level check; a resolved route without a declaration is treated as admin-only.
    private func authorizeRoute(_ request: Request, _ context: Context) throws(AuthFailure) {
        guard let endpoint = context.endpointPath else { return }  // unknown route: 404 follows
        let access = settings.routes.access(request.method, endpointPath: endpoint) ?? .admin
        if let needed = access.routeRequest { try context.authorize(needed) }
    }
}
