import Foundation
import Hummingbird
import Kernel

/// The parameters of a v3 query request, from the query string (GET) or a JSON body (POST):
/// `db`, `q`, `format`, `params` (named placeholder values).
public struct QueryHTTPRequest: Sendable {
    public var database: String?
    public var query: String
    public var format: String?
    public var parameters: [String: QueryParameterValue]

    /// Reads a GET request's query string; `requiresDatabase` is true for SQL.
    public static func fromQueryString(_ request: Request, requiresDatabase: Bool) throws(HTTPFailure)
        -> QueryHTTPRequest
    {
        guard QueryString.isPresent(request) else { throw .badRequest("missing query parameters 'db' and 'q'") }
        let database = QueryString.value(request, "db")
        if requiresDatabase, database == nil { throw .badRequest("serde error: missing field `db`") }
        guard let query = QueryString.value(request, "q") else { throw .badRequest("serde error: missing field `q`") }
        var parameters: [String: QueryParameterValue] = [:]
        if let text = QueryString.value(request, "params") {
            do {
                parameters = try JSONDecoder().decode([String: JSONParameter].self, from: Data(text.utf8))
                    .mapValues(\.value)
            } catch {
                throw .badRequest("serde error: invalid `params`: expected a JSON object of values")
            }
        }
        return QueryHTTPRequest(
            database: database,
            query: query,
            format: QueryString.value(request, "format"),
            parameters: parameters
        )
    }

    /// Reads a POST request's JSON body (InfluxDB does not check its Content-Type).
    public static func fromJSONBody(_ body: [UInt8], requiresDatabase: Bool) throws(HTTPFailure) -> QueryHTTPRequest {
        let decoded: Body
        do {
            decoded = try JSONDecoder().decode(Body.self, from: Data(body))
        } catch DecodingError.keyNotFound(let key, _) {
            throw .badRequest("serde json error: missing field `\(key.stringValue)`")
        } catch {
            throw .badRequest("serde json error: \(error)")
        }
        if requiresDatabase, decoded.db == nil { throw .badRequest("serde json error: missing field `db`") }
        return QueryHTTPRequest(
            database: decoded.db,
            query: decoded.q,
            format: decoded.format,
            parameters: (decoded.params ?? [:]).mapValues(\.value)
        )
    }

    /// The JSON body of a POST query.
    private struct Body: Decodable {
        var db: String?
        var q: String
        var format: String?
        var params: [String: JSONParameter]?
    }
}

/// One `params` value: JSON null, boolean, integer, unsigned, float or string.
struct JSONParameter: Decodable {
    var value: QueryParameterValue

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let flag = try? container.decode(Bool.self) {
            value = .boolean(flag)
        } else if let integer = try? container.decode(Int64.self) {
            value = .integer(integer)
        } else if let unsigned = try? container.decode(UInt64.self) {
            value = .uinteger(unsigned)
        } else if let number = try? container.decode(Double.self) {
            value = .float(number)
        } else {
            value = .string(try container.decode(String.self))
        }
    }
}
