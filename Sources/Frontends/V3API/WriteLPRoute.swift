import HTTPSupport
import Hummingbird
import Kernel

/// `POST /api/v3/write_lp?db=&precision=&accept_partial=&no_sync=`: precision defaults to `auto`,
/// partial writes are accepted by default, `no_sync=true` acknowledges before the WAL fsync.
enum WriteLPRoute {
    static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        environment: APIEnvironment
    ) {
        WritePipeline.register(
            on: router,
            path: V3Paths.writeLP,
            dialect: .v3,
            kernel: kernel,
            environment: environment,
            parameters: parameters
        )
    }

    static func parameters(_ request: Request) throws(HTTPFailure) -> WriteParameters {
        guard QueryString.isPresent(request) else { throw .badRequest("missing query parameter 'db'") }
        guard let database = QueryString.value(request, "db") else {
            throw .badRequest("serde error: missing field `db`")
        }
        var precision = Precision.auto
        if let text = QueryString.value(request, "precision") {
            guard let parsed = Precision(parameter: text) else {
                throw .badRequest(
                    "serde error: unknown variant `\(text)`, expected one of `auto`, `nanosecond`, `microsecond`, "
                        + "`millisecond`, `second`, `ns`, `n`, `us`, `u`, `ms`, `s`"
                )
            }
            precision = parsed
        }
        return WriteParameters(
            database: database,
            precision: precision,
            acceptPartial: try QueryString.bool(request, "accept_partial", default: true),
            noSync: try QueryString.bool(request, "no_sync", default: false),
            nameRules: .v3
        )
    }
}
