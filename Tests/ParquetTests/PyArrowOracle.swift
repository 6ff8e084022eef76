import Foundation
import Kernel
import Parquet

/// Runs pyarrow on files written by `ParquetWriter` and returns what it read. pyarrow is the
/// reference reader: if it is missing the caller's test fails with instructions, never skips.
enum PyArrowOracle {
    struct Result {
        /// Column name -> Arrow type as pyarrow prints it, in schema order.
        var types: [(name: String, type: String)]
        /// Column name -> values rendered as text (nil for null).
        var columns: [String: [String?]]
        /// Column name -> [null_count, min, max] of row group 0's statistics, rendered as text.
        var statistics: [String: [String?]]
        var rowGroups: Int
    }

    enum Failure: Error, CustomStringConvertible {
        case pyarrowMissing(String)
        case pythonFailed(String)
        var description: String {
            switch self {
            case .pyarrowMissing(let detail):
                "pyarrow is required for the oracle tests: run `pip install pyarrow` (\(detail))"
            case .pythonFailed(let detail): "python/pyarrow failed: \(detail)"
            }
        }
    }

    static let script = """
        import json, sys
        import pyarrow as pa, pyarrow.parquet as pq
        path = sys.argv[1]
        table = pq.read_table(path)
        meta = pq.read_metadata(path)
        def text(v):
            if v is None: return None
            if isinstance(v, bool): return "true" if v else "false"
            if isinstance(v, float): return repr(v)
            if isinstance(v, bytes): return v.decode("utf-8")
            return str(v)
        columns, stats = {}, {}
        for i, field in enumerate(table.schema):
            col = table.column(i)
            if pa.types.is_timestamp(field.type):
                col = col.cast(pa.int64())
            columns[field.name] = [text(v) for v in col.to_pylist()]
            if meta.num_row_groups > 0:
                s = meta.row_group(0).column(i).statistics
                if s is not None:
                    # Timestamps: the raw INT64 values (nanoseconds do not fit datetime).
                    raw = pa.types.is_timestamp(field.type)
                    lo = text(s.min_raw if raw else s.min) if s.has_min_max else None
                    hi = text(s.max_raw if raw else s.max) if s.has_min_max else None
                    stats[field.name] = [str(s.null_count), lo, hi]
        print(json.dumps({
            "types": [[f.name, str(f.type)] for f in table.schema],
            "columns": columns, "stats": stats, "row_groups": meta.num_row_groups,
        }))
        """

    /// Runs `python3` with a 60-second limit (via coreutils `timeout`) and returns stdout.
    static func python(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["timeout", "60", "python3"] + arguments
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self)
        )
    }

    static func read(_ file: [UInt8], name: String) throws -> Result {
        let check = try python(["-c", "import pyarrow"])
        guard check.status == 0 else {
            throw Failure.pyarrowMissing(check.errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let path = "/tmp/parquet-oracle-\(getpid())-\(name).parquet"
        try Data(file).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try python(["-c", script, path])
        guard run.status == 0 else { throw Failure.pythonFailed("status \(run.status): \(run.errors)") }
        guard let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any],
            let types = json["types"] as? [[String]], let columns = json["columns"] as? [String: [Any]],
            let stats = json["stats"] as? [String: [Any]], let rowGroups = json["row_groups"] as? Int
        else { throw Failure.pythonFailed("unexpected output: \(run.output)") }
        func strings(_ values: [Any]) -> [String?] { values.map { $0 as? String } }
        return Result(
            types: types.map { ($0[0], $0[1]) }, columns: columns.mapValues(strings),
            statistics: stats.mapValues(strings),
            rowGroups: rowGroups)
    }
}

extension PyArrowOracle {
    /// A table pyarrow writes for the reverse check: same columns and values as `sampleBatch`.
    static let writerScript = """
        import sys
        import pyarrow as pa, pyarrow.parquet as pq
        path, compression, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
        hosts = ["alpha", "beta", "gamma", "δέλτα", ""]
        def maybe(i, v): return None if i % 3 == 1 else v
        table = pa.table({
            "host": pa.array([maybe(i, hosts[i % 5]) for i in range(n)]).dictionary_encode(),
            "time": pa.array([1700000000000000000 + i * 1000 for i in range(n)], pa.timestamp("ns")),
            "usage": pa.array([maybe(i, i * 0.25 - 3) for i in range(n)], pa.float64()),
            "count": pa.array([maybe(i, i * (-7 if i % 2 == 0 else 11)) for i in range(n)], pa.int64()),
            "bytes": pa.array([maybe(i, 2**64 - 1 - i) for i in range(n)], pa.uint64()),
            "message": pa.array([maybe(i, "" if i % 4 == 0 else f"msg {i} ✓") for i in range(n)]),
            "ok": pa.array([maybe(i, i % 5 < 2) for i in range(n)]),
        })
        table = table.cast(table.schema.set(1, pa.field("time", pa.timestamp("ns"), nullable=False)))
        pq.write_table(table, path, compression=compression, row_group_size=300, data_page_size=1000,
                       data_page_version="1.0")
        """

    /// Has pyarrow write a file like `sampleBatch(rows: 0..<rows, nulls: true)` and returns it.
    static func pyarrowFile(rows: Int, compression: String) throws -> [UInt8] {
        let check = try python(["-c", "import pyarrow"])
        guard check.status == 0 else { throw Failure.pyarrowMissing(check.errors) }
        let path = "/tmp/parquet-oracle-\(getpid())-pyarrow-\(compression).parquet"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try python(["-c", writerScript, path, compression, "\(rows)"])
        guard run.status == 0 else { throw Failure.pythonFailed("status \(run.status): \(run.errors)") }
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
