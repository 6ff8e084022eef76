import Kernel
import QueryExec

/// The indented text form of a logical plan, in the style of DataFusion's `EXPLAIN` output
/// (`Projection: ...`, `Aggregate: groupBy=[[...]], aggr=[[...]]`, `TableScan: ...`). It is
/// ours, not byte-identical to DataFusion's: plans differ between engines.
enum PlanText {
    static func render(_ plan: LogicalPlan, indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        switch plan {
        case .scan(let scan):
            var line =
                "\(pad)TableScan: \(scan.table) projection=[\(scan.schema.columns.map(\.name).joined(separator: ", "))]"
            if !scan.filters.isEmpty {
                line += ", full_filters=[\(scan.filters.map { expression($0, scan.schema) }.joined(separator: ", "))]"
            }
            if scan.timeRange != .all {
                line += ", time_range=[\(scan.timeRange.startNanoseconds), \(scan.timeRange.endNanoseconds))"
            }
            return line
        case .values(let schema, let rows):
            return "\(pad)Values: \(rows.count) rows [\(schema.columns.map(\.name).joined(separator: ", "))]"
        case .filter(let predicate, let input):
            return "\(pad)Filter: \(expression(predicate, input.schema))\n" + render(input, indent: indent + 1)
        case .projection(let expressions, let schema, let input):
            let items = zip(expressions, schema.columns).map { expr, column in
                let text = expression(expr, input.schema)
                return text == column.qualifiedName || text.hasSuffix(".\(column.name)")
                    ? text : "\(text) AS \(column.name)"
            }
            return "\(pad)Projection: \(items.joined(separator: ", "))\n" + render(input, indent: indent + 1)
        case .aggregate(let groups, let aggregates, let schema, let input):
            let groupText = groups.map { expression($0, input.schema) }.joined(separator: ", ")
            let aggregateText = schema.columns.suffix(aggregates.count).map(\.name).joined(separator: ", ")
            return "\(pad)Aggregate: groupBy=[[\(groupText)]], aggr=[[\(aggregateText)]]\n"
                + render(input, indent: indent + 1)
        case .sort(let keys, let fetch, let input):
            let keyText = keys.map { key in
                "\(expression(key.expression, input.schema)) \(key.ascending ? "ASC" : "DESC") NULLS \(key.nullsFirst ? "FIRST" : "LAST")"
            }.joined(separator: ", ")
            return "\(pad)Sort: \(keyText)\(fetch.map { ", fetch=\($0)" } ?? "")\n" + render(input, indent: indent + 1)
        case .limit(let skip, let fetch, let input):
            return "\(pad)Limit: skip=\(skip), fetch=\(fetch.map(String.init) ?? "None")\n"
                + render(input, indent: indent + 1)
        case .alias(let name, let input):
            return "\(pad)SubqueryAlias: \(name)\n" + render(input, indent: indent + 1)
        case .join(let spec, let left, let right):
            let keyText = zip(spec.leftKeys, spec.rightKeys).map {
                "\(expression($0, left.schema)) = \(expression($1, right.schema))"
            }
            let name = spec.type.rawValue.prefix(1).uppercased() + spec.type.rawValue.dropFirst()
            var line = "\(pad)\(keyText.isEmpty && spec.filter == nil ? "Cross" : name) Join: "
            line += keyText.joined(separator: ", ")
            if let filter = spec.filter {
                line += "\(keyText.isEmpty ? "" : " ")Filter: "
                line += expression(filter, PlanSchema(left.schema.columns + right.schema.columns))
            }
            return line + "\n" + render(left, indent: indent + 1) + "\n" + render(right, indent: indent + 1)
        case .union(let inputs, _):
            return "\(pad)Union\n" + inputs.map { render($0, indent: indent + 1) }.joined(separator: "\n")
        case .setOperation(let kind, let all, _, let left, let right):
            return "\(pad)\(kind.rawValue.uppercased())\(all ? " ALL" : "")\n" + render(left, indent: indent + 1) + "\n"
                + render(right, indent: indent + 1)
        case .unnest(let lists, _, let input): return unnestText(lists, input, indent: indent)
        case .window(let windows, let schema, let input):
            let names = schema.columns.suffix(windows.count).map(\.name).joined(separator: ", ")
            return "\(pad)WindowAggr: windowExpr=[[\(names)]]\n" + render(input, indent: indent + 1)
        case .gapFill(let spec, let input):
            return
                "\(pad)GapFill: stride=\(spec.strideNanoseconds)ns, range=[\(spec.range.startNanoseconds), \(spec.range.endNanoseconds))\n"
                + render(input, indent: indent + 1)
        case .distinctOn(let keys, let input):
            let keyText = keys.map { expression($0, input.schema) }.joined(separator: ", ")
            return "\(pad)DistinctOn: on_expr=[[\(keyText)]]\n" + render(input, indent: indent + 1)
        }
    }

    /// `Unnest: lists[...]` and its input.
    private static func unnestText(_ lists: [Int], _ input: LogicalPlan, indent: Int) -> String {
        let names = lists.map { expression(.column($0), input.schema) }.joined(separator: ", ")
        return "\(String(repeating: "  ", count: indent))Unnest: lists[\(names)]\n" + render(input, indent: indent + 1)
    }

    /// An expression with column positions replaced by the input's column names.
    static func expression(_ expr: PhysicalExpr, _ schema: PlanSchema) -> String {
        switch expr {
        case .column(let index):
            return index < schema.columns.count ? schema.columns[index].qualifiedName : "#\(index)"
        case .literal(let value):
            return LiteralBinding.name(of: value)
        case .binary(let op, let l, let r):
            let text = { (e: PhysicalExpr) in expression(e, schema) }
            return "\(operand(l, of: op, text)) \(op.displayText) \(operand(r, of: op, text))"
        case .not(let e): return "NOT \(operand(e, of: .equal) { expression($0, schema) })"
        case .negate(let e): return "(- \(expression(e, schema)))"
        case .isNull(let e, let negated): return "\(expression(e, schema)) IS \(negated ? "NOT " : "")NULL"
        case .isBoolean(let e, let value, let negated):
            return "\(expression(e, schema)) IS \(negated ? "NOT " : "")\(value ? "TRUE" : "FALSE")"
        case .cast(let e, let type) where type.isNested:
            // Only the binder casts to nested types, to carry a CASE's or a map's type: not in DataFusion's plan.
            return expression(e, schema)
        case .cast(let e, let type): return "CAST(\(expression(e, schema)) AS \(ArrowTypeName.of(type)))"
        case .tryCast(let e, let type): return "TRY_CAST(\(expression(e, schema)) AS \(ArrowTypeName.of(type)))"
        case .inList(let e, let list, let negated):
            return
                "\(expression(e, schema)) \(negated ? "NOT IN" : "IN") (\(list.map { expression($0, schema) }.joined(separator: ", ")))"
        case .caseWhen(let branches, let otherwise):
            let arms = branches.map { "WHEN \(expression($0.condition, schema)) THEN \(expression($0.result, schema))" }
            return "CASE \(arms.joined(separator: " "))\(otherwise.map { " ELSE \(expression($0, schema))" } ?? "") END"
        case .function(let function, let arguments):
            return "\(function.rawValue)(\(arguments.map { expression($0, schema) }.joined(separator: ",")))"
        }
    }

    /// An operand of `parent` as `render` writes it, in parentheses when it binds less tightly
    /// (`(a OR b) AND c`); the logical and the physical plan texts share this rule.
    static func operand(
        _ expr: PhysicalExpr, of parent: BinaryOperator, _ render: (PhysicalExpr) -> String
    ) -> String {
        if case .binary(let op, _, _) = expr, op.precedence < parent.precedence { return "(\(render(expr)))" }
        return render(expr)
    }
}

extension BinaryOperator {
    /// How tightly the operator binds, for parenthesising plan text.
    var precedence: Int {
        switch self {
        case .or: 0
        case .and: 1
        case .plus, .minus, .concat: 3
        case .multiply, .divide, .modulo: 4
        default: 2
        }
    }
}
