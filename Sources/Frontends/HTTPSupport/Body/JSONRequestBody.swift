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
        } catch {
            throw .badRequest("serde json error: " + message(for: error, in: bytes))
        }
    }

    /// serde_json's message for a failed decoding, with its ` at line L column C`.
    static func message(for error: any Error, in bytes: [UInt8]) -> String {
        let positions = JSONPositions(bytes)
        if let syntax = positions.syntaxError { return syntax.message + positions.location(syntax.offset) }
        func path(_ codingPath: [any CodingKey]) -> JSONPositions.Path {
            codingPath.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
        }
        func at(_ offset: Int?) -> String { offset.map { positions.location($0) } ?? "" }
        switch error {
        case let failure as JSONFieldFailure:
            return failure.message + at(positions.valueEnds[failure.codingPath])
        case DecodingError.keyNotFound(let key, let context):
            return "missing field `\(key.stringValue)`" + at(positions.objectCloses[path(context.codingPath)])
        case DecodingError.typeMismatch(let expected, let context),
            DecodingError.valueNotFound(let expected, let context):
            let valuePath = path(context.codingPath)
            let found = positions.unexpected(at: valuePath) ?? "null"
            return "invalid type: \(found), expected \(typeName(expected))" + at(positions.valueEnds[valuePath])
        default:
            return "invalid JSON"
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
        case is UInt64.Type, is UInt.Type: "u64"
        case is Int64.Type, is Int.Type: "i64"
        case is UInt32.Type: "u32"
        case is Double.Type: "f64"
        case is [String: Any].Type: "a map"
        default: "\(type)"
        }
    }
}

/// Thrown by a `Decodable` body type for a field whose value it refuses (an unknown enum
/// variant, an unparsable duration); `JSONRequestBody` renders it as `serde json error: <message>`
/// with the position of the value at `codingPath`.
public struct JSONFieldFailure: Error, Sendable {
    public var message: String
    /// Where the refused value is (keys, array positions as `[n]`).
    public var codingPath: [String]

    public init(_ message: String, codingPath: [any CodingKey] = []) {
        self.message = message
        self.codingPath = codingPath.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
    }
}
