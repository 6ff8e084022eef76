/// `DELETE /api/v3/configure/token?token_name=`: removes a token (a token may delete itself);
/// the operator token cannot be deleted (405), an unknown name is 404.
public struct DeleteToken: CatalogOperation {
    public var name: String

    public init(name: String) {
        self.name = name
    }

    public func prepare(_ snapshot: CatalogSnapshot, limits: CatalogLimits) throws(KernelError) -> [CatalogMutation] {
        guard name != TokenInfo.operatorName else {
            throw KernelError(.notAllowed, "cannot delete operator token")
        }
        guard snapshot.tokens.token(named: name) != nil else {
            throw KernelError(.notFound, "the requested resource was not found: \(name)")
        }
        return [.token(.delete(name: name))]
    }
}
