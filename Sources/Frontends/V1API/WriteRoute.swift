import HTTPSupport
import Hummingbird
import Kernel

/// `POST /write?db=&rp=&precision=&u=&p=`: all-or-nothing, waits for the WAL, precision defaults
/// to nanoseconds (no `auto`, no `m`/`h`). `rp` other than empty/`autogen`/`default` selects the
/// database `db/rp`. `consistency` and `u` are ignored; `p` is a credential (auth comes later).
enum WriteRoute {
    static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        environment: APIEnvironment
    ) {
        WritePipeline.register(
            on: router,
            path: V1Paths.write,
            dialect: .v1,
            kernel: kernel,
            environment: environment,
            parameters: parameters
        )
    }

    static func parameters(_ request: Request) throws(HTTPFailure) -> WriteParameters {
        guard QueryString.isPresent(request) else { throw .badParameter("no db destination provided") }
        guard let database = QueryString.value(request, "db") else {
            throw .badParameter("failed to deserialize db/rp/precision in request: missing field `db`")
        }
        var precision = Precision.nanosecond
        if let text = QueryString.value(request, "precision") {
            guard text != "auto", let parsed = Precision(parameter: text) else {
                throw .badParameter(
                    "failed to deserialize db/rp/precision in request: unknown variant `\(text)`, expected one of "
                        + "`ns`, `n`, `us`, `u`, `ms`, `s`, `nanosecond`, `microsecond`, `millisecond`, `second`"
                )
            }
            precision = parsed
        }
        return WriteParameters(
            database: databaseName(database, retentionPolicy: QueryString.value(request, "rp")),
            precision: precision,
            acceptPartial: false,
            noSync: false,
            nameRules: .v1v2
        )
    }

    /// `db` alone for the default retention policies, `db/rp` for any other.
    static func databaseName(_ database: String, retentionPolicy: String?) -> String {
        guard let policy = retentionPolicy else { return database }
        switch policy.lowercased() {
        case "", "''", "autogen", "default": return database
        default: return database + "/" + policy
        }
    }
}
