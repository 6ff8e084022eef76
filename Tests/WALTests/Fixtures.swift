import Kernel
import Logging
import Synchronization
import WAL

/// Deterministic random numbers for reproducible hostile-input and batch tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Batch builders shared by the WAL tests.
enum Fixtures {
    /// A table with every field type, nulls, an absent tag, an empty string and unicode.
    static func allTypesTable(name: String = "cpu", rows: Int = 5, offset: Int64 = 0) -> TableWriteBatch {
        let timestamps = (0..<rows).map { offset + Int64($0) * 1_000_000_000 }
        let host = TagColumn(
            name: "host",
            dictionary: ["a", "ünïcødé-🚀", ""],
            codes: (0..<rows).map { Int32($0 % 4) - 1 }
        )
        let region = TagColumn(name: "region", dictionary: ["eu"], codes: Array(repeating: 0, count: rows))
        var validity = ValidityBitmap(repeating: true, count: rows)
        if rows > 1 { validity.set(1, false) }
        let fields = [
            FieldColumn(name: "usage", values: .float((0..<rows).map { Double($0) * 1.5 - 3 }), validity: validity),
            FieldColumn(name: "count", values: .integer((0..<rows).map { Int64($0) - 2 }), validity: validity),
            FieldColumn(name: "bytes", values: .uinteger((0..<rows).map { UInt64($0) << 40 }), validity: validity),
            FieldColumn(name: "msg", values: .string((0..<rows).map(message)), validity: validity),
            FieldColumn(name: "ok", values: .boolean((0..<rows).map { $0 % 3 == 0 }), validity: validity),
        ]
        return TableWriteBatch(tableName: name, timestamps: timestamps, tags: [host, region], fields: fields)
    }

    /// Empty for even rows, non-ASCII for odd ones.
    private static func message(_ row: Int) -> String {
        row % 2 == 0 ? "" : "héllo \(row) ✓"
    }

    static func batch(_ index: Int, rows: Int = 3) -> DatabaseWriteBatch {
        DatabaseWriteBatch(database: "db", tables: [allTypesTable(rows: rows, offset: Int64(index) * 1_000)])
    }

    /// A random but valid batch: random table, column and row counts and values.
    static func randomBatch(using rng: inout SplitMix64) -> DatabaseWriteBatch {
        let tableCount = Int.random(in: 0...4, using: &rng)
        let tables = (0..<tableCount).map { index -> TableWriteBatch in
            let rows = Int.random(in: 0...130, using: &rng)
            let dictionary = (0..<Int.random(in: 1...5, using: &rng)).map {
                "v\($0)-\(UInt8.random(in: 0...255, using: &rng))"
            }
            let tag = TagColumn(
                name: "t",
                dictionary: dictionary,
                codes: (0..<rows).map { _ in Int32.random(in: -1..<Int32(dictionary.count), using: &rng) }
            )
            var validity = ValidityBitmap()
            for _ in 0..<rows { validity.append(Bool.random(using: &rng)) }
            let values: FieldValues =
                switch index % 5 {
                case 0: .float((0..<rows).map { _ in Double.random(in: -1e9...1e9, using: &rng) })
                case 1: .integer((0..<rows).map { _ in Int64.random(in: .min ... .max, using: &rng) })
                case 2: .uinteger((0..<rows).map { _ in UInt64.random(in: .min ... .max, using: &rng) })
                case 3:
                    .string((0..<rows).map { _ in String(repeating: "é", count: Int.random(in: 0...4, using: &rng)) })
                default: .boolean((0..<rows).map { _ in Bool.random(using: &rng) })
                }
            return TableWriteBatch(
                tableName: "table\(index)",
                timestamps: (0..<rows).map { _ in Int64.random(in: .min ... .max, using: &rng) },
                tags: [tag],
                fields: [FieldColumn(name: "f", values: values, validity: validity)]
            )
        }
        return DatabaseWriteBatch(database: "db\(tableCount)", tables: tables)
    }
}

/// A log handler that keeps every message, so tests can check what recovery reported.
final class RecordingLogHandler: LogHandler, Sendable {
    struct Entry: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]
    }

    let entries = Mutex<[Entry]>([])

    var logLevel: Logger.Level {
        get { .trace }
        set {}  // Records everything; the level is fixed.
    }

    var metadata: Logger.Metadata {
        get { [:] }
        set {}  // Metadata comes with each message.
    }

    subscript(metadataKey _: String) -> Logger.Metadata.Value? {
        get { nil }
        set {}  // Not used by the WAL.
    }

    func log(event: LogEvent) {
        let metadata = (event.metadata ?? [:]).mapValues { "\($0)" }
        entries.withLock { $0.append(Entry(level: event.level, message: "\(event.message)", metadata: metadata)) }
    }

    func entries(atLeast level: Logger.Level) -> [Entry] {
        entries.withLock { $0.filter { $0.level >= level } }
    }

    static func logger() -> (Logger, RecordingLogHandler) {
        let handler = RecordingLogHandler()
        return (Logger(label: "wal-test", factory: { _ in handler }), handler)
    }
}

/// Opens a WAL and collects what it replayed.
func openWAL(
    _ fileIO: any FileIO,
    directory: String = "/data/wal",
    segmentMaxBytes: Int = 64 << 20,
    maxPendingBytes: Int = 64 << 20,
    logger: Logger = Logger(label: "wal-test", factory: { _ in SwiftLogNoOpLogHandler() })
) throws -> (WriteAheadLog, [WALRecord]) {
    var replayed: [WALRecord] = []
    let configuration = WALConfiguration(
        directory: directory,
        segmentMaxBytes: segmentMaxBytes,
        maxPendingBytes: maxPendingBytes
    )
    let log = try WriteAheadLog.open(configuration: configuration, fileIO: fileIO, logger: logger) {
        replayed.append($0)
    }
    return (log, replayed)
}

/// Segment file names in `directory`, sorted.
func segmentNames(_ fileIO: any FileIO, directory: String = "/data/wal") throws -> [String] {
    try fileIO.contentsOfDirectory(at: directory).filter { $0.hasSuffix(".wal") }.sorted()
}
