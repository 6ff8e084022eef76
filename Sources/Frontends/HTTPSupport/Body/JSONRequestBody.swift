import Foundation
import Hummingbird
import Kernel

/// Reads a JSON request body of the configure APIs: the `Content-Type` must be JSON
/// (`application/json` or `application/*+json`, parameters allowed), else 415; decoding failures
/// are 400 `serde json error: ...` with serde's wording where Foundation tells enough.
public enum JSONRequestBody {
    public static func decode<Body: Decodable>(
        _ type: Body.Type,
        from request: Request,
        maxBytes: Int
    ) async throws(HTTPFailure) -> Body {
        guard isJSON(request.headers[.contentType]) else {
            throw .unsupportedMediaType("unacceptable content-type, expected: application/json")
        }
        let bytes = try await RequestBodyReader.read(request, maxBytes: maxBytes)
        do {
            return try JSONDecoder().decode(Body.self, from: Data(bytes))
        } catch let failure as JSONFieldFailure {
            throw .badRequest("serde json error: \(failure.message)")
        } catch DecodingError.keyNotFound(let key, _) {
            throw .badRequest("serde json error: missing field `\(key.stringValue)`")
        } catch DecodingError.typeMismatch(let expected, let context) {
            let field = context.codingPath.last.map { " for field `\($0.stringValue)`" } ?? ""
            throw .badRequest("serde json error: invalid type\(field): expected \(typeName(expected))")
        } catch DecodingError.valueNotFound(let expected, let context) {
            let field = context.codingPath.last.map { " for field `\($0.stringValue)`" } ?? ""
            throw .badRequest("serde json error: invalid type\(field): null, expected \(typeName(expected))")
        } catch {
            throw .badRequest(
                bytes.isEmpty ? "serde json error: EOF while parsing a value" : "serde json error: invalid JSON")
        }
    }

    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mime = contentType.split(separator: ";", maxSplits: 1).first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard let mime else { return false }
        return mime == "application/json" || (mime.hasPrefix("application/") && mime.hasSuffix("+json"))
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is [Any].Type: "a sequence"
        case is Bool.Type: "a boolean"
        default: "\(type)"
        }
    }
}

/// Thrown by a `Decodable` body type for a field whose value it refuses (an unknown enum
/// variant, an unparsable duration); `JSONRequestBody` renders it as `serde json error: <message>`.
public struct JSONFieldFailure: Error, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
