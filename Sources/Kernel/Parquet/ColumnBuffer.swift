import Kernel

/// The values of one leaf column for the row group being built: definition levels (for leaves
/// below an OPTIONAL field), repetition levels (for leaves below a list) and the non-null values
/// in the physical form they will be written in. A flat column is one leaf with one level entry
/// per row; `NestedLevels` fills the leaves of struct and list columns.
struct ColumnBuffer: Sendable {
    let leaf: ParquetLeaf
    /// Strings switch from dictionary to PLAIN once the dictionary page would exceed this.
    let dictionaryPageLimit: Int

    var storage: LeafStorage { leaf.mapping.storage }
    var maxDefinitionLevel: UInt8 { leaf.maxDefinitionLevel }
    var maxRepetitionLevel: UInt8 { leaf.maxRepetitionLevel }

    /// Level entries: one per row outside lists, one per item or empty/null list inside them.
    /// This is a data page's value count.
    private(set) var levelCount = 0
    /// Entries below the maximum definition level (null at some level, or an empty list).
    private(set) var nullCount = 0
    /// Empty when the maximum definition level is 0 (REQUIRED all the way down).
    private(set) var definitionLevels: [UInt8] = []
    /// Empty outside lists; 0 starts a row. `NestedLevels` rewrites the first entry of a list.
    var repetitionLevels: [UInt8] = []
    /// time, integer and uinteger (as bit pattern) values.
    private(set) var int64s: [Int64] = []
    private(set) var int32s: [Int32] = []
    private(set) var floats: [Float] = []
    private(set) var doubles: [Double] = []
    private(set) var bools: [Bool] = []
    private(set) var byteArrays: [[UInt8]] = []
    /// tag values, and string values while they are dictionary-encoded.
    private(set) var dictionary = StringDictionary()
    private(set) var indices: [UInt32] = []
    /// string values after falling back to PLAIN.
    private(set) var strings: [String] = []
    private(set) var usesDictionary: Bool

    init(leaf: ParquetLeaf, dictionaryPageLimit: Int) {
        self.leaf = leaf
        self.dictionaryPageLimit = dictionaryPageLimit
        self.usesDictionary = leaf.mapping.storage == .tag || leaf.mapping.storage == .string
    }

    var nonNullCount: Int { levelCount - nullCount }

    /// Empties the buffer for the next row group, keeping the encoding decision fresh.
    mutating func reset() {
        self = ColumnBuffer(leaf: leaf, dictionaryPageLimit: dictionaryPageLimit)
    }

    /// Appends `count` entries that hold no value (a null or empty group above the leaf).
    mutating func appendEmpty(definition: UInt8, repetition: UInt8, count: Int) {
        definitionLevels.append(contentsOf: repeatElement(definition, count: count))
        if maxRepetitionLevel > 0 { repetitionLevels.append(contentsOf: repeatElement(repetition, count: count)) }
        levelCount += count
        nullCount += count
    }

    /// Appends rows `range` of `column`, the leaf's own values: one entry per row at the
    /// leaf's maximum levels (one less definition for a null row of a nullable leaf).
    mutating func append(_ column: RecordColumn, rows range: Range<Int>) throws(ParquetError) {
        // A REQUIRED leaf keeps every row; a null slot holds the zero value the batch stores.
        let everyRow = !leaf.nullable || column.validity.validCount == column.validity.count
        if maxDefinitionLevel > 0 { appendLevels(column.validity, rows: range, everyRow: everyRow) }
        if maxRepetitionLevel > 0 {
            repetitionLevels.append(contentsOf: repeatElement(maxRepetitionLevel, count: range.count))
        }
        let valid: (Int) -> Bool = everyRow ? { _ in true } : { column.validity[$0] }
        switch column.values {
        case .time(let values) where leaf.mapping.unitNanoseconds != 1:
            let unit = leaf.mapping.unitNanoseconds
            if storage == .int32 {
                for row in range where valid(row) { int32s.append(Int32(truncatingIfNeeded: values[row] / unit)) }
            } else {
                for row in range where valid(row) { int64s.append(values[row] / unit) }
            }
        case .integer(let values) where storage == .int32:
            for row in range where valid(row) { int32s.append(Int32(truncatingIfNeeded: values[row])) }
        case .uinteger(let values) where storage == .uint32:
            for row in range where valid(row) {
                int32s.append(Int32(bitPattern: UInt32(truncatingIfNeeded: values[row])))
            }
        case .float(let values) where storage == .float:
            for row in range where valid(row) { floats.append(Float(values[row])) }
        case .time(let values), .integer(let values):
            appendValues(values, range, everyRow: everyRow, valid, to: &int64s)
        case .uinteger(let values):
            if everyRow {
                int64s.append(contentsOf: values[range].lazy.map { Int64(bitPattern: $0) })
            } else {
                for row in range where valid(row) { int64s.append(Int64(bitPattern: values[row])) }
            }
        case .float(let values):
            appendValues(values, range, everyRow: everyRow, valid, to: &doubles)
        case .boolean(let values):
            appendValues(values, range, everyRow: everyRow, valid, to: &bools)
        case .string(let values):
            for row in range where valid(row) { appendString(values[row]) }
        case .tag(let batchDictionary, let codes):
            try appendTags(batchDictionary, codes, range, valid)
        case .date(let values):
            appendValues(values, range, everyRow: everyRow, valid, to: &int32s)
        case .binary(let values):
            appendValues(values, range, everyRow: everyRow, valid, to: &byteArrays)
        case .decimal(let values):
            try appendDecimals(values, range, valid, column: column.name)
        case .interval, .structure, .list:
            // ParquetNode refuses intervals; groups never reach a leaf buffer.
            throw .schemaMismatch("column '\(column.name)' of type \(column.type) is not a Parquet leaf")
        }
        levelCount += range.count
    }

    private mutating func appendLevels(_ validity: ValidityBitmap, rows range: Range<Int>, everyRow: Bool) {
        let present = maxDefinitionLevel
        if everyRow {
            definitionLevels.append(contentsOf: repeatElement(present, count: range.count))
            return
        }
        for row in range {
            let valid = validity[row]
            definitionLevels.append(valid ? present : present - 1)
            if !valid { nullCount += 1 }
        }
    }

    private func appendValues<T>(
        _ values: [T], _ range: Range<Int>, everyRow: Bool, _ valid: (Int) -> Bool, to out: inout [T]
    ) {
        if everyRow {
            out.append(contentsOf: values[range])
        } else {
            for row in range where valid(row) { out.append(values[row]) }
        }
    }

    private mutating func appendString(_ value: String) {
        guard usesDictionary else {
            strings.append(value)
            return
        }
        indices.append(dictionary.index(of: value))
        if storage == .string && dictionary.encodedSize > dictionaryPageLimit { fallBackToPlain() }
    }

    /// Too many distinct strings: the dictionary would not pay off, so write PLAIN values.
    private mutating func fallBackToPlain() {
        strings = indices.map { dictionary.values[Int($0)] }
        indices = []
        dictionary = StringDictionary()
        usesDictionary = false
    }

    /// Maps the batch's dictionary codes to this chunk's dictionary; each batch entry is hashed
    /// once, so per-row work is an array lookup.
    private mutating func appendTags(
        _ batchDictionary: [String], _ codes: [Int32], _ range: Range<Int>, _ valid: (Int) -> Bool
    ) throws(ParquetError) {
        var remap = [UInt32?](repeating: nil, count: batchDictionary.count)
        for row in range where valid(row) {
            let code = Int(codes[row])
            guard code >= 0 && code < batchDictionary.count else {
                throw .schemaMismatch(
                    "tag column '\(leaf.path.joined(separator: "."))' has code \(code) outside its dictionary")
            }
            if let mapped = remap[code] {
                indices.append(mapped)
            } else {
                let mapped = dictionary.index(of: batchDictionary[code])
                remap[code] = mapped
                indices.append(mapped)
            }
        }
    }

    /// Decimal128 values in the leaf's physical form (INT32, INT64 or big-endian fixed bytes).
    private mutating func appendDecimals(
        _ values: [Int128], _ range: Range<Int>, _ valid: (Int) -> Bool, column: String
    ) throws(ParquetError) {
        for row in range where valid(row) {
            switch storage {
            case .int32: int32s.append(Int32(truncatingIfNeeded: values[row]))
            case .int64: int64s.append(Int64(truncatingIfNeeded: values[row]))
            case .fixedBytes(let length):
                let bytes = (0..<Int(length)).reversed().map { UInt8(truncatingIfNeeded: values[row] >> ($0 * 8)) }
                byteArrays.append(bytes)
            default: throw .schemaMismatch("column '\(column)' holds decimals but is stored as \(storage)")
            }
        }
    }
}
