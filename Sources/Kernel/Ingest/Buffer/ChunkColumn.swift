import Kernel

/// A growable column of a buffer chunk. Every column of a chunk always has the chunk's row count:
/// rows written before the column existed, or by writes that lacked it, are null.
struct ChunkColumn {
    /// Storage per column type; tags keep a chunk-wide dictionary so equal values share one code.
    enum Storage {
        case tag(dictionary: [String], index: [String: Int32], codes: [Int32])
        case float([Double])
        case integer([Int64])
        case uinteger([UInt64])
        case string([String])
        case boolean([Bool])
    }

    let name: String
    let type: ColumnType
    var storage: Storage
    var validity: ValidityBitmap

    /// A column of `rowCount` nulls.
    init(name: String, type: ColumnType, nullRows rowCount: Int) {
        self.name = name
        self.type = type
        self.validity = ValidityBitmap(repeating: false, count: rowCount)
        switch type {
        case .tag: storage = .tag(dictionary: [], index: [:], codes: Array(repeating: -1, count: rowCount))
        case .float, .time: storage = .float(Array(repeating: 0, count: rowCount))
        case .integer: storage = .integer(Array(repeating: 0, count: rowCount))
        case .uinteger: storage = .uinteger(Array(repeating: 0, count: rowCount))
        case .string: storage = .string(Array(repeating: "", count: rowCount))
        case .boolean: storage = .boolean(Array(repeating: false, count: rowCount))
        }
    }

    /// Appends `count` nulls.
    mutating func appendNulls(_ count: Int) {
        for _ in 0..<count { validity.append(false) }
        switch storage {
        case .tag(let dictionary, let index, var codes):
            storage = .float([])  // release the array's reference so the append below is in place
            codes.append(contentsOf: repeatElement(-1, count: count))
            storage = .tag(dictionary: dictionary, index: index, codes: codes)
        case .float(var values):
            storage = .float([])
            values.append(contentsOf: repeatElement(0, count: count))
            storage = .float(values)
        case .integer(var values):
            storage = .float([])
            values.append(contentsOf: repeatElement(0, count: count))
            storage = .integer(values)
        case .uinteger(var values):
            storage = .float([])
            values.append(contentsOf: repeatElement(0, count: count))
            storage = .uinteger(values)
        case .string(var values):
            storage = .float([])
            values.append(contentsOf: repeatElement("", count: count))
            storage = .string(values)
        case .boolean(var values):
            storage = .float([])
            values.append(contentsOf: repeatElement(false, count: count))
            storage = .boolean(values)
        }
    }

    /// Appends the rows `rows` of a batch's tag column, re-coding its dictionary into this chunk's.
    mutating func appendTags(_ source: TagColumn, rows: [Int]?) {
        guard case .tag(var dictionary, var index, var codes) = storage else {
            preconditionFailure("tag values appended to a non-tag column; the catalog fixed its type")
        }
        storage = .float([])
        var remap = [Int32](repeating: -1, count: source.dictionary.count)
        for (sourceCode, value) in source.dictionary.enumerated() {
            if let code = index[value] {
                remap[sourceCode] = code
            } else {
                let code = Int32(dictionary.count)
                dictionary.append(value)
                index[value] = code
                remap[sourceCode] = code
            }
        }
        func appendRow(_ row: Int) {
            let sourceCode = source.codes[row]
            let code = sourceCode < 0 ? -1 : remap[Int(sourceCode)]
            codes.append(code)
            validity.append(code >= 0)
        }
        if let rows {
            for row in rows { appendRow(row) }
        } else {
            for row in source.codes.indices { appendRow(row) }
        }
        storage = .tag(dictionary: dictionary, index: index, codes: codes)
    }

    /// Appends the rows `rows` (all rows when nil) of a batch's field column.
    mutating func appendField(_ source: FieldColumn, rows: [Int]?) {
        let selected = rows ?? Array(0..<source.values.count)
        for row in selected { validity.append(source.validity[row]) }
        switch (storage, source.values) {
        case (.float(var values), .float(let new)):
            storage = .float([])
            for row in selected { values.append(new[row]) }
            storage = .float(values)
        case (.integer(var values), .integer(let new)):
            storage = .float([])
            for row in selected { values.append(new[row]) }
            storage = .integer(values)
        case (.uinteger(var values), .uinteger(let new)):
            storage = .float([])
            for row in selected { values.append(new[row]) }
            storage = .uinteger(values)
        case (.string(var values), .string(let new)):
            storage = .float([])
            for row in selected { values.append(new[row]) }
            storage = .string(values)
        case (.boolean(var values), .boolean(let new)):
            storage = .float([])
            for row in selected { values.append(new[row]) }
            storage = .boolean(values)
        default:
            preconditionFailure("field \(name) appended with another type; the catalog fixed its type")
        }
    }

    /// The column as a record column, taking only `rows` (all when nil) in that order.
    func recordColumn(rows: [Int]?) -> RecordColumn {
        let picked: ValidityBitmap
        if let rows {
            var bits = ValidityBitmap()
            for row in rows { bits.append(validity[row]) }
            picked = bits
        } else {
            picked = validity
        }
        func take<T>(_ values: [T]) -> [T] { rows.map { $0.map { values[$0] } } ?? values }
        let values: ColumnValues
        switch storage {
        case .tag(let dictionary, _, let codes): values = .tag(dictionary: dictionary, codes: take(codes))
        case .float(let array): values = .float(take(array))
        case .integer(let array): values = .integer(take(array))
        case .uinteger(let array): values = .uinteger(take(array))
        case .string(let array): values = .string(take(array))
        case .boolean(let array): values = .boolean(take(array))
        }
        return RecordColumn(name: name, type: ValueType(type), values: values, validity: picked)
    }
}
