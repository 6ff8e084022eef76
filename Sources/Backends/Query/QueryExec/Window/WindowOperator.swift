import Kernel

/// Computes window expressions: consumes its input, and for each window expression sorts the
/// rows by partition and order keys, evaluates the function per partition over its frames, and
/// appends one column per window expression to the input rows (in input order).
public final class WindowOperator: ExecutionOperator {
    private let input: any ExecutionOperator
    private let windows: [WindowExpr]
    public let fields: [Field]
    private var done = false

    public init(input: any ExecutionOperator, windows: [WindowExpr], fields: [Field]) {
        precondition(fields.count == input.fields.count + windows.count, "a field per input column and window")
        self.input = input
        self.windows = windows
        self.fields = fields
    }

    public func next() throws(KernelError) -> RecordBatch? {
        guard !done else { return nil }
        done = true
        let all = Concatenation.batches(try input.collect(), fields: input.fields)
        guard all.rowCount > 0 else { return nil }
        var columns = all.columns
        for (offset, window) in windows.enumerated() {
            let field = fields[input.fields.count + offset]
            let values = try Self.evaluate(window, all)
            try DecimalAggregates.checkOverflow(resultType: field.type, values)
            let typed = values.map { (try? Cast.scalar($0, to: field.type)) ?? .null }
            columns.append(ColumnBuild.fromScalars(typed, type: field.type).renamed(field.name))
        }
        return RecordBatch(columns: columns, rowCount: all.rowCount)
    }

    /// The window expression's value for every row of `batch`, in row order.
    static func evaluate(_ window: WindowExpr, _ batch: RecordBatch) throws(KernelError) -> [ScalarValue] {
        var partitionComparators: [(Int, Int) -> Int] = []
        for expression in window.partitionBy {
            let column = try ExpressionEvaluator.column(expression, batch, type: .string)
            partitionComparators.append(SortOperator.comparator(column, ascending: true, nullsFirst: false))
        }
        var orderComparators: [(Int, Int) -> Int] = []
        var orderColumns: [RecordColumn] = []
        for key in window.orderBy {
            let column = try ExpressionEvaluator.column(key.expression, batch, type: .string)
            orderColumns.append(column)
            orderComparators.append(
                SortOperator.comparator(column, ascending: key.ascending, nullsFirst: key.nullsFirst))
        }
        var rows = Array(0..<batch.rowCount)
        let all = partitionComparators + orderComparators
        rows.sortStable { left, right in
            for compare in all {
                let result = compare(left, right)
                if result != 0 { return result < 0 }
            }
            return false
        }
        let argument = try window.argument.map { (e) throws(KernelError) in
            try ExpressionEvaluator.column(e, batch, type: window.argumentType ?? .float)
        }
        let times = try window.secondArgument.map { (e) throws(KernelError) in
            try ExpressionEvaluator.column(e, batch, type: .time)
        }
        let keys = window.frame.units == .range ? orderColumns.first.map { Self.rangeKeys($0, window) } : nil
        var results = [ScalarValue](repeating: .null, count: batch.rowCount)
        var start = 0
        while start < rows.count {
            var end = start + 1
            while end < rows.count, partitionComparators.allSatisfy({ $0(rows[start], rows[end]) == 0 }) { end += 1 }
            let partition = WindowPartition(
                rows: rows, range: start..<end, peers: orderComparators, keys: keys)
            if case .difference(let nonNegative) = window.function {
                partition.difference(argument, times: nil, unit: nil, nonNegative: nonNegative, into: &results)
            } else if case .derivative(let unit, let nonNegative) = window.function {
                partition.difference(argument, times: times, unit: unit, nonNegative: nonNegative, into: &results)
            } else {
                try partition.evaluate(window, argument: argument, second: times, into: &results)
            }
            start = end
        }
        return results
    }

    /// The first order key as numbers for RANGE offsets (negated when descending), nil where NULL.
    /// Integers and times are taken relative to the first value so nanosecond times stay exact.
    private static func rangeKeys(_ column: RecordColumn, _ window: WindowExpr) -> [Double?] {
        let sign: Double = window.orderBy.first?.ascending == false ? -1 : 1
        var base: Int64?
        return (0..<column.count).map { row in
            switch column.scalar(at: row) {
            case .integer(let v), .timestamp(let v):
                let origin = base ?? v
                base = origin
                let (difference, overflow) = v.subtractingReportingOverflow(origin)
                return sign * (overflow ? Double(v) - Double(origin) : Double(difference))
            case .uinteger(let v): return sign * Double(v)
            case .float(let v): return sign * v
            default: return nil
            }
        }
    }
}
