import HTTPSupport
import HTTPTypes
import Hummingbird
import Kernel

/// `/api/v3/configure/table` (create, update, delete) and
/// `/api/v3/enterprise/configure/table/retention_period` (set, clear).
enum ConfigureTableRoutes {
    static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        environment: APIEnvironment
    ) {
        let path = V3Paths.configureTable
        let respond = ConfigureDatabaseRoutes.respond
        router.on(path, method: .post, access: .database(.create), environment: environment) { request, context in
            await respond { () async throws -> Response in
                let body = try await JSONRequestBody.decode(
                    CreateBody.self, from: request, maxBytes: environment.maxRequestBytes)
                try context.authorize(.database(body.db, .create))
                let operation = CreateTable(
                    database: try ConfigureParameters.databaseName(body.db), table: body.table, tags: body.tags,
                    fields: body.fields.map { CreateTable.Field(name: $0.name, type: $0.type.columnType) },
                    retentionPeriod: body.retentionPeriod)
                _ = try await kernel.catalog.apply(operation)
                return Response(status: .ok)
            }
        }
        router.on(path, method: .put, access: .admin, environment: environment) { request, _ in
            await respond { () async throws -> Response in
                let body = try await JSONRequestBody.decode(
                    UpdateBody.self, from: request, maxBytes: environment.maxRequestBytes)
                _ = try await kernel.catalog.apply(
                    SetTableRetention(database: body.db, table: body.table, retentionPeriod: body.retentionPeriod))
                return Response(status: .ok)
            }
        }
        router.on(path, method: .delete, access: .database(.delete), environment: environment) { request, context in
            await respond { () async throws -> Response in
                let database = try ConfigureParameters.required(request, "db")
                try context.authorize(.database(database, .delete))
                let table = try ConfigureParameters.required(request, "table")
                let hardDeletion = try ConfigureParameters.hardDeletion(request)
                try await kernel.deleteTable(
                    table, of: database, dataOnly: try QueryString.bool(request, "data_only", default: false),
                    hardDeletion: hardDeletion, defaultDelay: environment.hardDeleteDefaultDelay)
                return Response(status: .ok)
            }
        }
        let retention = V3Paths.configureTableRetention
        router.on(retention, method: .post, access: .admin, environment: environment) { request, _ in
            await respond { () async throws -> Response in
                let database = try ConfigureParameters.required(request, "db")
                let table = try ConfigureParameters.required(request, "table")
                let duration = try ConfigureParameters.duration(request)
                _ = try await kernel.catalog.apply(
                    SetTableRetention(database: database, table: table, retentionPeriod: duration))
                return Response(status: .noContent)
            }
        }
        router.on(retention, method: .delete, access: .admin, environment: environment) { request, _ in
            await respond { () async throws -> Response in
                let database = try ConfigureParameters.required(request, "db")
                let table = try ConfigureParameters.required(request, "table")
                _ = try await kernel.catalog.apply(
                    SetTableRetention(database: database, table: table, retentionPeriod: nil))
                return Response(status: .noContent)
            }
        }
    }

    /// A field type of the create body, as InfluxDB 3 spells it.
    enum FieldType: String, Decodable {
        case utf8, int64, uint64, float64, bool

        var columnType: ColumnType {
            switch self {
            case .utf8: .string
            case .int64: .integer
            case .uint64: .uinteger
            case .float64: .float
            case .bool: .boolean
            }
        }

        init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let type = FieldType(rawValue: text) else {
                throw JSONFieldFailure(
                    "unknown variant `\(text)`, expected one of `utf8`, `int64`, `uint64`, `float64`, `bool`",
                    codingPath: decoder.codingPath)
            }
            self = type
        }
    }

    /// One field of the create body.
    struct FieldBody: Decodable {
        var name: String
        var type: FieldType
    }

    /// `{"db", "table", "tags", "fields", "retention_period"?}`.
    struct CreateBody: Decodable {
        var db: String
        var table: String
        var tags: [String]
        var fields: [FieldBody]
        var retentionPeriod: Duration?

        enum CodingKeys: String, CodingKey {
            case db, table, tags, fields
            case retentionPeriod = "retention_period"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            db = try container.decode(String.self, forKey: .db)
            table = try container.decode(String.self, forKey: .table)
            tags = try container.decode([String].self, forKey: .tags)
            fields = try container.decode([FieldBody].self, forKey: .fields)
            retentionPeriod = try ConfigureParameters.retention(
                try container.decodeIfPresent(String.self, forKey: .retentionPeriod),
                codingPath: container.codingPath + [CodingKeys.retentionPeriod])
        }
    }

    /// `{"db", "table", "retention_period"?}`: the period, or none to clear it.
    struct UpdateBody: Decodable {
        var db: String
        var table: String
        var retentionPeriod: Duration?

        enum CodingKeys: String, CodingKey {
            case db, table
            case retentionPeriod = "retention_period"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            db = try container.decode(String.self, forKey: .db)
            table = try container.decode(String.self, forKey: .table)
            retentionPeriod = try ConfigureParameters.retention(
                try container.decodeIfPresent(String.self, forKey: .retentionPeriod),
                codingPath: container.codingPath + [CodingKeys.retentionPeriod])
        }
    }
}
