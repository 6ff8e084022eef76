/// Arrow's `Decimal128(precision, scale)`: values are 128-bit integers counting units of
/// 10^-scale, at most `precision` decimal digits. DataFusion allows a negative scale (whole
/// multiples of a power of ten) and a scale up to the precision.
public struct DecimalType: Sendable, Hashable {
    public static let maxPrecision: Int = 38

    public let precision: Int
    public let scale: Int

    /// nil when `precision` is outside 1...38 or `scale` above the precision or below -precision.
    public init?(precision: Int, scale: Int) {
        guard (1...Self.maxPrecision).contains(precision), scale <= precision, scale >= -Self.maxPrecision
        else { return nil }
        self.precision = precision
        self.scale = scale
    }

    /// The largest unscaled value (`10^precision - 1`); the smallest is its negation.
    public var maxUnscaled: Int128 { Self.powerOfTen(precision) - 1 }

    /// Whether `value` has at most `precision` digits.
    public func holds(_ value: Int128) -> Bool { value <= maxUnscaled && value >= -maxUnscaled }

    /// Arrow's name, `Decimal128(10, 2)`.
    public var arrowName: String { "Decimal128(\(precision), \(scale))" }

    /// 10^exponent for 0...38.
    public static func powerOfTen(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<max(0, exponent) { result *= 10 }
        return result
    }

    /// arrow-cast's display of an unscaled value: the digits with a point `scale` places from
    /// the right (`150` at scale 2 is `1.50`, `-5` is `-0.05`); a negative scale appends zeros.
    public func render(_ value: Int128) -> String {
        let magnitude = value.magnitude
        var digits = String(magnitude)
        let sign = value < 0 ? "-" : ""
        if scale <= 0 { return sign + digits + String(repeating: "0", count: -scale) }
        if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
        let split = digits.index(digits.endIndex, offsetBy: -scale)
        return sign + digits[..<split] + "." + digits[split...]
    }
}
