import Kernel

/// The join types the join operator executes. Semi and anti joins return one side's columns only.
public enum JoinType: String, Sendable, Hashable {
    case inner, left, right, full, leftSemi, leftAnti, rightSemi, rightAnti

    /// Whether the output holds only the left side's columns.
    public var leftOnly: Bool { self == .leftSemi || self == .leftAnti }
    /// Whether the output holds only the right side's columns.
    public var rightOnly: Bool { self == .rightSemi || self == .rightAnti }
}

/// Joins two inputs. With equi-join keys it is a hash join (the right side is hashed on its typed
/// key columns; NULL keys never match); without keys every pair is a candidate (a nested-loop
/// join, refused beyond `maxCandidatePairs`). An extra `filter` over the concatenated row
/// (left columns, then right columns) decides among candidates. Outer rows without a match get
/// NULLs on the other side.
public final class JoinOperator: ExecutionOperator {
    public let fields: [Field]
    private let left: any ExecutionOperator
    private let right: any ExecutionOperator
    private let type: JoinType
    private let leftKeys: [PhysicalExpr]
    private let rightKeys: [PhysicalExpr]
    private let keyTypes: [ValueType]
    private let filter: PhysicalExpr?
    private var done = false
    /// The most row pairs a join may examine.
    public static let maxCandidatePairs = 100_000_000

    /// Creates a join; `leftKeys[i] = rightKeys[i]` are the equi-join conditions, both of `keyTypes[i]`.
    public init(
        left: any ExecutionOperator, right: any ExecutionOperator, type: JoinType,
        leftKeys: [PhysicalExpr], rightKeys: [PhysicalExpr], keyTypes: [ValueType],
        filter: PhysicalExpr?, fields: [Field]
    ) {
        precondition(leftKeys.count == rightKeys.count && keyTypes.count == leftKeys.count, "one type per key pair")
        self.left = left
        self.right = right
        self.type = type
        self.leftKeys = leftKeys
        self.rightKeys = rightKeys
        self.keyTypes = keyTypes
        self.filter = filter
        self.fields = fields
    }

    public func next() throws(KernelError) -> RecordBatch? {
        guard !done else { return nil }
        done = true
        let leftBatch = Concatenation.batches(try left.collect(), fields: left.fields)
        let rightBatch = Concatenation.batches(try right.collect(), fields: right.fields)
        var pairs = PairCollector(filter: filter, left: leftBatch, right: rightBatch)
        if leftKeys.isEmpty {
            guard
                leftBatch.rowCount.multipliedReportingOverflow(by: rightBatch.rowCount).partialValue
                    <= Self.maxCandidatePairs
            else { throw PairCollector.tooMany }
            for l in 0..<leftBatch.rowCount {
                for r in 0..<rightBatch.rowCount { try pairs.add(l, r) }
            }
        } else {
            try hashCandidates(leftBatch, rightBatch, into: &pairs)
        }
        try pairs.flush()
        return output(pairs, leftBatch, rightBatch)
    }

    private func hashCandidates(_ leftBatch: RecordBatch, _ rightBatch: RecordBatch, into pairs: inout PairCollector)
        throws(KernelError)
    {
        var leftColumns: [RecordColumn] = []
        var rightColumns: [RecordColumn] = []
        for (index, type) in keyTypes.enumerated() {
            let l = try ExpressionEvaluator.column(leftKeys[index], leftBatch, type: type)
            let r = try ExpressionEvaluator.column(rightKeys[index], rightBatch, type: type)
            leftColumns.append(try Cast.column(l, to: type))
            rightColumns.append(try Cast.column(r, to: type))
        }
        var interner = StringInterner()
        let buildKeys = RowKeys(rightColumns, rowCount: rightBatch.rowCount, nullsEqual: false, interner: &interner)
        let probeKeys = RowKeys(leftColumns, rowCount: leftBatch.rowCount, nullsEqual: false, interner: &interner)
        let table = RowKeyTable(buildKeys, includeNulls: false)
        for l in 0..<leftBatch.rowCount where !probeKeys.hasNull[l] {
            for r in table.rows(probeKeys.key(l)) { try pairs.add(l, r) }
        }
    }

    private func output(_ pairs: PairCollector, _ leftBatch: RecordBatch, _ rightBatch: RecordBatch) -> RecordBatch {
        var matchedLeft = [Bool](repeating: false, count: leftBatch.rowCount)
        var matchedRight = [Bool](repeating: false, count: rightBatch.rowCount)
        for l in pairs.keptLeft { matchedLeft[l] = true }
        for r in pairs.keptRight { matchedRight[r] = true }
        var leftRows = pairs.keptLeft
        var rightRows = pairs.keptRight
        switch type {
        case .inner: break
        case .left, .full, .right:
            if type != .right {
                for l in matchedLeft.indices where !matchedLeft[l] {
                    leftRows.append(l)
                    rightRows.append(-1)
                }
            }
            if type != .left {
                for r in matchedRight.indices where !matchedRight[r] {
                    leftRows.append(-1)
                    rightRows.append(r)
                }
            }
        case .leftSemi, .leftAnti:
            let rows = matchedLeft.indices.filter { matchedLeft[$0] == (type == .leftSemi) }
            return named(leftBatch.take(rows).columns, rowCount: rows.count)
        case .rightSemi, .rightAnti:
            let rows = matchedRight.indices.filter { matchedRight[$0] == (type == .rightSemi) }
            return named(rightBatch.take(rows).columns, rowCount: rows.count)
        }
        let columns = leftBatch.take(leftRows).columns + rightBatch.take(rightRows).columns
        return named(columns, rowCount: leftRows.count)
    }

    private func named(_ columns: [RecordColumn], rowCount: Int) -> RecordBatch {
        RecordBatch(columns: zip(columns, fields).map { $0.renamed($1.name) }, rowCount: rowCount)
    }
}

/// Candidate row pairs of a join, filtered in chunks by the join's extra condition.
private struct PairCollector {
    let filter: PhysicalExpr?
    let left: RecordBatch
    let right: RecordBatch
    private var pendingLeft: [Int] = []
    private var pendingRight: [Int] = []
    private(set) var keptLeft: [Int] = []
    private(set) var keptRight: [Int] = []
    private var candidates = 0
    static let chunk = 65_536

    static var tooMany: KernelError {
        KernelError(
            .limitExceeded,
            "Resources exhausted: join would examine more than \(JoinOperator.maxCandidatePairs) row pairs")
    }

    init(filter: PhysicalExpr?, left: RecordBatch, right: RecordBatch) {
        self.filter = filter
        self.left = left
        self.right = right
    }

    mutating func add(_ l: Int, _ r: Int) throws(KernelError) {
        candidates += 1
        guard candidates <= JoinOperator.maxCandidatePairs else { throw Self.tooMany }
        guard filter != nil else {
            keptLeft.append(l)
            keptRight.append(r)
            return
        }
        pendingLeft.append(l)
        pendingRight.append(r)
        if pendingLeft.count >= Self.chunk { try flush() }
    }

    mutating func flush() throws(KernelError) {
        guard let filter, !pendingLeft.isEmpty else { return }
        let combined = RecordBatch(
            columns: left.take(pendingLeft).columns + right.take(pendingRight).columns, rowCount: pendingLeft.count)
        let mask = try ExpressionEvaluator.column(filter, combined, type: .boolean)
        if case .boolean(let flags) = mask.values {
            for index in pendingLeft.indices where flags[index] && mask.validity[index] {
                keptLeft.append(pendingLeft[index])
                keptRight.append(pendingRight[index])
            }
        }
        pendingLeft.removeAll(keepingCapacity: true)
        pendingRight.removeAll(keepingCapacity: true)
    }
}
