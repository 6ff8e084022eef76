import Kernel

/// One named, ordered change to the catalog file's SQL schema. Applied at most once per file, in
/// its own transaction, and recorded in `schema_migrations` by its identifier. A released
/// migration is never edited: a later change is a new migration appended to the list.
struct SchemaMigration: Sendable {
    /// What the migration's body may use besides the connection.
    struct Context {
        /// When the migration runs, for `created_at` columns.
        var nowNanoseconds: Int64
    }

    /// The name recorded in `schema_migrations`; unique and never reused.
    var identifier: String
    var body: @Sendable (SQLiteConnection, Context) throws(KernelError) -> Void
}

/// Brings a catalog file up to the schema this binary knows (GRDB's `DatabaseMigrator` model):
/// every migration of the list not yet recorded is applied, in list order, each in one transaction
/// together with its `schema_migrations` row.
///
/// | recorded in the file                  | result                                        |
/// |---------------------------------------|-----------------------------------------------|
/// | nothing (new file)                    | apply every migration                         |
/// | a prefix of the list                  | apply the rest                                |
/// | every migration of the list           | nothing                                       |
/// | an identifier not in the list         | refuse: the file was written by a newer binary |
struct SchemaMigrator {
    var migrations: [SchemaMigration]

    /// Applies the pending migrations and returns their identifiers (empty when none was pending).
    @discardableResult
    func migrate(_ connection: SQLiteConnection, nowNanoseconds: Int64) throws(KernelError) -> [String] {
        try connection.execute(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                identifier TEXT PRIMARY KEY NOT NULL,
                applied_at INTEGER NOT NULL
            ) STRICT
            """
        )
        try refuseUnknownMigrations(connection)
        var applied: [String] = []
        for migration in migrations {
            let ran = try connection.transaction { () throws(KernelError) -> Bool in
                // Checked inside the write transaction so two processes opening one file at once
                // cannot both apply a migration.
                guard try !Self.appliedIdentifiers(connection).contains(migration.identifier) else { return false }
                try migration.body(connection, SchemaMigration.Context(nowNanoseconds: nowNanoseconds))
                try connection.run(
                    "INSERT INTO schema_migrations (identifier, applied_at) VALUES (?, ?)",
                    [.text(migration.identifier), .integer(nowNanoseconds)]
                )
                return true
            }
            if ran { applied.append(migration.identifier) }
        }
        return applied
    }

    /// The identifiers recorded in the file, in the order they were applied.
    static func appliedIdentifiers(_ connection: SQLiteConnection) throws(KernelError) -> [String] {
        try connection.rows("SELECT identifier FROM schema_migrations ORDER BY rowid") { $0.text(at: 0) }
    }

    private func refuseUnknownMigrations(_ connection: SQLiteConnection) throws(KernelError) {
        let known = Set(migrations.map(\.identifier))
        let unknown = try Self.appliedIdentifiers(connection).filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw KernelError(
                .internalError,
                "SQLite catalog: \(connection.path) was migrated by a newer version of the server "
                    + "(unknown schema migrations: \(unknown.joined(separator: ", "))); "
                    + "run a server version that knows them"
            )
        }
    }
}
