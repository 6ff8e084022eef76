import Kernel

/// Running totals for `sum`/`count`/`avg` over a moving frame: rows are added as the frame end
/// advances and retracted as its start advances (DataFusion's sliding accumulators), so a moving
/// window costs O(rows) instead of O(rows × frame).
struct SlidingTotals {
    var count: Int64 = 0
    var sum = 0.0
    var integerSum: Int64 = 0
    var unsignedSum: UInt64 = 0
    var decimalSum: Int128 = 0

    mutating func update(_ column: RecordColumn?, row: Int, sign: Int64) {
        guard let column else {
            count += sign
            return
        }
        guard column.validity[row] else { return }
        count += sign
        switch column.values {
        case .integer(let v):
            integerSum = sign > 0 ? integerSum &+ v[row] : integerSum &- v[row]
            sum += Double(sign) * Double(v[row])
        case .uinteger(let v):
            unsignedSum = sign > 0 ? unsignedSum &+ v[row] : unsignedSum &- v[row]
            sum += Double(sign) * Double(v[row])
        case .float(let v): sum += sign > 0 ? v[row] : -v[row]
        case .decimal(let v): decimalSum = sign > 0 ? decimalSum &+ v[row] : decimalSum &- v[row]
        default: break
        }
    }

    func result(_ function: AggregateFunction, argumentType: ValueType?) -> ScalarValue {
        if case .decimal(let input)? = argumentType, function == .sum || function == .avg {
            return DecimalAggregates.result(function, input, sum: decimalSum, count: count)
        }
        switch function {
        case .count: return .integer(count)
        case .avg: return count > 0 ? .float(sum / Double(count)) : .null
        default:
            guard count > 0 else { return .null }
            switch argumentType?.storage {
            case .integer: return .integer(integerSum)
            case .uinteger: return .uinteger(unsignedSum)
            default: return .float(sum)
            }
        }
    }
}

extension WindowPartition {
    /// Whether `slidingAggregate` can compute the function.
    static func slides(_ function: AggregateFunction, distinct: Bool) -> Bool {
        !distinct && (function == .sum || function == .count || function == .avg)
    }

    func slidingAggregate(
        _ window: WindowExpr, _ function: AggregateFunction, argument: RecordColumn?,
        into results: inout [ScalarValue]
    ) {
        var totals = SlidingTotals()
        var lower = range.lowerBound
        var upper = range.lowerBound
        for position in range {
            let frame = self.frame(window.frame, at: position)
            if frame.lowerBound >= upper {
                totals = SlidingTotals()
                lower = frame.lowerBound
                upper = frame.lowerBound
            }
            while upper < frame.upperBound {
                totals.update(argument, row: rows[upper], sign: 1)
                upper += 1
            }
            while lower < frame.lowerBound {
                totals.update(argument, row: rows[lower], sign: -1)
                lower += 1
            }
            results[rows[position]] = totals.result(function, argumentType: window.argumentType)
        }
    }
}
