import Kernel

/// One line protocol write as every API dialect hands it to the kernel: v1 `/write`, v2
/// `/api/v2/write` and v3 `/api/v3/write_lp` each parse their own parameters into this value and
/// then call the same `WriteService`.
public struct WriteRequest: Sendable {
    /// The database name as the client gave it (validated by the service).
    public var database: String
    /// Which name rules apply (v1/v2 names are limited to 64 characters).
    public var dialect: DatabaseName.Dialect
    public var precision: Precision
    /// Commit the good lines when some are bad (v3 default); v1 and v2 are all-or-nothing.
    public var acceptPartial: Bool
    /// Acknowledge before the WAL fsync (v3 `no_sync=true` only).
    public var noSync: Bool
    /// The (already decompressed) body.
    public var body: [UInt8]

    public init(
        database: String,
        dialect: DatabaseName.Dialect,
        precision: Precision,
        acceptPartial: Bool,
        noSync: Bool,
        body: [UInt8]
    ) {
        self.database = database
        self.dialect = dialect
        self.precision = precision
        self.acceptPartial = acceptPartial
        self.noSync = noSync
        self.body = body
    }
}

/// What happened to a write that was at least partly refused. `partial` says whether the good
/// lines were committed (accept_partial) or nothing was (the first bad line aborted the write).
public struct WriteRejection: Error, Sendable {
    /// One refused line as the API reports it.
    public struct Line: Sendable, Hashable {
        public var lineNumber: Int
        public var originalLine: String
        public var message: String

        public init(lineNumber: Int, originalLine: String, message: String) {
            self.lineNumber = lineNumber
            self.originalLine = originalLine
            self.message = message
        }
    }

    public var partial: Bool
    /// The reported lines (at most 100; one when not partial).
    public var lines: [Line]
    /// Whether any refused line hit a schema limit (v3 answers 422 instead of 400).
    public var limitExceeded: Bool
    /// Lines written despite the rejection (partial writes only).
    public var acceptedLineCount: Int

    public init(partial: Bool, lines: [Line], limitExceeded: Bool, acceptedLineCount: Int) {
        self.partial = partial
        self.lines = lines
        self.limitExceeded = limitExceeded
        self.acceptedLineCount = acceptedLineCount
    }
}
