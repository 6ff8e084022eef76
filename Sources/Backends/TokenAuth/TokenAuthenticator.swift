import Kernel

/// The `Auth` port over the catalog's tokens (InfluxDB's `TokenAuthenticator`): SHA-512 of the
/// presented token, looked up among the catalog snapshot's digests and confirmed with a
/// constant-time comparison; expired tokens (expiry in ms, valid while `expiry > now`) are refused.
///
/// Deleting or regenerating a token takes effect on the next request: every call reads the
/// current snapshot, which the catalog serves from memory.
public struct TokenAuthenticator: Auth {
    private let catalog: any Catalog
    private let clock: any WallClock

    public init(catalog: any Catalog, clock: any WallClock) {
        self.catalog = catalog
        self.clock = clock
    }

    public func authenticate(token: String) async throws(KernelError) -> AuthIdentity {
        let digest = SHA512.digest(of: token)
        let tokens = try await catalog.snapshot().tokens
        guard let info = tokens.token(hash: digest),
            !info.isExpired(nowMillis: clock.nowNanoseconds() / 1_000_000)
        else {
            throw KernelError(.unauthenticated, AuthIdentity.notAuthenticatedMessage)
        }
        return AuthIdentity(info)
    }
}
