import Kernel

/// Co-moments of `(y, x)` pairs, updated online (Welford) as DataFusion's covariance and
/// regression accumulators do.
struct PairStatistics {
    var count: Int64 = 0
    var meanX = 0.0
    var meanY = 0.0
    var m2X = 0.0
    var m2Y = 0.0
    var coMoment = 0.0

    mutating func add(y: Double, x: Double) {
        count += 1
        let n = Double(count)
        let deltaX = x - meanX
        let deltaY = y - meanY
        meanX += deltaX / n
        meanY += deltaY / n
        m2X += deltaX * (x - meanX)
        m2Y += deltaY * (y - meanY)
        coMoment += deltaX * (y - meanY)
    }

    func result(_ function: AggregateFunction) -> ScalarValue {
        let n = Double(count)
        switch function {
        case .regrCount: return .uinteger(UInt64(count))
        case .covarPop: return count > 0 ? .float(coMoment / n) : .null
        case .covarSamp: return count > 1 ? .float(coMoment / (n - 1)) : .null
        case .corr:
            guard count > 1, m2X > 0, m2Y > 0 else { return .null }
            return .float(coMoment / (m2X * m2Y).squareRoot())
        case .regrAvgx: return count > 0 ? .float(meanX) : .null
        case .regrAvgy: return count > 0 ? .float(meanY) : .null
        case .regrSxx: return count > 0 ? .float(m2X) : .null
        case .regrSyy: return count > 0 ? .float(m2Y) : .null
        case .regrSxy: return count > 0 ? .float(coMoment) : .null
        case .regrSlope:
            guard count > 1, m2X != 0 else { return .null }
            return .float(coMoment / m2X)
        case .regrIntercept:
            guard count > 1, m2X != 0 else { return .null }
            return .float(meanY - coMoment / m2X * meanX)
        case .regrR2:
            guard count > 1, m2X != 0 else { return .null }
            if m2Y == 0 { return .float(1) }
            return .float(coMoment * coMoment / (m2X * m2Y))
        default: return .null
        }
    }
}

extension AggregateAccumulator {
    /// Whether `addSpecial` feeds this aggregate instead of `add`.
    var isSpecial: Bool {
        switch expr.function {
        case .firstValue, .lastValue, .arrayAgg, .approxMedian, .nthValue, .percentileCont, .anyValue: true
        default: expr.function.takesTwoArguments
        }
    }

    mutating func addSpecialGroup() {
        if expr.function.takesTwoArguments { pairs.append(PairStatistics()) }
        picks.append(nil)
        texts.append(nil)
        if [
            .arrayAgg, .approxMedian, .approxPercentileCont, .nthValue, .approxPercentileContWithWeight,
            .percentileCont,
        ]
        .contains(expr.function)
            || (expr.function == .stringAgg && !expr.ordering.isEmpty)
        {
            listItems.append([])
        }
    }

    /// Adds row `row` to group `group` for first/last_value (NULLs respected, `keys` the
    /// ordering's values), string_agg and the two-argument statistics.
    mutating func addSpecial(group: Int, column: RecordColumn?, second: RecordColumn?, keys: [ScalarValue], row: Int) {
        let value = column?.scalar(at: row) ?? .null
        // DataFusion's approx_percentile_cont, first_value and last_value accumulators ignore DISTINCT.
        if expr.distinct, ![.approxPercentileCont, .firstValue, .lastValue].contains(expr.function),
            !distinctSeen.isEmpty,
            !distinctSeen[group].insert(value).inserted
        {
            return
        }
        switch expr.function {
        case .anyValue:
            if picks[group] == nil, !value.isNull { picks[group] = (value, []) }
        case .firstValue, .lastValue:
            if expr.ignoresNulls, value.isNull { return }
            if let current = picks[group] {
                let order = Self.compare(keys, current.key, expr.ordering)
                guard expr.function == .firstValue ? order < 0 : order >= 0 else { return }
            }
            picks[group] = (value, keys)
        case .arrayAgg, .nthValue:
            if expr.ignoresNulls, value.isNull { return }
            listItems[group].append((value, keys))
        case .approxMedian, .approxPercentileCont, .percentileCont:
            guard !value.isNull else { return }
            if case .float(let p) = second?.scalar(at: row) { percentile = p }
            listItems[group].append((value, []))
        case .approxPercentileContWithWeight:
            guard !value.isNull, let weight = second?.scalar(at: row), !weight.isNull else { return }
            listItems[group].append((value, [weight]))
        case .selectorFirst, .selectorLast, .selectorMin, .selectorMax:
            addSelected(group: group, value: value, time: second?.scalar(at: row) ?? .null)
        case .stringAgg:
            guard !value.isNull else { return }
            let text = ValueText.render(value)
            let delimiter = second.map { ValueText.render($0.scalar(at: row)) } ?? ""
            if !expr.ordering.isEmpty {
                self.delimiter = delimiter
                listItems[group].append((.string(text), keys))
                return
            }
            texts[group] = texts[group].map { $0 + delimiter + text } ?? text
        default:
            guard let y = MathFunctions.double(value), let second, let x = MathFunctions.double(second.scalar(at: row))
            else { return }
            pairs[group].add(y: y, x: x)
        }
    }

    func specialResult(_ group: Int) -> ScalarValue {
        switch expr.function {
        case .firstValue, .lastValue, .anyValue: return picks[group]?.value ?? .null
        case .percentileCont:
            guard case .float(let p) = expr.parameter else { return .null }
            let values = listItems[group].compactMap { MathFunctions.double($0.value) }
            return ExactPercentile.value(values, p).map(ScalarValue.float) ?? .null
        case .stringAgg:
            guard !expr.ordering.isEmpty else { return texts[group].map { .string($0) } ?? .null }
            guard !listItems[group].isEmpty else { return .null }
            var items = listItems[group]
            items.sortStable { Self.compare($0.key, $1.key, expr.ordering) < 0 }
            return .string(items.map { ValueText.render($0.value) }.joined(separator: delimiter))
        case .approxMedian, .approxPercentileCont:
            let values = listItems[group].compactMap { MathFunctions.double($0.value) }
            let digest = TDigest.of(values, maxSize: expr.digestMaxSize)
            let p = if case .float(let p) = expr.parameter { p } else { percentile }
            let estimate = digest.quantile(expr.function == .approxMedian ? 0.5 : p)
            return estimate.map(ScalarValue.float) ?? .null
        case .arrayAgg:
            guard !listItems[group].isEmpty else { return .null }
            let ordering = expr.ordering
            var items = listItems[group]
            if !ordering.isEmpty { items.sortStable { Self.compare($0.key, $1.key, ordering) < 0 } }
            return .list(ScalarValues(items.map(\.value)))
        case .approxPercentileContWithWeight:
            let weighted = listItems[group].compactMap { item -> (Double, Double)? in
                guard let x = MathFunctions.double(item.value), let w = item.key.first.flatMap(MathFunctions.double)
                else { return nil }
                return (x, w)
            }
            guard case .float(let p) = expr.parameter else { return .null }
            return TDigest.weighted(weighted, maxSize: expr.digestMaxSize).quantile(p).map(ScalarValue.float) ?? .null
        case .nthValue:
            guard case .integer(let n) = expr.parameter, n != 0, UInt64(listItems[group].count) >= n.magnitude else {
                return .null
            }
            var items = listItems[group]
            if !expr.ordering.isEmpty { items.sortStable { Self.compare($0.key, $1.key, expr.ordering) < 0 } }
            return items[n > 0 ? Int(n) - 1 : items.count + Int(n)].value
        case .selectorFirst, .selectorLast, .selectorMin, .selectorMax:
            // An empty group still gives a struct, of two nulls (IOx's `make_struct_scalar`).
            return .structure([picks[group]?.value ?? .null, picks[group]?.key.first ?? .null])
        default: return pairs[group].result(expr.function)
        }
    }

    /// Three-way comparison of two ordering tuples under the sort keys' directions.
    static func compare(_ a: [ScalarValue], _ b: [ScalarValue], _ ordering: [SortKey]) -> Int {
        for (index, key) in ordering.enumerated() where index < a.count && index < b.count {
            let result: Int
            switch (a[index].isNull, b[index].isNull) {
            case (true, true): result = 0
            case (true, false): result = key.nullsFirst ? -1 : 1
            case (false, true): result = key.nullsFirst ? 1 : -1
            case (false, false): result = (key.ascending ? 1 : -1) * order(a[index], b[index])
            }
            if result != 0 { return result }
        }
        return 0
    }
}

extension AggregateAccumulator {
    /// One row into an IOx selector (`picks[group]` holds the value and `[time]`), as IOx's
    /// `Selector` decides over a batch, rows taken in input order. Rows with a NULL value never
    /// count.
    ///
    /// | selector | replaces the pick when | on a tie |
    /// |---|---|---|
    /// | `selector_first` | its time is earlier (NULL times never count) | the first row seen stays |
    /// | `selector_last` | its time is later (NULL times never count) | the first row seen stays |
    /// | `selector_min` | its value is smaller | equal value: the earlier non-NULL time wins |
    /// | `selector_max` | its value is larger | equal value: the earlier non-NULL time wins |
    mutating func addSelected(group: Int, value: ScalarValue, time: ScalarValue) {
        guard !value.isNull else { return }
        guard let current = picks[group] else {
            if time.isNull, expr.function == .selectorFirst || expr.function == .selectorLast { return }
            picks[group] = (value, [time])
            return
        }
        let currentTime = current.key.first ?? .null
        let timeOrder = time.isNull ? 0 : (currentTime.isNull ? -1 : Self.order(time, currentTime))
        switch expr.function {
        case .selectorFirst:
            if !time.isNull, timeOrder < 0 { picks[group] = (value, [time]) }
        case .selectorLast:
            if !time.isNull, timeOrder > 0 { picks[group] = (value, [time]) }
        default:
            let valueOrder = Self.order(value, current.value)
            let better = expr.function == .selectorMin ? valueOrder < 0 : valueOrder > 0
            if better || (valueOrder == 0 && !time.isNull && timeOrder < 0) { picks[group] = (value, [time]) }
        }
    }
}

extension AggregateAccumulator {
    /// Folds one integer into a bit_and/bit_or/bit_xor group.
    mutating func addBits(group: Int, value: ScalarValue) {
        let function = expr.function
        func fold<T: FixedWidthInteger>(_ a: T, _ b: T) -> T {
            function == .bitAnd ? a & b : function == .bitOr ? a | b : a ^ b
        }
        switch (extremes[group], value) {
        case (.null, _): extremes[group] = value
        case (.integer(let a), .integer(let b)): extremes[group] = .integer(fold(a, b))
        case (.uinteger(let a), .uinteger(let b)): extremes[group] = .uinteger(fold(a, b))
        default: break
        }
    }
}

/// Converts numeric scalars to Float64 (median's result type).
enum MathFunctionsBridge {
    static func asFloat(_ value: ScalarValue) -> ScalarValue {
        switch value {
        case .integer(let v): .float(Double(v))
        case .uinteger(let v): .float(Double(v))
        default: value
        }
    }
}
