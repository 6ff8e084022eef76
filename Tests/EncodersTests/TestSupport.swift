import HTTPSupport
import Kernel

/// Builders for small record batches, with nil standing for a null cell.
enum Columns {
    static func validity<Value>(_ values: [Value?]) -> ValidityBitmap {
        var bitmap = ValidityBitmap()
        for value in values { bitmap.append(value != nil) }
        return bitmap
    }

    /// A dictionary-encoded tag column; nil rows get code -1 and a cleared validity bit.
    static func tag(_ name: String, _ values: [String?]) -> RecordColumn {
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
                dictionary.append(value)
                codes.append(Int32(dictionary.count - 1))
            }
        }
        return RecordColumn(
            name: name, type: .tag, values: .tag(dictionary: dictionary, codes: codes), validity: validity(values))
    }

    static func time(_ name: String, _ values: [Int64?]) -> RecordColumn {
        RecordColumn(name: name, type: .time, values: .time(values.map { $0 ?? 0 }), validity: validity(values))
    }

    static func float(_ name: String, _ values: [Double?]) -> RecordColumn {
        RecordColumn(name: name, type: .float, values: .float(values.map { $0 ?? 0 }), validity: validity(values))
    }

    static func integer(_ name: String, _ values: [Int64?]) -> RecordColumn {
        RecordColumn(name: name, type: .integer, values: .integer(values.map { $0 ?? 0 }), validity: validity(values))
    }

    static func uinteger(_ name: String, _ values: [UInt64?]) -> RecordColumn {
        RecordColumn(
            name: name, type: .uinteger, values: .uinteger(values.map { $0 ?? 0 }), validity: validity(values))
    }

    static func string(_ name: String, _ values: [String?]) -> RecordColumn {
        RecordColumn(name: name, type: .string, values: .string(values.map { $0 ?? "" }), validity: validity(values))
    }

    static func boolean(_ name: String, _ values: [Bool?]) -> RecordColumn {
        RecordColumn(
            name: name, type: .boolean, values: .boolean(values.map { $0 ?? false }), validity: validity(values))
    }
}

/// A batch of the given columns (all of the same length).
func batch(_ columns: RecordColumn...) -> RecordBatch {
    RecordBatch(columns: columns, rowCount: columns.first?.values.count ?? 0)
}

/// Runs the whole begin/encode/finish sequence and returns the body as text.
func encode(_ format: QueryOutputFormat, _ batches: [RecordBatch]) -> String {
    guard var encoder = makeEncoder(format) else { return "<no encoder>" }
    var output: [UInt8] = []
    encoder.begin(into: &output)
    for batch in batches { encoder.encode(batch, into: &output) }
    encoder.finish(into: &output)
    return String(decoding: output, as: UTF8.self)
}

/// The `write_and_query` data of InfluxDB 3's server tests: `cpu,host=a val=1i 123`.
func referenceBatch() -> RecordBatch {
    batch(Columns.tag("host", ["a"]), Columns.time("time", [123]), Columns.integer("val", [1]))
}
