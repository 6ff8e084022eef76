import Kernel

/// DataFusion's common type of two numeric types (arithmetic, comparison, CASE/COALESCE/UNION):
/// any Float64 gives Float64, else any Float32 gives Float32 (Int64 + Float32 is Float32); two
/// signed or two unsigned integers give the wider; a signed and an unsigned integer give the
/// signed type wide enough for both (UInt8 with Int8 is Int16, UInt32 with Int32 is Int64), and
/// UInt64 with a signed type gives Decimal128(20, 0); decimals are `DecimalArithmetic.common`.
public enum NumericCoercion {
    private enum Kind: Equatable {
        case signed, unsigned, float
    }

    public static func common(_ a: ValueType, _ b: ValueType) -> ValueType? {
        if let decimal = DecimalArithmetic.common(a, b) { return decimal }
        guard let (kindA, bitsA) = shape(a), let (kindB, bitsB) = shape(b) else { return nil }
        if kindA == .float || kindB == .float {
            let bits = max(kindA == .float ? bitsA : 0, kindB == .float ? bitsB : 0)
            return bits == 64 ? .float : .narrow(.float32)
        }
        if kindA == kindB { return type(kindA, max(bitsA, bitsB)) }
        let (signedBits, unsignedBits) = kindA == .signed ? (bitsA, bitsB) : (bitsB, bitsA)
        if signedBits > unsignedBits { return type(.signed, signedBits) }
        return type(.signed, min(64, unsignedBits * 2))
    }

    /// The common type of all `types` (nil when empty or when one is not numeric).
    public static func common(of types: [ValueType]) -> ValueType? {
        guard var result = types.first else { return nil }
        for type in types.dropFirst() {
            guard let next = common(result, type) else { return nil }
            result = next
        }
        return result
    }

    /// Whether values of `types` must be cast to their common type before they mix (a narrow
    /// number or a decimal among them, or a signed integer with a UInt64).
    public static func needsCommonType(_ types: [ValueType]) -> Bool {
        types.contains { type in
            if case .decimal = type { return true }
            return type.storage != type
                || (type == .uinteger && types.contains { DecimalArithmetic.isSignedWithUInt64($0, type) })
        }
    }

    /// Whether `type` is one of the numeric types.
    public static func isNumeric(_ type: ValueType) -> Bool { shape(type) != nil }

    private static func shape(_ type: ValueType) -> (Kind, Int)? {
        switch type {
        case .integer: (.signed, 64)
        case .uinteger: (.unsigned, 64)
        case .float: (.float, 64)
        case .narrow(let narrow):
            switch narrow {
            case .int8, .int16, .int32: (.signed, narrow.bitWidth)
            case .uint8, .uint16, .uint32: (.unsigned, narrow.bitWidth)
            case .float32: (.float, 32)
            }
        default: nil
        }
    }

    private static func type(_ kind: Kind, _ bits: Int) -> ValueType {
        switch (kind, bits) {
        case (.signed, 8): .narrow(.int8)
        case (.signed, 16): .narrow(.int16)
        case (.signed, 32): .narrow(.int32)
        case (.unsigned, 8): .narrow(.uint8)
        case (.unsigned, 16): .narrow(.uint16)
        case (.unsigned, 32): .narrow(.uint32)
        case (.unsigned, _): .uinteger
        case (.float, 32): .narrow(.float32)
        case (.float, _): .float
        default: .integer
        }
    }

    /// Arrow's checked division of a narrow integer type: only `min / -1` leaves the range.
    static func checkDivision(
        _ op: BinaryOperator, _ result: ColumnValues, _ left: RecordColumn, _ right: RecordColumn,
        _ validity: ValidityBitmap, _ type: ValueType
    ) throws(KernelError) {
        guard op == .divide, case .narrow(let narrow) = type, let range = narrow.integerRange,
            case .integer(let values) = result
        else { return }
        for row in values.indices where validity[row] && !range.contains(values[row]) {
            throw KernelError(
                .invalidInput,
                "Arrow error: Arithmetic overflow: Overflow happened on: "
                    + "\(ValueText.render(left.scalar(at: row))) / \(ValueText.render(right.scalar(at: row)))")
        }
    }

    /// Arrow's checked negation of a narrow integer type: the minimum has no opposite.
    static func checkNegation(_ operand: RecordColumn) throws(KernelError) {
        guard case .narrow(let narrow) = operand.type, let range = narrow.integerRange,
            case .integer(let values) = operand.values
        else { return }
        for row in values.indices where operand.validity[row] && values[row] == range.lowerBound {
            throw KernelError(
                .invalidInput, "Arrow error: Arithmetic overflow: Overflow happened on: - \(values[row])")
        }
    }

    /// Results of wide arithmetic brought back into `type`: integers wrap (as Arrow's wrapping
    /// kernels), Float32 results round to `Float` after each operation.
    static func fit(_ values: ColumnValues, to type: ValueType) -> ColumnValues {
        guard case .narrow(let narrow) = type else { return values }
        switch values {
        case .integer(let v): return .integer(v.map(narrow.wrapping))
        case .uinteger(let v):
            let mask: UInt64 = narrow.bitWidth == 64 ? .max : (1 << UInt64(narrow.bitWidth)) - 1
            return .uinteger(v.map { $0 & mask })
        case .float(let v): return .float(v.map { Double(Float($0)) })
        default: return values
        }
    }
}
