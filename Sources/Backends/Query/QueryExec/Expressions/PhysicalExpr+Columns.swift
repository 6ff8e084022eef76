import Kernel

extension PhysicalExpr {
    /// Every column position the expression reads (with repeats), in visiting order.
    public var referencedColumns: [Int] {
        var result: [Int] = []
        _ = mappingColumns {
            result.append($0)
            return $0
        }
        return result
    }

    /// Whether the expression calls a volatile function (`random()`), so must not be folded.
    public var isVolatile: Bool {
        switch self {
        case .column, .literal: return false
        case .binary(_, let l, let r): return l.isVolatile || r.isVolatile
        case .not(let e), .negate(let e), .isNull(let e, _), .isBoolean(let e, _, _), .cast(let e, _),
            .tryCast(let e, _):
            return e.isVolatile
        case .inList(let e, let list, _): return e.isVolatile || list.contains(where: \.isVolatile)
        case .caseWhen(let branches, let otherwise):
            return branches.contains { $0.condition.isVolatile || $0.result.isVolatile }
                || otherwise?.isVolatile == true
        case .function(let function, let arguments):
            return function.isVolatile || arguments.contains(where: \.isVolatile)
        }
    }

    /// The expression with every column position mapped through `map` (plans renumber columns
    /// when they push work below a projection, a join side or a pruned scan).
    public func mappingColumns(_ map: (Int) -> Int) -> PhysicalExpr {
        func go(_ e: PhysicalExpr) -> PhysicalExpr { e.mappingColumns(map) }
        switch self {
        case .column(let index): return .column(map(index))
        case .literal: return self
        case .binary(let op, let l, let r): return .binary(op, go(l), go(r))
        case .not(let e): return .not(go(e))
        case .negate(let e): return .negate(go(e))
        case .isNull(let e, let negated): return .isNull(go(e), negated: negated)
        case .isBoolean(let e, let value, let negated): return .isBoolean(go(e), value: value, negated: negated)
        case .inList(let e, let list, let negated): return .inList(go(e), list.map(go), negated: negated)
        case .cast(let e, let type): return .cast(go(e), type)
        case .tryCast(let e, let type): return .tryCast(go(e), type)
        case .caseWhen(let branches, let otherwise):
            return .caseWhen(
                branches.map { CaseBranch(condition: go($0.condition), result: go($0.result)) },
                otherwise: otherwise.map(go))
        case .function(let function, let arguments): return .function(function, arguments.map(go))
        }
    }
}

extension BinaryOperator {
    /// The operator with its operands swapped (`a < b` is `b > a`); others are unchanged.
    public var mirrored: BinaryOperator {
        switch self {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        default: self
        }
    }
}
