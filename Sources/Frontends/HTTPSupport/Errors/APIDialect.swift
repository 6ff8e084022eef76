/// The API family a route belongs to; it decides how errors are rendered.
public enum APIDialect: Sendable {
    /// `/api/v3/...` and the server routes: plain text or `{"error": ...}`.
    case v3
    /// `/write` and `/query`: like v3.
    case v1
    /// `/api/v2/...`: `{"code": ..., "message": ...}`.
    case v2
}
