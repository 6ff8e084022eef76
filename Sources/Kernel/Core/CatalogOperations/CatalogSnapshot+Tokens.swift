/// A change to the catalog's tokens, as `CatalogMutation.token` carries it.
public enum TokenMutation: Sendable, Hashable {
    /// Adds a token; the catalog assigns its id (`TokenRegistry.nextID`).
    case create(NewToken)
    /// Replaces the digest of the named token (regenerating the operator token keeps its id).
    case replaceHash(name: String, hash: [UInt8], updatedAtMillis: Int64, updatedBy: TokenID?)
    /// Removes the named token; its id is never reused.
    case delete(name: String)
}

/// A token before the catalog gives it an id.
public struct NewToken: Sendable, Hashable {
    public var name: String
    public var hash: [UInt8]
    public var createdAtMillis: Int64
    public var expiryMillis: Int64?
    public var createdBy: TokenID?
    public var permissions: [TokenPermission]

    public init(
        name: String,
        hash: [UInt8],
        createdAtMillis: Int64,
        expiryMillis: Int64?,
        createdBy: TokenID?,
        permissions: [TokenPermission]
    ) {
        self.name = name
        self.hash = hash
        self.createdAtMillis = createdAtMillis
        self.expiryMillis = expiryMillis
        self.createdBy = createdBy
        self.permissions = permissions
    }
}

/// What a backend persists for a `TokenMutation`, ids included.
public enum TokenRecord: Sendable, Hashable {
    /// A new token row; the backend also records that ids up to `token.id` are taken.
    case created(TokenInfo)
    case hashReplaced(id: TokenID, hash: [UInt8], updatedAtMillis: Int64, updatedBy: TokenID?)
    case deleted(id: TokenID)
}

extension CatalogSnapshot {
    /// Applies one token change, as `applying(_:)` does for every mutation.
    mutating func applyToken(_ change: TokenMutation) throws(KernelError) -> TokenRecord {
        switch change {
        case .create(let new):
            guard tokens.token(named: new.name) == nil else {
                throw KernelError(.alreadyExists, "token name already exists, \(new.name)")
            }
            let token = TokenInfo(
                id: tokens.nextID,
                name: new.name,
                hash: new.hash,
                createdAtMillis: new.createdAtMillis,
                expiryMillis: new.expiryMillis,
                createdBy: new.createdBy,
                permissions: new.permissions
            )
            tokens.insert(token)
            return .created(token)
        case .replaceHash(let name, let hash, let updatedAtMillis, let updatedBy):
            guard var token = tokens.token(named: name) else {
                throw KernelError(.notFound, "the requested resource was not found: \(name)")
            }
            token.hash = hash
            token.updatedAtMillis = updatedAtMillis
            token.updatedBy = updatedBy
            tokens.replace(token)
            return .hashReplaced(id: token.id, hash: hash, updatedAtMillis: updatedAtMillis, updatedBy: updatedBy)
        case .delete(let name):
            guard let token = tokens.token(named: name) else {
                throw KernelError(.notFound, "the requested resource was not found: \(name)")
            }
            tokens.remove(id: token.id)
            return .deleted(id: token.id)
        }
    }
}
