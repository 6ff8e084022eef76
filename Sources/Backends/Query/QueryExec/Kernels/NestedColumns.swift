import Kernel

/// Columns of the result-only types (`Date32`, `Interval`, `Struct`, `List`): nulls, row reads,
/// gathers and building from scalars. The storage types keep their typed loops in `ColumnOps`;
/// these types go through their scalars, which is fine for the per-group results they hold.
enum NestedColumns {
    /// `count` null rows of a result-only type.
    static func nulls(_ type: ValueType, count: Int) -> ColumnValues {
        switch type {
        case .date: return .date(Array(repeating: 0, count: count))
        case .interval: return .interval(Array(repeating: IntervalValue(), count: count))
        case .binary: return .binary(Array(repeating: [], count: count))
        case .decimal: return .decimal(Array(repeating: 0, count: count))
        case .structure(let fields):
            return .structure(ChildColumns(fields.map { RecordColumn.nulls($0.type, count: count, name: $0.name) }))
        case .list(let list), .map(let list):
            return .list(
                offsets: Array(repeating: 0, count: count + 1),
                items: ChildColumns([RecordColumn.nulls(list.item.type, count: 0, name: list.item.name)]))
        case .tag, .time, .zonedTime, .time64, .float, .integer, .uinteger, .string, .boolean, .narrow, .coarseTime,
            .duration, .coarseTimeOfDay, .null:
            preconditionFailure("storage types and zoned timestamps have their own null columns")
        }
    }

    /// The value at a valid `row`.
    static func scalar(_ values: ColumnValues, at row: Int) -> ScalarValue {
        switch values {
        case .date(let v): return .date(v[row])
        case .interval(let v): return .interval(v[row])
        case .binary(let v): return .binary(v[row])
        case .structure(let children): return .structure(ScalarValues(children.columns.map { $0.scalar(at: row) }))
        case .list(let offsets, let items):
            return .list(ScalarValues((Int(offsets[row])..<Int(offsets[row + 1])).map { items.item.scalar(at: $0) }))
        case .tag, .time, .float, .integer, .uinteger, .string, .boolean, .decimal:
            preconditionFailure("storage types and decimals are read by RecordColumn.scalar(at:)")
        }
    }

    /// A column of a result-only type from row values (values of another shape are null).
    static func fromScalars(_ scalars: [ScalarValue], type: ValueType) -> RecordColumn {
        var validity = ValidityBitmap()
        let values: ColumnValues
        switch type {
        case .date:
            values = .date(
                scalars.map {
                    if case .date(let v) = $0 {
                        validity.append(true)
                        return v
                    }
                    validity.append(false)
                    return 0
                })
        case .interval:
            values = .interval(
                scalars.map {
                    if case .interval(let v) = $0 {
                        validity.append(true)
                        return v
                    }
                    validity.append(false)
                    return IntervalValue()
                })
        case .binary:
            values = .binary(
                scalars.map {
                    if case .binary(let v) = $0 {
                        validity.append(true)
                        return v
                    }
                    validity.append(false)
                    return []
                })
        case .decimal(let decimal):
            values = .decimal(
                scalars.map {
                    // An aggregate's value of another decimal type (a sum's wider precision) converts.
                    let value = $0.columnType == type ? $0 : (try? Cast.scalar($0, to: type)) ?? .null
                    if case .decimal(let unscaled, _) = value {
                        validity.append(true)
                        return unscaled
                    }
                    validity.append(false)
                    return 0
                })
            _ = decimal
        case .structure(let fields):
            values = structure(scalars, fields: fields.fields, validity: &validity)
        case .list(let list), .map(let list):
            values = self.list(scalars, item: list.item, validity: &validity)
        case .tag, .time, .zonedTime, .time64, .float, .integer, .uinteger, .string, .boolean, .narrow, .coarseTime,
            .duration, .coarseTimeOfDay, .null:
            // A struct or list scalar asked for as a storage type: values of another shape are null.
            return ColumnBuild.fromScalars(scalars, type: type)
        }
        return RecordColumn(name: "", type: type, values: values, validity: validity)
    }

    private static func structure(
        _ scalars: [ScalarValue], fields: [ValueField], validity: inout ValidityBitmap
    ) -> ColumnValues {
        var rows = [[ScalarValue]](repeating: [], count: fields.count)
        for scalar in scalars {
            let parts: [ScalarValue]
            if case .structure(let values) = scalar, values.count == fields.count {
                parts = values.values
                validity.append(true)
            } else {
                parts = Array(repeating: .null, count: fields.count)
                validity.append(false)
            }
            for index in fields.indices { rows[index].append(parts[index]) }
        }
        return .structure(
            ChildColumns(
                fields.indices.map { ColumnBuild.fromScalars(rows[$0], type: fields[$0].type).renamed(fields[$0].name) }
            ))
    }

    private static func list(_ scalars: [ScalarValue], item: ValueField, validity: inout ValidityBitmap) -> ColumnValues
    {
        var offsets: [Int32] = [0]
        var items: [ScalarValue] = []
        for scalar in scalars {
            if case .list(let values) = scalar {
                items += values
                validity.append(true)
            } else {
                validity.append(false)
            }
            offsets.append(Int32(items.count))
        }
        return .list(
            offsets: offsets, items: ChildColumns([ColumnBuild.fromScalars(items, type: item.type).renamed(item.name)]))
    }
}

/// A total order on scalars of any one type (sorting, min/max of result-only types): structs
/// field by field, lists (and maps, lists of entries) item by item then by length. NULLs inside
/// are least, or greatest when `nullsGreatest` (a sort places them as it places NULL rows, as
/// DataFusion's row format does).
enum ScalarOrder {
    static func compare(_ a: ScalarValue, _ b: ScalarValue, nullsGreatest: Bool = false) -> Int {
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _): return nullsGreatest ? 1 : -1
        case (_, .null): return nullsGreatest ? -1 : 1
        case (.date(let x), .date(let y)): return Comparison.compare(x, y)
        case (.decimal(let x, _), .decimal(let y, _)): return Comparison.compare(x, y)
        case (.binary(let x), .binary(let y)): return x.lexicographicallyPrecedes(y) ? -1 : (x == y ? 0 : 1)
        case (.interval(let x), .interval(let y)):
            return Comparison.compare(x.months, y.months) != 0
                ? Comparison.compare(x.months, y.months)
                : Comparison.compare(x.days, y.days) != 0
                    ? Comparison.compare(x.days, y.days) : Comparison.compare(x.nanoseconds, y.nanoseconds)
        case (.structure(let x), .structure(let y)), (.list(let x), .list(let y)):
            for (left, right) in zip(x, y) {
                let order = compare(left, right, nullsGreatest: nullsGreatest)
                if order != 0 { return order }
            }
            return Comparison.compare(x.count, y.count)
        default: return AggregateAccumulator.order(a, b)
        }
    }
}

extension ScalarValue {
    /// A text that differs for different values (group keys of result-only types).
    var keyText: String {
        switch self {
        case .structure(let values): "{" + values.map(\.keyText).joined(separator: ",") + "}"
        case .list(let values): "[" + values.map(\.keyText).joined(separator: ",") + "]"
        default: String(describing: self)
        }
    }
}
