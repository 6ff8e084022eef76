import HTTPTypes
import Kernel
import Testing

/// `format=parquet` of struct, list, date, zoned timestamp and binary results, read back by
/// pyarrow with the Arrow types InfluxDB 3's `ArrowWriter` files carry; intervals are refused
/// with InfluxDB's error.
@Suite("query_sql: parquet of result-only types", .serialized)
struct ParquetResultTests {
    static func parquet(_ sql: String) async throws -> ParquetBodyReader.Table {
        let reply = try await NestedResultTests.server().send(.get, NestedResultTests.query("parquet", sql))
        #expect(reply.status == 200)
        #expect(reply.header("Content-Type") == "application/vnd.apache.parquet")
        return try ParquetBodyReader.read(reply.bytes)
    }

    @Test func selectorStructs() async throws {
        let table = try await Self.parquet(
            "SELECT host, selector_max(v, time) AS hi, selector_first(v, time) AS f FROM m GROUP BY host ORDER BY host")
        #expect(
            table.fields == [
                "host: dictionary<values=string, indices=int32, ordered=0>",
                "hi: struct<value: double, time: timestamp[ns]>", "f: struct<value: double, time: timestamp[ns]>",
            ])
        #expect(
            table.rows
                == #"[{"host": "a", "hi": {"value": 2.5, "time": 20}, "f": {"value": 2.5, "time": 20}}, "#
                + #"{"host": "b", "hi": {"value": 7.0, "time": 10}, "f": {"value": 7.0, "time": 10}}]"#)
    }

    @Test func listsWithNullItems() async throws {
        let sql =
            "SELECT make_array(v, 1) AS l, regexp_match('us-east', '(\\w+)-(\\w+)') AS m, (SELECT array_agg(v ORDER BY "
            + "time DESC) FROM m WHERE host = 'a') AS a, make_array(make_array(1, 2), make_array(3)) AS ll "
            + "FROM m WHERE host = 'b'"
        let table = try await Self.parquet(sql)
        #expect(
            table.fields == [
                "l: list<item: double>", "m: list<item: string>", "a: list<item: double>",
                "ll: list<item: list<item: int64>>",
            ])
        #expect(
            table.rows
                == #"[{"l": [7.0, 1.0], "m": ["us", "east"], "a": [0.5, 2.5, 1.0, 2.5, null], "ll": [[1, 2], [3]]}]"#)
    }

    @Test func datesZonesAndBinary() async throws {
        let sql =
            "SELECT make_date(2024, 2, 29) AS d, tz(time, 'Europe/Brussels') AS z, time, sha256('abc') AS h "
            + "FROM m WHERE host = 'b'"
        let table = try await Self.parquet(sql)
        #expect(
            table.fields == [
                "d: date32[day]", "z: timestamp[ns, tz=Europe/Brussels]", "time: timestamp[ns]", "h: binary",
            ])
        let sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        #expect(table.rows == #"[{"d": "2024-02-29", "z": 10, "time": 10, "h": "\#(sha)"}]"#)
    }

    @Test func aTimeColumnWithNullsIsOptional() async throws {
        // A left join leaves the right side's max(time) NULL for host a.
        let sql =
            "SELECT l.host, r.t FROM (SELECT DISTINCT host FROM m) l LEFT JOIN "
            + "(SELECT host, max(time) AS t FROM m WHERE host = 'b' GROUP BY host) r ON l.host = r.host ORDER BY l.host"
        let table = try await Self.parquet(sql)
        #expect(table.rows == #"[{"host": "a", "t": null}, {"host": "b", "t": 10}]"#)
    }

    @Test func narrowNumbers() async throws {
        let sql =
            "SELECT CAST(-1 AS TINYINT) AS a, CAST(-2 AS SMALLINT) AS b, length('abc') AS c, "
            + "CAST(200 AS TINYINT UNSIGNED) AS d, CAST(60000 AS SMALLINT UNSIGNED) AS e, "
            + "CAST(4000000000 AS INT UNSIGNED) AS f, CAST(1.1 AS FLOAT) AS g, make_array(length('ab')) AS h "
            + "FROM m WHERE host = 'b'"
        let table = try await Self.parquet(sql)
        #expect(
            table.fields == [
                "a: int8", "b: int16", "c: int32", "d: uint8", "e: uint16", "f: uint32", "g: float",
                "h: list<item: int32>",
            ])
        #expect(
            table.rows
                == #"[{"a": -1, "b": -2, "c": 3, "d": 200, "e": 60000, "f": 4000000000, "g": 1.100000023841858, "h": [2]}]"#
        )
    }

    @Test func timeUnitsAndDurations() async throws {
        let sql =
            "SELECT to_timestamp_seconds(1) AS s, to_timestamp_millis(1500) AS ms, "
            + "arrow_cast(to_timestamp_micros(2000000), 'Timestamp(Microsecond, Some(\"UTC\"))') AS us, "
            + "time - to_timestamp_millis(4) AS d, arrow_cast('12:00:01', 'Time32(Second)') AS t32, "
            + "arrow_cast('12:00:01.5', 'Time32(Millisecond)') AS t32ms, arrow_cast('12:00:01', 'Time64(Microsecond)') AS t64 "
            + "FROM m WHERE host = 'b'"
        let table = try await Self.parquet(sql)
        // pyarrow reads arrow-rs's bare INT64 seconds and INT32 Time32(s) back as plain
        // integers (so does it DataFusion's own file); the values are in the unit.
        #expect(
            table.fields == [
                "s: int64", "ms: timestamp[ms]", "us: timestamp[us, tz=UTC]", "d: duration[ns]",
                "t32: int32", "t32ms: time32[ms]", "t64: time64[us]",
            ])
        #expect(
            table.rows
                == #"[{"s": 1, "ms": 1500, "us": 2000000, "d": -3999990, "t32": 43201, "t32ms": 43201500, "t64": 43201000000}]"#
        )
    }

    @Test func maps() async throws {
        let sql = "SELECT make_map('a', v, 'b', NULL) AS m, MAP {'k': make_array(1, 2)} AS n FROM m WHERE host = 'b'"
        let table = try await Self.parquet(sql)
        // pyarrow names a Parquet map's entries after the column (so it does for DataFusion's file).
        #expect(table.fields == ["m: map<string, double ('m')>", "n: map<string, list<item: int64> ('n')>"])
        #expect(table.rows == #"[{"m": [["a", 7.0], ["b", null]], "n": [["k", [1, 2]]]}]"#)
    }

    @Test func decimals() async throws {
        // INT64 for precision 1 and 10...18, INT32 for 2...9, FIXED_LEN_BYTE_ARRAY above (arrow-rs).
        let sql =
            "SELECT CAST(v AS DECIMAL(1,0)) AS a, CAST(v AS DECIMAL(9,2)) AS b, CAST(-v AS DECIMAL(18,3)) AS c, "
            + "CAST(v AS DECIMAL(38,10)) * -1 AS d, CAST(-v AS DECIMAL(20,0)) AS e, "
            + "CASE WHEN host = 'a' THEN CAST(v AS DECIMAL(30,5)) END AS f FROM m ORDER BY host"
        let table = try await Self.parquet(sql)
        #expect(
            table.fields == [
                "a: decimal128(1, 0)", "b: decimal128(9, 2)", "c: decimal128(18, 3)", "d: decimal128(38, 10)",
                "e: decimal128(20, 0)", "f: decimal128(30, 5)",
            ])
        #expect(
            table.rows
                == #"[{"a": null, "b": null, "c": null, "d": null, "e": null, "f": null}, "#
                + #"{"a": "3", "b": "2.50", "c": "-2.500", "d": "-2.5000000000", "e": "-3", "f": "2.50000"}, "#
                + #"{"a": "1", "b": "1.00", "c": "-1.000", "d": "-1.0000000000", "e": "-1", "f": "1.00000"}, "#
                + #"{"a": "3", "b": "2.50", "c": "-2.500", "d": "-2.5000000000", "e": "-3", "f": "2.50000"}, "#
                + #"{"a": "1", "b": "0.50", "c": "-0.500", "d": "-0.5000000000", "e": "-1", "f": "0.50000"}, "#
                + #"{"a": "7", "b": "7.00", "c": "-7.000", "d": "-7.0000000000", "e": "-7", "f": null}]"#)
    }

    @Test func negativeDecimalScalesAreRefused() async throws {
        let reply = try await NestedResultTests.server().send(
            .get, NestedResultTests.query("parquet", "SELECT CAST(120 AS DECIMAL(5,-1)) AS d"))
        #expect(reply.status == 500)
        #expect(reply.body == "persister error: parquet error: Parquet error: Invalid DECIMAL scale: -1")
    }

    @Test func intervalsAreRefusedAsInfluxDBRefusesThem() async throws {
        let reply = try await NestedResultTests.server().send(
            .get, NestedResultTests.query("parquet", "SELECT INTERVAL '1 month' AS i"))
        #expect(reply.status == 500)
        #expect(
            reply.body
                == "persister error: parquet error: NYI: Attempting to write an Arrow interval type MonthDayNano to "
                + "parquet that is not yet implemented")
    }
}
