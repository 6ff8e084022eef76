import HTTPSupport
import HTTPTypes
import Hummingbird
import Kernel

/// Token management (`/api/v3/configure/token...`, Enterprise resource tokens): create the
/// operator token once without credentials, regenerate it, create named admin and resource tokens,
/// delete by name. The plain token appears in the creation response only; the catalog keeps its
/// SHA-512 digest. Bodies and statuses as InfluxDB 3 (`http.rs`, `CreateTokenWithPermissionsResponse`).
enum TokenRoutes {
    static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        environment: APIEnvironment
    ) {
        router.on(V3Paths.operatorToken, method: .post, access: .unauthenticated, environment: environment) { _, _ in
            try await created(kernel) { secret, now in CreateToken.operatorToken(hash: secret.hash, nowMillis: now) }
        }
        router.on(V3Paths.regenerateOperatorToken, method: .post, access: .admin, environment: environment) {
            _, context in
            try await regenerate(kernel, by: context.identity?.tokenID)
        }
        router.on(V3Paths.namedAdminToken, method: .post, access: .admin, environment: environment) {
            request, context in
            let body = try await JSONRequestBody.decode(
                NamedAdminRequest.self, from: request, maxBytes: environment.maxRequestBytes)
            return try await created(kernel) { secret, now in
                CreateToken.namedAdmin(
                    name: body.token_name, hash: secret.hash, nowMillis: now, expirySeconds: body.expiry_secs,
                    createdBy: context.identity?.tokenID)
            }
        }
        router.on(V3Paths.resourceToken, method: .post, access: .admin, environment: environment) {
            request, context in
            let body = try await JSONRequestBody.decode(
                ResourceTokenRequest.self, from: request, maxBytes: environment.maxRequestBytes)
            let permissions = try body.validatedPermissions()
            return try await created(kernel) { secret, now in
                CreateToken.resource(
                    name: body.token_name, hash: secret.hash, permissions: permissions, nowMillis: now,
                    expirySeconds: body.expiry_secs, createdBy: context.identity?.tokenID)
            }
        }
        router.on(V3Paths.token, method: .delete, access: .admin, environment: environment) { request, _ in
            guard let name = QueryString.value(request, "token_name") else {
                throw HTTPFailure.badRequest("serde error: missing field `token_name`")
            }
            _ = try await kernel.catalog.apply(DeleteToken(name: name))
            return Response(status: .ok)
        }
    }

    /// `POST .../admin/regenerate`, also served by the admin token recovery listener (there with
    /// no identity).
    static func regenerate(_ kernel: KernelServices, by updatedBy: TokenID?) async throws -> Response {
        try await created(kernel) { secret, now in
            RegenerateOperatorToken(hash: secret.hash, nowMillis: now, updatedBy: updatedBy)
        }
    }

    /// Mints a token, applies the operation built from it and answers 201 with the token's row.
    private static func created<Operation: CatalogOperation>(
        _ kernel: KernelServices,
        _ operation: (TokenSecret, Int64) -> Operation
    ) async throws -> Response {
        let secret = TokenSecret.generate()
        let now = kernel.clock.nowNanoseconds() / 1_000_000
        let snapshot = try await kernel.catalog.apply(operation(secret, now))
        guard let token = snapshot.tokens.token(hash: secret.hash) else {
            throw KernelError(.internalError, "token missing after it was created")
        }
        return TokenResponse.created(token, secret: secret)
    }
}

/// The body of `POST /api/v3/configure/token/named_admin`.
struct NamedAdminRequest: Decodable {
    // swift-format-ignore: AlwaysUseLowerCamelCase
    var token_name: String
    // swift-format-ignore: AlwaysUseLowerCamelCase
    var expiry_secs: UInt64?
}

/// The body of `POST /api/v3/enterprise/configure/token`.
struct ResourceTokenRequest: Decodable {
    /// One requested permission.
    struct Permission: Decodable {
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var resource_type: String
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var resource_names: [String]
        var actions: [String]
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    var token_name: String
    var permissions: [Permission]
    // swift-format-ignore: AlwaysUseLowerCamelCase
    var expiry_secs: UInt64?

    /// The permissions, validated (400 with InfluxDB's message when one is invalid).
    func validatedPermissions() throws(HTTPFailure) -> [TokenPermission] {
        guard !permissions.isEmpty else { throw .badRequest("invalid request: no permissions given") }
        var result: [TokenPermission] = []
        for permission in permissions {
            do throws(KernelError) {
                result.append(
                    try TokenPermission(
                        resourceType: permission.resource_type, names: permission.resource_names,
                        actions: permission.actions))
            } catch {
                throw .badRequest(error.message)
            }
        }
        return result
    }
}
