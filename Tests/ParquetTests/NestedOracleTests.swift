import Kernel
import Parquet
import Testing

/// Result-only types (dates, times, zones, binary, structs, lists) read back by pyarrow with the
/// expected Arrow schema and values, and laid out as arrow-rs's `ArrowWriter` lays out the same
/// table: same leaf columns, levels (value and null counts) and statistics.
@Suite(.serialized) struct NestedOracleTests {
    static func check(_ batch: RecordBatch, _ name: String) throws -> ArrowRSOracle.Result {
        let result = try ArrowRSOracle.read(try writeFile([batch]), name: name)
        #expect(result.ourLeaves == result.arrowRSLeaves)
        return result
    }

    @Test func flatResultTypes() throws {
        let batch = RecordBatch(
            columns: [
                dateColumn("d", [19_782, nil, -1]),
                time64Column("t", [3_723_000_001_000, 0, nil]),
                zonedColumn("z", zone: "Europe/Paris", [nil, 1_709_164_800_000_000_000, -1_000]),
                binaryColumn("b", [[0xBA, 0x78], [], nil]),
            ], rowCount: 3)
        let result = try Self.check(batch, "flat")
        #expect(
            result.fields == ["d: date32[day]", "t: time64[ns]", "z: timestamp[ns, tz=Europe/Paris]", "b: binary"])
        #expect(
            result.rows
                == #"[{"d": "2024-02-29", "t": "01:02:03.000001", "z": null, "b": "ba78"}, "#
                + #"{"d": null, "t": "00:00:00", "z": "2024-02-29T01:00:00+01:00", "b": ""}, "#
                + #"{"d": "1969-12-31", "t": null, "z": "1970-01-01T00:59:59.999999+01:00", "b": null}]"#)
        #expect(
            result.ourLeaves.map { $0[2] } == [
                "Date", "Time(isAdjustedToUTC=false, timeUnit=nanoseconds)",
                "Timestamp(isAdjustedToUTC=true, timeUnit=nanoseconds, is_from_converted_type=false, force_set_converted_type=false)",
                "None",
            ])
    }

    /// Nulls at the struct and at the field level, a struct inside a struct, a tag field.
    @Test func structs() throws {
        let inner = structColumn(
            "inner", [stringColumn("s", ["x", nil, "z", "w"])], valid: [true, true, false, true])
        let outer = structColumn(
            "st",
            [
                integerColumn("a", [1, nil, 3, 4]), inner, tagColumn("h", ["p", "q", nil, "p"]),
                timeColumn([10_000, 20_000, 30_000, 40_000]),
            ], valid: [true, true, true, false], nullable: [true, true, true, false])
        let result = try Self.check(RecordBatch(columns: [outer], rowCount: 4), "structs")
        #expect(
            result.fields == [
                "st: struct<a: int64, inner: struct<s: string>, h: dictionary<values=string, indices=int32, "
                    + "ordered=0>, time: timestamp[ns] not null>"
            ])
        #expect(
            result.rows
                == #"[{"st": {"a": 1, "inner": {"s": "x"}, "h": "p", "time": "1970-01-01T00:00:00.000010"}}, "#
                + #"{"st": {"a": null, "inner": {"s": null}, "h": "q", "time": "1970-01-01T00:00:00.000020"}}, "#
                + #"{"st": {"a": 3, "inner": null, "h": null, "time": "1970-01-01T00:00:00.000030"}}, "#
                + #"{"st": null}]"#)
        // Levels: a 0..2, inner.s 0..3, time is REQUIRED below the optional struct (max 1).
        #expect(result.ourLeaves.map { Array($0[3...4]) } == [["2", "0"], ["3", "0"], ["2", "0"], ["1", "0"]])
    }

    /// Null lists, empty lists, null items; lists of lists, of structs, and a struct of a list.
    @Test func lists() throws {
        let numbers = listColumn("l", integerColumn("item", [1, nil, 3, 4, 5]), lengths: [2, nil, 0, 3])
        let innerLists = listColumn(
            "item", stringColumn("item", ["a", "b", nil, "c"]), lengths: [2, 0, nil, 2])
        let nested = listColumn("ll", innerLists, lengths: [1, 3, nil, 0])
        let structs = listColumn(
            "ls",
            structColumn(
                "item", [floatColumn("v", [0.5, nil, 2]), booleanColumn("ok", [true, false, nil])],
                valid: [true, false, true]), lengths: [nil, 1, 2, 0])
        let holder = structColumn(
            "sl", [listColumn("xs", dateColumn("item", [0, 1, nil]), lengths: [1, 2, nil, 0])],
            valid: [true, true, true, false])
        let batch = RecordBatch(columns: [numbers, nested, structs, holder], rowCount: 4)
        let result = try Self.check(batch, "lists")
        #expect(
            result.fields == [
                "l: list<item: int64>", "ll: list<item: list<item: string>>",
                "ls: list<item: struct<v: double, ok: bool>>", "sl: struct<xs: list<item: date32[day]>>",
            ])
        #expect(
            result.rows
                == #"[{"l": [1, null], "ll": [["a", "b"]], "ls": null, "sl": {"xs": ["1970-01-01"]}}, "#
                + #"{"l": null, "ll": [[], null, [null, "c"]], "ls": [{"v": 0.5, "ok": true}], "#
                + #""sl": {"xs": ["1970-01-02", null]}}, "#
                + #"{"l": [], "ll": null, "ls": [null, {"v": 2.0, "ok": null}], "sl": {"xs": null}}, "#
                + #"{"l": [3, 4, 5], "ll": [], "ls": [], "sl": null}]"#)
        #expect(
            result.ourLeaves.map { Array($0[0...4]) } == [
                ["l.list.item", "INT64", "None", "3", "1"],
                ["ll.list.item.list.item", "BYTE_ARRAY", "String", "5", "2"],
                ["ls.list.item.v", "DOUBLE", "None", "4", "1"], ["ls.list.item.ok", "BOOLEAN", "None", "4", "1"],
                ["sl.xs.list.item", "INT32", "Date", "4", "1"],
            ])
    }

    /// Fields declared non-nullable are REQUIRED, as arrow-rs writes them.
    @Test func requiredNestedFields() throws {
        let list = listColumn("l", integerColumn("item", [1, 2, 3]), lengths: [1, 0, 2], itemNullable: false)
        let pair = structColumn(
            "p", [integerColumn("a", [1, 2, 3]), stringColumn("b", ["x", nil, "y"])], valid: [true, false, true],
            nullable: [false, true])
        let result = try Self.check(RecordBatch(columns: [list, pair], rowCount: 3), "required")
        #expect(result.fields == ["l: list<item: int64 not null>", "p: struct<a: int64 not null, b: string>"])
        #expect(
            result.rows
                == #"[{"l": [1], "p": {"a": 1, "b": "x"}}, {"l": [], "p": null}, {"l": [2, 3], "p": {"a": 3, "b": "y"}}]"#
        )
        #expect(result.ourLeaves.map { Array($0[3...4]) } == [["2", "1"], ["1", "0"], ["2", "0"]])
    }
}

/// Lists across many pages and row groups (pages end at row boundaries, not inside a list), and
/// the types arrow-rs refuses to write.
@Suite(.serialized) struct NestedPagingTests {
    /// Row `i`: null every 5th row, else `i % 4` items; item `k` is null every 7th.
    static func lists(rows: Range<Int>) -> (RecordBatch, [String]) {
        var lengths: [Int?] = []
        var items: [Int64?] = []
        var rowTexts: [String] = []
        for row in rows {
            guard row % 5 != 0 else {
                lengths.append(nil)
                rowTexts.append(#"{"l": null, "n": [null]}"#)
                continue
            }
            let values: [Int64?] = (0..<row % 4).map { Int64(row * 10 + $0) }.map { $0 % 7 == 0 ? nil : $0 }
            lengths.append(values.count)
            items += values
            let list = values.map { $0.map(String.init) ?? "null" }.joined(separator: ", ")
            rowTexts.append(#"{"l": [\#(list)], "n": [[\#(list)]]}"#)
        }
        let list = listColumn("l", integerColumn("item", items), lengths: lengths)
        let nested = listColumn("n", list.renamed("item"), lengths: lengths.map { _ in 1 })
        return (RecordBatch(columns: [list, nested], rowCount: rows.count), rowTexts)
    }

    @Test func listsSpanPagesAndRowGroups() throws {
        let (first, firstRows) = Self.lists(rows: 0..<1_700)
        let (second, secondRows) = Self.lists(rows: 1_700..<3_000)
        let file = try writeFile([first, second], rowGroupSize: 1_000, pageRows: 90)
        let result = try ArrowRSOracle.read(file, name: "paging")
        #expect(result.rows == "[" + (firstRows + secondRows).joined(separator: ", ") + "]")
        #expect(result.ourLeaves.map { Array($0[0...4]) } == result.arrowRSLeaves.map { Array($0[0...4]) })
    }

    @Test func intervalsAndEmptyStructsAreRefusedAsArrowRSRefusesThem() throws {
        let interval = RecordColumn(
            name: "i", type: .interval, values: .interval([IntervalValue(months: 1)]), validity: validity([1]))
        #expect(
            throws: ParquetError.typeNotWritable(
                "NYI: Attempting to write an Arrow interval type MonthDayNano to parquet that is not yet implemented")
        ) { _ = try ParquetWriter(schema: ParquetSchema(batch: RecordBatch(columns: [interval], rowCount: 1))) }
        let wrapped = structColumn("s", [interval], valid: [true])
        #expect(throws: ParquetError.self) {
            _ = try ParquetWriter(schema: ParquetSchema(batch: RecordBatch(columns: [wrapped], rowCount: 1)))
        }
        let empty = ParquetSchema(columns: [.init(name: "e", type: .structure([]))])
        #expect(throws: ParquetError.typeNotWritable("Arrow: Parquet does not support writing empty structs")) {
            _ = try ParquetWriter(schema: empty)
        }
    }
}

/// The reader reads the storage types back; a result-only column is refused, never misread (a
/// zoned timestamp as a plain one, bytes as text).
@Suite struct ReaderRefusesResultTypesTests {
    @Test(arguments: [
        dateColumn("d", [1]), time64Column("t", [1]), zonedColumn("z", zone: "UTC", [1]), binaryColumn("b", [[1]]),
        listColumn("l", integerColumn("item", [1]), lengths: [1]),
    ])
    func refused(column: RecordColumn) throws {
        let file = try writeFile([RecordBatch(columns: [column], rowCount: 1)])
        #expect(throws: ParquetError.self) { _ = try ParquetReader(file: file) }
    }
}

extension RecordColumn {
    func renamed(_ name: String) -> RecordColumn {
        var copy = self
        copy.name = name
        return copy
    }
}
