import Hummingbird
import Kernel

/// The write parameters every dialect extracts from its own query string.
public struct WriteParameters: Sendable, Equatable {
    public var database: String
    public var precision: Precision
    public var acceptPartial: Bool
    public var noSync: Bool
    public var nameRules: DatabaseName.Dialect

    public init(
        database: String, precision: Precision, acceptPartial: Bool, noSync: Bool, nameRules: DatabaseName.Dialect
    ) {
        self.database = database
        self.precision = precision
        self.acceptPartial = acceptPartial
        self.noSync = noSync
        self.nameRules = nameRules
    }
}

/// The shared write route body for v1, v2 and v3: parameters (parsed by the dialect) → body
/// (size limit, gzip) → one `WriteRequest` → the kernel's writer → 204 or the dialect's error.
public enum WritePipeline {
    public static func respond(
        to request: Request,
        dialect: APIDialect,
        kernel: KernelServices,
        environment: APIEnvironment,
        parameters parse: (Request) throws(HTTPFailure) -> WriteParameters
    ) async -> Response {
        do {
            let parameters = try parse(request)
            let body = try await RequestBodyReader.read(request, maxBytes: environment.maxRequestBytes)
            _ = try await kernel.writer.write(
                WriteRequest(
                    database: parameters.database,
                    dialect: parameters.nameRules,
                    precision: parameters.precision,
                    acceptPartial: parameters.acceptPartial,
                    noSync: parameters.noSync,
                    body: body
                )
            )
            return Response(status: .noContent)
        } catch {
            return ErrorMapping.response(for: error, dialect: dialect)
        }
    }
}

/// Reading query-string parameters the way InfluxDB's serde-based extractors do.
public enum QueryString {
    /// Whether the request has a query string at all (several APIs answer differently without one).
    public static func isPresent(_ request: Request) -> Bool {
        !(request.uri.query ?? "").isEmpty
    }

    public static func value(_ request: Request, _ name: String) -> String? {
        request.uri.queryParameters.get(name)
    }

    /// A `true`/`false` parameter; absent gives `default`.
    public static func bool(_ request: Request, _ name: String, default value: Bool) throws(HTTPFailure) -> Bool {
        switch self.value(request, name) {
        case nil: return value
        case "true": return true
        case "false": return false
        case .some: throw .badRequest("serde error: provided string was not `true` or `false`")
        }
    }
}
