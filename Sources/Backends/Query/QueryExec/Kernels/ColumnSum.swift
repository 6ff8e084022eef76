/// Sums of whole columns in eight independent lanes, added together at the end: the additions
/// of one lane do not wait for each other, so the loop runs at the machine's vector width
/// instead of one floating-point addition latency per value. (Like Arrow's sum kernel, whose
/// result DataFusion returns, the order of additions is not the row order.)
enum ColumnSum {
    static func floats(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { buffer in
            var lanes = SIMD8<Double>(repeating: 0)
            let whole = buffer.count / 8 * 8
            var index = 0
            while index < whole {
                lanes += SIMD8(
                    buffer[index], buffer[index + 1], buffer[index + 2], buffer[index + 3],
                    buffer[index + 4], buffer[index + 5], buffer[index + 6], buffer[index + 7])
                index += 8
            }
            var total = lanes.sum()
            while index < buffer.count {
                total += buffer[index]
                index += 1
            }
            return total
        }
    }

    /// The wrapping sum (Int64 overflow wraps, as DataFusion's does).
    static func integers(_ values: [Int64]) -> Int64 {
        values.withUnsafeBufferPointer { buffer in
            var lanes = SIMD8<Int64>(repeating: 0)
            let whole = buffer.count / 8 * 8
            var index = 0
            while index < whole {
                lanes &+= SIMD8(
                    buffer[index], buffer[index + 1], buffer[index + 2], buffer[index + 3],
                    buffer[index + 4], buffer[index + 5], buffer[index + 6], buffer[index + 7])
                index += 8
            }
            var total = lanes.wrappedSum()
            while index < buffer.count {
                total &+= buffer[index]
                index += 1
            }
            return total
        }
    }

    /// The sum of the values converted to Float64 one by one (for `avg`, which must not wrap).
    static func integersAsFloats(_ values: [Int64]) -> Double {
        values.withUnsafeBufferPointer { buffer in
            var lanes = SIMD8<Double>(repeating: 0)
            let whole = buffer.count / 8 * 8
            var index = 0
            while index < whole {
                lanes += SIMD8<Double>(
                    Double(buffer[index]), Double(buffer[index + 1]), Double(buffer[index + 2]),
                    Double(buffer[index + 3]), Double(buffer[index + 4]), Double(buffer[index + 5]),
                    Double(buffer[index + 6]), Double(buffer[index + 7]))
                index += 8
            }
            var total = lanes.sum()
            while index < buffer.count {
                total += Double(buffer[index])
                index += 1
            }
            return total
        }
    }
}
