/// Creates a token: the operator token `_admin` (once), a named admin token, or an Enterprise
/// resource token with its own permissions. The digest comes from `TokenSecret`; the catalog
/// never sees the token itself. A taken name fails with 409 `token name already exists, <name>`.
public struct CreateToken: CatalogOperation {
    public var token: NewToken

    public init(token: NewToken) {
        self.token = token
    }

    /// `POST /api/v3/configure/token/admin`: `_admin`, admin permission, no expiry.
    public static func operatorToken(hash: [UInt8], nowMillis: Int64) -> CreateToken {
        CreateToken(
            token: NewToken(
                name: TokenInfo.operatorName, hash: hash, createdAtMillis: nowMillis, expiryMillis: nil,
                createdBy: nil, permissions: [.admin]))
    }

    /// `POST /api/v3/configure/token/named_admin`: expiry is creation time plus `expirySeconds`.
    public static func namedAdmin(
        name: String, hash: [UInt8], nowMillis: Int64, expirySeconds: UInt64?, createdBy: TokenID?
    ) -> CreateToken {
        CreateToken(
            token: NewToken(
                name: name, hash: hash, createdAtMillis: nowMillis,
                expiryMillis: expirySeconds.map { expiry(nowMillis: nowMillis, seconds: $0) },
                createdBy: createdBy, permissions: [.admin]))
    }

    /// `POST /api/v3/enterprise/configure/token`: a token limited to `permissions`.
    public static func resource(
        name: String, hash: [UInt8], permissions: [TokenPermission], nowMillis: Int64, expirySeconds: UInt64?,
        createdBy: TokenID?
    ) -> CreateToken {
        CreateToken(
            token: NewToken(
                name: name, hash: hash, createdAtMillis: nowMillis,
                expiryMillis: expirySeconds.map { expiry(nowMillis: nowMillis, seconds: $0) },
                createdBy: createdBy, permissions: permissions))
    }

    /// Saturates instead of overflowing: a huge `expiry_secs` means "practically never".
    static func expiry(nowMillis: Int64, seconds: UInt64) -> Int64 {
        let (millis, overflow) = Int64(clamping: seconds).multipliedReportingOverflow(by: 1000)
        guard !overflow else { return .max }
        let (sum, sumOverflow) = nowMillis.addingReportingOverflow(millis)
        return sumOverflow ? .max : sum
    }

    public func prepare(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) -> [CatalogMutation] {
        guard !token.name.isEmpty else { throw KernelError(.invalidInput, "token name must not be empty") }
        guard snapshot.tokens.token(named: token.name) == nil else {
            throw KernelError(.alreadyExists, "token name already exists, \(token.name)")
        }
        guard snapshot.tokens.token(hash: token.hash) == nil else {
            throw KernelError(.alreadyExists, "token already exists")
        }
        return [.token(.create(token))]
    }
}
