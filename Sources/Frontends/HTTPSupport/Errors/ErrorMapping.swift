import HTTPTypes
import Hummingbird
import Kernel
import NIOCore

/// The one place where failures become HTTP responses. Each dialect has an exhaustive switch over
/// `KernelError.Kind` (no `default:`), so a new kind does not compile until it is classified.
public enum ErrorMapping {
    public static func response(for error: any Error, dialect: APIDialect) -> Response {
        switch error {
        case let failure as HTTPFailure: return response(for: failure, dialect: dialect)
        case let kernel as KernelError: return response(for: kernel, dialect: dialect)
        case let rejection as WriteRejection: return response(for: rejection, dialect: dialect)
        case let failure as AuthFailure: return failure.response(dialect: dialect)
        default:
            return response(for: KernelError(.internalError, "internal error: \(error)"), dialect: dialect)
        }
    }

    static func response(for failure: HTTPFailure, dialect: APIDialect) -> Response {
        let status: HTTPResponse.Status
        switch failure {
        case .requestTooLarge: status = .contentTooLarge
        case .badRequest, .badParameter: status = .badRequest
        case .unsupportedMediaType: status = .unsupportedMediaType
        }
        switch (dialect, failure) {
        case (.v2, .requestTooLarge): return v2(status, code: "request too large", failure.message)
        case (.v2, _): return v2(status, code: "invalid", failure.message)
        case (_, .badParameter): return json(status, JSONText.object([("error", JSONText.quoted(failure.message))]))
        case (_, _): return text(status, failure.message)
        }
    }

    static func response(for error: KernelError, dialect: APIDialect) -> Response {
        switch dialect {
        case .v1, .v3: return v3Style(error)
        case .v2: return v2Style(error)
        }
    }

    private static func v3Style(_ error: KernelError) -> Response {
        let errorObject = JSONText.object([("error", JSONText.quoted(error.message))])
        switch error.kind {
        case .invalidInput:
            return error == .emptyWrite ? text(.badRequest, error.message) : json(.badRequest, errorObject)
        case .notFound: return text(.notFound, error.message)
        case .alreadyExists: return text(.conflict, error.message)
        case .conflict: return text(.conflict, error.message)
        case .unauthenticated: return json(.unauthorized, errorObject)
        case .forbidden: return json(.forbidden, errorObject)
        case .limitExceeded: return json(.unprocessableContent, errorObject)
        case .unavailable: return text(.serviceUnavailable, error.message)
        case .notImplemented, .notAllowed: return text(.methodNotAllowed, error.message)
        case .internalError: return text(.internalServerError, error.message)
        }
    }

    /// Errors of the query routes (`/api/v3/query_sql`): planning and syntax errors are plain text
    /// with DataFusion's wording (400), an unknown database is JSON (404), an unsupported feature
    /// is 405, as InfluxDB 3 answers them.
    public static func queryResponse(for error: any Error) -> Response {
        guard let error = error as? KernelError else { return response(for: error, dialect: .v3) }
        let errorObject = JSONText.object([("error", JSONText.quoted(error.message))])
        switch error.kind {
        case .invalidInput: return text(.badRequest, error.message)
        case .notFound: return json(.notFound, errorObject)
        case .alreadyExists, .conflict: return text(.conflict, error.message)
        case .unauthenticated: return json(.unauthorized, errorObject)
        case .forbidden: return json(.forbidden, errorObject)
        case .limitExceeded: return json(.unprocessableContent, errorObject)
        case .unavailable: return text(.serviceUnavailable, error.message)
        case .notImplemented, .notAllowed: return text(.methodNotAllowed, error.message)
        case .internalError: return text(.internalServerError, error.message)
        }
    }

    /// Errors of the configure routes (`/api/v3/configure/...`): catalog errors are plain text
    /// (invalid configuration, reserved or duplicate columns are 400), limits are JSON 422, as
    /// InfluxDB 3 answers them. Name validation failures arrive as `HTTPFailure.badParameter`.
    public static func configureResponse(for error: any Error) -> Response {
        guard let error = error as? KernelError else { return response(for: error, dialect: .v3) }
        let errorObject = JSONText.object([("error", JSONText.quoted(error.message))])
        switch error.kind {
        case .invalidInput: return text(.badRequest, error.message)
        case .notFound: return text(.notFound, error.message)
        case .alreadyExists, .conflict: return text(.conflict, error.message)
        case .unauthenticated: return json(.unauthorized, errorObject)
        case .forbidden: return json(.forbidden, errorObject)
        case .limitExceeded: return json(.unprocessableContent, errorObject)
        case .unavailable: return text(.serviceUnavailable, error.message)
        case .notImplemented, .notAllowed: return text(.methodNotAllowed, error.message)
        case .internalError: return text(.internalServerError, error.message)
        }
    }

    private static func v2Style(_ error: KernelError) -> Response {
        switch error.kind {
        case .invalidInput: return v2(.badRequest, code: "invalid", error.message)
        case .notFound: return v2(.notFound, code: "not found", error.message)
        case .alreadyExists: return v2(.conflict, code: "conflict", error.message)
        case .conflict: return v2(.conflict, code: "conflict", error.message)
        case .unauthenticated: return v2(.unauthorized, code: "unauthorized", "unauthorized access")
        case .forbidden: return v2(.forbidden, code: "forbidden", error.message)
        case .limitExceeded: return v2(.badRequest, code: "invalid", error.message)
        case .unavailable: return v2(.serviceUnavailable, code: "unavailable", error.message)
        case .notImplemented: return v2(.notImplemented, code: "not implemented", error.message)
        case .notAllowed: return v2(.methodNotAllowed, code: "method not allowed", error.message)
        case .internalError: return v2(.internalServerError, code: "internal error", error.message)
        }
    }

    static func response(for rejection: WriteRejection, dialect: APIDialect) -> Response {
        func lineObject(_ line: WriteRejection.Line) -> String {
            JSONText.object([
                ("error_message", JSONText.quoted(line.message)),
                ("line_number", String(line.lineNumber)),
                ("original_line", JSONText.quoted(line.originalLine)),
            ])
        }
        if dialect == .v2 {
            let first = rejection.lines.first?.message ?? "invalid line protocol"
            return v2(.badRequest, code: "invalid", "write buffer error: line protocol parse failed: \(first)")
        }
        if rejection.partial {
            let body = JSONText.object([
                ("error", JSONText.quoted("partial write of line protocol occurred")),
                ("data", "[" + rejection.lines.map(lineObject).joined(separator: ",") + "]"),
            ])
            return json(rejection.limitExceeded ? .unprocessableContent : .badRequest, body)
        }
        let data = rejection.lines.first.map(lineObject) ?? "null"
        let body = JSONText.object([("error", JSONText.quoted("line protocol parsing error")), ("data", data)])
        return json(rejection.limitExceeded ? .unprocessableContent : .badRequest, body)
    }

    // MARK: Bodies

    static func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body))
        )
    }

    static func json(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body))
        )
    }

    private static func v2(_ status: HTTPResponse.Status, code: String, _ message: String) -> Response {
        json(status, JSONText.object([("code", JSONText.quoted(code)), ("message", JSONText.quoted(message))]))
    }
}
