import Kernel
import LineProtocol
import Logging
import WAL

/// The one write path of the server: validate the database name, parse the body against the
/// catalog's schema, commit new schema to the catalog, append to the WAL (group commit), add to
/// the write buffer, acknowledge.
///
/// Ordering decisions:
/// - Schema is committed before data reaches the WAL, so replay always finds its columns.
/// - A write is acknowledged (`.sync`) only after its WAL record is fsynced; it enters the buffer
///   before the acknowledgement, so an acknowledged write is immediately queryable.
/// - Parsing happens against a catalog snapshot; if another writer changed a column's type in the
///   meantime, the catalog refuses with `.conflict` and the body is parsed again against the new
///   snapshot (so the conflicting lines become per-line errors).
public final class WriteService: LineProtocolWriter {
    private let catalog: any Catalog
    private let wal: WriteAheadLog
    private let buffer: WriteBuffer
    private let clock: any WallClock
    private let logger: Logger
    private static let maxSchemaAttempts = 4

    public var lastWALSequence: UInt64? { wal.lastSequence }

    public init(catalog: any Catalog, wal: WriteAheadLog, buffer: WriteBuffer, clock: any WallClock, logger: Logger) {
        self.catalog = catalog
        self.wal = wal
        self.buffer = buffer
        self.clock = clock
        self.logger = logger
    }

    /// Writes `request`; returns the number of lines written. Throws `KernelError` for request-level
    /// failures and `WriteRejection` when lines were refused.
    public func write(_ request: WriteRequest) async throws -> Int {
        let database = try DatabaseName(validating: request.database, dialect: request.dialect)
        if let offset = request.body.withUnsafeBytes({ UTF8Validation.firstInvalidOffset($0) }) {
            throw KernelError(
                .invalidInput,
                "body content is not valid utf8: invalid utf-8 sequence of 1 bytes from index \(offset)"
            )
        }
        let now = request.precision.defaultTimestamp(nowNanoseconds: clock.nowNanoseconds())
        var attempt = 0
        while true {
            attempt += 1
            let snapshot = try await catalog.snapshot()
            let parsed = parse(request, database: database, snapshot: snapshot, now: now)
            if !request.acceptPartial, !parsed.errors.isEmpty {
                throw rejection(parsed, partial: false)
            }
            if parsed.acceptedLineCount == 0, parsed.rejectedLineCount == 0 {
                throw KernelError.emptyWrite
            }
            let committed = try await commitSchema(
                parsed, database: database, mayRetry: attempt < Self.maxSchemaAttempts)
            if !committed {
                logger.debug("schema changed during a write; parsing again", metadata: ["database": "\(database)"])
                continue
            }
            if !parsed.tables.isEmpty {
                let batch = DatabaseWriteBatch(database: database.value, tables: parsed.tables)
                let sequence = try await wal.append(batch, durability: request.noSync ? .noSync : .sync)
                buffer.insert(batch, sequence: sequence)
            }
            if parsed.rejectedLineCount > 0 { throw rejection(parsed, partial: true) }
            return parsed.acceptedLineCount
        }
    }

    private func parse(_ request: WriteRequest, database: DatabaseName, snapshot: CatalogSnapshot, now: Int64)
        -> ParsedWrite
    {
        var tables: [String: [String: ColumnType]] = [:]
        for table in snapshot.database(named: database.value)?.tables ?? [] {
            tables[table.name] = Dictionary(table.columns.map { ($0.name, $0.type) }) { first, _ in first }
        }
        let hints = SchemaHints(tables: tables, existingTableCount: snapshot.tableCount, limits: catalog.limits)
        var parser = LineProtocolParser()
        return parser.parse(
            request.body,
            precision: request.precision,
            defaultTimestampNanoseconds: now,
            schema: hints,
            stopAtFirstError: !request.acceptPartial
        )
    }

    /// Commits the schema the parsed lines need. Returns false when the catalog changed under the
    /// parse in a conflicting way and the body should be parsed again.
    private func commitSchema(_ parsed: ParsedWrite, database: DatabaseName, mayRetry: Bool) async throws(KernelError)
        -> Bool
    {
        let operation = EnsureWriteSchema(database: database, tables: requirements(parsed))
        let result: Result<CatalogSnapshot, KernelError>
        do {
            result = .success(try await catalog.apply(operation))
        } catch {
            result = .failure(error)
        }
        switch result {
        case .success: return true
        case .failure(let error) where error.kind == .conflict && mayRetry: return false
        case .failure(let error): throw error
        }
    }

    private func requirements(_ parsed: ParsedWrite) -> [EnsureWriteSchema.TableRequirement] {
        parsed.tables.map { table in
            EnsureWriteSchema.TableRequirement(
                name: table.tableName,
                columns: table.tags.map { .init(name: $0.name, type: .tag) }
                    + table.fields.map { .init(name: $0.name, type: $0.values.columnType) }
                    + [.init(name: "time", type: .time)]
            )
        }
    }

    private func rejection(_ parsed: ParsedWrite, partial: Bool) -> WriteRejection {
        WriteRejection(
            partial: partial,
            lines: parsed.errors.map {
                WriteRejection.Line(lineNumber: $0.lineNumber, originalLine: $0.originalLine, message: $0.message)
            },
            limitExceeded: parsed.errors.contains { $0.isLimitError },
            acceptedLineCount: partial ? parsed.acceptedLineCount : 0
        )
    }
}
