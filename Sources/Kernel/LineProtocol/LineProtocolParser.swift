import Kernel

/// What the catalog already knows, so that type conflicts and limits are checked per line while
/// parsing instead of in a second pass over the rows.
public struct SchemaHints: Sendable {
    /// Existing tables -> column name -> type (tags are `.tag`, `time` is `.time`).
    public var tables: [String: [String: ColumnType]]
    /// Tables across the whole catalog (for the table limit).
    public var existingTableCount: Int
    public var limits: CatalogLimits

    public init(
        tables: [String: [String: ColumnType]] = [:], existingTableCount: Int = 0,
        limits: CatalogLimits = CatalogLimits()
    ) {
        self.tables = tables
        self.existingTableCount = existingTableCount
        self.limits = limits
    }
}

/// One rejected line as InfluxDB 3 reports it in a write error body.
public struct LineError: Sendable, Hashable {
    /// 1-based, counting only non-blank, non-comment lines.
    public var lineNumber: Int
    /// At most 20 bytes of the line, cut at a character boundary.
    public var originalLine: String
    /// InfluxDB's exact message.
    public var message: String
    /// True for `Update to schema would exceed ...` messages (HTTP 422 upstream).
    public var isLimitError: Bool

    public init(lineNumber: Int, originalLine: String, message: String, isLimitError: Bool) {
        self.lineNumber = lineNumber
        self.originalLine = originalLine
        self.message = message
        self.isLimitError = isLimitError
    }
}

/// The outcome of parsing one request body: the accepted rows as column batches and the
/// rejected lines.
public struct ParsedWrite: Sendable {
    /// Tables in order of first accepted line; only accepted rows; no column without any value;
    /// no empty tables.
    public var tables: [TableWriteBatch]
    /// The first `maxReportedErrors` rejected lines, in line order.
    public var errors: [LineError]
    public var rejectedLineCount: Int
    public var acceptedLineCount: Int

    public init(tables: [TableWriteBatch], errors: [LineError], rejectedLineCount: Int, acceptedLineCount: Int) {
        self.tables = tables
        self.errors = errors
        self.rejectedLineCount = rejectedLineCount
        self.acceptedLineCount = acceptedLineCount
    }
}

/// Parses InfluxDB line protocol bodies into per-table column batches, checking every line
/// against the InfluxDB 3 grammar and write validator (types, reserved names, limits) so that
/// accepted lines, rejected lines and error messages match the upstream server byte for byte.
///
/// The parser keeps scratch storage between calls; use one instance per task.
public struct LineProtocolParser {
    public let maxReportedErrors: Int
    public let maxStringBytes: Int
    private var scratch = LineScratch()
    private var resolved: [Int32] = []
    private var pending = PendingColumns()

    public init(maxReportedErrors: Int = 100, maxStringBytes: Int = 1 << 20) {
        self.maxReportedErrors = maxReportedErrors
        self.maxStringBytes = maxStringBytes
    }

    /// Parses `body` (UTF-8 line protocol). Timestamps are converted to nanoseconds with
    /// `precision`; lines without one get `defaultTimestampNanoseconds`. With
    /// `stopAtFirstError` the first rejected line ends the parse and nothing is returned but it.
    public mutating func parse(
        _ body: UnsafeRawBufferPointer, precision: Precision, defaultTimestampNanoseconds: Int64,
        schema: SchemaHints, stopAtFirstError: Bool
    ) -> ParsedWrite {
        guard let start = body.baseAddress, !body.isEmpty else {
            return ParsedWrite(tables: [], errors: [], rejectedLineCount: 0, acceptedLineCount: 0)
        }
        var session = ParseSession(
            base: start.assumingMemoryBound(to: UInt8.self), count: body.count, body: body,
            options: ParseOptions(
                precision: precision, defaultTimestamp: defaultTimestampNanoseconds, schema: schema,
                stopAtFirstError: stopAtFirstError, maxReportedErrors: maxReportedErrors,
                maxStringBytes: maxStringBytes),
            scratch: scratch, resolved: resolved, pending: pending)
        session.run()
        let result = session.finish()
        // Keep the scratch capacity for the next request.
        scratch = session.scratch
        resolved = session.resolved
        pending = session.pending
        return result
    }

    /// Convenience for callers holding the body as an array.
    public mutating func parse(
        _ body: [UInt8], precision: Precision, defaultTimestampNanoseconds: Int64,
        schema: SchemaHints, stopAtFirstError: Bool
    ) -> ParsedWrite {
        body.withUnsafeBytes { bytes in
            parse(
                bytes, precision: precision, defaultTimestampNanoseconds: defaultTimestampNanoseconds,
                schema: schema, stopAtFirstError: stopAtFirstError)
        }
    }
}
