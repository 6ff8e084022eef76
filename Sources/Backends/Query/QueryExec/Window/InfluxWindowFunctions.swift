import Kernel

extension WindowPartition {
    /// `difference` (no `times`) and `derivative` over the partition in order: each non-null
    /// value against the previous non-null value; the first non-null value and NULLs give NULL.
    func difference(
        _ argument: RecordColumn?,
        times: RecordColumn?,
        unit: Double?,
        nonNegative: Bool,
        into results: inout [ScalarValue]
    ) {
        guard let argument else { return }
        var previous: (value: ScalarValue, time: Int64)?
        for position in range {
            let row = rows[position]
            let value = argument.scalar(at: row)
            guard !value.isNull else { continue }
            var time: Int64 = 0
            if let times, case .timestamp(let t) = times.scalar(at: row) { time = t }
            defer { previous = (value, time) }
            guard let last = previous else { continue }
            var result: ScalarValue
            if let unit {
                guard let current = MathFunctions.double(value), let before = MathFunctions.double(last.value) else {
                    continue
                }
                result = .float((current - before) / ((Double(time) - Double(last.time)) / unit))
            } else {
                result = Self.subtract(value, last.value)
            }
            if nonNegative, Self.isNegative(result) { result = .null }
            results[row] = result
        }
    }

    /// `a - b` in the input's type (integers wrap, as Arrow's `sub_wrapping`).
    static func subtract(_ a: ScalarValue, _ b: ScalarValue) -> ScalarValue {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): .integer(x &- y)
        case (.uinteger(let x), .uinteger(let y)): .uinteger(x &- y)
        case (.float(let x), .float(let y)): .float(x - y)
        default: .null
        }
    }

    static func isNegative(_ value: ScalarValue) -> Bool {
        switch value {
        case .integer(let v): v < 0
        case .float(let v): v < 0
        default: false
        }
    }
}
