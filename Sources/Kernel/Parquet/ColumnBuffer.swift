import Kernel

/// The values of one column for the row group being built: definition levels (one per row for
/// OPTIONAL columns) and the non-null values in the physical form they will be written in.
struct ColumnBuffer: Sendable {
    let name: String
    let type: ColumnType
    /// Strings switch from dictionary to PLAIN once the dictionary page would exceed this.
    let dictionaryPageLimit: Int

    /// The `time` column is REQUIRED, as in InfluxDB 3; every other column is OPTIONAL.
    var isRequired: Bool { type == .time }

    private(set) var rowCount = 0
    private(set) var nullCount = 0
    /// 1 = value present, 0 = null; empty for REQUIRED columns.
    private(set) var definitionLevels: [UInt8] = []
    /// time, integer and uinteger (as bit pattern) values.
    private(set) var int64s: [Int64] = []
    private(set) var doubles: [Double] = []
    private(set) var bools: [Bool] = []
    /// tag values, and string values while they are dictionary-encoded.
    private(set) var dictionary = StringDictionary()
    private(set) var indices: [UInt32] = []
    /// string values after falling back to PLAIN.
    private(set) var strings: [String] = []
    private(set) var usesDictionary: Bool

    init(name: String, type: ColumnType, dictionaryPageLimit: Int) {
        self.name = name
        self.type = type
        self.dictionaryPageLimit = dictionaryPageLimit
        self.usesDictionary = type == .tag || type == .string
    }

    var nonNullCount: Int { rowCount - nullCount }

    /// Empties the buffer for the next row group, keeping the encoding decision fresh.
    mutating func reset() {
        self = ColumnBuffer(name: name, type: type, dictionaryPageLimit: dictionaryPageLimit)
    }

    /// Appends rows `range` of `column`, which must have this buffer's type.
    mutating func append(_ column: RecordColumn, rows range: Range<Int>) throws(ParquetError) {
        guard column.type == ValueType(type) else {
            throw .schemaMismatch("column '\(name)' has type \(column.type), expected \(type)")
        }
        let allValid = column.validity.validCount == column.validity.count
        if !isRequired { appendLevels(column.validity, rows: range, allValid: allValid) }
        // REQUIRED columns keep every row; a null slot holds the zero value the batch stores.
        let valid: (Int) -> Bool = isRequired || allValid ? { _ in true } : { column.validity[$0] }
        switch column.values {
        case .time(let values), .integer(let values):
            appendValues(values, range, everyRow: isRequired || allValid, valid, to: &int64s)
        case .uinteger(let values):
            if allValid {
                int64s.append(contentsOf: values[range].lazy.map { Int64(bitPattern: $0) })
            } else {
                for row in range where valid(row) { int64s.append(Int64(bitPattern: values[row])) }
            }
        case .float(let values):
            appendValues(values, range, everyRow: allValid, valid, to: &doubles)
        case .boolean(let values):
            appendValues(values, range, everyRow: allValid, valid, to: &bools)
        case .string(let values):
            for row in range where valid(row) { appendString(values[row]) }
        case .tag(let batchDictionary, let codes):
            try appendTags(batchDictionary, codes, range, valid)
        case .date, .interval, .binary, .structure, .list:
            preconditionFailure("ParquetSchema(batch:) refuses the types only queries produce")
        }
        rowCount += range.count
    }

    private mutating func appendLevels(_ validity: ValidityBitmap, rows range: Range<Int>, allValid: Bool) {
        if allValid {
            definitionLevels.append(contentsOf: repeatElement(1, count: range.count))
            return
        }
        for row in range {
            let present = validity[row]
            definitionLevels.append(present ? 1 : 0)
            if !present { nullCount += 1 }
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
        if type == .string && dictionary.encodedSize > dictionaryPageLimit { fallBackToPlain() }
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
                throw .schemaMismatch("tag column '\(name)' has code \(code) outside its dictionary")
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
}
