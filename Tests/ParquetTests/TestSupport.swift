import Kernel
import Parquet
import Testing

/// One cell of a column, comparable across writer input and reader output (tags compare by
/// value because the reader's dictionary order may differ).
enum Cell: Hashable, CustomStringConvertible {
    case null
    case int(Int64)
    case uint(UInt64)
    case double(UInt64)
    case bool(Bool)
    case string(String)

    var description: String {
        switch self {
        case .null: "null"
        case .int(let value): "\(value)"
        case .uint(let value): "\(value)"
        case .double(let bits): "\(Double(bitPattern: bits))"
        case .bool(let value): "\(value)"
        case .string(let value): value
        }
    }
}

func validity<T>(_ values: [T?]) -> ValidityBitmap {
    var bitmap = ValidityBitmap()
    for value in values { bitmap.append(value != nil) }
    return bitmap
}

func tagColumn(_ name: String, _ values: [String?]) -> RecordColumn {
    var dictionary: [String] = []
    var codes: [Int32] = []
    for value in values {
        guard let value else {
            codes.append(-1)
            continue
        }
        if let index = dictionary.firstIndex(of: value) {
            codes.append(Int32(index))
        } else {
            codes.append(Int32(dictionary.count))
            dictionary.append(value)
        }
    }
    return RecordColumn(
        name: name, type: .tag, values: .tag(dictionary: dictionary, codes: codes), validity: validity(values))
}

func timeColumn(_ values: [Int64]) -> RecordColumn {
    RecordColumn(
        name: "time", type: .time, values: .time(values), validity: ValidityBitmap(repeating: true, count: values.count)
    )
}

func floatColumn(_ name: String, _ values: [Double?]) -> RecordColumn {
    RecordColumn(name: name, type: .float, values: .float(values.map { $0 ?? 0 }), validity: validity(values))
}

func integerColumn(_ name: String, _ values: [Int64?]) -> RecordColumn {
    RecordColumn(name: name, type: .integer, values: .integer(values.map { $0 ?? 0 }), validity: validity(values))
}

func uintegerColumn(_ name: String, _ values: [UInt64?]) -> RecordColumn {
    RecordColumn(name: name, type: .uinteger, values: .uinteger(values.map { $0 ?? 0 }), validity: validity(values))
}

func stringColumn(_ name: String, _ values: [String?]) -> RecordColumn {
    RecordColumn(name: name, type: .string, values: .string(values.map { $0 ?? "" }), validity: validity(values))
}

func booleanColumn(_ name: String, _ values: [Bool?]) -> RecordColumn {
    RecordColumn(name: name, type: .boolean, values: .boolean(values.map { $0 ?? false }), validity: validity(values))
}

func cells(_ column: RecordColumn) -> [Cell] {
    (0..<column.values.count).map { row in
        guard column.validity[row] else { return .null }
        switch column.values {
        case .tag(let dictionary, let codes): return .string(dictionary[Int(codes[row])])
        case .time(let values), .integer(let values): return .int(values[row])
        case .uinteger(let values): return .uint(values[row])
        case .float(let values): return .double(values[row].bitPattern)
        case .boolean(let values): return .bool(values[row])
        case .string(let values): return .string(values[row])
        default: preconditionFailure("the reader returns storage types only")
        }
    }
}

/// Column name -> cells of all batches concatenated.
func table(_ batches: [RecordBatch]) -> [String: [Cell]] {
    var result: [String: [Cell]] = [:]
    for batch in batches {
        for column in batch.columns { result[column.name, default: []] += cells(column) }
    }
    return result
}

func writeFile(
    _ batches: [RecordBatch], rowGroupSize: Int = 1_048_576, pageRows: Int = 20_000,
    compression: ParquetCompression = .uncompressed
) throws -> [UInt8] {
    var options = ParquetWriterOptions()
    options.rowGroupSize = rowGroupSize
    options.dataPageRowLimit = pageRows
    options.compression = compression
    var writer = try ParquetWriter(schema: ParquetSchema(batch: batches[0]), options: options)
    for batch in batches { try writer.write(batch) }
    return try writer.finish()
}

/// A deterministic pseudo-random generator so failures reproduce.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A batch with every column type; `nulls` makes every third row of the optional columns null.
func sampleBatch(rows: Range<Int>, nulls: Bool) -> RecordBatch {
    func maybe<T>(_ row: Int, _ value: T) -> T? { nulls && row % 3 == 1 ? nil : value }
    let hosts = ["alpha", "beta", "gamma", "δέλτα", ""]
    let columns = [
        tagColumn("host", rows.map { maybe($0, hosts[$0 % hosts.count]) }),
        timeColumn(rows.map { 1_700_000_000_000_000_000 + Int64($0) * 1_000 }),
        floatColumn("usage", rows.map { maybe($0, Double($0) * 0.25 - 3) }),
        integerColumn("count", rows.map { maybe($0, Int64($0) * (($0 % 2 == 0) ? -7 : 11)) }),
        uintegerColumn("bytes", rows.map { maybe($0, UInt64.max - UInt64($0)) }),
        stringColumn("message", rows.map { maybe($0, $0 % 4 == 0 ? "" : "msg \($0) ✓") }),
        booleanColumn("ok", rows.map { maybe($0, $0 % 5 < 2) }),
    ]
    return RecordBatch(columns: columns, rowCount: rows.count)
}
