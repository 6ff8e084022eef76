import Kernel

/// `AND`, `OR`, `NOT` with SQL's three-valued logic (Kleene): `false AND NULL` is false,
/// `true OR NULL` is true, otherwise NULL spreads.
enum Logical {
    static func evaluate(_ op: BinaryOperator, _ left: Datum, _ right: Datum, count: Int) throws(KernelError) -> Datum {
        let l = try Cast.column(left.column(count: count, type: .boolean), to: .boolean)
        let r = try Cast.column(right.column(count: count, type: .boolean), to: .boolean)
        guard case .boolean(let a) = l.values, case .boolean(let b) = r.values else { return .scalar(.null) }
        // Without nulls on either side (the usual case for predicates) it is a plain zip.
        if l.validity.validCount == count, r.validity.validCount == count {
            let values = op == .and ? zip(a, b).map { $0 && $1 } : zip(a, b).map { $0 || $1 }
            let column = ColumnBuild.booleans(values, l.validity)
            if case .scalar = left, case .scalar = right { return .scalar(column.scalar(at: 0)) }
            return .column(column)
        }
        var values = [Bool](repeating: false, count: count)
        var validity = ValidityBitmap()
        for row in 0..<count {
            let av = l.validity[row]
            let bv = r.validity[row]
            if op == .and {
                if (av && !a[row]) || (bv && !b[row]) {
                    validity.append(true)
                } else if av && bv {
                    values[row] = true
                    validity.append(true)
                } else {
                    validity.append(false)
                }
            } else {
                if (av && a[row]) || (bv && b[row]) {
                    values[row] = true
                    validity.append(true)
                } else {
                    validity.append(av && bv)
                }
            }
        }
        let column = ColumnBuild.booleans(values, validity)
        if case .scalar = left, case .scalar = right { return .scalar(column.scalar(at: 0)) }
        return .column(column)
    }

    static func not(_ input: Datum, count: Int) throws(KernelError) -> Datum {
        if case .scalar(let value) = input {
            guard case .boolean(let b) = try Cast.scalar(value, to: .boolean) else { return .scalar(.null) }
            return .scalar(.boolean(!b))
        }
        let column = try Cast.column(input.column(count: count, type: .boolean), to: .boolean)
        guard case .boolean(let values) = column.values else { return .scalar(.null) }
        return .column(ColumnBuild.booleans(values.map { !$0 }, column.validity))
    }
}
