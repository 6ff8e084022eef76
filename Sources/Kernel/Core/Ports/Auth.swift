/// Token verification: turns the token a request presents into the identity it acts as.
///
/// Implementation requirements:
/// - `authenticate` hashes the token (SHA-512 of the whole string), finds it through the digest
///   and compares digests in constant time; unknown, deleted and expired tokens (expiry compared
///   in milliseconds, valid while `expiry > now`) fail with `unauthenticated` and the message
///   `AuthIdentity.notAuthenticatedMessage`.
/// - It never stores or logs the token.
/// Authorization needs no port: the identity carries its permissions (`AuthIdentity.authorize`).
public protocol Auth: Sendable {
    func authenticate(token: String) async throws(KernelError) -> AuthIdentity
}

/// What a request asks to do, checked against the permissions of its token
/// (`influxdb3_authz` `AccessRequest`, reduced to what this server routes).
public enum AccessRequest: Sendable, Hashable {
    /// Token management and anything else only admin tokens may do.
    case admin
    /// An action on the database named (the name is checked as given: a database a write will
    /// create is authorized by its name). `_internal` always needs admin.
    case database(String, TokenPermission.Action)
    /// Reading a system resource: `health`, `metrics`, `ping` or `ready`.
    case system(String)
}

/// Who a verified token belongs to, with its permissions.
public struct AuthIdentity: Sendable, Hashable {
    /// InfluxDB's 401 text for a missing, unknown or expired token.
    public static let notAuthenticatedMessage = "the request was not authenticated"
    /// InfluxDB Enterprise's 403 text (`ResourceAuthorizationError::Unauthorized`).
    public static let forbiddenMessage = "unauthorized to perform requested action with the token"

    public var tokenID: TokenID
    public var tokenName: String
    public var permissions: [TokenPermission]

    public init(tokenID: TokenID, tokenName: String, permissions: [TokenPermission]) {
        self.tokenID = tokenID
        self.tokenName = tokenName
        self.permissions = permissions
    }

    /// The identity of a token from the catalog.
    public init(_ token: TokenInfo) {
        self.init(tokenID: token.id, tokenName: token.name, permissions: token.permissions)
    }

    /// Every request of a server started with `--without-auth` (InfluxDB uses token id 0).
    public static let unrestricted = AuthIdentity(tokenID: TokenID(0), tokenName: "", permissions: [.admin])

    /// Whether the identity may do `request`.
    public func allows(_ request: AccessRequest) -> Bool {
        if case .database(let name, _) = request, name == CatalogSnapshot.internalDatabaseName {
            return allows(.admin)
        }
        return permissions.contains { $0.grants(request) }
    }

    /// Throws `forbidden` unless the identity may do `request`.
    public func authorize(_ request: AccessRequest) throws(KernelError) {
        guard allows(request) else { throw KernelError(.forbidden, Self.forbiddenMessage) }
    }
}
