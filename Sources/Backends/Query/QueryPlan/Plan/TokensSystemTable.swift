import Kernel
import QueryExec

/// `system.tokens`, which InfluxDB 3 shows only in `_internal`
/// (`influxdb3_system_tables/src/tokens.rs`): one row per token of the catalog, times as
/// `Timestamp(ms)`, `hash` (the first 9 hex digits of the digest) only when the server runs with
/// authentication, an expiry that never comes as NULL.
enum TokensSystemTable {
    static func plan(_ snapshot: CatalogSnapshot, showsHashes: Bool) -> LogicalPlan {
        let millis = ValueType.coarseTime(.millisecond, nil)
        var columns: [(String, ValueType, Bool)] = [
            ("token_id", .uinteger, false), ("name", .string, false), ("hash", .string, false),
            ("created_at", millis, false), ("description", .string, true),
            ("created_by_token_id", .uinteger, true), ("updated_at", millis, true),
            ("updated_by_token_id", .uinteger, true), ("expiry", millis, true), ("permissions", .string, false),
        ]
        if !showsHashes { columns.remove(at: 2) }
        let schema = PlanSchema(columns.map { PlanColumn(relation: "tokens", name: $0.0, type: $0.1, nullable: $0.2) })
        let rows: [[ScalarValue]] = snapshot.tokens.tokens.map { token in
            var row: [ScalarValue] = [
                .uinteger(token.id.rawValue), .string(token.name), .string(hashPrefix(token.hash)),
                milliseconds(token.createdAtMillis), token.description.map(ScalarValue.string) ?? .null,
                token.createdBy.map { .uinteger($0.rawValue) } ?? .null,
                token.updatedAtMillis.map(milliseconds) ?? .null,
                token.updatedBy.map { .uinteger($0.rawValue) } ?? .null,
                token.expiryMillis.flatMap { $0 == Int64.max ? nil : milliseconds($0) } ?? .null,
                .string(token.permissions.map(\.description).joined(separator: ",")),
            ]
            if !showsHashes { row.remove(at: 2) }
            return row
        }
        return .alias("tokens", .values(schema, rows))
    }

    private static func milliseconds(_ value: Int64) -> ScalarValue {
        .coarseTimestamp(value &* 1_000_000, .millisecond, nil)
    }

    /// `hex::encode(hash)[..9]`.
    private static func hashPrefix(_ hash: [UInt8]) -> String {
        let hex = hash.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        return String(hex.prefix(9))
    }
}
