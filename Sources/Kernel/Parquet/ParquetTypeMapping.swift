import Kernel

/// Where a `ColumnBuffer` keeps a leaf's non-null values; it also fixes the order of the
/// statistics (signed or unsigned numbers, unsigned bytes).
enum LeafStorage: Sendable, Equatable {
    case int64
    /// UInt64 values as their Int64 bit patterns, ordered as unsigned numbers.
    case uint64
    case int32
    /// UInt8/16/32 values as Int32 bit patterns, ordered as unsigned numbers.
    case uint32
    /// Float32 values (FLOAT).
    case float
    case double
    case boolean
    /// UTF-8 text, dictionary-encoded until the dictionary stops paying off.
    case string
    /// Dictionary-encoded text that always stays dictionary-encoded (InfluxDB tags).
    case tag
    /// Raw bytes (Arrow `Binary`), PLAIN.
    case bytes
    /// Decimal128 values as big-endian two's complement of this many bytes (FIXED_LEN_BYTE_ARRAY),
    /// ordered as signed numbers.
    case fixedBytes(Int32)
}

/// The Parquet primitive column one result type is written as.
struct LeafMapping: Sendable, Equatable {
    var physicalType: PhysicalType
    var convertedType: ConvertedType?
    var logicalType: LogicalType?
    var storage: LeafStorage
    /// Nanoseconds per stored unit: time values (nanoseconds in `ColumnValues.time`) are
    /// divided by it (seconds, milliseconds and microseconds of Arrow's coarser time types).
    var unitNanoseconds: Int64 = 1
}

/// How one result type is stored in Parquet: a primitive column, or a group of child fields.
/// The reference is arrow-rs's `arrow_to_parquet_type` (what InfluxDB 3's `ArrowWriter` writes);
/// the storage types keep the annotations this writer has always written (INT_64/UINT_64 with
/// their INTEGER logical types). A new `ValueType` is one case here, one in
/// `ArrowSchema.typeTable` (its Arrow type) and one in `ColumnBuffer.append` (its values); a new
/// `LeafStorage` (Float32's FLOAT, an unsigned INT32) also needs its PLAIN encoding
/// (`ColumnChunkWriter.appendPlain`) and its order (`ColumnStatistics`). arrow-rs writes
/// Timestamp(s) and Duration as bare INT64, Timestamp(ms/us) with TIMESTAMP(MILLIS/MICROS), and a
/// Map as a MAP group around a repeated key/value group, whose levels are a list's.
enum ParquetNode {
    case leaf(LeafMapping)
    case structure(NestedFields)
    /// A three-level LIST group around the item field.
    case list(ValueField)
    /// A MAP group around the repeated `entries` group of `key` and `value`.
    case map(entries: ValueField, fields: NestedFields)

    init(_ type: ValueType) throws(ParquetError) {
        switch type {
        case .tag: self = Self.leaf(.byteArray, .utf8, .string, .tag)
        case .string: self = Self.leaf(.byteArray, .utf8, .string, .string)
        // No ConvertedType exists for nanosecond timestamps and times; only the logical type.
        case .time: self = Self.leaf(.int64, nil, .timestampNanos(adjustedToUTC: false), .int64)
        case .zonedTime: self = Self.leaf(.int64, nil, .timestampNanos(adjustedToUTC: true), .int64)
        case .time64: self = Self.leaf(.int64, nil, .timeNanos(adjustedToUTC: false), .int64)
        case .integer: self = Self.leaf(.int64, .int64, .integer(bitWidth: 64, signed: true), .int64)
        case .uinteger: self = Self.leaf(.int64, .uint64, .integer(bitWidth: 64, signed: false), .uint64)
        case .float: self = Self.leaf(.double, nil, nil, .double)
        case .boolean: self = Self.leaf(.boolean, nil, nil, .boolean)
        case .date: self = Self.leaf(.int32, .date, .date, .int32)
        case .narrow(let narrow): self = Self.narrowLeaf(narrow)
        // arrow-rs writes Arrow's Null as an OPTIONAL INT32 that never holds a value.
        case .null: self = Self.leaf(.int32, nil, nil, .int32)
        case .coarseTime(let unit, let zone):
            // arrow-rs: seconds as a bare INT64, milliseconds and microseconds as TIMESTAMP.
            let logical: LogicalType? =
                unit == .second ? nil : .timestampUnit(adjustedToUTC: zone != nil, unitField: Int16(unit.rawValue))
            self = Self.leaf(.int64, nil, logical, .int64, unit: unit)
        case .duration(let unit): self = Self.leaf(.int64, nil, nil, .int64, unit: unit)
        case .coarseTimeOfDay(let unit):
            // Time32(s) a bare INT32, Time32(ms) TIME(MILLIS), Time64(µs) an INT64 TIME(MICROS).
            let logical: LogicalType? =
                unit == .second ? nil : .timeUnit(adjustedToUTC: false, unitField: Int16(unit.rawValue))
            self = Self.leaf(
                unit <= .millisecond ? .int32 : .int64, nil, logical, unit <= .millisecond ? .int32 : .int64, unit: unit
            )
        case .binary: self = Self.leaf(.byteArray, nil, nil, .bytes)
        case .decimal(let decimal): self = try Self.decimalLeaf(decimal)
        case .interval:
            // arrow-rs maps it to FIXED_LEN_BYTE_ARRAY(12) INTERVAL but refuses to write the values.
            throw .typeNotWritable(
                "NYI: Attempting to write an Arrow interval type MonthDayNano to parquet that is not yet implemented")
        case .structure(let fields):
            guard !fields.isEmpty else {
                throw .typeNotWritable("Arrow: Parquet does not support writing empty structs")
            }
            self = .structure(fields)
        case .map(let fields):
            guard let entries = fields.fields.first, case .structure(let pair) = entries.type else {
                throw .schemaMismatch("a map type without its entries field")
            }
            self = .map(entries: entries, fields: pair)
        case .list(let fields):
            guard let item = fields.fields.first else { throw .schemaMismatch("a list type without its item field") }
            self = .list(item)
        }
    }

    /// arrow-rs: INT32 with an INTEGER(bits, signed) logical type for the 8/16-bit and unsigned
    /// types, bare INT32 for Int32, FLOAT for Float32.
    private static func narrowLeaf(_ narrow: NarrowNumericType) -> ParquetNode {
        switch narrow {
        case .int8: leaf(.int32, .int8, .integer(bitWidth: 8, signed: true), .int32)
        case .int16: leaf(.int32, .int16, .integer(bitWidth: 16, signed: true), .int32)
        case .int32: leaf(.int32, nil, nil, .int32)
        case .uint8: leaf(.int32, .uint8, .integer(bitWidth: 8, signed: false), .uint32)
        case .uint16: leaf(.int32, .uint16, .integer(bitWidth: 16, signed: false), .uint32)
        case .uint32: leaf(.int32, .uint32, .integer(bitWidth: 32, signed: false), .uint32)
        case .float32: leaf(.float, nil, nil, .float)
        }
    }

    /// arrow-rs: INT32 for precision 2...9, INT64 up to 18 (precision 1 included), else
    /// FIXED_LEN_BYTE_ARRAY of the fewest bytes holding 10^p; DECIMAL logical and converted types.
    private static func decimalLeaf(_ decimal: DecimalType) throws(ParquetError) -> ParquetNode {
        guard decimal.scale >= 0 else {
            throw .typeNotWritable("Parquet error: Invalid DECIMAL scale: \(decimal.scale)")
        }
        let logical = LogicalType.decimal(scale: Int32(decimal.scale), precision: Int32(decimal.precision))
        if decimal.precision > 1 && decimal.precision <= 9 { return leaf(.int32, .decimal, logical, .int32) }
        if decimal.precision <= 18 { return leaf(.int64, .decimal, logical, .int64) }
        // arrow-rs's ceil((log2(10^p + 1) + 1) / 8): the fewest bytes whose sign bit lies above 10^p.
        let limit = UInt128(DecimalType.powerOfTen(decimal.precision)) + 1
        var length: Int32 = 1
        while (UInt128(1) << UInt128(8 * length - 1)) < limit { length += 1 }
        return leaf(.fixedLenByteArray, .decimal, logical, .fixedBytes(length))
    }

    private static func leaf(
        _ physical: PhysicalType, _ converted: ConvertedType?, _ logical: LogicalType?, _ storage: LeafStorage,
        unit: TimeUnit = .nanosecond
    ) -> ParquetNode {
        .leaf(
            LeafMapping(
                physicalType: physical, convertedType: converted, logicalType: logical, storage: storage,
                unitNanoseconds: unit.nanoseconds))
    }
}
