/// A failure of the HTTP exchange itself (before the kernel is involved): an oversized body, a
/// bad encoding, a missing parameter. Rendered per dialect by `ErrorMapping`.
public enum HTTPFailure: Error, Sendable, Equatable {
    /// The body (or the decompressed body) exceeds `--max-http-request-size`: 413.
    case requestTooLarge(Int)
    /// 400 with a plain-text body in v1/v3 (InfluxDB's style for request-shape errors).
    case badRequest(String)
    /// 400 with a JSON `{"error": ...}` body in v1/v3 (InfluxDB's style for parameter errors of `/write`).
    case badParameter(String)
    /// 415 with a plain-text body: a JSON body sent with another `Content-Type`.
    case unsupportedMediaType(String)

    var message: String {
        switch self {
        case .requestTooLarge(let limit): "max request size (\(limit) bytes) exceeded"
        case .badRequest(let text), .badParameter(let text), .unsupportedMediaType(let text): text
        }
    }
}
