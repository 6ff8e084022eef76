import Kernel

/// The token part of `CatalogConformance`: creating, regenerating and deleting tokens, ids that
/// are never reused, and every field surviving a reopen.
extension CatalogConformance {
    static let tokenChecks: [Check] = [
        Check(name: "the operator token is created once with id 0 and *:*:*", body: operatorTokenOnce),
        Check(name: "named admin and resource tokens keep every field across a reopen", body: tokensSurviveReopen),
        Check(name: "regenerating the operator token keeps its id and replaces its hash", body: regenerateOperator),
        Check(name: "deleting tokens: _admin refused, unknown 404, ids never reused", body: deleteTokens),
    ]

    static func hash(_ seed: UInt8) -> [UInt8] { SHA512.digest([seed]) }

    static func operatorTokenOnce(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        let created = try await catalog.apply(CreateToken.operatorToken(hash: hash(1), nowMillis: 1_000))
        let expected = TokenInfo(
            id: TokenID(0), name: "_admin", hash: hash(1), createdAtMillis: 1_000, permissions: [.admin])
        try require(created.tokens.tokens == [expected], "got \(created.tokens.tokens)")
        try require(created.tokens.token(hash: hash(1)) == expected, "lookup by hash failed")
        try require(created.tokens.token(hash: hash(2)) == nil, "an unknown hash was found")
        try require(created.version == 1, "creating a token must count as a change")
        try await requireError(.alreadyExists, "token name already exists, _admin") {
            try await catalog.apply(CreateToken.operatorToken(hash: hash(2), nowMillis: 2_000))
        }
        try await requireUnchanged(catalog, created)
    }

    static func tokensSurviveReopen(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        _ = try await catalog.apply(CreateToken.operatorToken(hash: hash(1), nowMillis: 1_000))
        _ = try await catalog.apply(
            CreateToken.namedAdmin(
                name: "ops", hash: hash(2), nowMillis: 2_000, expirySeconds: 60, createdBy: TokenID(0)))
        let permissions = [
            try TokenPermission(parsing: "db:alpha,beta:read,write"), try TokenPermission(parsing: "system:*:read"),
            try TokenPermission(parsing: "db:*:create,describe,delete"),
        ]
        let before = try await catalog.apply(
            CreateToken.resource(
                name: "reader", hash: hash(3), permissions: permissions, nowMillis: 3_000, expirySeconds: nil,
                createdBy: TokenID(1)))
        try require(before.tokens.tokens.map(\.id) == [TokenID(0), TokenID(1), TokenID(2)], "ids must be 0, 1, 2")
        try require(before.tokens.token(named: "ops")?.expiryMillis == 62_000, "expiry must be created + 60 s")
        try require(before.tokens.token(named: "reader")?.permissions == permissions, "permissions changed")
        try await requireError(.alreadyExists, "token name already exists, ops") {
            try await catalog.apply(
                CreateToken.namedAdmin(name: "ops", hash: hash(4), nowMillis: 4_000, expirySeconds: nil, createdBy: nil)
            )
        }
        let reopened = try await open(CatalogLimits())
        try require(try await reopened.snapshot() == before, "tokens differ after a reopen")
        try require(
            try await reopened.snapshot().tokens.token(hash: hash(3))?.name == "reader", "hash lookup after reopen")
    }

    static func regenerateOperator(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        try await requireError(.internalError, "missing admin token, cannot update") {
            try await catalog.apply(RegenerateOperatorToken(hash: hash(9), nowMillis: 500, updatedBy: nil))
        }
        _ = try await catalog.apply(CreateToken.operatorToken(hash: hash(1), nowMillis: 1_000))
        _ = try await catalog.apply(
            CreateToken.namedAdmin(name: "ops", hash: hash(2), nowMillis: 1_500, expirySeconds: nil, createdBy: nil))
        let after = try await catalog.apply(
            RegenerateOperatorToken(hash: hash(3), nowMillis: 2_000, updatedBy: TokenID(1)))
        let expected = TokenInfo(
            id: TokenID(0), name: "_admin", hash: hash(3), createdAtMillis: 1_000, updatedAtMillis: 2_000,
            updatedBy: TokenID(1), permissions: [.admin])
        try require(
            after.tokens.token(named: "_admin") == expected,
            "got \(String(describing: after.tokens.token(named: "_admin")))")
        try require(after.tokens.token(hash: hash(1)) == nil, "the old operator hash still matches")
        try require(after.tokens.token(hash: hash(2))?.name == "ops", "the named admin token must be untouched")
        try require(try await open(CatalogLimits()).snapshot() == after, "regeneration did not survive a reopen")
    }

    static func deleteTokens(_ open: Open) async throws {
        let catalog = try await open(CatalogLimits())
        _ = try await catalog.apply(CreateToken.operatorToken(hash: hash(1), nowMillis: 1_000))
        _ = try await catalog.apply(
            CreateToken.namedAdmin(name: "ops", hash: hash(2), nowMillis: 1_000, expirySeconds: nil, createdBy: nil))
        try await requireError(.notAllowed, "cannot delete operator token") {
            try await catalog.apply(DeleteToken(name: "_admin"))
        }
        try await requireError(.notFound, "the requested resource was not found: nobody") {
            try await catalog.apply(DeleteToken(name: "nobody"))
        }
        let deleted = try await catalog.apply(DeleteToken(name: "ops"))
        try require(deleted.tokens.token(named: "ops") == nil, "ops is still there")
        try require(deleted.tokens.token(hash: hash(2)) == nil, "ops's hash still matches")
        let reopened = try await open(CatalogLimits())
        try require(try await reopened.snapshot() == deleted, "the deletion did not survive a reopen")
        let again = try await reopened.apply(
            CreateToken.namedAdmin(name: "ops", hash: hash(3), nowMillis: 3_000, expirySeconds: nil, createdBy: nil))
        try require(again.tokens.token(named: "ops")?.id == TokenID(2), "a deleted token's id was reused")
    }
}
