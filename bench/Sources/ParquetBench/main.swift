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

func run(
    rows: Int, compression: ParquetCompression, label: String, batches: [RecordBatch],
    inputBytesPerRow: Int = 8 * 6 + 4 * 2
) throws {
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
    // Input size: 8 bytes per time/float value plus 4 per tag code (or list offset), as the
    // batches hold them.
    let inputBytes = Double(rows * inputBytesPerRow)
    let line =
        "\(label): \(rows) rows in \(Int(best * 1000)) ms, "
        + "\(Int(inputBytes / best / 1e6)) MB/s input, \(Int(Double(size) / best / 1e6)) MB/s output, "
        + "\(Double(Int(Double(size) / Double(rows) * 100)) / 100) bytes/row, \(size) bytes"
    print(line)
}

/// The nested path: per row a list of 3 floats (every 10th row null) and a struct of an integer
/// and a list of 2 integers, as array_agg and named_struct results look.
func makeNestedBatches(rows: Int, batchSize: Int) -> [RecordBatch] {
    var batches: [RecordBatch] = []
    var start = 0
    while start < rows {
        let count = min(batchSize, rows - start)
        let all = ValidityBitmap(repeating: true, count: count)
        func items(_ perRow: Int, _ type: ValueType, _ values: ColumnValues) -> RecordColumn {
            RecordColumn(
                name: "item", type: .list([ValueField(name: "item", type: type)]),
                values: .list(
                    offsets: (0...count).map { Int32($0 * perRow) },
                    items: ChildColumns([
                        RecordColumn(
                            name: "item", type: type, values: values,
                            validity: ValidityBitmap(repeating: true, count: count * perRow))
                    ])), validity: all)
        }
        var floats = items(3, .float, .float((0..<count * 3).map { Double($0) * 0.5 }))
        floats.name = "l"
        floats.validity = ValidityBitmap(words: [], count: 0)
        for row in 0..<count { floats.validity.append((start + row) % 10 != 0) }
        let ints = items(2, .integer, .integer((0..<count * 2).map { Int64($0) }))
        let structure = RecordColumn(
            name: "s",
            type: .structure([ValueField(name: "a", type: .integer), ValueField(name: "item", type: ints.type)]),
            values: .structure(
                ChildColumns([
                    RecordColumn(
                        name: "a", type: .integer, values: .integer((0..<count).map { Int64($0) }), validity: all),
                    ints,
                ])), validity: all)
        batches.append(RecordBatch(columns: [floats, structure], rowCount: count))
        start += count
    }
    return batches
}

let rows = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 1_000_000 : 1_000_000
let batches = makeBatches(rows: rows, batchSize: 8192)
do {
    try run(rows: rows, compression: .uncompressed, label: "uncompressed", batches: batches)
    try run(rows: rows, compression: .zstd(level: 1), label: "zstd(1)", batches: batches)
    try run(
        rows: rows, compression: .uncompressed, label: "nested (list of 3 floats, struct of int and list of 2)",
        batches: makeNestedBatches(rows: rows, batchSize: 8192), inputBytesPerRow: 8 * 6 + 4 * 2)
} catch {
    print("bench failed: \(error)")
}
