import Kernel
import Parquet

// Builders for the result-only column types (dates, times, zones, binary, structs, lists).

func dateColumn(_ name: String, _ values: [Int32?]) -> RecordColumn {
    RecordColumn(name: name, type: .date, values: .date(values.map { $0 ?? 0 }), validity: validity(values))
}

func time64Column(_ name: String, _ values: [Int64?]) -> RecordColumn {
    RecordColumn(name: name, type: .time64, values: .time(values.map { $0 ?? 0 }), validity: validity(values))
}

func zonedColumn(_ name: String, zone: String, _ values: [Int64?]) -> RecordColumn {
    RecordColumn(
        name: name, type: .zonedTime(TimeZoneRules(name: zone, fixedOffsetSeconds: 3_600)),
        values: .time(values.map { $0 ?? 0 }), validity: validity(values))
}

func binaryColumn(_ name: String, _ values: [[UInt8]?]) -> RecordColumn {
    RecordColumn(name: name, type: .binary, values: .binary(values.map { $0 ?? [] }), validity: validity(values))
}

/// A struct column of `fields` (each as long as the struct); `valid[row] == false` is a null row.
func structColumn(_ name: String, _ fields: [RecordColumn], valid: [Bool], nullable: [Bool]? = nil) -> RecordColumn {
    let types = NestedFields(
        fields.enumerated().map { ValueField(name: $1.name, type: $1.type, nullable: nullable?[$0] ?? true) })
    var bitmap = ValidityBitmap()
    for flag in valid { bitmap.append(flag) }
    return RecordColumn(name: name, type: .structure(types), values: .structure(ChildColumns(fields)), validity: bitmap)
}

/// A list column over `items`: row `i` has `lengths[i]` items (nil: a null row), taken in order.
func listColumn(_ name: String, _ items: RecordColumn, lengths: [Int?], itemNullable: Bool = true) -> RecordColumn {
    var offsets: [Int32] = [0]
    var bitmap = ValidityBitmap()
    for length in lengths {
        offsets.append(offsets[offsets.count - 1] + Int32(length ?? 0))
        bitmap.append(length != nil)
    }
    precondition(Int(offsets[offsets.count - 1]) == items.values.count, "lengths must cover the items")
    let type = ValueType.list([ValueField(name: "item", type: items.type, nullable: itemNullable)])
    return RecordColumn(
        name: name, type: type, values: .list(offsets: offsets, items: ChildColumns([items])), validity: bitmap)
}
