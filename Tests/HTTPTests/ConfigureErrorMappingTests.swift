import HTTPSupport
import HTTPTypes
import Hummingbird
import Kernel
import Testing

/// `ErrorMapping.configureResponse`: every kind's status, content type and body.
@Suite("Configure error mapping")
struct ConfigureErrorMappingTests {
    @Test(
        arguments: [
            (KernelError.Kind.invalidInput, 400, "text/plain; charset=utf-8", "m"),
            (.notFound, 404, "text/plain; charset=utf-8", "m"),
            (.alreadyExists, 409, "text/plain; charset=utf-8", "m"),
            (.conflict, 409, "text/plain; charset=utf-8", "m"),
            (.unauthenticated, 401, "application/json", #"{"error":"m"}"#),
            (.forbidden, 403, "application/json", #"{"error":"m"}"#),
            (.limitExceeded, 422, "application/json", #"{"error":"m"}"#),
            (.unavailable, 503, "text/plain; charset=utf-8", "m"),
            (.notImplemented, 405, "text/plain; charset=utf-8", "m"),
            (.internalError, 500, "text/plain; charset=utf-8", "m"),
        ])
    func kind(kind: KernelError.Kind, status: Int, contentType: String, body: String) async throws {
        let response = ErrorMapping.configureResponse(for: KernelError(kind, "m"))
        let collector = BodyCollector()
        try await response.body.write(collector)
        #expect(response.status.code == status)
        #expect(response.headers[.contentType] == contentType)
        #expect(collector.text == body)
    }

    @Test func requestFailures() async throws {
        let cases: [(HTTPFailure, Int, String)] = [
            (
                .unsupportedMediaType("unacceptable content-type, expected: application/json"), 415,
                "text/plain; charset=utf-8"
            ),
            (.badParameter("db name cannot be empty"), 400, "application/json"),
            (.badRequest("serde error: missing field `db`"), 400, "text/plain; charset=utf-8"),
        ]
        for (failure, status, contentType) in cases {
            let response = ErrorMapping.configureResponse(for: failure)
            #expect(response.status.code == status)
            #expect(response.headers[.contentType] == contentType)
        }
    }
}
