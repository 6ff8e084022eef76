import Kernel

/// The caller's settings for one parse.
struct ParseOptions {
    let precision: Precision
    let defaultTimestamp: Int64
    let schema: SchemaHints
    let stopAtFirstError: Bool
    let maxReportedErrors: Int
    let maxStringBytes: Int
}

/// All state of one `parse` call, as a struct the hot loop owns (no class-stored arrays, so no
/// dynamic exclusivity checks). Each line is parsed into scratch, validated, then committed.
struct ParseSession {
    let base: UnsafePointer<UInt8>
    let count: Int
    let body: UnsafeRawBufferPointer
    let options: ParseOptions
    var scratch: LineScratch
    var resolved: [Int32]
    var pending: PendingColumns
    private var escapes = EscapeBuffer(capacity: 4096)
    private var tables: [TableBuilder] = []
    /// Committed table names; entry numbers equal indices into `tables`.
    private var tableNames = ByteKeyTable()
    private var lastTable = -1
    private var createdTables = 0
    private var lineNumber = 0
    private var errors: [LineError] = []
    private var rejected = 0
    private var accepted = 0

    init(
        base: UnsafePointer<UInt8>, count: Int, body: UnsafeRawBufferPointer, options: ParseOptions,
        scratch: LineScratch, resolved: [Int32], pending: PendingColumns
    ) {
        self.base = base
        self.count = count
        self.body = body
        self.options = options
        self.scratch = scratch
        self.resolved = resolved
        self.pending = pending
    }

    mutating func run() {
        var start = 0
        while start < count {
            let end = LineSplitter.lineEnd(base, start: start, count: count)
            let lineStart = LineSplitter.trimLeading(base, start: start, end: end)
            if lineStart < end {
                lineNumber += 1
                processLine(lineStart, end)
                if options.stopAtFirstError, rejected > 0 { return }
            }
            start = end + 1
        }
    }

    /// Frees the scratch memory and returns the result.
    mutating func finish() -> ParsedWrite {
        escapes.free()
        if options.stopAtFirstError, rejected > 0 {
            return ParsedWrite(tables: [], errors: errors, rejectedLineCount: rejected, acceptedLineCount: 0)
        }
        return ParsedWrite(
            tables: tables.map { $0.build() }, errors: errors, rejectedLineCount: rejected, acceptedLineCount: accepted)
    }

    @inline(__always)
    private mutating func processLine(_ start: Int, _ end: Int) {
        escapes.prepare(forLineOfLength: end - start)
        scratch.reset()
        let scanner = LineScanner(base: base, end: end, maxStringBytes: options.maxStringBytes)
        do throws(LineFailure) {
            try scanner.parse(from: start, into: &scratch, escapes: &escapes)
            let timestamp = try timestampNanoseconds()
            try commit(timestamp: timestamp)
            accepted += 1
        } catch {
            reject(error, start, end)
        }
    }

    @inline(__always)
    private func timestampNanoseconds() throws(LineFailure) -> Int64 {
        guard let raw = scratch.timestamp else { return options.defaultTimestamp }
        if options.precision == .nanosecond { return raw }
        guard let nanoseconds = options.precision.nanoseconds(from: raw) else {
            throw ValidationMessages.timestampOutOfRange(raw, options.precision)
        }
        return nanoseconds
    }

    /// Finds or (tentatively) creates the line's table, then lets the table validate and append.
    @inline(__always)
    private mutating func commit(timestamp: Int64) throws(LineFailure) {
        let measurement = scratch.measurement
        var table = -1
        if lastTable >= 0, tableNames.keyEquals(lastTable, measurement) {
            table = lastTable
        } else {
            table = Int(tableNames.find(measurement, hash: hashBytes(measurement.base, measurement.count)))
        }
        let isNewTable = table < 0
        if isNewTable {
            try appendNewTable(measurement)
            table = tables.count - 1
        }
        do throws(LineFailure) {
            try tables[table].append(
                scratch, timestamp: timestamp, stamp: lineNumber, maxColumns: options.schema.limits.maxColumnsPerTable,
                resolved: &resolved, pending: &pending)
        } catch {
            // The tentative table is empty and last; dropping it leaves no trace of the line.
            if isNewTable { tables.removeLast() }
            throw error
        }
        if isNewTable {
            tableNames.insert(measurement, hash: hashBytes(measurement.base, measurement.count))
            if options.schema.tables[tables[table].name] == nil { createdTables += 1 }
        }
        lastTable = table
    }

    private mutating func appendNewTable(_ measurement: Token) throws(LineFailure) {
        let name = measurement.makeString()
        let hints = options.schema.tables[name]
        if hints == nil {
            let existing = options.schema.existingTableCount + createdTables
            let limit = options.schema.limits.maxTables
            if existing >= limit { throw ValidationMessages.tableLimit(existing: existing, limit: limit) }
        }
        tables.append(TableBuilder(name: name, hints: hints ?? [:]))
    }

    private mutating func reject(_ failure: LineFailure, _ start: Int, _ end: Int) {
        rejected += 1
        guard errors.count < options.maxReportedErrors else { return }
        errors.append(
            LineError(
                lineNumber: lineNumber,
                originalLine: LineFailure.originalLine(body: body, start: start, end: end),
                message: failure.message(body: body, lineEnd: end),
                isLimitError: failure.isLimitError))
    }
}
