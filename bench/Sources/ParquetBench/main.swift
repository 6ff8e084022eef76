// Writes 1,000,000 rows (2 tags, time, 5 floats) with ParquetWriter and reports throughput.
// Run: swift run -c release ParquetBench [rows]
import Kernel
import Parquet

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func monotonicSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func makeBatches(rows: Int, batchSize: Int) -> [RecordBatch] {
    let hosts = (0..<100).map { "host-\($0)" }
    let regions = ["us-east", "us-west", "eu-central", "ap-south"]
    var batches: [RecordBatch] = []
    var start = 0
    while start < rows {
        let count = min(batchSize, rows - start)
        var columns = [
            RecordColumn(
                name: "host", type: .tag,
                values: .tag(dictionary: hosts, codes: (0..<count).map { Int32((start + $0) % hosts.count) }),
                validity: ValidityBitmap(repeating: true, count: count)),
            RecordColumn(
                name: "region", type: .tag,
                values: .tag(dictionary: regions, codes: (0..<count).map { Int32((start + $0) / 1000 % 4) }),
                validity: ValidityBitmap(repeating: true, count: count)),
            RecordColumn(
                name: "time", type: .time,
                values: .time((0..<count).map { 1_700_000_000_000_000_000 + Int64(start + $0) * 1_000_000_000 }),
                validity: ValidityBitmap(repeating: true, count: count)),
        ]
        for field in 0..<5 {
            let values = (0..<count).map { Double((start + $0) % 1000) * 0.5 + Double(field) }
            columns.append(
                RecordColumn(
                    name: "f\(field)", type: .float, values: .float(values),
                    validity: ValidityBitmap(repeating: true, count: count)))
        }
        batches.append(RecordBatch(columns: columns, rowCount: count))
        start += count
    }
    return batches
}

func run(rows: Int, compression: ParquetCompression, label: String, batches: [RecordBatch]) throws {
    var best = Double.infinity
    var size = 0
    for _ in 0..<3 {
        let began = monotonicSeconds()
        var options = ParquetWriterOptions()
        options.compression = compression
        var writer = try ParquetWriter(schema: ParquetSchema(batch: batches[0]), options: options)
        for batch in batches { try writer.write(batch) }
        let bytes = try writer.finish()
        best = min(best, monotonicSeconds() - began)
        size = bytes.count
    }
    // Input size: 8 bytes per time/float value plus 4 per tag code, as the batches hold them.
    let inputBytes = Double(rows * (8 * 6 + 4 * 2))
    let line =
        "\(label): \(rows) rows in \(Int(best * 1000)) ms, "
        + "\(Int(inputBytes / best / 1e6)) MB/s input, \(Int(Double(size) / best / 1e6)) MB/s output, "
        + "\(Double(Int(Double(size) / Double(rows) * 100)) / 100) bytes/row, \(size) bytes"
    print(line)
}

let rows = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 1_000_000 : 1_000_000
let batches = makeBatches(rows: rows, batchSize: 8192)
do {
    try run(rows: rows, compression: .uncompressed, label: "uncompressed", batches: batches)
    try run(rows: rows, compression: .zstd(level: 1), label: "zstd(1)", batches: batches)
} catch {
    print("bench failed: \(error)")
}
