/// The Arrow numeric types narrower than the stored Int64/UInt64/Float64 (DataFusion types
/// `length()` as Int32, `CAST(x AS FLOAT)` as Float32, ...). Their values live in the wide
/// type's storage; the type only bounds them and decides coercions and display.
public enum NarrowNumericType: String, Sendable, Hashable, CaseIterable {
    case int8 = "Int8"
    case int16 = "Int16"
    case int32 = "Int32"
    case uint8 = "UInt8"
    case uint16 = "UInt16"
    case uint32 = "UInt32"
    case float32 = "Float32"

    /// The storage type of the values.
    public var wide: ValueType {
        switch self {
        case .int8, .int16, .int32: .integer
        case .uint8, .uint16, .uint32: .uinteger
        case .float32: .float
        }
    }

    /// The width in bits.
    public var bitWidth: Int {
        switch self {
        case .int8, .uint8: 8
        case .int16, .uint16: 16
        case .int32, .uint32, .float32: 32
        }
    }

    /// The smallest and largest value of an integer type (nil for Float32).
    public var integerRange: ClosedRange<Int64>? {
        switch self {
        case .int8: Int64(Int8.min)...Int64(Int8.max)
        case .int16: Int64(Int16.min)...Int64(Int16.max)
        case .int32: Int64(Int32.min)...Int64(Int32.max)
        case .uint8: 0...Int64(UInt8.max)
        case .uint16: 0...Int64(UInt16.max)
        case .uint32: 0...Int64(UInt32.max)
        case .float32: nil
        }
    }

    /// `value` wrapped into the type's range, as Arrow's wrapping integer kernels leave it.
    public func wrapping(_ value: Int64) -> Int64 {
        switch self {
        case .int8: Int64(Int8(truncatingIfNeeded: value))
        case .int16: Int64(Int16(truncatingIfNeeded: value))
        case .int32: Int64(Int32(truncatingIfNeeded: value))
        case .uint8: Int64(UInt8(truncatingIfNeeded: value))
        case .uint16: Int64(UInt16(truncatingIfNeeded: value))
        case .uint32: Int64(UInt32(truncatingIfNeeded: value))
        case .float32: value
        }
    }
}
