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

/// The shared write route body for v1, v2 and v3: parameters (parsed by the dialect) → `db:<name>:write`
/// permission → body
/// (size limit, gzip) → one `WriteRequest` → the kernel's writer → 204 or the dialect's error.
public enum WritePipeline {
    /// Registers `POST path` as a write route of `dialect` whose parameters `parameters` reads.
    public static func register(
        on router: some RouterMethods<APIRequestContext>,
        path: String,
        dialect: APIDialect,
        kernel: KernelServices,
        environment: APIEnvironment,
        parameters: @escaping @Sendable (Request) throws(HTTPFailure) -> WriteParameters
    ) {
        router.on(path, method: .post, access: .database(.write), environment: environment) { request, context in
            await respond(
                to: request, context: context, dialect: dialect, kernel: kernel, environment: environment,
                parameters: parameters)
        }
    }

    public static func respond(
        to request: Request,
        context: APIRequestContext,
        dialect: APIDialect,
        kernel: KernelServices,
        environment: APIEnvironment,
        parameters parse: (Request) throws(HTTPFailure) -> WriteParameters
    ) async -> Response {
        do {
            let parameters = try parse(request)
            try context.authorize(.database(parameters.database, .write))
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

    /// The first value of `name`, decoded as `application/x-www-form-urlencoded` (`+` is a
    /// space, `%XX` a byte), as serde_urlencoded reads InfluxDB's parameters.
    public static func value(_ request: Request, _ name: String) -> String? {
        guard let query = request.uri.query else { return nil }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard formDecode(parts[0]) == name else { continue }
            return parts.count > 1 ? formDecode(parts[1]) : ""
        }
        return nil
    }

    /// Decodes one form-encoded component; malformed escapes are kept literally.
    static func formDecode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let high = hexValue(iterator[iterator.startIndex]),
                let low = hexValue(iterator[iterator.startIndex + 1])
            {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
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
