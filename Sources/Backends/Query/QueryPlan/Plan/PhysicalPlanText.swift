import Kernel
import QueryExec

/// Collects the operator tree of `EXPLAIN` while the physical planner builds it: each operator
/// the planner makes is recorded (post-order, so an operator's inputs are the nodes recorded
/// since its planning began) and, under `EXPLAIN ANALYZE`, wrapped in a `MeteredOperator`.
final class PhysicalExplain {
    /// One operator of the tree: its text (more lines when one plan node became a chain of
    /// operators), its inputs, and its meter under `ANALYZE`.
    final class Node {
        let lines: [String]
        let inputs: [Node]
        let meter: MeteredOperator?

        init(lines: [String], inputs: [Node], meter: MeteredOperator?) {
            self.lines = lines
            self.inputs = inputs
            self.meter = meter
        }
    }

    let metered: Bool
    private var nodes: [Node] = []

    init(metered: Bool) {
        self.metered = metered
    }

    var mark: Int { nodes.count }

    /// Records `made` (planned from `plan`) with the nodes recorded since `mark` as its inputs.
    func record(_ made: any ExecutionOperator, plan: LogicalPlan, since mark: Int) -> any ExecutionOperator {
        let inputs = Array(nodes[mark...])
        nodes.removeSubrange(mark...)
        let meter = metered ? MeteredOperator(made) : nil
        let lines = PhysicalPlanText.lines(plan, made: made, hasInputs: !inputs.isEmpty)
        nodes.append(Node(lines: lines, inputs: inputs, meter: meter))
        return meter ?? made
    }

    /// The indented tree, with `metrics=[...]` on each operator under `ANALYZE`.
    func render() -> String {
        nodes.map { render($0, depth: 0) }.joined(separator: "\n")
    }

    private func render(_ node: Node, depth: Int) -> String {
        let pad = String(repeating: "  ", count: depth)
        var lines = node.lines.map { pad + $0 }
        if let meter = node.meter, !lines.isEmpty {
            let own = meter.inclusiveNanoseconds - node.inputs.reduce(0) { $0 + ($1.meter?.inclusiveNanoseconds ?? 0) }
            lines[0] +=
                ", metrics=[output_rows=\(meter.outputRows), elapsed_compute=\(Self.time(max(0, own))), output_batches=\(meter.outputBatches)]"
        }
        return (lines + node.inputs.map { render($0, depth: depth + 1) }).joined(separator: "\n")
    }

    /// A duration as DataFusion's metrics print it (`430ns`, `25.19µs`, `8.74ms`, `1.20s`).
    static func time(_ nanoseconds: Int64) -> String {
        func twoDecimals(_ value: Double) -> String {
            let hundredths = Int64((value * 100).rounded())
            let fraction = hundredths % 100
            return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
        }
        if nanoseconds < 1_000 { return "\(nanoseconds)ns" }
        if nanoseconds < 1_000_000 { return twoDecimals(Double(nanoseconds) / 1e3) + "µs" }
        if nanoseconds < 1_000_000_000 { return twoDecimals(Double(nanoseconds) / 1e6) + "ms" }
        return twoDecimals(Double(nanoseconds) / 1e9) + "s"
    }
}

/// The text of one physical operator in the style of DataFusion's `EXPLAIN` (`ProjectionExec:
/// expr=[host@0 as host]`, `FilterExec: v@1 > 0`, `AggregateExec: mode=Single, gby=[...]`):
/// columns are `name@position` in the operator's input, literals are their bare values. The
/// operators are ours (one partition, no repartitioning), so the tree is not DataFusion's.
enum PhysicalPlanText {
    static func lines(_ plan: LogicalPlan, made: any ExecutionOperator, hasInputs: Bool) -> [String] {
        switch plan {
        case .scan(let scan):
            return [scanLine(scan, made: made)]
        case .values(_, let rows):
            return ["ValuesExec: rows=\(rows.count)"]
        case .filter(let predicate, let input):
            return ["FilterExec: \(expression(predicate, input.schema))"]
        case .projection(let expressions, let schema, let input):
            return ["ProjectionExec: expr=[\(items(expressions, schema, input.schema))]"]
        case .aggregate(let groups, let aggregates, let schema, let input):
            return [aggregateLine(groups, aggregates.count, schema, input.schema)]
        case .unnest(let lists, _, let input):
            let names = lists.map { expression(.column($0), input.schema) }.joined(separator: ", ")
            return ["UnnestExec: lists=[\(names)]"]
        case .window(let windows, let schema, _):
            let names = schema.columns.suffix(windows.count).map(\.name).joined(separator: ", ")
            return ["WindowAggExec: wdw=[\(names)]"]
        case .sort(let keys, let fetch, let input):
            let sortLine = sortLine(keys, fetch: fetch, input.schema)
            guard !hasInputs else { return [sortLine] }
            return [sortLine] + binnedChain(input).enumerated().map { String(repeating: "  ", count: $0 + 1) + $1 }
        case .limit(let skip, let fetch, _):
            return ["GlobalLimitExec: skip=\(skip), fetch=\(fetch.map(String.init) ?? "None")"]
        case .alias:
            return []
        case .distinctOn(let keys, .sort(let order, nil, let input)) where made is TopPerKeyOperator:
            return [
                "TopPerKeyExec: keys=[\(keys.map { expression($0, input.schema) }.joined(separator: ", "))], "
                    + "order=[\(sortKeys(order, input.schema))]"
            ]
        case .distinctOn(let keys, let input):
            return ["FirstPerKeyExec: keys=[\(keys.map { expression($0, input.schema) }.joined(separator: ", "))]"]
        case .gapFill(let spec, let input):
            let keys = spec.keyColumns.map { column($0, input.schema) }.joined(separator: ", ")
            return [
                "GapFillExec: time=\(column(spec.timeColumn, input.schema)), group=[\(keys)], "
                    + "stride=\(spec.strideNanoseconds)ns, range=[\(spec.range.startNanoseconds), \(spec.range.endNanoseconds))"
            ]
        case .join(let spec, let left, let right):
            return [joinLine(spec, left.schema, right.schema)]
        case .union:
            return ["UnionExec"]
        case .setOperation(let kind, let all, _, _, _):
            return ["SetOperationExec: \(kind.rawValue.uppercased())\(all ? " ALL" : "")"]
        }
    }

    private static func scanLine(_ scan: TableScan, made: any ExecutionOperator) -> String {
        var line = "RecordBatchesExec: table=\(scan.table)"
        if let scanned = made as? ScanOperator { line += ", chunks=\(scanned.chunkCount)" }
        line += ", projection=[\(scan.schema.columns.map(\.name).joined(separator: ", "))]"
        if !scan.filters.isEmpty {
            line += ", predicate=\(scan.filters.map { operand($0, of: .and, scan.schema) }.joined(separator: " AND "))"
        }
        if scan.timeRange != .all {
            line += ", time_range=[\(scan.timeRange.startNanoseconds), \(scan.timeRange.endNanoseconds))"
        }
        return line
    }

    private static func aggregateLine(_ groups: [PhysicalExpr], _ count: Int, _ schema: PlanSchema, _ input: PlanSchema)
        -> String
    {
        let groupText = zip(groups, schema.columns).map { "\(expression($0, input)) as \($1.name)" }
        let names = schema.columns.suffix(count).map(\.name)
        return
            "AggregateExec: mode=Single, gby=[\(groupText.joined(separator: ", "))], aggr=[\(names.joined(separator: ", "))]"
    }

    private static func sortLine(_ keys: [SortKey], fetch: Int?, _ input: PlanSchema) -> String {
        let prefix = fetch.map { "SortExec: TopK(fetch=\($0)), " } ?? "SortExec: "
        return prefix + "expr=[\(sortKeys(keys, input))], preserve_partitioning=[false]"
    }

    /// The operators `BinnedLimitOperator`'s plan shape is made of (planned in one step).
    private static func binnedChain(_ input: LogicalPlan) -> [String] {
        guard
            case .projection(
                let expressions, let projected, .aggregate(let groups, let aggregates, let grouped, let scan)) =
                input, case .scan(let table) = scan
        else { return [] }
        return [
            "ProjectionExec: expr=[\(items(expressions, projected, grouped))]",
            aggregateLine(groups, aggregates.count, grouped, table.schema),
            "BinnedLimitExec: bin=\(groups.first.map { expression($0, table.schema) } ?? "")",
            scanLine(table, made: ValuesOperator(fields: [], rows: [])),
        ]
    }

    private static func joinLine(_ spec: JoinSpec, _ left: PlanSchema, _ right: PlanSchema) -> String {
        let joinType = String(spec.type.rawValue.prefix(1).uppercased() + spec.type.rawValue.dropFirst())
        guard !spec.leftKeys.isEmpty else { return "NestedLoopJoinExec: join_type=\(joinType)" }
        let on = zip(spec.leftKeys, spec.rightKeys).map { "(\(expression($0, left)), \(expression($1, right)))" }
        var line = "HashJoinExec: mode=CollectLeft, join_type=\(joinType), on=[\(on.joined(separator: ", "))]"
        if let filter = spec.filter {
            line += ", filter=\(expression(filter, PlanSchema(left.columns + right.columns)))"
        }
        return line
    }

    private static func items(_ expressions: [PhysicalExpr], _ schema: PlanSchema, _ input: PlanSchema) -> String {
        zip(expressions, schema.columns).map { "\(expression($0, input)) as \($1.name)" }.joined(separator: ", ")
    }

    private static func sortKeys(_ keys: [SortKey], _ schema: PlanSchema) -> String {
        keys.map { key in
            let order =
                switch (key.ascending, key.nullsFirst) {
                case (true, false): "ASC NULLS LAST"
                case (true, true): "ASC"
                case (false, true): "DESC"
                case (false, false): "DESC NULLS LAST"
                }
            return "\(expression(key.expression, schema)) \(order)"
        }.joined(separator: ", ")
    }

    private static func column(_ index: Int, _ schema: PlanSchema) -> String {
        index < schema.columns.count ? "\(schema.columns[index].name)@\(index)" : "#\(index)"
    }

    /// An expression as DataFusion's physical expressions print (`v@1 * 2`, `CAST(v@1 AS Int64)`).
    static func expression(_ expr: PhysicalExpr, _ schema: PlanSchema) -> String {
        let text = { (inner: PhysicalExpr) in expression(inner, schema) }
        switch expr {
        case .column(let index): return column(index, schema)
        case .literal(let value): return literal(value)
        case .binary(let op, let left, let right):
            return "\(operand(left, of: op, schema)) \(op.displayText) \(operand(right, of: op, schema))"
        case .not(let inner): return "NOT \(operand(inner, of: .equal, schema))"
        case .negate(let inner): return "(- \(text(inner)))"
        case .isNull(let inner, let negated): return "\(text(inner)) IS \(negated ? "NOT " : "")NULL"
        case .isBoolean(let inner, let value, let negated):
            return "\(text(inner)) IS \(negated ? "NOT " : "")\(value ? "TRUE" : "FALSE")"
        case .cast(let inner, let type): return "CAST(\(text(inner)) AS \(ArrowTypeName.of(type)))"
        case .tryCast(let inner, let type): return "TRY_CAST(\(text(inner)) AS \(ArrowTypeName.of(type)))"
        case .inList(let inner, let list, let negated):
            return "\(text(inner)) \(negated ? "NOT IN" : "IN") (\(list.map(text).joined(separator: ", ")))"
        case .caseWhen(let branches, let otherwise):
            let arms = branches.map { "WHEN \(text($0.condition)) THEN \(text($0.result))" }
            return "CASE \(arms.joined(separator: " "))\(otherwise.map { " ELSE \(text($0))" } ?? "") END"
        case .function(let function, let arguments):
            return "\(function.rawValue)(\(arguments.map(text).joined(separator: ", ")))"
        }
    }

    /// An operand of `parent`, in parentheses when it binds less tightly (`(v@1 = 1 OR v@1 = 2)`).
    private static func operand(_ expr: PhysicalExpr, of parent: BinaryOperator, _ schema: PlanSchema) -> String {
        PlanText.operand(expr, of: parent) { expression($0, schema) }
    }

    /// A literal as DataFusion's `ScalarValue` displays it: the bare value.
    private static func literal(_ value: ScalarValue) -> String {
        switch value {
        case .null: "NULL"
        case .boolean(let v): "\(v)"
        case .integer(let v): "\(v)"
        case .uinteger(let v): "\(v)"
        case .float(let v): LiteralBinding.floatText(v)
        case .string(let v): v
        case .timestamp(let v), .zonedTimestamp(let v, _): "\(v)"
        case .interval(let v):
            "IntervalMonthDayNano { months: \(v.months), days: \(v.days), nanoseconds: \(v.nanoseconds) }"
        default: LiteralBinding.name(of: value)
        }
    }
}
