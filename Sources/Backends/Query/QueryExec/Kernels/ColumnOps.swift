import Kernel

/// Building, reading and reshaping `RecordColumn`s: the primitives every operator and kernel uses.
extension RecordColumn {
    /// A column of `count` nulls of `type`.
    static func nulls(_ type: ValueType, count: Int, name: String = "") -> RecordColumn {
        let values: ColumnValues
        switch type {
        case .tag: values = .tag(dictionary: [], codes: Array(repeating: -1, count: count))
        case .time, .zonedTime, .time64, .coarseTime, .duration, .coarseTimeOfDay:
            values = .time(Array(repeating: 0, count: count))
        case .float: values = .float(Array(repeating: 0, count: count))
        case .integer, .null: values = .integer(Array(repeating: 0, count: count))
        case .uinteger: values = .uinteger(Array(repeating: 0, count: count))
        case .string: values = .string(Array(repeating: "", count: count))
        case .boolean: values = .boolean(Array(repeating: false, count: count))
        case .date, .interval, .binary, .structure, .list, .map, .decimal:
            values = NestedColumns.nulls(type, count: count)
        case .narrow(let narrow): values = nulls(narrow.wide, count: count).values
        }
        return RecordColumn(
            name: name, type: type, values: values, validity: ValidityBitmap(repeating: false, count: count))
    }

    /// `value` repeated `count` times (`type` decides the column type of NULL).
    static func repeating(_ value: ScalarValue, type: ValueType, count: Int) -> RecordColumn {
        let valid = ValidityBitmap(repeating: !value.isNull, count: count)
        switch (value, type) {
        case (.null, _): return nulls(type, count: count)
        case (.boolean(let v), _):
            return RecordColumn(
                name: "", type: .boolean, values: .boolean(Array(repeating: v, count: count)), validity: valid)
        case (.integer(let v), _):
            return RecordColumn(
                name: "", type: .integer, values: .integer(Array(repeating: v, count: count)), validity: valid)
        case (.uinteger(let v), _):
            return RecordColumn(
                name: "", type: .uinteger, values: .uinteger(Array(repeating: v, count: count)), validity: valid)
        case (.float(let v), _):
            return RecordColumn(
                name: "", type: .float, values: .float(Array(repeating: v, count: count)), validity: valid)
        case (.string(let v), .tag):
            return RecordColumn(
                name: "", type: .tag, values: .tag(dictionary: [v], codes: Array(repeating: 0, count: count)),
                validity: valid)
        case (.string(let v), _):
            return RecordColumn(
                name: "", type: .string, values: .string(Array(repeating: v, count: count)), validity: valid)
        case (.zonedTimestamp(let v, let zone), _):
            return RecordColumn(
                name: "", type: .zonedTime(zone), values: .time(Array(repeating: v, count: count)), validity: valid)
        case (.time64(let v), _):
            return RecordColumn(
                name: "", type: .time64, values: .time(Array(repeating: v, count: count)), validity: valid)
        case (.timestamp(let v), _):
            return RecordColumn(
                name: "", type: .time, values: .time(Array(repeating: v, count: count)), validity: valid)
        case (.coarseTimestamp(let v, _, _), _), (.duration(let v, _), _), (.coarseTimeOfDay(let v, _), _):
            return RecordColumn(
                name: "", type: value.columnType ?? type, values: .time(Array(repeating: v, count: count)),
                validity: valid)
        case (.interval, _), (.date, _), (.binary, _), (.structure, _), (.list, _), (.decimal, _):
            return NestedColumns.fromScalars(Array(repeating: value, count: count), type: type)
        }
    }

    /// The value at `row` (NULL when invalid). Tags read as strings.
    public func scalar(at row: Int) -> ScalarValue {
        guard validity[row] else { return .null }
        switch values {
        case .tag(let dictionary, let codes): return codes[row] < 0 ? .null : .string(dictionary[Int(codes[row])])
        case .time(let v):
            return ScalarValue.temporal(v[row], type: type) ?? .timestamp(v[row])
        case .float(let v): return .float(v[row])
        case .integer(let v): return .integer(v[row])
        case .uinteger(let v): return .uinteger(v[row])
        case .string(let v): return .string(v[row])
        case .boolean(let v): return .boolean(v[row])
        case .decimal(let v):
            guard case .decimal(let decimal) = type else { preconditionFailure("decimal values in a \(type) column") }
            return .decimal(v[row], decimal)
        case .date, .interval, .binary, .structure, .list: return NestedColumns.scalar(values, at: row)
        }
    }

    /// The rows at `indices`, in that order (an index of -1 gives a null row).
    func take(_ indices: [Int]) -> RecordColumn {
        let validity: ValidityBitmap
        if self.validity.validCount == count, !indices.contains(where: { $0 < 0 }) {
            validity = ValidityBitmap(repeating: true, count: indices.count)  // the usual case: no nulls
        } else {
            var words = [UInt64](repeating: 0, count: (indices.count + 63) / 64)
            for (position, index) in indices.enumerated() where index >= 0 && self.validity[index] {
                words[position >> 6] |= 1 << UInt64(position & 63)
            }
            validity = ValidityBitmap(words: words, count: indices.count)
        }
        func pick<T>(_ array: [T], _ zero: T) -> [T] {
            // One pass over raw buffers: no per-element retain of the source array.
            array.withUnsafeBufferPointer { source in
                indices.withUnsafeBufferPointer { rows in
                    [T](unsafeUninitializedCapacity: rows.count) { out, initialized in
                        for position in 0..<rows.count {
                            let row = rows[position]
                            (out.baseAddress! + position).initialize(to: row >= 0 ? source[row] : zero)
                        }
                        initialized = rows.count
                    }
                }
            }
        }
        let taken: ColumnValues
        switch values {
        case .tag(let dictionary, let codes): taken = .tag(dictionary: dictionary, codes: pick(codes, -1))
        case .time(let v): taken = .time(pick(v, 0))
        case .float(let v): taken = .float(pick(v, 0))
        case .integer(let v): taken = .integer(pick(v, 0))
        case .uinteger(let v): taken = .uinteger(pick(v, 0))
        case .string(let v): taken = .string(pick(v, ""))
        case .boolean(let v): taken = .boolean(pick(v, false))
        case .date(let v): taken = .date(pick(v, 0))
        case .interval(let v): taken = .interval(pick(v, IntervalValue()))
        case .binary(let v): taken = .binary(pick(v, []))
        case .decimal(let v): taken = .decimal(pick(v, 0))
        case .structure(let children): taken = .structure(ChildColumns(children.columns.map { $0.take(indices) }))
        case .list:
            let rows = indices.map { $0 >= 0 && self.validity[$0] ? scalar(at: $0) : .null }
            taken = NestedColumns.fromScalars(rows, type: type).values
        }
        return RecordColumn(name: name, type: type, values: taken, validity: validity)
    }

    /// The same column under another name.
    func renamed(_ newName: String) -> RecordColumn {
        var copy = self
        copy.name = newName
        return copy
    }

    /// Tags decoded to plain strings (for kernels that work on `Utf8`).
    func decodedStrings() -> [String]? {
        switch values {
        case .string(let v): return v
        case .tag(let dictionary, let codes): return codes.map { $0 < 0 ? "" : dictionary[Int($0)] }
        default: return nil
        }
    }

    /// Numeric values widened to Double (integers, unsigned, floats, timestamps).
    func doubles() -> [Double]? {
        switch values {
        case .float(let v): return v
        case .integer(let v): return v.map(Double.init)
        case .uinteger(let v): return v.map(Double.init)
        default: return nil
        }
    }

    var count: Int { validity.count }
}

/// Building columns from Swift arrays and a validity.
enum ColumnBuild {
    static func make(_ type: ValueType, _ values: ColumnValues, _ validity: ValidityBitmap) -> RecordColumn {
        RecordColumn(name: "", type: type, values: values, validity: validity)
    }

    static func booleans(_ values: [Bool], _ validity: ValidityBitmap) -> RecordColumn {
        make(.boolean, .boolean(values), validity)
    }

    /// Concatenates columns of the same type (batches of one operator output).
    static func concatenate(_ columns: [RecordColumn], type: ValueType, name: String) -> RecordColumn {
        var rows: [ScalarValue] = []
        for column in columns { for row in 0..<column.count { rows.append(column.scalar(at: row)) } }
        return fromScalars(rows, type: type).renamed(name)
    }

    /// A column from row values; values of another type are converted where lossless, else null.
    static func fromScalars(_ scalars: [ScalarValue], type: ValueType) -> RecordColumn {
        var validity = ValidityBitmap()
        switch type {
        case .date, .interval, .binary, .structure, .list, .map, .decimal:
            return NestedColumns.fromScalars(scalars, type: type)
        case .tag:
            return tagColumn(scalars)
        case .narrow(let narrow):
            return narrowFromScalars(scalars, narrow)
        case .null:
            return RecordColumn.nulls(.null, count: scalars.count)
        case .time, .zonedTime, .integer, .time64, .coarseTime, .duration, .coarseTimeOfDay:
            let values: [Int64] = scalars.map { scalar in
                if case .integer(let v) = scalar {
                    validity.append(true)
                    return v
                }
                guard let v = scalar.temporalNanoseconds else {
                    validity.append(false)
                    return 0
                }
                validity.append(true)
                return v
            }
            return make(type, type == .integer ? .integer(values) : .time(values), validity)
        case .uinteger:
            let values: [UInt64] = scalars.map {
                if case .uinteger(let v) = $0 {
                    validity.append(true)
                    return v
                }
                validity.append(false)
                return 0
            }
            return make(.uinteger, .uinteger(values), validity)
        case .float:
            let values: [Double] = scalars.map {
                if case .float(let v) = $0 {
                    validity.append(true)
                    return v
                }
                validity.append(false)
                return 0
            }
            return make(.float, .float(values), validity)
        case .string:
            let values: [String] = scalars.map {
                if case .string(let v) = $0 {
                    validity.append(true)
                    return v
                }
                validity.append(false)
                return ""
            }
            return make(.string, .string(values), validity)
        case .boolean:
            let values: [Bool] = scalars.map {
                if case .boolean(let v) = $0 {
                    validity.append(true)
                    return v
                }
                validity.append(false)
                return false
            }
            return make(.boolean, .boolean(values), validity)
        }
    }

    /// A narrow number column: values of another numeric type (an aggregate's Int64 of an Int32
    /// column) convert, and a Float32 median of two rounds.
    private static func narrowFromScalars(_ scalars: [ScalarValue], _ narrow: NarrowNumericType) -> RecordColumn {
        let wide = narrow.wide
        let converted = scalars.map {
            $0.isNull || $0.columnType == wide ? $0 : (try? Cast.scalar($0, to: .narrow(narrow))) ?? .null
        }
        var column = fromScalars(converted, type: wide)
        column.type = .narrow(narrow)
        column.values = NumericCoercion.fit(column.values, to: column.type)
        return column
    }

    /// A dictionary-encoded column from string values (anything else is null).
    static func tagColumn(_ scalars: [ScalarValue]) -> RecordColumn {
        var validity = ValidityBitmap()
        var dictionary: [String] = []
        var index: [String: Int32] = [:]
        var codes: [Int32] = []
        for scalar in scalars {
            guard case .string(let s) = scalar else {
                codes.append(-1)
                validity.append(false)
                continue
            }
            if let code = index[s] {
                codes.append(code)
            } else {
                let code = Int32(dictionary.count)
                dictionary.append(s)
                index[s] = code
                codes.append(code)
            }
            validity.append(true)
        }
        return make(.tag, .tag(dictionary: dictionary, codes: codes), validity)
    }
}

extension RecordBatch {
    /// The rows whose flag is set (the batch itself when all are).
    func keeping(_ flags: [Bool]) -> RecordBatch {
        var rows: [Int] = []
        for row in 0..<rowCount where flags[row] { rows.append(row) }
        return rows.count == rowCount ? self : take(rows)
    }

    /// The rows at `indices`, in order.
    func take(_ indices: [Int]) -> RecordBatch {
        RecordBatch(columns: columns.map { $0.take(indices) }, rowCount: indices.count)
    }
}
