import Hummingbird
import Kernel

/// Finds the token a request presents, exactly as InfluxDB 3 (`http.rs` `authenticate_request`,
/// `extract_v1_auth_token`, `validate_auth_header`):
///
/// | request                                              | token                                 |
/// |------------------------------------------------------|---------------------------------------|
/// | path `/query` or `/write` with a `p` parameter        | `p` (`u` is ignored)                  |
/// | no `Authorization` header                            | none (401 later)                      |
/// | `Bearer <t>` or `Token <t>` (one space, two parts)   | `<t>`                                 |
/// | `Basic <base64 of user:t>` (split at the last `:`)    | `t`; a `:` left in `user` is 400      |
/// | any other scheme, case or shape, bad base64          | 400 malformed                         |
public enum Credentials {
    /// The paths where the v1 `p` query parameter carries the token.
    static let v1PasswordPaths: Set<String> = ["/query", "/write"]

    public static func token(_ request: Request) throws(AuthFailure) -> String? {
        if v1PasswordPaths.contains(request.uri.path), let password = QueryString.value(request, "p") {
            return password
        }
        guard let header = request.headers[.authorization] else { return nil }
        return try token(authorizationHeader: header)
    }

    /// The token in an `Authorization` header value.
    public static func token(authorizationHeader header: String) throws(AuthFailure) -> String {
        let parts = header.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, ["Bearer", "Token", "Basic"].contains(parts[0]) else {
            throw .malformedHeader
        }
        guard parts[0] == "Basic" else { return String(parts[1]) }
        guard let decoded = Base64.decode(String(parts[1])),
            let text = String(validating: decoded, as: UTF8.self),
            let colon = text.lastIndex(of: ":")
        else { throw .malformedHeader }
        guard !text[..<colon].contains(":") else { throw .malformedHeader }
        return String(text[text.index(after: colon)...])
    }
}
