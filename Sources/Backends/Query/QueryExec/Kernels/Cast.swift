import Kernel

/// `CAST`/`::` between column types with DataFusion's rules: numbers convert (floats truncate
/// toward zero), strings parse (a bad string is an error, as in DataFusion), integers become
/// timestamps as nanoseconds, tags decode to strings, and anything renders to a string.
public enum Cast {
    public static func column(_ column: RecordColumn, to target: ValueType) throws(KernelError) -> RecordColumn {
        if column.type == target { return column }
        if let cast = try specialized(column, to: target) { return cast }
        let count = column.count
        if case .list(let fields) = target, case .list = column.values { return try list(column, to: fields) }
        var validity = column.validity
        switch (column.values, target) {
        case (.tag, .string):
            return ColumnBuild.make(.string, .string(column.decodedStrings() ?? []), validity)
        case (.string(let v), .tag):
            return ColumnBuild.fromScalars(v.indices.map { validity[$0] ? .string(v[$0]) : .null }, type: .tag)
        case (.integer(let v), .float): return ColumnBuild.make(.float, .float(v.map(Double.init)), validity)
        case (.uinteger(let v), .float): return ColumnBuild.make(.float, .float(v.map(Double.init)), validity)
        case (.integer(let v), .time): return ColumnBuild.make(.time, .time(v), validity)
        case (.time(let v), .integer): return ColumnBuild.make(.integer, .integer(v), validity)
        case (.uinteger(let v), .integer):
            let values = v.enumerated().map { row, value -> Int64 in
                if value > UInt64(Int64.max) {
                    validity.set(row, false)
                    return 0
                }
                return Int64(value)
            }
            return ColumnBuild.make(.integer, .integer(values), validity)
        case (.integer(let v), .uinteger):
            let values = v.enumerated().map { row, value -> UInt64 in
                if value < 0 {
                    validity.set(row, false)
                    return 0
                }
                return UInt64(value)
            }
            return ColumnBuild.make(.uinteger, .uinteger(values), validity)
        case (.float(let v), .integer):
            let values = v.enumerated().map { row, value -> Int64 in
                guard let exact = Int64(exactly: value.rounded(.towardZero)) else {
                    validity.set(row, false)
                    return 0
                }
                return exact
            }
            return ColumnBuild.make(.integer, .integer(values), validity)
        case (.integer(let v), .boolean): return ColumnBuild.make(.boolean, .boolean(v.map { $0 != 0 }), validity)
        case (.uinteger(let v), .boolean): return ColumnBuild.make(.boolean, .boolean(v.map { $0 != 0 }), validity)
        case (.float(let v), .boolean): return ColumnBuild.make(.boolean, .boolean(v.map { $0 != 0 }), validity)
        case (.boolean(let v), .integer): return ColumnBuild.make(.integer, .integer(v.map { $0 ? 1 : 0 }), validity)
        case (.boolean(let v), .float): return ColumnBuild.make(.float, .float(v.map { $0 ? 1 : 0 }), validity)
        case (.string, _), (.tag, _):
            return try parse(column.decodedStrings() ?? [], validity: validity, to: target)
        case (.time, .date), (.integer, .date):
            var scalars: [ScalarValue] = []
            for row in 0..<count { scalars.append(try DateFunctions.cast(column.scalar(at: row))) }
            return ColumnBuild.fromScalars(scalars, type: .date)
        case (.date(let v), .time):
            return ColumnBuild.make(.time, .time(v.map { Int64($0) * DateFunctions.nanosecondsPerDay }), validity)
        case (_, .string):
            let text = (0..<count).map { validity[$0] ? ValueText.render(column.scalar(at: $0)) : "" }
            return ColumnBuild.make(.string, .string(text), validity)
        default:
            throw KernelError(
                .invalidInput,
                "Error during planning: Cannot automatically convert \(ArrowTypeName.of(column.type)) to \(ArrowTypeName.of(target))"
            )
        }
    }

    /// Casts with their own kernels: decimals, narrow numbers, time units, maps and zoned timestamps.
    private static func specialized(_ column: RecordColumn, to target: ValueType) throws(KernelError) -> RecordColumn? {
        if let decimal = try DecimalCast.column(column, to: target) { return decimal }
        if let narrow = try NarrowCast.column(column, to: target) { return narrow }
        if let converted = try TimeUnitCast.column(column, to: target) { return converted }
        if case .map = target, case .map = column.type {
            // Keys or values re-typed (a tag's strings as a dictionary): rebuilt from the values.
            return ColumnBuild.fromScalars((0..<column.count).map { column.scalar(at: $0) }, type: target)
                .renamed(column.name)
        }
        if case .zonedTime(let zone) = target { return try ZonedTimeCast.column(column, to: zone) }
        if case .zonedTime = column.type { return try ZonedTimeCast.column(column, from: target) }
        return nil
    }

    /// A list cast to another list type: its items are cast. `List(Null)` (at any depth) holds
    /// only NULL items, which every list type can hold.
    private static func list(_ column: RecordColumn, to fields: NestedFields) throws(KernelError) -> RecordColumn {
        let target = ValueType.list(fields)
        if hasNullItems(column.type) {
            return ColumnBuild.fromScalars((0..<column.count).map { column.scalar(at: $0) }, type: target)
        }
        guard case .list(let offsets, let items) = column.values else {
            preconditionFailure("Cast.column routes only list columns here")
        }
        var item = try Cast.column(items.item, to: fields.item.type)
        item.name = fields.item.name
        return RecordColumn(
            name: column.name, type: target, values: .list(offsets: offsets, items: ChildColumns([item])),
            validity: column.validity)
    }

    private static func hasNullItems(_ type: ValueType) -> Bool {
        guard case .list(let list) = type else { return false }
        return list.item.type == .null || hasNullItems(list.item.type)
    }

    private static func parse(_ strings: [String], validity: ValidityBitmap, to target: ValueType) throws(KernelError)
        -> RecordColumn
    {
        var scalars: [ScalarValue] = []
        scalars.reserveCapacity(strings.count)
        for (row, text) in strings.enumerated() {
            guard validity[row] else {
                scalars.append(.null)
                continue
            }
            scalars.append(try parseScalar(text, to: target))
        }
        return ColumnBuild.fromScalars(scalars, type: target)
    }

    public static func parseScalar(_ text: String, to target: ValueType) throws(KernelError) -> ScalarValue {
        func failure() -> KernelError {
            KernelError(
                .invalidInput, "Cast error: Cannot cast string '\(text)' to value of \(ArrowTypeName.of(target)) type")
        }
        switch target {
        case .integer:
            guard let v = Int64(text.trimmed) else { throw failure() }
            return .integer(v)
        case .uinteger:
            guard let v = UInt64(text.trimmed) else { throw failure() }
            return .uinteger(v)
        case .float:
            guard let v = Double(text.trimmed) else { throw failure() }
            return .float(v)
        case .time:
            guard let v = TimestampParsing.nanoseconds(text.trimmed) else {
                throw KernelError(.invalidInput, "Arrow error: Parser error: Error parsing timestamp from '\(text)'")
            }
            return .timestamp(v)
        case .boolean:
            switch text.lowercased() {
            case "true", "t", "1", "yes", "on": return .boolean(true)
            case "false", "f", "0", "no", "off": return .boolean(false)
            default: throw failure()
            }
        case .string, .tag: return .string(text)
        case .date: return .date(try DateFunctions.parse(text))
        case .zonedTime(let zone): return try ZonedTimeCast.parse(text, zone: zone)
        case .decimal:
            return try Cast.column(
                ColumnBuild.make(.string, .string([text]), ValidityBitmap(repeating: true, count: 1)), to: target
            ).scalar(at: 0)
        case .narrow(let narrow):
            let wide = try parseScalar(text, to: narrow == .float32 ? .float : .integer)
            do {
                return try scalar(wide, to: target)
            } catch {
                throw failure()
            }
        case .time64:
            guard let v = TimeUnitCast.parseTimeOfDay(text) ?? Int64(text) else { throw failure() }
            return .time64(v)
        case .coarseTime, .duration, .coarseTimeOfDay:
            return try column(RecordColumn.repeating(.string(text), type: .string, count: 1), to: target).scalar(at: 0)
        case .interval, .binary, .structure, .list, .map, .null: throw failure()
        }
    }

    /// A scalar converted to `target` (NULL stays NULL).
    public static func scalar(_ value: ScalarValue, to target: ValueType) throws(KernelError) -> ScalarValue {
        // A struct, list or map value has no type of its own to convert from: kept as it is.
        if value.isNull || value.columnType == target || (value.columnType == nil && target.isNested) { return value }
        return try column(RecordColumn.repeating(value, type: value.columnType ?? target, count: 1), to: target).scalar(
            at: 0)
    }
}

extension String {
    var trimmed: String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
