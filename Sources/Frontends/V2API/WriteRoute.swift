import HTTPSupport
import Hummingbird
import Kernel

/// `POST /api/v2/write?bucket=&org=&precision=`: the bucket is the database, `org` is ignored,
/// all-or-nothing, waits for the WAL, precision defaults to nanoseconds.
enum WriteRoute {
    static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        environment: APIEnvironment
    ) {
        WritePipeline.register(
            on: router,
            path: V2Paths.write,
            dialect: .v2,
            kernel: kernel,
            environment: environment,
            parameters: parameters
        )
    }

    static func parameters(_ request: Request) throws(HTTPFailure) -> WriteParameters {
        guard QueryString.isPresent(request), let bucket = QueryString.value(request, "bucket") else {
            throw .badRequest("no org/bucket destination provided")
        }
        guard !bucket.isEmpty else { throw .badRequest("missing bucket value") }
        var precision = Precision.nanosecond
        if let text = QueryString.value(request, "precision") {
            guard text != "auto", let parsed = Precision(parameter: text) else {
                throw .badRequest("invalid precision value: \(text)")
            }
            precision = parsed
        }
        return WriteParameters(
            database: bucket,
            precision: precision,
            acceptPartial: false,
            noSync: false,
            nameRules: .v1v2
        )
    }
}
