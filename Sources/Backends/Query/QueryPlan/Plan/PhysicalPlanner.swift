import Kernel
import QueryExec

/// Turns an optimized logical plan into a tree of operators reading from the kernel's chunk source.
struct PhysicalPlanner {
    let chunks: any ChunkSource
    /// Set for `EXPLAIN`: records (and under `ANALYZE` meters) every operator made.
    var explain: PhysicalExplain? = nil

    func makeOperator(for plan: LogicalPlan) -> any ExecutionOperator {
        guard let explain else { return makeUnrecordedOperator(for: plan) }
        if case .alias = plan { return makeUnrecordedOperator(for: plan) }
        let mark = explain.mark
        return explain.record(makeUnrecordedOperator(for: plan), plan: plan, since: mark)
    }

    private func makeUnrecordedOperator(for plan: LogicalPlan) -> any ExecutionOperator {
        switch plan {
        case .scan(let scan):
            return scanOperator(scan, chunks: scanChunks(scan))
        case .values(let schema, let rows):
            return ValuesOperator(fields: schema.fields, rows: rows)
        case .filter(let predicate, let input):
            return FilterOperator(input: makeOperator(for: input), predicate: predicate)
        case .projection(let expressions, let schema, let input):
            return ProjectionOperator(input: makeOperator(for: input), expressions: expressions, fields: schema.fields)
        case .aggregate(let groups, let aggregates, let schema, let input):
            return HashAggregateOperator(
                input: makeOperator(for: input),
                groupExpressions: groups,
                aggregates: aggregates,
                fields: schema.fields
            )
        case .unnest(let lists, let schema, let input):
            return UnnestOperator(input: makeOperator(for: input), listColumns: lists, fields: schema.fields)
        case .window(let windows, let schema, let input):
            return WindowOperator(input: makeOperator(for: input), windows: windows, fields: schema.fields)
        case .sort(let keys, let fetch, let input):
            if let binned = binnedLimit(keys, fetch: fetch, input) { return binned }
            return SortOperator(input: makeOperator(for: input), keys: keys, fetch: fetch)
        case .limit(let skip, let fetch, let input):
            return LimitOperator(input: makeOperator(for: input), skip: skip, fetch: fetch)
        case .alias(_, let input):
            return makeOperator(for: input)
        case .distinctOn(let keys, .sort(let order, nil, let input)):
            return TopPerKeyOperator(input: makeOperator(for: input), keys: keys, order: order)
        case .distinctOn(let keys, let input):
            return FirstPerKeyOperator(input: makeOperator(for: input), keys: keys)
        case .gapFill(let spec, let input):
            return GapFillOperator(
                input: makeOperator(for: input),
                timeColumn: spec.timeColumn,
                keyColumns: spec.keyColumns,
                strideNanoseconds: spec.strideNanoseconds,
                originNanoseconds: spec.originNanoseconds,
                wallclock: spec.wallclockZone.map { ($0, spec.subDayStride) },
                range: spec.range,
                fill: spec.fill
            )
        case .join(let spec, let left, let right):
            return JoinOperator(
                left: makeOperator(for: left), right: makeOperator(for: right), type: spec.type,
                leftKeys: spec.leftKeys, rightKeys: spec.rightKeys, keyTypes: spec.keyTypes,
                filter: spec.filter, fields: spec.schema.fields)
        case .union(let inputs, let schema):
            return UnionOperator(inputs: inputs.map { makeOperator(for: $0) }, fields: schema.fields)
        case .setOperation(let kind, let all, let schema, let left, let right):
            return SetOperationOperator(
                left: makeOperator(for: left), right: makeOperator(for: right), kind: kind, all: all,
                fields: schema.fields)
        }
    }
}

extension PhysicalPlanner {
    func scanChunks(_ scan: TableScan) -> [ScanChunk] {
        chunks.scanChunks(database: scan.database, table: scan.table, timeRange: scan.timeRange)
    }

    func scanOperator(_ scan: TableScan, chunks scanned: [ScanChunk]) -> ScanOperator {
        // Conjuncts on tags only first: they are cheap (one test per dictionary entry) and
        // usually the most selective, so the others run on few rows.
        let tagColumns = Set(scan.schema.columns.indices.filter { scan.schema.columns[$0].type == .tag })
        let ordered =
            scan.filters.filter { Set(ProjectionPushdown.references($0)).isSubset(of: tagColumns) }
            + scan.filters.filter { !Set(ProjectionPushdown.references($0)).isSubset(of: tagColumns) }
        return ScanOperator(chunks: scanned, fields: scan.schema.fields, timeRange: scan.timeRange, predicates: ordered)
    }

    /// `GROUP BY date_bin(stride, time) ORDER BY 1 [DESC] LIMIT n` straight over a scan: the
    /// scan reads chunks nearest first and stops once the first n bins are settled
    /// (`BinnedLimitOperator`); nil when the plan has another shape.
    func binnedLimit(_ keys: [SortKey], fetch: Int?, _ input: LogicalPlan) -> (any ExecutionOperator)? {
        guard let fetch, keys.count == 1,
            case .projection(
                let expressions, let projected, .aggregate(let groups, let aggregates, let grouped, .scan(let scan))) =
                input,
            groups.count == 1, case .column(let output) = keys[0].expression, expressions.indices.contains(output),
            expressions[output] == .column(0),
            case .function(.dateBin, let arguments) = groups[0], arguments.count >= 2,
            case .column(let timeField) = arguments[1], scan.schema.columns.indices.contains(timeField),
            scan.schema.columns[timeField].type == .time,
            arguments.enumerated().allSatisfy({ $0.offset == 1 || $0.element.referencedColumns.isEmpty })
        else { return nil }
        let scanned = BinnedLimitOperator(
            chunks: scanChunks(scan), fields: scan.schema.fields, bin: groups[0], timeField: timeField, limit: fetch,
            descending: !keys[0].ascending, makeScan: { scanOperator(scan, chunks: $0) })
        let aggregate = HashAggregateOperator(
            input: scanned, groupExpressions: groups, aggregates: aggregates, fields: grouped.fields)
        let projection = ProjectionOperator(input: aggregate, expressions: expressions, fields: projected.fields)
        return SortOperator(input: projection, keys: keys, fetch: fetch)
    }
}
