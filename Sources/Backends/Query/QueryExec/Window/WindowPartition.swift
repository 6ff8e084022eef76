import Kernel

/// One partition of a window computation: positions `range` of the sorted row order, its peer
/// groups (rows equal on every order key) and frame boundaries.
struct WindowPartition {
    let rows: [Int]
    let range: Range<Int>
    /// Start (inclusive) and end (exclusive) position of each position's peer group.
    private(set) var peerStart: [Int] = []
    private(set) var peerEnd: [Int] = []
    /// The peer group number of each position within the partition, and each group's start.
    private(set) var group: [Int] = []
    private(set) var groupStarts: [Int] = []
    let keys: [Double?]?

    init(rows: [Int], range: Range<Int>, peers: [(Int, Int) -> Int], keys: [Double?]?) {
        self.rows = rows
        self.range = range
        self.keys = keys
        var position = range.lowerBound
        while position < range.upperBound {
            var end = position + 1
            while end < range.upperBound, peers.allSatisfy({ $0(rows[position], rows[end]) == 0 }) { end += 1 }
            groupStarts.append(position)
            for _ in position..<end {
                peerStart.append(position)
                peerEnd.append(end)
                group.append(groupStarts.count - 1)
            }
            position = end
        }
    }

    /// Index into the per-position arrays.
    private func local(_ position: Int) -> Int { position - range.lowerBound }

    func evaluate(
        _ window: WindowExpr, argument: RecordColumn?, second: RecordColumn?, into results: inout [ScalarValue]
    )
        throws(KernelError)
    {
        let count = range.count
        let value: (Int) -> ScalarValue = { position in argument?.scalar(at: rows[position]) ?? .null }
        switch window.function {
        case .aggregate(let function, let distinct):
            aggregate(window, function, distinct: distinct, inputs: (argument, second), into: &results)
            return
        default: break
        }
        for position in range {
            let index = local(position)
            let rank = peerStart[index] - range.lowerBound + 1
            let result: ScalarValue
            switch window.function {
            case .rowNumber: result = .uinteger(UInt64(index + 1))
            case .rank: result = .uinteger(UInt64(rank))
            case .denseRank: result = .uinteger(UInt64(group[index] + 1))
            case .percentRank: result = .float(count <= 1 ? 0 : Double(rank - 1) / Double(count - 1))
            case .cumeDist: result = .float(Double(peerEnd[index] - range.lowerBound) / Double(count))
            case .ntile(let buckets): result = .uinteger(Self.ntile(index, count: count, buckets: Int(buckets)))
            case .lag(let offset, let fallback), .lead(let offset, let fallback):
                let isLag = if case .lag = window.function { true } else { false }
                let target = shifted(
                    position, by: Int(clamping: offset), backwards: isLag, ignoringNulls: window.ignoresNulls,
                    value: value)
                result = target.map(value) ?? fallback
            case .firstValue, .lastValue, .nthValue:
                let frame = self.frame(window.frame, at: position)
                result = Self.pick(window.function, frame: frame, ignoringNulls: window.ignoresNulls, value: value)
            case .aggregate, .difference, .derivative: result = .null
            }
            results[rows[position]] = result
        }
    }

    /// first/last/nth_value of a frame; with IGNORE NULLS the scan stops at the value found.
    private static func pick(
        _ function: WindowFunction, frame: Range<Int>, ignoringNulls: Bool, value: (Int) -> ScalarValue
    ) -> ScalarValue {
        guard !frame.isEmpty else { return .null }
        switch function {
        case .firstValue:
            guard ignoringNulls else { return value(frame.lowerBound) }
            return frame.lazy.map(value).first { !$0.isNull } ?? .null
        case .lastValue:
            guard ignoringNulls else { return value(frame.upperBound - 1) }
            return frame.reversed().lazy.map(value).first { !$0.isNull } ?? .null
        case .nthValue(let n):
            guard n >= 1 else { return .null }
            guard ignoringNulls else { return n <= frame.count ? value(frame.lowerBound + Int(n) - 1) : .null }
            var seen: Int64 = 0
            for position in frame {
                let candidate = value(position)
                if !candidate.isNull { seen += 1 }
                if seen == n, !candidate.isNull { return candidate }
            }
            return .null
        default: return .null
        }
    }

    /// The position `offset` rows before/after `position` in the partition (counting only
    /// non-null values when ignoring nulls), or nil outside the partition.
    private func shifted(
        _ position: Int, by offset: Int, backwards: Bool, ignoringNulls: Bool, value: (Int) -> ScalarValue
    ) -> Int? {
        guard ignoringNulls, offset > 0 else {
            let (target, overflow) =
                backwards
                ? position.subtractingReportingOverflow(offset) : position.addingReportingOverflow(offset)
            return !overflow && range.contains(target) ? target : nil
        }
        var remaining = offset
        var current = position
        while remaining > 0 {
            current += backwards ? -1 : 1
            guard range.contains(current) else { return nil }
            if !value(current).isNull { remaining -= 1 }
        }
        return current
    }

    /// Adds one row to a single-group accumulator (two-argument aggregates read `inputs.1`).
    private static func feed(
        _ accumulator: inout AggregateAccumulator, _ inputs: (RecordColumn?, RecordColumn?), row: Int
    ) {
        if accumulator.isSpecial {
            accumulator.addSpecial(group: 0, column: inputs.0, second: inputs.1, keys: [], row: row)
        } else {
            accumulator.add(group: 0, column: inputs.0, row: row)
        }
    }

    /// DataFusion's ntile: the first `count % buckets` buckets hold one row more.
    static func ntile(_ index: Int, count: Int, buckets: Int) -> UInt64 {
        guard buckets > 0, buckets < count else { return UInt64(index + 1) }
        let base = count / buckets
        let extra = count % buckets
        let large = extra * (base + 1)
        let bucket = index < large ? index / (base + 1) : extra + (index - large) / base
        return UInt64(bucket + 1)
    }

    private func aggregate(
        _ window: WindowExpr,
        _ function: AggregateFunction,
        distinct: Bool,
        inputs: (RecordColumn?, RecordColumn?),
        into results: inout [ScalarValue]
    ) {
        var expr = AggregateExpr(
            function: function, argument: window.argument, argumentType: window.argumentType,
            distinct: distinct || function == .approxDistinct)
        expr.parameter = window.parameter
        expr.digestMaxSize = window.digestMaxSize
        expr.ignoresNulls = window.ignoresNulls
        if window.frame.start == .unboundedPreceding,
            let quantile = Self.digestQuantile(function, distinct: distinct, window)
        {
            if function == .approxPercentileContWithWeight {
                growingWeightedDigest(window, quantile: quantile, inputs: inputs, into: &results)
            } else {
                growingDigest(window, quantile: quantile, argument: inputs.0, into: &results)
            }
            return
        }
        if window.frame.start == .unboundedPreceding {
            // Frames only grow: feed rows as the frame end advances.
            var accumulator = AggregateAccumulator(expr)
            accumulator.addGroup()
            var added = range.lowerBound
            for position in range {
                let frame = self.frame(window.frame, at: position)
                while added < frame.upperBound {
                    Self.feed(&accumulator, inputs, row: rows[added])
                    added += 1
                }
                results[rows[position]] = accumulator.result(0)
            }
            return
        }
        if Self.slides(function, distinct: distinct) {
            slidingAggregate(window, function, argument: inputs.0, into: &results)
            return
        }
        for position in range {
            var accumulator = AggregateAccumulator(expr)
            accumulator.addGroup()
            for member in self.frame(window.frame, at: position) {
                Self.feed(&accumulator, inputs, row: rows[member])
            }
            results[rows[position]] = accumulator.result(0)
        }
    }
}
