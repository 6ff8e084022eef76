import Kernel

/// A tag column being built: values are dictionary-encoded, and a value already in the
/// dictionary is found by its bytes, so repeated tag values allocate nothing.
struct TagColumnBuilder {
    let name: String
    private var lookup = ByteKeyTable()
    private(set) var dictionary: [String] = []
    var codes: [Int32]

    init(name: String, nullRows: Int) {
        self.name = name
        self.codes = Array(repeating: -1, count: nullRows)
    }

    /// The dictionary code of `value`, adding it when new.
    @inline(__always)
    mutating func code(for value: Token) -> Int32 {
        let hash = hashBytes(value.base, value.count)
        let found = lookup.find(value, hash: hash)
        if found >= 0 { return found }
        dictionary.append(value.makeString())
        return lookup.insert(value, hash: hash)
    }

    /// Records `value` for `row`; a tag given twice in one line is accepted and the last value wins.
    @inline(__always)
    mutating func set(_ value: Token, row: Int) {
        let code = code(for: value)
        if codes.count > row {
            codes[row] = code
        } else {
            codes.append(code)
        }
    }

    func build() -> TagColumn { TagColumn(name: name, dictionary: dictionary, codes: codes) }
}

/// A typed field column being built. Only the array of its type is used. The validity bitmap is
/// materialised at the first null, so columns present in every row never touch it.
struct FieldColumnBuilder {
    let name: String
    let type: ColumnType
    private var floats: [Double] = []
    private var integers: [Int64] = []
    private var uintegers: [UInt64] = []
    private var strings: [String] = []
    private var booleans: [Bool] = []
    private var validity: ValidityBitmap?
    private(set) var count = 0

    init(name: String, type: ColumnType, nullRows: Int) {
        self.name = name
        self.type = type
        for _ in 0..<nullRows { appendNull() }
    }

    /// Appends a value whose type was already checked against the column's type.
    @inline(__always)
    mutating func append(_ value: ParsedValue) {
        switch value {
        case .float(let number): floats.append(number)
        case .integer(let number): integers.append(number)
        case .uinteger(let number): uintegers.append(number)
        case .string(let token): strings.append(token.makeString())
        case .boolean(let flag): booleans.append(flag)
        }
        validity?.append(true)
        count += 1
    }

    mutating func appendNull() {
        switch type {
        case .float: floats.append(0)
        case .integer: integers.append(0)
        case .uinteger: uintegers.append(0)
        case .string: strings.append("")
        case .boolean: booleans.append(false)
        case .tag, .time: break
        }
        if validity == nil { validity = ValidityBitmap(repeating: true, count: count) }
        validity?.append(false)
        count += 1
    }

    func build() -> FieldColumn {
        let values: FieldValues
        switch type {
        case .integer: values = .integer(integers)
        case .uinteger: values = .uinteger(uintegers)
        case .string: values = .string(strings)
        case .boolean: values = .boolean(booleans)
        case .float, .tag, .time: values = .float(floats)
        }
        return FieldColumn(
            name: name, values: values, validity: validity ?? ValidityBitmap(repeating: true, count: count))
    }
}

extension ParsedValue {
    /// The column type a value of this kind creates.
    var columnType: ColumnType {
        switch self {
        case .float: .float
        case .integer: .integer
        case .uinteger: .uinteger
        case .string: .string
        case .boolean: .boolean
        }
    }
}
