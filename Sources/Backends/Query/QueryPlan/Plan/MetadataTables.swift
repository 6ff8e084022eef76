import Kernel
import QueryExec

/// `information_schema` as InfluxDB 3 shows it (`SHOW TABLES`, `SHOW COLUMNS`), built from the
/// catalog snapshot.
enum MetadataTables {
    static let informationSchemaViews = [
        "tables", "views", "columns", "df_settings", "schemata", "routines", "parameters",
    ]
    static let systemTables = [
        "distinct_caches", "influxdb_schema", "last_caches", "parquet_files", "processing_engine_logs",
        "processing_engine_trigger_arguments", "processing_engine_triggers", "queries",
    ]

    static func tables(snapshot: CatalogSnapshot, database: DatabaseSchema) -> LogicalPlan {
        let schema = PlanSchema(
            ["table_catalog", "table_schema", "table_name", "table_type"].map {
                PlanColumn(relation: "tables", name: $0, type: .string, nullable: false)
            }
        )
        var rows: [[ScalarValue]] = database.tables.map(\.name).sorted().map {
            [.string("public"), .string("iox"), .string($0), .string("BASE TABLE")]
        }
        rows += systemTableNames(database).map {
            [.string("public"), .string("system"), .string($0), .string("BASE TABLE")]
        }
        rows += informationSchemaViews.map {
            [.string("public"), .string("information_schema"), .string($0), .string("VIEW")]
        }
        return .values(schema, rows)
    }

    /// `system.influxdb_schema`: every column of every table in InfluxDB's terms (`measurement`,
    /// `key`, `data_type` of `time`, `tag`, `boolean`, `integer`, `uinteger`, `float`, `string`),
    /// tables and columns in catalog order.
    static func influxdbSchema(database: DatabaseSchema) -> LogicalPlan {
        let schema = PlanSchema(
            ["measurement", "key", "data_type"].map {
                PlanColumn(relation: "influxdb_schema", name: $0, type: .string, nullable: false)
            })
        var rows: [[ScalarValue]] = []
        for table in database.tables.sorted(by: { $0.id.rawValue < $1.id.rawValue }) {
            for column in table.columns.sorted(by: { $0.id.rawValue < $1.id.rawValue }) {
                rows.append([.string(table.name), .string(column.name), .string(influxTypeName(column.type))])
            }
        }
        return .values(schema, rows)
    }

    private static func influxTypeName(_ type: ColumnType) -> String {
        switch type {
        case .time: "time"
        case .tag: "tag"
        case .boolean: "boolean"
        case .integer: "integer"
        case .uinteger: "uinteger"
        case .float: "float"
        case .string: "string"
        }
    }

    /// `information_schema.columns`: the tables' columns (by name, as `SELECT *` orders them),
    /// then each system table's columns in its own order, as DataFusion lists every schema.
    static func columns(database: DatabaseSchema, systemTables: [(name: String, schema: PlanSchema)] = [])
        -> LogicalPlan
    {
        let names = ["table_catalog", "table_schema", "table_name", "column_name", "data_type", "is_nullable"]
        let schema = PlanSchema(names.map { PlanColumn(relation: "columns", name: $0, type: .string, nullable: false) })
        var rows: [[ScalarValue]] = []
        for table in database.tables.sorted(by: { $0.name < $1.name }) {
            for column in table.columns.sorted(by: { $0.name < $1.name }) {
                rows.append([
                    .string("public"), .string("iox"), .string(table.name), .string(column.name),
                    .string(ArrowTypeName.of(ValueType(column.type))), .string(column.type == .time ? "NO" : "YES"),
                ])
            }
        }
        for (table, tableSchema) in systemTables {
            for column in tableSchema.columns {
                rows.append([
                    .string("public"), .string("system"), .string(table), .string(column.name),
                    .string(ArrowTypeName.of(column.type)), .string(column.nullable ? "YES" : "NO"),
                ])
            }
        }
        return .values(schema, rows)
    }
}

extension MetadataTables {
    /// The engine settings `SHOW ALL` / `information_schema.df_settings` report: only those that
    /// describe how this engine really behaves.
    static let engineSettings: [(String, String)] = [
        ("datafusion.catalog.default_catalog", "public"),
        ("datafusion.catalog.default_schema", "iox"),
        ("datafusion.catalog.information_schema", "true"),
        ("datafusion.sql_parser.dialect", "generic"),
        ("datafusion.sql_parser.enable_ident_normalization", "true"),
        ("datafusion.sql_parser.recursion_limit", "50"),
    ]

    /// `SHOW ALL` (every setting) or `SHOW <name>` (that one; unknown names are an error, as in DataFusion).
    static func settings(named name: String?) throws(KernelError) -> LogicalPlan {
        let rows = engineSettings.filter { name == nil || $0.0 == name }
        if let name, rows.isEmpty {
            throw KernelError(
                .invalidInput, "Error during planning: '\(name)' is not a variable which can be viewed with 'SHOW'")
        }
        let schema = PlanSchema(["name", "value"].map { PlanColumn(relation: "df_settings", name: $0, type: .string) })
        return .values(schema, rows.map { [.string($0.0), .string($0.1)] })
    }

    /// `information_schema.views`: there are no views.
    /// `information_schema.views`: as DataFusion builds it, every table outside
    /// `information_schema` with its definition, which is NULL for tables that are not views.
    static func views(database: DatabaseSchema) -> LogicalPlan {
        let names = ["table_catalog", "table_schema", "table_name", "definition"]
        let rows: [[ScalarValue]] =
            database.tables.map(\.name).sorted().map { [.string("public"), .string("iox"), .string($0), .null] }
            + systemTableNames(database).map { [.string("public"), .string("system"), .string($0), .null] }
        return .values(PlanSchema(names.map { PlanColumn(relation: "views", name: $0, type: .string) }), rows)
    }

    /// The `system` tables of `database` (`_internal` has the catalog's tables too).
    static func systemTableNames(_ database: DatabaseSchema) -> [String] {
        database.name == CatalogSnapshot.internalDatabaseName
            ? (systemTables + CatalogSystemTables.names).sorted() : systemTables
    }

    /// `information_schema.schemata`: the three schemas of a database's catalog.
    static func schemata() -> LogicalPlan {
        let names = [
            "catalog_name", "schema_name", "schema_owner", "default_character_set_catalog",
            "default_character_set_schema", "default_character_set_name", "sql_path",
        ]
        let schema = PlanSchema(names.map { PlanColumn(relation: "schemata", name: $0, type: .string) })
        let rows: [[ScalarValue]] = ["information_schema", "iox", "system"].map { schemaName in
            [.string("public"), .string(schemaName), .null, .null, .null, .null, .null]
        }
        return .values(schema, rows)
    }
}

/// Evaluates expressions without column references once, at planning time.
enum ConstantFolding {
    /// The value of a constant expression (a narrow number's wide value), nil when not constant.
    static func constant(_ expr: PhysicalExpr) -> ScalarValue? {
        switch fold(expr) {
        case .literal(let value), .cast(.literal(let value), .narrow): value
        default: nil
        }
    }

    /// The column type of VALUES rows: the first type, or DataFusion's common numeric type when
    /// a narrow number or a decimal is involved (`(CAST(1 AS INT)), (2)` is Int64).
    static func unified(_ current: ValueType?, _ next: ValueType?) -> ValueType? {
        guard let current, let next else { return current ?? next }
        guard NumericCoercion.needsCommonType([current, next]) else { return current }
        return NumericCoercion.common(current, next) ?? current
    }

    static func fold(_ expr: PhysicalExpr) -> PhysicalExpr {
        guard expr.referencedColumns.isEmpty, !expr.isVolatile else { return expr }
        if case .literal = expr { return expr }
        let oneRow = RecordBatch(columns: [], rowCount: 1)
        guard let datum = try? ExpressionEvaluator.evaluate(expr, oneRow) else { return expr }
        switch datum {
        case .scalar(let value): return .literal(value)
        case .column(let column):
            // A narrow number stays a cast of its wide value: the literal alone would widen it.
            if case .narrow = column.type { return .cast(.literal(column.scalar(at: 0)), column.type) }
            return .literal(column.scalar(at: 0))
        }
    }

}
