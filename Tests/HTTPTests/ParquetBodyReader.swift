import Foundation

/// Reads a `format=parquet` body with pyarrow (the reference reader; a missing pyarrow fails the
/// test with instructions): the Arrow fields and the rows, timestamps as their integer values
/// (nanoseconds do not fit Python's datetime), dates as ISO text, bytes as hex.
enum ParquetBodyReader {
    struct Table: Equatable {
        /// `name: type` as pyarrow prints each field.
        var fields: [String]
        /// `to_pylist()` as JSON.
        var rows: String
    }

    static let script = """
        import json, sys, datetime
        import pyarrow as pa, pyarrow.parquet as pq
        table = pq.read_table(sys.argv[1])
        def plain(t):
            if pa.types.is_timestamp(t) or pa.types.is_duration(t) or pa.types.is_time64(t): return pa.int64()
            if pa.types.is_time32(t): return pa.int32()
            if pa.types.is_struct(t): return pa.struct([f.with_type(plain(f.type)) for f in t])
            if pa.types.is_list(t): return pa.list_(t.value_field.with_type(plain(t.value_type)))
            return t
        fields = [f"{f.name}: {f.type}" for f in table.schema]
        table = table.cast(pa.schema([f.with_type(plain(f.type)) for f in table.schema]))
        def text(v):
            if isinstance(v, bytes): return v.hex()
            if isinstance(v, (datetime.date, datetime.time)): return v.isoformat()
            return str(v)
        print(json.dumps({"fields": fields, "rows": json.dumps(table.to_pylist(), default=text)}))
        """

    static func read(_ body: [UInt8]) throws -> Table {
        let path = "/tmp/parquet-body-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).parquet"
        try Data(body).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["timeout", "60", "python3", "-c", script, path]
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let json = try JSONSerialization.jsonObject(with: output) as? [String: Any],
            let fields = json["fields"] as? [String], let rows = json["rows"] as? String
        else {
            throw ReadFailure(
                description: "pyarrow could not read the body (pip install pyarrow if missing): \(errors)")
        }
        return Table(fields: fields, rows: rows)
    }

    struct ReadFailure: Error, CustomStringConvertible {
        var description: String
    }
}
