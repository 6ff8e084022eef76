import Kernel

/// GROUP BY by hashing: consumes its input, assigns each distinct key (the group expressions'
/// values) a group number in order of first appearance, feeds the aggregates, and returns one
/// row per group: the key columns, then the aggregates. Without group expressions it returns
/// exactly one row, even for an empty input (`count(*)` is 0 there).
public final class HashAggregateOperator: ExecutionOperator {
    private let input: any ExecutionOperator
    private let groupExpressions: [PhysicalExpr]
    private let aggregates: [AggregateExpr]
    public let fields: [Field]
    private var done = false
    /// Groups beyond this many are refused rather than exhausting memory.
    public static let maxGroups = 10_000_000

    public init(
        input: any ExecutionOperator, groupExpressions: [PhysicalExpr], aggregates: [AggregateExpr], fields: [Field]
    ) {
        precondition(fields.count == groupExpressions.count + aggregates.count, "a field per key and aggregate")
        self.input = input
        self.groupExpressions = groupExpressions
        self.aggregates = aggregates
        self.fields = fields
    }

    public func next() throws(KernelError) -> RecordBatch? {
        guard !done else { return nil }
        done = true
        var table = GroupKeyTable(maxGroups: Self.maxGroups)
        var accumulators = aggregates.map(AggregateAccumulator.init)
        if groupExpressions.isEmpty {
            for index in accumulators.indices { accumulators[index].addGroup() }
        }
        while let batch = try input.next() {
            try consume(batch, table: &table, accumulators: &accumulators)
        }
        let groupCount = groupExpressions.isEmpty ? 1 : table.count
        var columns: [RecordColumn] = []
        for index in groupExpressions.indices {
            let values = table.keys.map { $0[index] }
            columns.append(ColumnBuild.fromScalars(values, type: fields[index].type).renamed(fields[index].name))
        }
        for (offset, accumulator) in accumulators.enumerated() {
            let field = fields[groupExpressions.count + offset]
            let values = (0..<groupCount).map { accumulator.result($0) }
            try DecimalAggregates.checkOverflow(accumulator.expr, values)
            columns.append(ColumnBuild.fromScalars(values, type: field.type).renamed(field.name))
        }
        return RecordBatch(columns: columns, rowCount: groupCount)
    }

    private func consume(
        _ batch: RecordBatch,
        table: inout GroupKeyTable,
        accumulators: inout [AggregateAccumulator]
    ) throws(KernelError) {
        var keyColumns: [RecordColumn] = []
        for (index, expression) in groupExpressions.enumerated() {
            keyColumns.append(try ExpressionEvaluator.column(expression, batch, type: fields[index].type))
        }
        let groupsBefore = table.count
        // Ungrouped: every row is in group 0 (built only if an aggregate needs per-row ids).
        let ids: [Int] = keyColumns.isEmpty ? [] : try table.groupIDs(keyColumns, rowCount: batch.rowCount)
        for _ in groupsBefore..<table.count {
            for index in accumulators.indices { accumulators[index].addGroup() }
        }
        for (index, aggregate) in aggregates.enumerated() {
            let input = try AggregateInputs(aggregate, batch)
            if keyColumns.isEmpty, input.filter == nil, !aggregate.distinct,
                accumulators[index].addUngrouped(rowCount: batch.rowCount, column: input.argument)
            {
                continue  // one group, every row: whole-column paths, no per-row group ids
            }
            var rowIDs = keyColumns.isEmpty ? [Int](repeating: 0, count: batch.rowCount) : ids
            if let filter = input.filter {
                for row in 0..<batch.rowCount where !(filter.validity[row] && filter.scalar(at: row) == .boolean(true))
                {
                    rowIDs[row] = -1
                }
            }
            if accumulators[index].isSpecial {
                for (row, group) in rowIDs.enumerated() where group >= 0 {
                    accumulators[index].addSpecial(
                        group: group, column: input.argument, second: input.second,
                        keys: input.keys.map { $0.scalar(at: row) }, row: row)
                }
            } else {
                accumulators[index].add(groups: rowIDs, column: input.argument)
            }
        }
    }
}

/// The evaluated inputs of one aggregate over one batch.
struct AggregateInputs {
    var argument: RecordColumn?
    var second: RecordColumn?
    var filter: RecordColumn?
    var keys: [RecordColumn] = []

    init(_ aggregate: AggregateExpr, _ batch: RecordBatch) throws(KernelError) {
        argument = try aggregate.argument.map { (e) throws(KernelError) in
            try ExpressionEvaluator.column(e, batch, type: aggregate.argumentType ?? .float)
        }
        second = try aggregate.secondArgument.map { (e) throws(KernelError) in
            try ExpressionEvaluator.column(e, batch, type: .float)
        }
        filter = try aggregate.filter.map { (e) throws(KernelError) in
            try ExpressionEvaluator.column(e, batch, type: .boolean)
        }
        for key in aggregate.ordering {
            keys.append(try ExpressionEvaluator.column(key.expression, batch, type: .string))
        }
    }
}
