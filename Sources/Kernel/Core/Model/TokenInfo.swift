/// Catalog-assigned identifier of a token. Never reused, even after the token is deleted.
public struct TokenID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: UInt64
    public init(_ rawValue: UInt64) { self.rawValue = rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// An API token as the catalog keeps it: never the token itself, only its SHA-512 digest.
/// Times are milliseconds since the Unix epoch, as InfluxDB's `TokenInfo`.
public struct TokenInfo: Sendable, Hashable {
    /// The operator token's name (`DEFAULT_OPERATOR_TOKEN_NAME`); it cannot be deleted.
    public static let operatorName = "_admin"

    public var id: TokenID
    public var name: String
    /// SHA-512 of the whole token string (`apiv3_` included): 64 bytes.
    public var hash: [UInt8]
    public var createdAtMillis: Int64
    /// nil: never expires. The token is valid while `expiryMillis > now`.
    public var expiryMillis: Int64?
    public var createdBy: TokenID?
    public var updatedAtMillis: Int64?
    public var updatedBy: TokenID?
    public var description: String?
    public var permissions: [TokenPermission]

    public init(
        id: TokenID,
        name: String,
        hash: [UInt8],
        createdAtMillis: Int64,
        expiryMillis: Int64? = nil,
        createdBy: TokenID? = nil,
        updatedAtMillis: Int64? = nil,
        updatedBy: TokenID? = nil,
        description: String? = nil,
        permissions: [TokenPermission]
    ) {
        self.id = id
        self.name = name
        self.hash = hash
        self.createdAtMillis = createdAtMillis
        self.expiryMillis = expiryMillis
        self.createdBy = createdBy
        self.updatedAtMillis = updatedAtMillis
        self.updatedBy = updatedBy
        self.description = description
        self.permissions = permissions
    }

    /// Admin tokens (the operator token and named admin tokens) hold `*:*:*`.
    public var isAdmin: Bool { permissions.contains(.admin) }

    /// InfluxDB's rule (`TokenAuthenticator`): active while the expiry is strictly in the future.
    public func isExpired(nowMillis: Int64) -> Bool {
        guard let expiryMillis else { return false }
        return expiryMillis <= nowMillis
    }
}

/// The tokens of a catalog, in id order, with the lookups authentication needs. `nextID` only
/// grows, so a deleted token's id is never given to another token.
public struct TokenRegistry: Sendable, Hashable {
    public private(set) var tokens: [TokenInfo]
    public private(set) var nextID: TokenID
    /// Position in `tokens` by digest.
    private var positionByHash: [[UInt8]: Int]

    public init(tokens: [TokenInfo] = [], nextID: TokenID = TokenID(0)) {
        self.tokens = tokens.sorted { $0.id < $1.id }
        self.nextID = max(nextID, TokenID((tokens.map(\.id.rawValue).max() ?? 0) + (tokens.isEmpty ? 0 : 1)))
        self.positionByHash = [:]
        reindex()
    }

    public static let empty = TokenRegistry()

    public func token(named name: String) -> TokenInfo? {
        tokens.first { $0.name == name }
    }

    /// The token whose digest is `hash`: found through the index, then confirmed by a
    /// constant-time comparison of the whole digest.
    public func token(hash: [UInt8]) -> TokenInfo? {
        guard let position = positionByHash[hash] else { return nil }
        let candidate = tokens[position]
        return TokenEncoding.constantTimeEqual(candidate.hash, hash) ? candidate : nil
    }

    /// Adds `token` (its id must be `nextID`) and advances `nextID`.
    mutating func insert(_ token: TokenInfo) {
        precondition(token.id >= nextID, "token ids are assigned in increasing order")
        tokens.append(token)
        nextID = TokenID(token.id.rawValue + 1)
        positionByHash[token.hash] = tokens.count - 1
    }

    mutating func replace(_ token: TokenInfo) {
        guard let position = tokens.firstIndex(where: { $0.id == token.id }) else { return }
        tokens[position] = token
        reindex()
    }

    mutating func remove(id: TokenID) {
        tokens.removeAll { $0.id == id }
        reindex()
    }

    private mutating func reindex() {
        positionByHash = Dictionary(tokens.enumerated().map { ($1.hash, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
