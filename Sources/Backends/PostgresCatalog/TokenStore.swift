import Kernel

/// The catalog database's tokens: migration 0002 (the same identifier as SQLite's), writing
/// `TokenRecord`s and reading them back. Only digests are stored (128 lowercase hex digits),
/// never tokens.
enum TokenStore {
    /// 0002: the `tokens` table and the `next_token_id` counter (ids are never reused, so the
    /// counter survives deletions). Permissions are stored in their canonical text form, one per
    /// line, and parsed back with the same validation clients get.
    static let createTokens = SchemaMigration(identifier: "0002_create_tokens") {
        connection, _ throws(PostgresFailure) in
        try connection.execute(
            """
            CREATE TABLE tokens (
                id BIGINT PRIMARY KEY CHECK (id >= 0),
                name TEXT NOT NULL UNIQUE,
                hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 128),
                created_at_ms BIGINT NOT NULL,
                expiry_ms BIGINT,
                created_by BIGINT,
                updated_at_ms BIGINT,
                updated_by BIGINT,
                description TEXT,
                permissions TEXT NOT NULL
            );
            """
        )
        try connection.query("INSERT INTO catalog_meta (key, value) VALUES ($1, '0')", [.text(nextTokenIDKey)])
    }

    /// The `catalog_meta` key of the next token id.
    static let nextTokenIDKey = "next_token_id"

    static func persist(_ record: TokenRecord, on connection: PostgresConnection) throws(PostgresFailure) {
        switch record {
        case .created(let token):
            try connection.query(
                """
                INSERT INTO tokens (id, name, hash, created_at_ms, expiry_ms, created_by, updated_at_ms, updated_by,
                    description, permissions) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                """,
                [
                    .integer(Int64(bitPattern: token.id.rawValue)), .text(token.name),
                    .text(Hex.encode(token.hash)),
                    .integer(token.createdAtMillis), optional(token.expiryMillis), optional(token.createdBy),
                    optional(token.updatedAtMillis), optional(token.updatedBy),
                    token.description.map { .text($0) } ?? .null,
                    .text(token.permissions.map(\.description).joined(separator: "\n")),
                ]
            )
            try connection.query(
                "UPDATE catalog_meta SET value = GREATEST(value::BIGINT, $1)::TEXT WHERE key = $2",
                [.integer(Int64(bitPattern: token.id.rawValue + 1)), .text(nextTokenIDKey)]
            )
        case .hashReplaced(let id, let hash, let updatedAtMillis, let updatedBy):
            let changed = try connection.query(
                "UPDATE tokens SET hash = $1, updated_at_ms = $2, updated_by = $3 WHERE id = $4",
                [
                    .text(Hex.encode(hash)), .integer(updatedAtMillis), optional(updatedBy),
                    .integer(Int64(bitPattern: id.rawValue)),
                ]
            ).changedCount
            guard changed == 1 else { throw corrupt("token \(id) to update is missing") }
        case .deleted(let id):
            let changed = try connection.query(
                "DELETE FROM tokens WHERE id = $1", [.integer(Int64(bitPattern: id.rawValue))]
            ).changedCount
            guard changed == 1 else { throw corrupt("token \(id) to delete is missing") }
        }
    }

    static func load(_ connection: PostgresConnection) throws(PostgresFailure) -> TokenRegistry {
        let rows = try connection.query(
            """
            SELECT id, name, hash, created_at_ms, expiry_ms, created_by, updated_at_ms, updated_by, description,
                permissions FROM tokens ORDER BY id
            """
        ).rows
        var tokens: [TokenInfo] = []
        for row in rows { tokens.append(try token(row)) }
        let next = try connection.query("SELECT value FROM catalog_meta WHERE key = $1", [.text(nextTokenIDKey)]).rows
        guard let text = next.first?[0], let nextID = UInt64(text) else {
            throw corrupt("catalog_meta has no \(nextTokenIDKey)")
        }
        return TokenRegistry(tokens: tokens, nextID: TokenID(nextID))
    }

    private static func token(_ row: [String?]) throws(PostgresFailure) -> TokenInfo {
        guard row.count == 10, let idText = row[0], let id = UInt64(idText), let name = row[1],
            let hashText = row[2], let hash = Hex.decode(hashText), let createdText = row[3],
            let created = Int64(createdText), let permissionText = row[9]
        else { throw corrupt("a token row is malformed") }
        var permissions: [TokenPermission] = []
        for line in permissionText.split(separator: "\n") {
            do throws(KernelError) {
                permissions.append(try TokenPermission(parsing: String(line)))
            } catch {
                throw corrupt("token \(name) has an invalid permission: \(error.message)")
            }
        }
        return TokenInfo(
            id: TokenID(id), name: name, hash: hash, createdAtMillis: created,
            expiryMillis: row[4].flatMap { Int64($0) }, createdBy: row[5].flatMap { UInt64($0) }.map(TokenID.init),
            updatedAtMillis: row[6].flatMap { Int64($0) }, updatedBy: row[7].flatMap { UInt64($0) }.map(TokenID.init),
            description: row[8], permissions: permissions)
    }

    private static func optional(_ value: Int64?) -> PostgresValue {
        value.map { .integer($0) } ?? .null
    }

    private static func optional(_ value: TokenID?) -> PostgresValue {
        value.map { .integer(Int64(bitPattern: $0.rawValue)) } ?? .null
    }

    private static func corrupt(_ detail: String) -> PostgresFailure {
        PostgresFailure(.internalError, "PostgreSQL catalog: the catalog database is inconsistent: \(detail)")
    }
}
