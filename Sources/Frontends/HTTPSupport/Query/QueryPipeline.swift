import HTTPTypes
import Hummingbird
import Kernel
import NIOCore

/// The shared query route body: negotiate the output format (`format` parameter, else `Accept`),
/// run the query through the kernel's query engine, stream the encoded result.
public enum QueryPipeline {
    /// Bytes gathered before a chunk is written to the connection.
    static let chunkBytes = 64 * 1024

    public static func respond(
        to request: Request,
        context: APIRequestContext,
        kernel: KernelServices,
        environment: APIEnvironment,
        language: QueryRequest.Language
    ) async -> Response {
        do {
            let parameters: QueryHTTPRequest
            if request.method == .post {
                let body = try await RequestBodyReader.read(request, maxBytes: environment.maxRequestBytes)
                parameters = try QueryHTTPRequest.fromJSONBody(body, requiresDatabase: language == .sql)
            } else {
                parameters = try QueryHTTPRequest.fromQueryString(request, requiresDatabase: language == .sql)
            }
            if let database = parameters.database { try context.authorize(.database(database, .read)) }
            let format = try outputFormat(parameters.format, accept: request.headers[.accept])
            guard let engine = kernel.queryEngine else {
                throw KernelError(.notImplemented, "This feature is not implemented: queries")
            }
            let result = try await engine.execute(
                QueryRequest(
                    database: parameters.database,
                    text: parameters.query,
                    language: language,
                    parameters: parameters.parameters
                )
            )
            return try encode(result, format: format)
        } catch {
            return ErrorMapping.queryResponse(for: error)
        }
    }

    /// `format` wins; otherwise the `Accept` header decides. The header is validated either way.
    static func outputFormat(_ parameter: String?, accept: String?) throws(HTTPFailure) -> QueryOutputFormat {
        var fromAccept = QueryOutputFormat.json
        if let accept {
            switch accept {
            case "application/vnd.apache.parquet": fromAccept = .parquet
            case "text/csv": fromAccept = .csv
            case "text/plain": fromAccept = .pretty
            case "application/json", "*/*", "": fromAccept = .json
            default:
                guard accept.contains("text/html") || accept.contains("*/*") else {
                    throw .badRequest("invalid mime type (\(accept))")
                }
            }
        }
        guard let parameter else { return fromAccept }
        return try format(parameter: parameter)
    }

    /// The `format` query parameter, with serde's error for an unknown one.
    public static func format(parameter: String) throws(HTTPFailure) -> QueryOutputFormat {
        guard let format = QueryOutputFormat(parameter: parameter) else {
            throw .badRequest(
                "serde error: unknown variant `\(parameter)`, expected one of `pretty`, `json`, `json_lines`, `jsonl`, `csv`, `parquet`"
            )
        }
        return format
    }

    /// arrow-csv refuses struct and list columns when it writes the first batch (an Arrow error,
    /// 500 in InfluxDB): `Csv error: Nested type Struct("value": Float64) is not supported in CSV`.
    static func refuseNestedCSV(_ columns: [ResultColumn]) throws(KernelError) {
        guard let nested = columns.first(where: { $0.type.isNested }) else { return }
        throw KernelError(
            .internalError,
            "Arrow error: Csv error: Nested type \(nested.type.arrowName) is not supported in CSV")
    }

    /// arrow-json writes a map as an object and refuses one whose keys are not strings, at any
    /// depth (an Arrow error, 500 in InfluxDB): `Json error: Only UTF8 keys supported by JSON
    /// MapArray Writer: got Int64`.
    static func refuseMapKeysJSON(_ types: [ValueType]) throws(KernelError) {
        for type in types {
            switch type {
            case .map(let entries):
                if let key = type.mapKeyAndValue?.key, key != .string {
                    throw KernelError(
                        .internalError,
                        "Arrow error: Json error: Only UTF8 keys supported by JSON MapArray Writer: got \(key.arrowName)"
                    )
                }
                try refuseMapKeysJSON(entries.map(\.type))
            case .list(let fields), .structure(let fields): try refuseMapKeysJSON(fields.map(\.type))
            default: continue
            }
        }
    }

    /// A 200 response streaming `result` in `format` (also used for listings such as the databases).
    public static func encode(_ result: QueryResult, format: QueryOutputFormat) throws(KernelError) -> Response {
        let headers: HTTPFields = [.contentType: format.contentType]
        guard let made = makeEncoder(format) else {
            let bytes = try ParquetOutput.encode(result)
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        // The first batch is pulled before the status is sent: most execution errors (casts,
        // division by zero, anything in an aggregate or sort) surface here and get a proper error
        // response. An error in a later batch can only end the body early, as in InfluxDB.
        let first = try result.stream.next()
        if format == .csv, let first, first.rowCount > 0 { try refuseNestedCSV(result.columns) }
        if format == .json || format == .jsonLines, let first, first.rowCount > 0 {
            try refuseMapKeysJSON(result.columns.map(\.type))
        }
        let body = ResponseBody { writer in
            var encoder = made
            var buffer: [UInt8] = []
            buffer.reserveCapacity(chunkBytes * 2)
            encoder.begin(into: &buffer)
            if let first { encoder.encode(first, into: &buffer) }
            while first != nil, let batch = try result.stream.next() {
                encoder.encode(batch, into: &buffer)
                if buffer.count >= chunkBytes {
                    try await writer.write(ByteBuffer(bytes: buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            encoder.finish(into: &buffer)
            if !buffer.isEmpty { try await writer.write(ByteBuffer(bytes: buffer)) }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }
}
