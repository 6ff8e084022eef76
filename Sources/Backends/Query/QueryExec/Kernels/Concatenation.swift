import Kernel

/// Concatenating batches column by column (typed appends; tag dictionaries are merged and codes
/// re-mapped), used by operators that need all their input at once (sort, aggregation output).
enum Concatenation {
    static func batches(_ batches: [RecordBatch], fields: [Field]) -> RecordBatch {
        let rowCount = batches.reduce(0) { $0 + $1.rowCount }
        if batches.count == 1, let only = batches.first { return only }
        let columns = fields.indices.map { index in
            column(batches.map { $0.columns[index] }, type: fields[index].type, name: fields[index].name)
        }
        return RecordBatch(columns: columns, rowCount: rowCount)
    }

    static func column(_ parts: [RecordColumn], type: ValueType, name: String) -> RecordColumn {
        if case .narrow(let narrow) = type {
            var wide = column(parts, type: narrow.wide, name: name)
            wide.type = type
            return wide
        }
        if type.storedType == nil, type.timeUnit == nil {
            return ColumnBuild.concatenate(parts, type: type, name: name)
        }
        var validity = ValidityBitmap()
        for part in parts { for row in 0..<part.count { validity.append(part.validity[row]) } }
        let values: ColumnValues
        switch type {
        case .tag: values = tags(parts)
        case .time, .time64, .zonedTime, .coarseTime, .duration, .coarseTimeOfDay:
            values = .time(
                parts.flatMap { if case .time(let v) = $0.values { v } else { [Int64](repeating: 0, count: $0.count) } }
            )
        case .float:
            values = .float(
                parts.flatMap {
                    if case .float(let v) = $0.values { v } else { [Double](repeating: 0, count: $0.count) }
                })
        case .integer:
            values = .integer(
                parts.flatMap {
                    if case .integer(let v) = $0.values { v } else { [Int64](repeating: 0, count: $0.count) }
                })
        case .uinteger:
            values = .uinteger(
                parts.flatMap {
                    if case .uinteger(let v) = $0.values { v } else { [UInt64](repeating: 0, count: $0.count) }
                })
        case .string:
            values = .string(parts.flatMap { $0.decodedStrings() ?? [String](repeating: "", count: $0.count) })
        case .boolean:
            values = .boolean(
                parts.flatMap {
                    if case .boolean(let v) = $0.values { v } else { [Bool](repeating: false, count: $0.count) }
                })
        case .date, .interval, .binary, .structure, .list, .narrow, .map, .null, .decimal:
            preconditionFailure("result-only types are concatenated through their scalars above")
        }
        return RecordColumn(name: name, type: type, values: values, validity: validity)
    }

    private static func tags(_ parts: [RecordColumn]) -> ColumnValues {
        var dictionary: [String] = []
        var index: [String: Int32] = [:]
        var codes: [Int32] = []
        for part in parts {
            switch part.values {
            case .tag(let partDictionary, let partCodes):
                let remap: [Int32] = partDictionary.map { value in
                    if let code = index[value] { return code }
                    let code = Int32(dictionary.count)
                    dictionary.append(value)
                    index[value] = code
                    return code
                }
                codes += partCodes.map { $0 < 0 ? -1 : remap[Int($0)] }
            default:
                codes += [Int32](repeating: -1, count: part.count)
            }
        }
        return .tag(dictionary: dictionary, codes: codes)
    }
}
