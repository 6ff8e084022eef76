/// `POST /api/v3/configure/token/admin/regenerate`: gives `_admin` a new digest in place (same
/// id), so the old operator token stops working at once; named admin tokens are untouched.
public struct RegenerateOperatorToken: CatalogOperation {
    public var hash: [UInt8]
    public var nowMillis: Int64
    public var updatedBy: TokenID?

    public init(hash: [UInt8], nowMillis: Int64, updatedBy: TokenID?) {
        self.hash = hash
        self.nowMillis = nowMillis
        self.updatedBy = updatedBy
    }

    public func prepare(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) -> [CatalogMutation] {
        guard snapshot.tokens.token(named: TokenInfo.operatorName) != nil else {
            throw KernelError(.internalError, "missing admin token, cannot update")
        }
        return [
            .token(
                .replaceHash(name: TokenInfo.operatorName, hash: hash, updatedAtMillis: nowMillis, updatedBy: updatedBy)
            )
        ]
    }
}
