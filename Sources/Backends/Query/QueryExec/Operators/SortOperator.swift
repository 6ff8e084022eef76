import Kernel

/// One `ORDER BY` key.
public struct SortKey: Sendable, Hashable {
    public var expression: PhysicalExpr
    public var ascending: Bool
    /// Where NULLs go; SQL's default is last for ascending, first for descending.
    public var nullsFirst: Bool

    public init(expression: PhysicalExpr, ascending: Bool = true, nullsFirst: Bool? = nil) {
        self.expression = expression
        self.ascending = ascending
        self.nullsFirst = nullsFirst ?? !ascending
    }
}

/// Sorts its whole input (a stable sort, so ties keep input order); with `fetch` it returns only
/// the first rows (top-k).
public final class SortOperator: ExecutionOperator {
    private let input: any ExecutionOperator
    private let keys: [SortKey]
    private let fetch: Int?
    private var done = false
    public var fields: [Field] { input.fields }

    public init(input: any ExecutionOperator, keys: [SortKey], fetch: Int? = nil) {
        self.input = input
        self.keys = keys
        self.fetch = fetch
    }

    public func next() throws(KernelError) -> RecordBatch? {
        guard !done else { return nil }
        done = true
        let all = Concatenation.batches(try input.collect(), fields: fields)
        guard all.rowCount > 0 else { return nil }
        var comparators: [(Int, Int) -> Int] = []
        for key in keys {
            let column = try ExpressionEvaluator.column(key.expression, all, type: .string)
            comparators.append(Self.comparator(column, ascending: key.ascending, nullsFirst: key.nullsFirst))
        }
        var order = Array(0..<all.rowCount)
        order.sortStable { left, right in
            for compare in comparators {
                let result = compare(left, right)
                if result != 0 { return result < 0 }
            }
            return false
        }
        if let fetch, order.count > fetch { order.removeLast(order.count - fetch) }
        return all.take(order)
    }

    /// A three-way comparison of two rows of `column` in the requested direction and null placement.
    static func comparator(_ column: RecordColumn, ascending: Bool, nullsFirst: Bool) -> (Int, Int) -> Int {
        let direction = ascending ? 1 : -1
        let valid = column.validity
        let compareValues: (Int, Int) -> Int
        switch column.values {
        case .tag(let dictionary, let codes):
            let ranks = Self.ranks(dictionary)
            compareValues = { Comparison.compare(ranks[Int(max(codes[$0], 0))], ranks[Int(max(codes[$1], 0))]) }
        case .time(let v), .integer(let v): compareValues = { Comparison.compare(v[$0], v[$1]) }
        case .uinteger(let v): compareValues = { Comparison.compare(v[$0], v[$1]) }
        case .float(let v): compareValues = { Comparison.compareFloats(v[$0], v[$1]) }
        case .string(let v): compareValues = { Comparison.compare(v[$0], v[$1]) }
        case .boolean(let v): compareValues = { Comparison.compare(v[$0] ? 1 : 0, v[$1] ? 1 : 0) }
        case .date(let v): compareValues = { Comparison.compare(v[$0], v[$1]) }
        case .decimal(let v): compareValues = { Comparison.compare(v[$0], v[$1]) }
        case .interval, .binary, .structure, .list:
            // NULLs inside a value go where NULL rows go.
            let nullsGreatest = direction * (nullsFirst ? -1 : 1) > 0
            compareValues = {
                ScalarOrder.compare(column.scalar(at: $0), column.scalar(at: $1), nullsGreatest: nullsGreatest)
            }
        }
        return { left, right in
            switch (valid[left], valid[right]) {
            case (false, false): return 0
            case (false, true): return nullsFirst ? -1 : 1
            case (true, false): return nullsFirst ? 1 : -1
            case (true, true): return direction * compareValues(left, right)
            }
        }
    }

    /// The rank of each dictionary entry in sorted order (an empty dictionary still has rank 0).
    static func ranks(_ dictionary: [String]) -> [Int] {
        var ranks = [Int](repeating: 0, count: max(dictionary.count, 1))
        for (rank, index) in dictionary.indices.sorted(by: { dictionary[$0] < dictionary[$1] }).enumerated() {
            ranks[index] = rank
        }
        return ranks
    }
}

extension Array {
    /// A stable merge sort (the standard library's sort is not guaranteed stable).
    mutating func sortStable(by areInIncreasingOrder: (Element, Element) -> Bool) {
        guard count > 1 else { return }
        var buffer = self
        var width = 1
        while width < count {
            var start = 0
            while start < count {
                let middle = Swift.min(start + width, count)
                let end = Swift.min(start + 2 * width, count)
                var left = start
                var right = middle
                var out = start
                while left < middle && right < end {
                    if areInIncreasingOrder(self[right], self[left]) {
                        buffer[out] = self[right]
                        right += 1
                    } else {
                        buffer[out] = self[left]
                        left += 1
                    }
                    out += 1
                }
                while left < middle {
                    buffer[out] = self[left]
                    left += 1
                    out += 1
                }
                while right < end {
                    buffer[out] = self[right]
                    right += 1
                    out += 1
                }
                start += 2 * width
            }
            swap(&self, &buffer)
            width *= 2
        }
    }
}
