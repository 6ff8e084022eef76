import Kernel
import QueryExec
import SQL

/// `date_bin_gapfill(interval, time)` in GROUP BY: after the aggregation, a gap-fill node adds
/// the missing bins of the WHERE clause's time range to every group; `locf(agg)` and
/// `interpolate(agg)` in the select list choose how those aggregates are filled.
enum GapFillPlanning {
    /// The gap-fill node over `aggregate`, or nil when the query does not use `date_bin_gapfill`.
    /// Each `locf(agg)`/`interpolate(agg)` gets its own copy of the aggregate's column, filled its
    /// way, so the same aggregate written plainly keeps its NULLs in the added bins; the returned
    /// entries tell the binder where each wrapped call's value is.
    static func plan(
        _ select: Select,
        groupExpressions: [SQL.Expr],
        aggregate: LogicalPlan,
        aggregateInput: LogicalPlan,
        scope: BindingScope
    ) throws(KernelError) -> (LogicalPlan, [ComputedExpression])? {
        guard let timeIndex = groupExpressions.firstIndex(where: isGapFillCall) else { return nil }
        guard case .aggregate(let groups, _, let schema, _) = aggregate,
            case .function(let function, let arguments) = groups[timeIndex],
            function == .dateBin || function == .dateBinWallclock,
            case .literal(.interval(let interval)) = arguments.first,
            let stride = interval.fixedNanoseconds, stride > 0
        else {
            throw KernelError(
                .notImplemented, "This feature is not implemented: date_bin_gapfill with a calendar interval")
        }
        let range = try timeRange(aggregateInput)
        let origin = try originNanoseconds(arguments)
        var zone: TimeZoneRules?
        if function == .dateBinWallclock, case .zonedTime(let rules) = schema.columns[timeIndex].type,
            !WallclockBinning.utcNames.contains(rules.name)
        {
            zone = rules
        }
        var fill = [GapFillStrategy](repeating: .null, count: schema.columns.count)
        var columns = schema.columns
        var copies: [PhysicalExpr] = []
        var wrapped: [ComputedExpression] = []
        for item in select.projection {
            guard case .expr(let expr, _) = item else { continue }
            ASTWalker.visit(expr) { node in
                guard case .function(let call) = node, call.arguments.count == 1,
                    case .expr(let inner) = call.arguments[0],
                    let computed = scope.computed.first(where: { $0.ast == SQLExprKey(inner) }),
                    !wrapped.contains(where: { $0.ast == SQLExprKey(node) })
                else { return }
                let strategy: GapFillStrategy
                switch call.name.baseName.lowercased() {
                case "locf": strategy = .lastObservationCarriedForward
                case "interpolate": strategy = .interpolate
                default: return
                }
                var column = schema.columns[computed.column]
                column.name = "\(call.name.baseName.lowercased())(\(column.name))"
                column.relation = nil
                wrapped.append(ComputedExpression(ast: SQLExprKey(node), column: columns.count))
                columns.append(column)
                copies.append(.column(computed.column))
                fill.append(strategy)
            }
        }
        let source =
            copies.isEmpty
            ? aggregate
            : LogicalPlan.projection(
                schema.columns.indices.map { .column($0) } + copies, PlanSchema(columns), aggregate)
        let spec = GapFillSpec(
            timeColumn: timeIndex,
            keyColumns: groups.indices.filter { $0 != timeIndex },
            strideNanoseconds: stride,
            originNanoseconds: origin,
            subDayStride: interval.days == 0 ? interval.nanoseconds : nil,
            wallclockZone: zone,
            range: range,
            fill: fill
        )
        return (.gapFill(spec, source), wrapped)
    }

    static func isGapFillCall(_ expr: SQL.Expr) -> Bool {
        if case .function(let call) = SQLExprKey(expr).expr {
            let name = call.name.baseName.lowercased()
            return name == "date_bin_gapfill" || name == "date_bin_wallclock_gapfill"
        }
        return false
    }

    /// The bins' origin: the third argument, a constant timestamp (the epoch when absent), so the
    /// added bins line up with those `date_bin` gave the rows.
    private static func originNanoseconds(_ arguments: [PhysicalExpr]) throws(KernelError) -> Int64 {
        guard arguments.count > 2 else { return 0 }
        switch ConstantFolding.fold(arguments[2]) {
        case .literal(.timestamp(let nanoseconds)), .literal(.zonedTimestamp(let nanoseconds, _)),
            .literal(.integer(let nanoseconds)):
            return nanoseconds
        case .literal(.string(let text)):
            guard let nanoseconds = TimestampParsing.nanoseconds(text) else { fallthrough }
            return nanoseconds
        default:
            throw KernelError(
                .notImplemented, "This feature is not implemented: date_bin_gapfill with a non-constant origin")
        }
    }

    /// The WHERE clause's time bounds; both are required.
    private static func timeRange(_ input: LogicalPlan) throws(KernelError) -> TimeRange {
        var range = TimeRange.all
        if case .filter(let predicate, let below) = input {
            range = PlanRewriter.timeRange(of: predicate, schema: below.schema)
        }
        guard range.startNanoseconds != .min else {
            throw KernelError(.invalidInput, "Error during planning: gap-filling query is missing lower time bound")
        }
        guard range.endNanoseconds != .max else {
            throw KernelError(.invalidInput, "Error during planning: gap-filling query is missing upper time bound")
        }
        return range
    }
}

/// What the gap-fill node needs: which column is the binned time, which are the other group
/// keys, the bin width, the query's time range, and how each column is filled.
public struct GapFillSpec: Sendable, Hashable {
    public var timeColumn: Int
    public var keyColumns: [Int]
    public var strideNanoseconds: Int64
    /// The time bins are aligned to (`date_bin`'s origin; the epoch by default).
    public var originNanoseconds: Int64
    /// The stride when it has no days (decides repeated wall-clock times).
    public var subDayStride: Int64?
    /// `date_bin_wallclock_gapfill` of a non-UTC zoned time: bins follow this zone's wall clock.
    public var wallclockZone: TimeZoneRules?
    public var range: TimeRange
    public var fill: [GapFillStrategy]
}
