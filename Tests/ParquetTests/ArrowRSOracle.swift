import Foundation
import Kernel
import Parquet

/// Reads a file written by `ParquetWriter` with pyarrow, has arrow-rs (DataFusion's
/// `write_parquet`, the `ArrowWriter` InfluxDB 3 uses) write the table it read, and reports both
/// files' Parquet layout: the values and Arrow schema come from our file, the leaf columns
/// (path, physical and logical type, maximum levels) and the chunk statistics and value counts
/// (which the definition and repetition levels decide) from both, to be compared.
enum ArrowRSOracle {
    struct Result {
        /// `name: type` per field as pyarrow prints it (` not null` for non-nullable fields).
        var fields: [String]
        /// `table.to_pylist()` as JSON (dates, times and bytes as text).
        var rows: String
        /// Per leaf: path, physical type, logical type, max definition and repetition level,
        /// then the first row group's value count, null count, min and max.
        var ourLeaves: [[String]]
        var arrowRSLeaves: [[String]]
    }

    static let script = """
        import json, sys, os, tempfile, datetime
        import pyarrow as pa, pyarrow.parquet as pq
        import datafusion
        path = sys.argv[1]
        table = pq.read_table(path)
        def leaves(file):
            meta = file.metadata
            out = []
            for i in range(meta.num_columns):
                c = file.schema.column(i)
                logical = str(c.logical_type)
                # Our storage types keep INT_64 / Int(64, signed) annotations arrow-rs leaves out.
                if logical == "Int(bitWidth=64, isSigned=true)": logical = "None"
                row = [c.path, c.physical_type, logical, str(c.max_definition_level), str(c.max_repetition_level)]
                if meta.num_row_groups > 0:
                    chunk = meta.row_group(0).column(i)
                    s = chunk.statistics
                    row.append(str(chunk.num_values))
                    row.append(str(s.null_count) if s is not None else "-")
                    has = s is not None and s.has_min_max
                    row.append(repr(s.min_raw) if has else "-")
                    row.append(repr(s.max_raw) if has else "-")
                out.append(row)
            return out
        ctx = datafusion.SessionContext()
        out_dir = tempfile.mkdtemp()
        ctx.from_arrow(table).write_parquet(out_dir)
        files = [os.path.join(out_dir, f) for f in os.listdir(out_dir)]
        reference = pq.ParquetFile(files[0])
        def text(v):
            if isinstance(v, bytes): return v.hex()
            if isinstance(v, (datetime.date, datetime.time, datetime.datetime)): return v.isoformat()
            return str(v)
        print(json.dumps({
            "fields": [f"{f.name}: {f.type}" + ("" if f.nullable else " not null") for f in table.schema],
            "rows": json.dumps(table.to_pylist(), default=text, ensure_ascii=False),
            "ours": leaves(pq.ParquetFile(path)), "arrow_rs": leaves(reference),
        }))
        """

    static func read(_ file: [UInt8], name: String) throws -> Result {
        let check = try PyArrowOracle.python(["-c", "import pyarrow, datafusion"])
        guard check.status == 0 else {
            throw PyArrowOracle.Failure.pyarrowMissing(
                "and datafusion: " + check.errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let path = "/tmp/parquet-arrow-rs-oracle-\(getpid())-\(name).parquet"
        try Data(file).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try PyArrowOracle.python(["-c", script, path])
        guard run.status == 0 else { throw PyArrowOracle.Failure.pythonFailed("status \(run.status): \(run.errors)") }
        guard let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any],
            let fields = json["fields"] as? [String], let rows = json["rows"] as? String,
            let ours = json["ours"] as? [[String]], let reference = json["arrow_rs"] as? [[String]]
        else { throw PyArrowOracle.Failure.pythonFailed("unexpected output: \(run.output)") }
        return Result(fields: fields, rows: rows, ourLeaves: ours, arrowRSLeaves: reference)
    }
}
