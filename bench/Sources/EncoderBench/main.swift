// Measures the query result encoders on 1,000,000 rows (2 tags, time, 5 float fields, 1 integer,
// 1 string) in batches of 8192 rows, as DataFusion hands them out. Run in release:
//   swift run -c release EncoderBench [json|jsonl|csv|pretty]
// Floats: three fields with 2 decimals, one with 6 decimals and one at full precision, so both
// the fixed-point fast path and the general path of FloatFormatter are exercised.

import HTTPSupport
import Kernel

/// SplitMix64: deterministic data without Foundation.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

func makeBatches(rows: Int, batchSize: Int) -> [RecordBatch] {
    var random = SplitMix(state: 42)
    let hosts = (0..<100).map { "host-\($0)" }
    let regions = ["us-east", "us-west", "eu-central", "ap-south", "sa-east"]
    var batches: [RecordBatch] = []
    var start = 0
    while start < rows {
        let count = min(batchSize, rows - start)
        let valid = ValidityBitmap(repeating: true, count: count)
        func column(_ name: String, _ type: ColumnType, _ values: ColumnValues) -> RecordColumn {
            RecordColumn(name: name, type: type, values: values, validity: valid)
        }
        func floats(decimals: Double?) -> ColumnValues {
            .float(
                (0..<count).map { _ in
                    let value = random.unit() * 100
                    guard let decimals else { return value }
                    return (value * decimals).rounded() / decimals
                })
        }
        let rowRange = start..<(start + count)
        var columns = [
            column("host", .tag, .tag(dictionary: hosts, codes: rowRange.map { Int32($0 % 100) })),
            column("region", .tag, .tag(dictionary: regions, codes: rowRange.map { Int32($0 % 5) })),
            column("time", .time, .time(rowRange.map { 1_708_473_600_000_000_000 + Int64($0) * 250_000_000 })),
        ]
        for (index, decimals) in [100.0, 100, 100, 1_000_000, nil].enumerated() {
            columns.append(column("f\(index)", .float, floats(decimals: decimals)))
        }
        columns.append(column("count", .integer, .integer((0..<count).map { _ in Int64(random.next() % 1_000_000) })))
        columns.append(column("status", .string, .string(rowRange.map { $0 % 3 == 0 ? "ok" : "degraded \($0 % 7)" })))
        batches.append(RecordBatch(columns: columns, rowCount: count))
        start += count
    }
    return batches
}

/// Encodes all batches, flushing the buffer every 64 KiB as the HTTP layer would; returns bytes.
func run(_ format: QueryOutputFormat, _ batches: [RecordBatch]) -> Int {
    guard var encoder = makeEncoder(format) else { return 0 }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 20)
    var total = 0
    func flushIfFull() {
        if buffer.count >= 1 << 16 {
            total += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
    }
    encoder.begin(into: &buffer)
    for batch in batches {
        encoder.encode(batch, into: &buffer)
        flushIfFull()
    }
    encoder.finish(into: &buffer)
    return total + buffer.count
}

let rows = 1_000_000
let batches = makeBatches(rows: rows, batchSize: 8192)
let clock = ContinuousClock()
// An optional argument (`json`, `jsonl`, `csv`, `pretty`) limits the run to one format.
let selected = CommandLine.arguments.dropFirst().compactMap(QueryOutputFormat.init(parameter:))
for format in [QueryOutputFormat.json, .jsonLines, .csv, .pretty] where selected.isEmpty || selected.contains(format) {
    var best = Duration.seconds(1_000)
    var bytes = 0
    for _ in 0..<3 {
        let elapsed = clock.measure { bytes = run(format, batches) }
        best = min(best, elapsed)
    }
    let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
    let megabytes = Double(bytes) / 1_000_000
    let mbPerSecond = Int(megabytes / seconds)
    let rowsPerSecond = Int(Double(rows) / seconds)
    print("\(format): \(Int(megabytes)) MB in \(Int(seconds * 1000)) ms: \(mbPerSecond) MB/s, \(rowsPerSecond) rows/s")
}

/// Nanoseconds per value of the two hand-written formatters alone (buffer reused, no flushing).
func perValue(_ label: String, count: Int, _ body: (Int, inout [UInt8]) -> Void) {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(count * 32)
    let elapsed = clock.measure {
        for index in 0..<count { body(index, &buffer) }
    }
    let nanoseconds = Double(elapsed.components.attoseconds) / 1e9 + Double(elapsed.components.seconds) * 1e9
    print("\(label): \(Int(nanoseconds / Double(count))) ns/value (\(buffer.count) bytes)")
}

if selected.isEmpty {
    var random = SplitMix(state: 7)
    let stamps = (0..<1_000_000).map { _ in Int64(bitPattern: random.next()) }
    let twoDecimals = (0..<1_000_000).map { _ in (random.unit() * 10_000).rounded() / 100 }
    let fullPrecision = (0..<1_000_000).map { _ in random.unit() * 100 }
    perValue("timestamp (random Int64 ns)", count: stamps.count) { index, buffer in
        TimestampFormatter.append(nanoseconds: stamps[index], to: &buffer)
    }
    perValue("float display, 2 decimals", count: twoDecimals.count) { index, buffer in
        FloatFormatter.append(twoDecimals[index], style: .display, to: &buffer)
    }
    perValue("float display, full precision", count: fullPrecision.count) { index, buffer in
        FloatFormatter.append(fullPrecision[index], style: .display, to: &buffer)
    }
    perValue("float json, full precision", count: fullPrecision.count) { index, buffer in
        FloatFormatter.append(fullPrecision[index], style: .json, to: &buffer)
    }
}
