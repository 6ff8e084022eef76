import Kernel
import QueryExec

/// `system.databases`, `system.tables` and `system.tokens`, which InfluxDB 3 shows only in
/// `_internal`: every database and table of the catalog, deleted ones included, with retention
/// and deletion state, and the tokens (`TokensSystemTable`).
enum CatalogSystemTables {
    /// The table names, for `information_schema.tables` of `_internal`.
    static let names = ["databases", "tables", "tokens"]

    /// The plan of `system.<name>` in `_internal`, nil for other names.
    static func plan(_ name: String, snapshot: CatalogSnapshot, showsTokenHashes: Bool) -> LogicalPlan? {
        switch name {
        case "databases": return databases(snapshot)
        case "tables": return tables(snapshot)
        case "tokens": return TokensSystemTable.plan(snapshot, showsHashes: showsTokenHashes)
        default: return nil
        }
    }

    /// `database_name, retention_period_ns (null: forever), deleted, hard_deletion_time`.
    static func databases(_ snapshot: CatalogSnapshot) -> LogicalPlan {
        let schema = PlanSchema([
            PlanColumn(relation: "databases", name: "database_name", type: .string, nullable: false),
            PlanColumn(relation: "databases", name: "retention_period_ns", type: .uinteger),
            PlanColumn(relation: "databases", name: "deleted", type: .boolean, nullable: false),
            PlanColumn(relation: "databases", name: "hard_deletion_time", type: .time),
        ])
        let rows: [[ScalarValue]] = snapshot.databases.map { database in
            [
                .string(database.name), retention(database.retentionPeriod), .boolean(database.isDeleted),
                deletionTime(database.hardDeletionTimeNanoseconds),
            ]
        }
        return .alias("databases", .values(schema, rows))
    }

    /// `database_name, table_name, column_count, series_key_columns (the tag names, comma-separated),
    /// last_cache_count, distinct_cache_count, deleted, hard_deletion_time`.
    static func tables(_ snapshot: CatalogSnapshot) -> LogicalPlan {
        let columns: [(String, ValueType, Bool)] = [
            ("database_name", .string, false), ("table_name", .string, false), ("column_count", .uinteger, false),
            ("series_key_columns", .string, false), ("last_cache_count", .uinteger, false),
            ("distinct_cache_count", .uinteger, false), ("deleted", .boolean, false),
            ("hard_deletion_time", .time, true),
        ]
        let schema = PlanSchema(columns.map { PlanColumn(relation: "tables", name: $0.0, type: $0.1, nullable: $0.2) })
        var rows: [[ScalarValue]] = []
        for database in snapshot.databases {
            for table in database.tables {
                rows.append([
                    .string(database.name), .string(table.name), .uinteger(UInt64(table.columns.count)),
                    .string(table.tagColumns.map(\.name).joined(separator: ",")),
                    // No last value or distinct value caches exist yet.
                    .uinteger(0), .uinteger(0), .boolean(table.isDeleted || database.isDeleted),
                    deletionTime(table.hardDeletionTimeNanoseconds),
                ])
            }
        }
        return .alias("tables", .values(schema, rows))
    }

    private static func retention(_ period: Duration?) -> ScalarValue {
        guard let period else { return .null }
        return .uinteger(UInt64(max(0, period.totalNanoseconds)))
    }

    /// Shown in whole seconds, as InfluxDB's `Timestamp(s)` column.
    private static func deletionTime(_ nanoseconds: Int64?) -> ScalarValue {
        guard let nanoseconds else { return .null }
        return .timestamp(nanoseconds - nanoseconds.flooredRemainder(dividingBy: 1_000_000_000))
    }
}
