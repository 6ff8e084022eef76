import Foundation
import Hummingbird

/// Reads the JSON body of a configuration request as InfluxDB's `read_body_json` does: the
/// `Content-Type` must be JSON (`application/json` or `application/*+json`, parameters allowed),
/// else 415; a body that does not decode is 400 `serde json error: ...`.
public enum JSONRequestBody {
    public static func decode<Body: Decodable>(
        _ type: Body.Type, from request: Request, maxBytes: Int
    ) async throws(HTTPFailure) -> Body {
        guard isJSON(request.headers[.contentType]) else {
            throw .unsupportedMediaType("unacceptable content-type, expected: application/json")
        }
        let bytes = try await RequestBodyReader.read(request, maxBytes: maxBytes)
        do {
            return try JSONDecoder().decode(Body.self, from: Data(bytes))
        } catch DecodingError.keyNotFound(let key, _) {
            throw .badRequest("serde json error: missing field `\(key.stringValue)`")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw .badRequest("serde json error: invalid type for `\(field)`")
        } catch {
            throw .badRequest("serde json error: expected a JSON object")
        }
    }

    /// `mime.subtype() == "json"` or a `+json` suffix, as InfluxDB's `json_content_type`.
    static func isJSON(_ header: String?) -> Bool {
        guard let header else { return false }
        let essence = header.split(separator: ";", maxSplits: 1)[0].trimmingCharacters(in: .whitespaces).lowercased()
        let parts = essence.split(separator: "/", maxSplits: 1)
        guard parts.count == 2 else { return false }
        return parts[1] == "json" || parts[1].hasSuffix("+json")
    }
}
