import Kernel
import QueryExec

/// The per-database system tables of the features whose state lives outside the catalog's
/// tables: the last-value and distinct-value caches, persisted Parquet files and the processing
/// engine. Their columns are InfluxDB 3's (`influxdb3_system_tables`; its `Utf8View` names are
/// `Utf8` here). This server has none of those objects yet, so the tables hold no rows; the
/// features fill them as they arrive.
enum FeatureSystemTables {
    static func plan(_ name: String) -> LogicalPlan? {
        guard let columns = columns(name) else { return nil }
        let schema = PlanSchema(
            columns.map { PlanColumn(relation: name, name: $0.name, type: $0.type, nullable: $0.nullable) })
        return .alias(name, .values(schema, []))
    }

    private static func columns(_ name: String) -> [(name: String, type: ValueType, nullable: Bool)]? {
        switch name {
        case "last_caches":
            [
                ("table", .string, false), ("name", .string, false), ("key_column_ids", ids, false),
                ("key_column_names", names, false), ("value_column_ids", ids, true),
                ("value_column_names", names, true), ("count", .uinteger, false), ("ttl", .uinteger, false),
            ]
        case "distinct_caches":
            [
                ("table", .string, false), ("name", .string, false), ("column_ids", ids, false),
                ("column_names", names, false), ("max_cardinality", .uinteger, false),
                ("max_age_seconds", .uinteger, false),
            ]
        case "parquet_files":
            [
                ("table_name", .string, false), ("path", .string, false), ("size_bytes", .uinteger, false),
                ("row_count", .uinteger, false), ("min_time", .integer, false), ("max_time", .integer, false),
            ]
        case "processing_engine_triggers":
            [
                ("trigger_name", .string, false), ("plugin_filename", .string, false),
                ("trigger_specification", .string, false), ("disabled", .boolean, false),
                ("error_behavior", .string, false),
            ]
        case "processing_engine_trigger_arguments":
            [("trigger_name", .string, false), ("argument_key", .string, false), ("argument_value", .string, false)]
        case "processing_engine_logs":
            [
                ("event_time", .time, false), ("trigger_name", .string, false), ("log_level", .string, false),
                ("log_text", .string, false),
            ]
        default:
            nil
        }
    }

    /// `List(UInt16)`: column ids.
    private static let ids = ValueType.list([ValueField(name: "item", type: .narrow(.uint16))])
    /// `List(Utf8)`: column names.
    private static let names = ValueType.list([ValueField(name: "item", type: .string)])
}
