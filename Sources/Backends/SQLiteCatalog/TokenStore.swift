import Kernel

/// The catalog file's tokens: migration 0002, writing `TokenRecord`s and reading them back.
/// Only digests are stored (a 64-byte BLOB), never tokens.
enum TokenStore {
    /// 0002: the `tokens` table and the `next_token_id` counter (ids are never reused, so the
    /// counter survives deletions). Permissions are stored in their canonical text form, one per
    /// line (`db:db1,db2:read,write`), and parsed back with the same validation clients get.
    static let createTokens = SchemaMigration(identifier: "0002_create_tokens") { connection, _ throws(KernelError) in
        try connection.execute(
            """
            CREATE TABLE tokens (
                id INTEGER PRIMARY KEY CHECK (id >= 0),
                name TEXT NOT NULL UNIQUE,
                hash BLOB NOT NULL UNIQUE CHECK (length(hash) = 64),
                created_at_ms INTEGER NOT NULL,
                expiry_ms INTEGER,
                created_by INTEGER,
                updated_at_ms INTEGER,
                updated_by INTEGER,
                description TEXT,
                permissions TEXT NOT NULL
            ) STRICT;
            """
        )
        try connection.run(
            "INSERT INTO catalog_meta (key, value) VALUES (?, 0)", [.text(nextTokenIDKey)])
    }

    /// The `catalog_meta` key of the next token id.
    static let nextTokenIDKey = "next_token_id"

    static func persist(_ record: TokenRecord, on connection: SQLiteConnection) throws(KernelError) {
        switch record {
        case .created(let token):
            try connection.run(
                """
                INSERT INTO tokens (id, name, hash, created_at_ms, expiry_ms, created_by, updated_at_ms, updated_by,
                    description, permissions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .integer(Int64(bitPattern: token.id.rawValue)), .text(token.name), .blob(token.hash),
                    .integer(token.createdAtMillis), optional(token.expiryMillis), optional(token.createdBy),
                    optional(token.updatedAtMillis), optional(token.updatedBy),
                    token.description.map { .text($0) } ?? .null,
                    .text(token.permissions.map(\.description).joined(separator: "\n")),
                ]
            )
            try connection.run(
                "UPDATE catalog_meta SET value = max(value, ?) WHERE key = ?",
                [.integer(Int64(bitPattern: token.id.rawValue + 1)), .text(nextTokenIDKey)]
            )
        case .hashReplaced(let id, let hash, let updatedAtMillis, let updatedBy):
            let changed = try connection.run(
                "UPDATE tokens SET hash = ?, updated_at_ms = ?, updated_by = ? WHERE id = ?",
                [.blob(hash), .integer(updatedAtMillis), optional(updatedBy), .integer(Int64(bitPattern: id.rawValue))]
            )
            guard changed == 1 else { throw corrupt("token \(id) to update is missing") }
        case .deleted(let id):
            let changed = try connection.run(
                "DELETE FROM tokens WHERE id = ?", [.integer(Int64(bitPattern: id.rawValue))])
            guard changed == 1 else { throw corrupt("token \(id) to delete is missing") }
        }
    }

    static func load(_ connection: SQLiteConnection) throws(KernelError) -> TokenRegistry {
        let tokens = try connection.rows(
            """
            SELECT id, name, hash, created_at_ms, expiry_ms, created_by, updated_at_ms, updated_by, description,
                permissions FROM tokens ORDER BY id
            """
        ) { statement throws(KernelError) -> TokenInfo in
            var permissions: [TokenPermission] = []
            for line in statement.text(at: 9).split(separator: "\n") {
                do throws(KernelError) {
                    permissions.append(try TokenPermission(parsing: String(line)))
                } catch {
                    throw corrupt("token \(statement.text(at: 1)) has an invalid permission: \(error.message)")
                }
            }
            return TokenInfo(
                id: TokenID(UInt64(bitPattern: statement.int64(at: 0))),
                name: statement.text(at: 1),
                hash: statement.bytes(at: 2),
                createdAtMillis: statement.int64(at: 3),
                expiryMillis: statement.optionalInt64(at: 4),
                createdBy: statement.optionalInt64(at: 5).map { TokenID(UInt64(bitPattern: $0)) },
                updatedAtMillis: statement.optionalInt64(at: 6),
                updatedBy: statement.optionalInt64(at: 7).map { TokenID(UInt64(bitPattern: $0)) },
                description: statement.isNull(at: 8) ? nil : statement.text(at: 8),
                permissions: permissions
            )
        }
        let next = try connection.rows("SELECT value FROM catalog_meta WHERE key = ?", [.text(nextTokenIDKey)]) {
            UInt64(bitPattern: $0.int64(at: 0))
        }
        guard let nextID = next.first else { throw corrupt("catalog_meta has no \(nextTokenIDKey)") }
        return TokenRegistry(tokens: tokens, nextID: TokenID(nextID))
    }

    private static func optional(_ value: Int64?) -> SQLiteValue {
        value.map { .integer($0) } ?? .null
    }

    private static func optional(_ value: TokenID?) -> SQLiteValue {
        value.map { .integer(Int64(bitPattern: $0.rawValue)) } ?? .null
    }

    private static func corrupt(_ detail: String) -> KernelError {
        KernelError(.internalError, "SQLite catalog: the catalog file is inconsistent: \(detail)")
    }
}
