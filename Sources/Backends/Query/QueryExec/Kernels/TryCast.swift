import Kernel

/// `TRY_CAST`: the cast of the whole column when it succeeds; otherwise each value on its own,
/// NULL where the cast fails (DataFusion's `TryCastExpr`, which casts with `safe: true`).
enum TryCast {
    static func evaluate(_ datum: Datum, to type: ValueType) -> Datum {
        switch datum {
        case .scalar(let value): return .scalar((try? Cast.scalar(value, to: type)) ?? .null)
        case .column(let column):
            if let cast = try? Cast.column(column, to: type) { return .column(cast) }
            let values = (0..<column.values.count).map { row in
                (try? Cast.scalar(column.scalar(at: row), to: type)) ?? .null
            }
            return .column(ColumnBuild.fromScalars(values, type: type).renamed(column.name))
        }
    }
}
