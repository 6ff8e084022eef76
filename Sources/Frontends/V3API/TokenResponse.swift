import HTTPSupport
import HTTPTypes
import Hummingbird
import Kernel
import NIOCore

/// The 201 answer to a token creation or regeneration: InfluxDB's
/// `CreateTokenWithPermissionsResponse` with its literal `Content-Type: json`.
enum TokenResponse {
    static func created(_ token: TokenInfo, secret: TokenSecret) -> Response {
        let body = JSONText.object([
            ("id", String(token.id.rawValue)),
            ("name", JSONText.quoted(token.name)),
            ("token", JSONText.quoted(secret.token)),
            ("hash", JSONText.quoted(Hex.encode(token.hash))),
            ("created_at", rfc3339(millis: token.createdAtMillis).map(JSONText.quoted) ?? "null"),
            ("expiry", token.expiryMillis.flatMap(rfc3339(millis:)).map(JSONText.quoted) ?? "null"),
        ])
        return Response(
            status: .created,
            headers: [.contentType: "json"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body))
        )
    }

    /// chrono's RFC 3339 form of a UTC time (`2025-01-02T03:04:05.678Z`, no fraction when whole);
    /// nil when out of range (InfluxDB renders such an expiry as null).
    static func rfc3339(millis: Int64) -> String? {
        let (nanos, overflow) = millis.multipliedReportingOverflow(by: 1_000_000)
        guard !overflow else { return nil }
        return TimestampFormatter.string(nanoseconds: nanos) + "Z"
    }
}
