import Kernel

/// One named, ordered change to the catalog database's SQL schema. Applied at most once per
/// database, in its own transaction, and recorded in `schema_migrations` by its identifier. A
/// released migration is never edited: a later change is a new migration appended to the list.
struct SchemaMigration: Sendable {
    /// What the migration's body may use besides the connection.
    struct Context {
        /// When the migration runs, for `created_at` columns.
        var nowNanoseconds: Int64
    }

    /// The name recorded in `schema_migrations`; unique and never reused.
    var identifier: String
    var body: @Sendable (PostgresConnection, Context) throws(PostgresFailure) -> Void
}

/// Brings a catalog database up to the schema this binary knows: every migration of the list not
/// yet recorded is applied, in list order, each in one transaction together with its
/// `schema_migrations` row. Nodes starting at the same time serialize on a transaction-scoped
/// advisory lock, so each migration runs once.
///
/// | recorded in the database              | result                                          |
/// |---------------------------------------|-------------------------------------------------|
/// | nothing (new database)                | apply every migration                           |
/// | a prefix of the list                  | apply the rest                                  |
/// | every migration of the list           | nothing                                         |
/// | an identifier not in the list         | refuse: migrated by a newer binary              |
struct SchemaMigrator {
    var migrations: [SchemaMigration]

    /// The advisory lock key all migrating nodes share ("influxdb" in ASCII).
    static let lockKey: Int64 = 0x696E_666C_7578_6462

    /// Applies the pending migrations and returns their identifiers (empty when none was pending).
    @discardableResult
    func migrate(_ connection: PostgresConnection, nowNanoseconds: Int64) throws(PostgresFailure) -> [String] {
        var applied: [String] = []
        for migration in migrations {
            let ran = try connection.transaction { () throws(PostgresFailure) -> Bool in
                try connection.query("SELECT pg_advisory_xact_lock($1)", [.integer(Self.lockKey)])
                try connection.execute(
                    """
                    CREATE TABLE IF NOT EXISTS schema_migrations (
                        identifier TEXT PRIMARY KEY,
                        applied_at BIGINT NOT NULL,
                        position BIGSERIAL NOT NULL
                    )
                    """
                )
                let recorded = try Self.appliedIdentifiers(connection)
                try refuseUnknownMigrations(recorded, connection)
                guard !recorded.contains(migration.identifier) else { return false }
                try migration.body(connection, SchemaMigration.Context(nowNanoseconds: nowNanoseconds))
                try connection.query(
                    "INSERT INTO schema_migrations (identifier, applied_at) VALUES ($1, $2)",
                    [.text(migration.identifier), .integer(nowNanoseconds)]
                )
                return true
            }
            if ran { applied.append(migration.identifier) }
        }
        return applied
    }

    /// The identifiers recorded in the database, in the order they were applied.
    static func appliedIdentifiers(_ connection: PostgresConnection) throws(PostgresFailure) -> [String] {
        try connection.query("SELECT identifier FROM schema_migrations ORDER BY position").rows.compactMap { $0[0] }
    }

    private func refuseUnknownMigrations(_ recorded: [String], _ connection: PostgresConnection)
        throws(PostgresFailure)
    {
        let known = Set(migrations.map(\.identifier))
        let unknown = recorded.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw PostgresFailure(
                .internalError,
                "PostgreSQL catalog: \(connection.redactedURL) was migrated by a newer version of the server "
                    + "(unknown schema migrations: \(unknown.joined(separator: ", "))); "
                    + "run a server version that knows them"
            )
        }
    }
}
