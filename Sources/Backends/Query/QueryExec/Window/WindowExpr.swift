import Kernel

/// The functions a window node computes: ranking, value access and every aggregate.
public enum WindowFunction: Sendable, Hashable {
    case rowNumber, rank, denseRank, percentRank, cumeDist
    /// `ntile(buckets)`.
    case ntile(Int64)
    /// `lag(x, offset, default)` / `lead(...)`: the value `offset` rows before/after in the partition.
    case lag(offset: Int64, defaultValue: ScalarValue)
    case lead(offset: Int64, defaultValue: ScalarValue)
    case firstValue, lastValue
    /// `nth_value(x, n)`, 1-based within the frame.
    case nthValue(Int64)
    /// InfluxDB's `difference(x)` / `non_negative_difference(x)`: x minus the previous non-null x
    /// of the partition (NULL for NULL inputs, the first value and, when non-negative, negative results).
    case difference(nonNegative: Bool)
    /// InfluxDB's `derivative(x, unit, time)` / `non_negative_derivative(...)`: the difference
    /// divided by the elapsed time in `unit` nanoseconds (Float64).
    case derivative(unitNanoseconds: Double, nonNegative: Bool)
    /// An aggregate over the frame.
    case aggregate(AggregateFunction, distinct: Bool)
}

/// Frame units, as in SQL.
public enum WindowFrameUnit: String, Sendable, Hashable {
    case rows = "ROWS"
    case range = "RANGE"
    case groups = "GROUPS"
}

/// One end of a frame; offsets are non-negative numbers (nanoseconds for time ranges).
public enum WindowFrameEdge: Sendable, Hashable {
    case unboundedPreceding
    case preceding(Double)
    case currentRow
    case following(Double)
    case unboundedFollowing
}

/// `units BETWEEN start AND end`.
public struct WindowFrameSpec: Sendable, Hashable {
    public var units: WindowFrameUnit
    public var start: WindowFrameEdge
    public var end: WindowFrameEdge

    public init(units: WindowFrameUnit, start: WindowFrameEdge, end: WindowFrameEdge) {
        self.units = units
        self.start = start
        self.end = end
    }

    /// The frame of the whole partition.
    public static let wholePartition = WindowFrameSpec(
        units: .rows, start: .unboundedPreceding, end: .unboundedFollowing)
}

/// One window expression: function, arguments, partitioning, ordering, frame, result type.
public struct WindowExpr: Sendable, Hashable {
    public var function: WindowFunction
    /// The value argument (nil for ranking functions and `count(*)`).
    public var argument: PhysicalExpr?
    public var argumentType: ValueType?
    /// The time argument of `derivative`.
    public var secondArgument: PhysicalExpr?
    public var partitionBy: [PhysicalExpr]
    public var orderBy: [SortKey]
    public var frame: WindowFrameSpec
    public var resultType: ValueType
    /// `IGNORE NULLS`: lag/lead count and first/last/nth_value pick only non-null values.
    public var ignoresNulls = false
    /// An aggregate's literal parameter and t-digest size (`AggregateExpr.parameter`, `.digestMaxSize`).
    public var parameter: ScalarValue = .null
    public var digestMaxSize = TDigest.maxSize

    public init(
        function: WindowFunction,
        argument: PhysicalExpr?,
        argumentType: ValueType?,
        partitionBy: [PhysicalExpr],
        orderBy: [SortKey],
        frame: WindowFrameSpec,
        resultType: ValueType
    ) {
        self.function = function
        self.argument = argument
        self.argumentType = argumentType
        self.partitionBy = partitionBy
        self.orderBy = orderBy
        self.frame = frame
        self.resultType = resultType
    }
}
