import HTTPSupport
import HTTPTypes
import Hummingbird
import Kernel

/// `/api/v3/configure/database` (list, create, update, delete) and
/// `/api/v3/configure/database/retention_period` (clear). The `// needs:` comment at each
/// registration names the permission it will check once authorization is wired (InfluxDB 3's db
/// actions `create`, `describe`, `delete`; `admin` is the `*:*:*` token).
enum ConfigureDatabaseRoutes {
    static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        environment: APIEnvironment
    ) {
        let path = RouterPath(stringLiteral: V3Paths.configureDatabase)
        // needs: db:*:describe (only the databases the token may describe are listed)
        router.on(path, method: .get) { request, _ in
            await respond { () async throws -> Response in try await list(request, kernel: kernel) }
        }
        // needs: db:<db>:create
        router.on(path, method: .post) { request, _ in
            await respond { () async throws -> Response in
                let body = try await JSONRequestBody.decode(
                    CreateBody.self, from: request, maxBytes: environment.maxRequestBytes)
                let name = try ConfigureParameters.databaseName(body.db)
                _ = try await kernel.catalog.apply(CreateDatabase(name: name, retentionPeriod: body.retentionPeriod))
                return Response(status: .ok)
            }
        }
        // needs: admin
        router.on(path, method: .put) { request, _ in
            await respond { () async throws -> Response in
                let body = try await JSONRequestBody.decode(
                    CreateBody.self, from: request, maxBytes: environment.maxRequestBytes)
                _ = try await kernel.catalog.apply(
                    SetDatabaseRetention(database: body.db, retentionPeriod: body.retentionPeriod))
                return Response(status: .ok)
            }
        }
        // needs: db:<db>:delete
        router.on(path, method: .delete) { request, _ in
            await respond { () async throws -> Response in
                let database = try ConfigureParameters.required(request, "db")
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
        // needs: admin
        router.on(.init(stringLiteral: V3Paths.configureDatabaseRetention), method: .delete) { request, _ in
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
    static func list(_ request: Request, kernel: KernelServices) async throws -> Response {
        let format = try QueryPipeline.format(parameter: try ConfigureParameters.required(request, "format"))
        let showDeleted = try QueryString.bool(request, "show_deleted", default: false)
        let databases = try await kernel.catalog.snapshot().databases
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
