import HTTPTypes
import Hummingbird
import Kernel

/// Why the auth middleware or a handler's permission check refused a request. Rendered by
/// `ErrorMapping` with InfluxDB's exact bodies (`http.rs` `AuthenticationError`,
/// `ResourceAuthorizationError`, `V2WriteApiError`).
public enum AuthFailure: Error, Sendable, Equatable {
    /// 400: the `Authorization` header is not `<Bearer|Token|Basic> <token>` (or Basic is not
    /// base64 of `user:token`).
    case malformedHeader
    /// 401: no token, an unknown, deleted or expired one.
    case unauthenticated
    /// 403: the token lacks the permission.
    case forbidden
    /// 405: token management on a server started with `--without-auth`.
    case disabledWithoutAuth

    static let malformedMessage =
        "Authorization header was malformed, the request was not in the form of 'Authorization: <auth-scheme> <token>', supported auth-schemes are Bearer, Token and Basic"
    static let disabledMessage = "endpoint disabled, started without auth"

    /// The response; authentication happens before routing in InfluxDB, so only the permission
    /// failure (checked by the route) differs by dialect.
    func response(dialect: APIDialect) -> Response {
        switch (self, dialect) {
        case (.malformedHeader, _): return Self.spaced(.badRequest, Self.malformedMessage)
        case (.unauthenticated, _): return Self.spaced(.unauthorized, AuthIdentity.notAuthenticatedMessage)
        case (.forbidden, .v2):
            return ErrorMapping.json(
                .forbidden,
                JSONText.object([
                    ("code", JSONText.quoted("forbidden")),
                    ("message", JSONText.quoted("Authorization error: \(AuthIdentity.forbiddenMessage)")),
                ]))
        case (.forbidden, .v1), (.forbidden, .v3): return Self.spaced(.forbidden, AuthIdentity.forbiddenMessage)
        case (.disabledWithoutAuth, _): return ErrorMapping.text(.methodNotAllowed, Self.disabledMessage)
        }
    }

    /// InfluxDB formats these bodies by hand: `{"error": "<message>"}`, with a space after the colon.
    private static func spaced(_ status: HTTPResponse.Status, _ message: String) -> Response {
        ErrorMapping.json(status, "{\"error\": " + JSONText.quoted(message) + "}")
    }
}
