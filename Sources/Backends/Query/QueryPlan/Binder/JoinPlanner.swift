import Kernel
import QueryExec
import SQL

/// What a join node does: its type, the equi-join keys (`leftKeys[i] = rightKeys[i]`, each pair
/// evaluated as `keyTypes[i]`), the rest of the condition (over left columns then right columns)
/// and the output schema.
public struct JoinSpec: Sendable, Hashable {
    public var type: JoinType
    public var leftKeys: [PhysicalExpr]
    public var rightKeys: [PhysicalExpr]
    public var keyTypes: [ValueType]
    public var filter: PhysicalExpr?
    public var schema: PlanSchema
}

/// Plans `FROM` items with their joins: `[INNER] JOIN`, `LEFT/RIGHT/FULL [OUTER] JOIN`,
/// `CROSS JOIN`, comma joins, semi/anti joins, with `ON`, `USING` or `NATURAL`.
struct JoinPlanner {
    let planner: QueryPlanner

    /// A relation and the joins chained onto it, left to right.
    func plan(_ item: TableWithJoins) throws(KernelError) -> LogicalPlan {
        var plan = try planner.planRelation(item.relation)
        for join in item.joins { plan = try self.join(plan, join) }
        return plan
    }

    /// `left, right`: every pair.
    func cross(_ left: LogicalPlan, _ right: LogicalPlan) throws(KernelError) -> LogicalPlan {
        try make(.inner, left, right, condition: nil, using: [])
    }

    private func join(_ left: LogicalPlan, _ join: Join) throws(KernelError) -> LogicalPlan {
        let right = try planner.planRelation(join.relation)
        let type: JoinType
        switch join.kind {
        case .inner, .cross: type = .inner
        case .leftOuter: type = .left
        case .rightOuter: type = .right
        case .fullOuter: type = .full
        case .leftSemi: type = .leftSemi
        case .leftAnti: type = .leftAnti
        case .rightSemi: type = .rightSemi
        case .rightAnti: type = .rightAnti
        }
        let leftColumns = left.schema.columns
        let rightColumns = right.schema.columns
        switch join.constraint {
        case .none:
            return try make(type, left, right, condition: nil, using: [])
        case .on(let expr):
            let combined = PlanSchema(leftColumns + rightColumns)
            let bound = try ExpressionBinder(scope: planner.scope(combined)).bind(expr)
            return try make(type, left, right, condition: bound.expr, using: [])
        case .using(let names):
            var pairs: [(Int, Int)] = []
            for name in names {
                let l = try left.schema.index(of: name.value, relation: nil)
                let r = try right.schema.index(of: name.value, relation: nil)
                pairs.append((l, r))
            }
            return try usingJoin(type, left, right, pairs)
        case .natural:
            let pairs: [(Int, Int)] = leftColumns.indices.compactMap { l in
                let matches = rightColumns.indices.filter { rightColumns[$0].name == leftColumns[l].name }
                return matches.count == 1 ? (l, matches[0]) : nil
            }
            return try usingJoin(type, left, right, pairs)
        }
    }

    private func usingJoin(_ type: JoinType, _ left: LogicalPlan, _ right: LogicalPlan, _ pairs: [(Int, Int)])
        throws(KernelError) -> LogicalPlan
    {
        let offset = left.schema.columns.count
        let condition = pairs.map { PhysicalExpr.binary(.equal, .column($0.0), .column(offset + $0.1)) }
            .reduce(nil) { (result: PhysicalExpr?, next) in result.map { .binary(.and, $0, next) } ?? next }
        return try make(type, left, right, condition: condition, using: pairs.map(\.1))
    }

    func make(
        _ type: JoinType, _ left: LogicalPlan, _ right: LogicalPlan, condition: PhysicalExpr?, using: [Int],
        checkNames: Bool = true
    ) throws(KernelError) -> LogicalPlan {
        let leftColumns = left.schema.columns
        var rightColumns = right.schema.columns
        for index in using { rightColumns[index].usingDuplicate = true }
        if checkNames { try Self.checkDuplicates(leftColumns + rightColumns) }
        var output: [PlanColumn]
        switch type {
        case .leftSemi, .leftAnti: output = leftColumns
        case .rightSemi, .rightAnti: output = rightColumns
        default: output = leftColumns + rightColumns
        }
        var spec = JoinSpec(
            type: type, leftKeys: [], rightKeys: [], keyTypes: [], filter: nil, schema: PlanSchema(output))
        let combined = leftColumns + rightColumns
        for conjunct in condition.map(PlanRewriter.conjuncts) ?? [] {
            Self.add(conjunct, to: &spec, leftCount: leftColumns.count, types: combined.map(\.type))
        }
        return .join(spec, left, right)
    }

    /// Adds one conjunct of the join condition: an equality between a left and a right column
    /// (of comparable types) becomes a hash key, anything else part of the filter.
    static func add(_ conjunct: PhysicalExpr, to spec: inout JoinSpec, leftCount: Int, types: [ValueType]) {
        if case .binary(.equal, let a, let b) = conjunct, case .column(var l) = a, case .column(var r) = b {
            if l >= leftCount, r < leftCount { swap(&l, &r) }
            if l < leftCount, r >= leftCount, let type = keyType(types[l], types[r]) {
                spec.leftKeys.append(.column(l))
                spec.rightKeys.append(.column(r - leftCount))
                spec.keyTypes.append(type)
                return
            }
        }
        spec.filter = spec.filter.map { .binary(.and, $0, conjunct) } ?? conjunct
    }

    /// The type both sides of a key are compared as, or nil to leave the equality to the filter.
    private static func keyType(_ left: ValueType, _ right: ValueType) -> ValueType? {
        switch (left, right) {
        case _ where left == right: return left
        case _ where NumericCoercion.common(left, right) != nil: return NumericCoercion.common(left, right)
        case (.tag, .string), (.string, .tag): return .string
        case (.integer, .float), (.float, .integer), (.uinteger, .float), (.float, .uinteger): return .float
        default: return nil
        }
    }

    /// DataFusion refuses a join whose two sides share a qualified name (`cpu JOIN cpu`) or an
    /// unqualified one.
    private static func checkDuplicates(_ columns: [PlanColumn]) throws(KernelError) {
        var seen = Set<String>()
        for column in columns {
            let key = (column.relation.map { "q:\($0)." } ?? "u:") + column.name
            guard seen.insert(key).inserted else {
                let what = column.relation == nil ? "unqualified" : "qualified"
                throw KernelError(
                    .invalidInput,
                    "Schema error: Schema contains duplicate \(what) field name \(column.qualifiedName)")
            }
        }
    }
}
