/// A newly generated API token: the secret shown once to the client and the SHA-512 digest the
/// catalog keeps. Format as InfluxDB 3: `apiv3_` + base64url (no padding) of 64 random bytes,
/// 92 characters in all.
public struct TokenSecret: Sendable, Hashable {
    /// The prefix every token starts with.
    public static let prefix = "apiv3_"

    public var token: String
    public var hash: [UInt8]

    /// A secret with the digest of `token` (offline token files bring their own token).
    public init(token: String) {
        self.token = token
        self.hash = SHA512.digest(of: token)
    }

    /// A fresh token from the system's cryptographic random number generator.
    public static func generate() -> TokenSecret {
        var generator = SystemRandomNumberGenerator()
        var key: [UInt8] = []
        key.reserveCapacity(64)
        for _ in 0..<8 {
            let word = generator.next() as UInt64
            for shift in stride(from: 0, to: 64, by: 8) { key.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        return TokenSecret(token: prefix + Base64.encode(key, urlSafe: true))
    }
}
