import HTTPSupport
import HTTPTypes
import Hummingbird
import Kernel

/// `/api/v3/configure/database` (list, create, update, delete) and
/// `/api/v3/configure/database/retention_period` (clear). Each registration declares its access:
/// InfluxDB 3's db actions `create`, `describe` (listing shows only the databases the token may
/// describe), `delete`, checked once `db` is parsed; updates need an admin token.
enum ConfigureDatabaseRoutes {
    static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        environment: APIEnvironment
    ) {
        let path = V3Paths.configureDatabase
        router.on(path, method: .get, access: .database(.describe), environment: environment) { request, context in
            await respond { () async throws -> Response in try await list(request, context, kernel: kernel) }
        }
        router.on(path, method: .post, access: .database(.create), environment: environment) { request, context in
            await respond { () async throws -> Response in
                let body = try await JSONRequestBody.decode(
                    CreateBody.self, from: request, maxBytes: environment.maxRequestBytes)
                try context.authorize(.database(body.db, .create))
                let name = try ConfigureParameters.databaseName(body.db)
                _ = try await kernel.catalog.apply(CreateDatabase(name: name, retentionPeriod: body.retentionPeriod))
                return Response(status: .ok)
            }
        }
        router.on(path, method: .put, access: .admin, environment: environment) { request, _ in
            await respond { () async throws -> Response in
                let body = try await JSONRequestBody.decode(
                    CreateBody.self, from: request, maxBytes: environment.maxRequestBytes)
                _ = try await kernel.catalog.apply(
                    SetDatabaseRetention(database: body.db, retentionPeriod: body.retentionPeriod))
                return Response(status: .ok)
            }
        }
        router.on(path, method: .delete, access: .database(.delete), environment: environment) { request, context in
            await respond { () async throws -> Response in
                let database = try ConfigureParameters.required(request, "db")
                try context.authorize(.database(database, .delete))
                let hardDeletion = try ConfigureParameters.hardDeletion(request)
                let dataOnly = try QueryString.bool(request, "data_only", default: false)
                // `remove_tables` only matters with `data_only`, as the spec says.
                let removeTables = try QueryString.bool(request, "remove_tables", default: false)
                try await kernel.deleteDatabase(
                    database, scope: dataOnly ? (removeTables ? .dataAndTables : .dataOnly) : .database,
                    hardDeletion: hardDeletion, defaultDelay: environment.hardDeleteDefaultDelay)
                return Response(status: .ok)
            }
        }
        router.on(V3Paths.configureDatabaseRetention, method: .delete, access: .admin, environment: environment) {
            request, _ in
            await respond { () async throws -> Response in
                let database = try ConfigureParameters.required(request, "db")
                _ = try await kernel.catalog.apply(SetDatabaseRetention(database: database, retentionPeriod: nil))
                return Response(status: .noContent)
            }
        }
    }

    /// Runs a configure handler and renders its failure the configure way.
    static func respond(_ body: () async throws -> Response) async -> Response {
        do {
            return try await body()
        } catch {
            return ErrorMapping.configureResponse(for: error)
        }
    }

    /// `GET ?format=<f>[&show_deleted=true]`: `iox::database` (and `deleted`), live databases
    /// first, then by name.
    static func list(_ request: Request, _ context: APIRequestContext, kernel: KernelServices) async throws -> Response
    {
        let format = try QueryPipeline.format(parameter: try ConfigureParameters.required(request, "format"))
        let showDeleted = try QueryString.bool(request, "show_deleted", default: false)
        let all = try await kernel.catalog.snapshot().databases
        // A token sees the databases it may describe, and is refused when that is none of them.
        let describable = all.filter { context.identity?.allows(.database($0.name, .describe)) == true }
        guard !describable.isEmpty || context.identity?.allows(.admin) == true else { throw AuthFailure.forbidden }
        let databases =
            describable
            .filter { showDeleted || !$0.isDeleted }
            .sorted { ($0.isDeleted ? 1 : 0, $0.name) < ($1.isDeleted ? 1 : 0, $1.name) }
        var columns = [
            RecordColumn(
                name: "iox::database", type: .string, values: .string(databases.map(\.name)),
                validity: ValidityBitmap(repeating: true, count: databases.count))
        ]
        if showDeleted {
            columns.append(
                RecordColumn(
                    name: "deleted", type: .boolean, values: .boolean(databases.map(\.isDeleted)),
                    validity: ValidityBitmap(repeating: true, count: databases.count)))
        }
        let batch = RecordBatch(columns: columns, rowCount: databases.count)
        let result = QueryResult(
            columns: columns.map { ResultColumn(name: $0.name, type: $0.type) }, batches: [batch])
        return try QueryPipeline.encode(result, format: format)
    }

    /// The body of create (`db` and an optional `retention_period`) and update (the period, or
    /// none to clear it).
    struct CreateBody: Decodable {
        var db: String
        var retentionPeriod: Duration?

        enum CodingKeys: String, CodingKey {
            case db
            case retentionPeriod = "retention_period"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            db = try container.decode(String.self, forKey: .db)
            retentionPeriod = try ConfigureParameters.retention(
                try container.decodeIfPresent(String.self, forKey: .retentionPeriod),
                codingPath: container.codingPath + [CodingKeys.retentionPeriod])
        }
    }
}
