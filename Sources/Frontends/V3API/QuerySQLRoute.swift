import HTTPSupport
import HTTPTypes
import Hummingbird
import Kernel

/// `GET|POST /api/v3/query_sql`: SQL over one database, result in json, jsonl, csv, pretty or
/// parquet (the `format` parameter or the `Accept` header).
enum QuerySQLRoute {
    static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        environment: APIEnvironment
    ) {
        for method in [HTTPRequest.Method.get, .post] {
            router.on(V3Paths.querySQL, method: method, access: .database(.read), environment: environment) {
                request, context in
                await QueryPipeline.respond(
                    to: request, context: context, kernel: kernel, environment: environment, language: .sql)
            }
        }
    }
}
