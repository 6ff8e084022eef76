import Hummingbird
import Kernel

/// The request context of every route of every frontend (one shared router).
public struct APIRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Who the request acts as, set by `AuthMiddleware`: the token's identity, the unrestricted
    /// identity under `--without-auth`, or nil on the routes served without credentials.
    public var identity: AuthIdentity?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }

    /// Throws unless the request's identity may do `request` (401 without an identity, 403 when
    /// the permission is missing). Handlers call it for `.database` routes once `db` is parsed.
    public func authorize(_ request: AccessRequest) throws(AuthFailure) {
        guard let identity else { throw .unauthenticated }
        guard identity.allows(request) else { throw .forbidden }
    }
}
