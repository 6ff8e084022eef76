/// Token verification and permission checks (`db` and `system` resources, read/write actions).
///
/// Implementation requirements (for the auth work that implements this port):
/// - `authenticate` compares token hashes in constant time and rejects unknown, deleted and
///   expired tokens with `unauthenticated`.
/// - `authorize` answers `forbidden` when the identity lacks the permission.
public protocol Auth: Sendable {
    func authenticate(token: String) async throws(KernelError) -> AuthIdentity
    func authorize(_ identity: AuthIdentity, _ permission: Permission) throws(KernelError)
}

/// Who a verified token belongs to.
public struct AuthIdentity: Sendable, Hashable {
    public var tokenID: UInt64
    public var tokenName: String

    public init(tokenID: UInt64, tokenName: String) {
        self.tokenID = tokenID
        self.tokenName = tokenName
    }
}

/// What a route needs: an action on a resource.
public struct Permission: Sendable, Hashable {
    /// The resource a permission is about.
    public enum Resource: Sendable, Hashable {
        case database(String)
        case system(String)
        case admin
    }

    /// What is done to the resource.
    public enum Action: Sendable, Hashable {
        case read
        case write
    }

    public var resource: Resource
    public var action: Action

    public init(resource: Resource, action: Action) {
        self.resource = resource
        self.action = action
    }
}
