// Release-mode figures for BENCH.md: `swift run -c release WALBench [appendsPerWriter]`.
// Appends 5,000-row batches (10 tags, 10 float fields) with `.sync` from two concurrent writers
// to a WAL on LocalFileIO in a fresh directory under /tmp, which is removed afterwards.

import Glibc
import Kernel
import LocalFileIO
import Logging
import WAL

func makeBatch(seed: Int, rows: Int = 5_000) -> DatabaseWriteBatch {
    let timestamps = (0..<rows).map { Int64(1_700_000_000_000_000_000) + Int64(seed * rows + $0) * 1_000_000 }
    let tags = (0..<10).map { tag in
        TagColumn(
            name: "tag\(tag)",
            dictionary: (0..<100).map { "value-\(tag)-\($0)" },
            codes: (0..<rows).map { Int32(($0 * (tag + 1)) % 100) }
        )
    }
    let fields = (0..<10).map { field in
        FieldColumn(
            name: "field\(field)",
            values: .float((0..<rows).map { Double($0 &* 31 &+ field) * 0.25 }),
            validity: ValidityBitmap(repeating: true, count: rows)
        )
    }
    return DatabaseWriteBatch(
        database: "bench",
        tables: [TableWriteBatch(tableName: "cpu", timestamps: timestamps, tags: tags, fields: fields)]
    )
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func format(_ value: Double) -> String {
    String(Int((value * 10).rounded())).dropLast() + "." + String(Int((value * 10).rounded()) % 10)
}

let appendsPerWriter = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 200
let batch = makeBatch(seed: 0)
let recordBytes = try WALRecordCodec.encode(sequence: 1, batch: batch).count + WALSegmentFormat.frameHeaderBytes

// CRC32C throughput on 64 MiB.
let crcInput = [UInt8](repeating: 0xA5, count: 64 << 20)
let crcStart = ContinuousClock.now
var crcSink: UInt32 = 0
for _ in 0..<8 { crcSink &+= CRC32C.checksum(crcInput) }
let crcSeconds = seconds(since: crcStart)

// Codec throughput.
let codecStart = ContinuousClock.now
var decodedRows = 0
for index in 0..<50 {
    let bytes = try WALRecordCodec.encode(sequence: UInt64(index), batch: batch)
    decodedRows += try WALRecordCodec.decode(bytes).batch.rowCount
}
let codecSeconds = seconds(since: codecStart)

var template = Array("/tmp/wal-bench-XXXXXX".utf8CString)
guard let created = mkdtemp(&template) else { fatalError("mkdtemp failed") }
let directory = String(cString: created)
let fileIO = LocalFileIO()
let log = try WriteAheadLog.open(
    configuration: WALConfiguration(directory: directory),
    fileIO: fileIO,
    logger: Logger(label: "wal-bench", factory: { _ in SwiftLogNoOpLogHandler() }),
    replay: { _ in }
)
let appendStart = ContinuousClock.now
try await withThrowingTaskGroup(of: Void.self) { group in
    for _ in 0..<2 {
        group.addTask {
            for _ in 0..<appendsPerWriter { _ = try await log.append(batch, durability: .sync) }
        }
    }
    try await group.waitForAll()
}
let appendSeconds = seconds(since: appendStart)
await log.close()
for name in try fileIO.contentsOfDirectory(at: directory) { try fileIO.removeFile(at: directory + "/" + name) }
rmdir(directory)

let appends = Double(2 * appendsPerWriter)
let lines = [
    "record: \(recordBytes) bytes for 5,000 rows = \(format(Double(recordBytes) / 5_000)) bytes/row",
    "sync appends, 2 writers × \(appendsPerWriter): \(format(appends / appendSeconds)) appends/s, "
        + "\(format(appends * Double(recordBytes) / appendSeconds / 1e6)) MB/s, "
        + "\(format(appends * 5_000 / appendSeconds / 1e6)) M rows/s",
    "crc32c: \(format(8 * 64 * 1_048_576 / crcSeconds / 1e9)) GB/s (checksum \(crcSink))",
    "codec encode+decode: \(format(Double(decodedRows) / codecSeconds / 1e6)) M rows/s, "
        + "\(format(50 * Double(recordBytes) / codecSeconds / 1e6)) MB/s",
]
for line in lines { print(line) }
