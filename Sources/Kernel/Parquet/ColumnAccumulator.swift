import Kernel

/// The values of one page after decoding, before nulls are spread back in.
enum PageValues {
    case int64s([UInt64])
    case doubles([Double])
    case bools([Bool])
    case strings([String])
    /// Indices into the chunk's dictionary page.
    case indices([UInt32])

    var count: Int {
        switch self {
        case .int64s(let values): values.count
        case .doubles(let values): values.count
        case .bools(let values): values.count
        case .strings(let values): values.count
        case .indices(let values): values.count
        }
    }
}

/// Collects the decoded rows of one column chunk into the `RecordColumn` form: one slot per row,
/// zero values in null rows, validity alongside.
struct ColumnAccumulator {
    let name: String
    let type: ColumnType
    private(set) var validity = ValidityBitmap()
    private var int64s: [Int64] = []
    private var doubles: [Double] = []
    private var bools: [Bool] = []
    private var strings: [String] = []
    /// Tags: the output dictionary and one code per row (-1 for null).
    private var tagDictionary = StringDictionary()
    private var codes: [Int32] = []
    /// Maps the chunk's dictionary page entries to `tagDictionary` codes, for tags.
    private var pageDictionaryCodes: [Int32] = []

    init(name: String, type: ColumnType) {
        self.name = name
        self.type = type
    }

    var rowCount: Int { validity.count }

    mutating func setDictionary(_ values: [String]) {
        guard type == .tag else { return }
        pageDictionaryCodes = values.map { Int32(tagDictionary.index(of: $0)) }
    }

    /// Appends a page: `levels` (nil for REQUIRED columns) say which rows have values, taken in
    /// order from `values`, whose count the caller has checked against the levels.
    mutating func append(
        levels: [UInt32]?, rows: Int, values: PageValues
    ) throws(ParquetError) {
        var next = 0
        for row in 0..<rows {
            let present = levels.map { $0[row] == 1 } ?? true
            validity.append(present)
            try appendSlot(present ? next : nil, values)
            if present { next += 1 }
        }
    }

    private mutating func appendSlot(_ index: Int?, _ values: PageValues) throws(ParquetError) {
        switch (type, values) {
        case (.time, .int64s(let v)), (.integer, .int64s(let v)), (.uinteger, .int64s(let v)):
            int64s.append(index.map { Int64(bitPattern: v[$0]) } ?? 0)
        case (.float, .doubles(let v)): doubles.append(index.map { v[$0] } ?? 0)
        case (.boolean, .bools(let v)): bools.append(index.map { v[$0] } ?? false)
        case (.string, .strings(let v)): strings.append(index.map { v[$0] } ?? "")
        case (.tag, .strings(let v)): codes.append(index.map { Int32(tagDictionary.index(of: v[$0])) } ?? -1)
        case (.tag, .indices(let v)): codes.append(index.map { pageDictionaryCodes[Int(v[$0])] } ?? -1)
        default: throw .corrupt("column '\(name)': page values do not match the column type")
        }
    }

    func column() -> RecordColumn {
        let values: ColumnValues
        switch type {
        case .tag: values = .tag(dictionary: tagDictionary.values, codes: codes)
        case .time: values = .time(int64s)
        case .integer: values = .integer(int64s)
        case .uinteger: values = .uinteger(int64s.map { UInt64(bitPattern: $0) })
        case .float: values = .float(doubles)
        case .boolean: values = .boolean(bools)
        case .string: values = .string(strings)
        }
        return RecordColumn(name: name, type: ValueType(type), values: values, validity: validity)
    }
}
