import Kernel

/// Gives every distinct string a small integer id, shared by the two sides of a join or set
/// operation so equal strings (tag or `Utf8`) get equal key words. Tags are interned once per
/// dictionary entry, not per row.
struct StringInterner {
    private var ids: [String: UInt64] = [:]

    mutating func id(_ value: String) -> UInt64 {
        if let id = ids[value] { return id }
        let id = UInt64(ids.count)
        ids[value] = id
        return id
    }
}

/// The key values of every row of a batch, encoded as fixed-width `UInt64` words (row-major),
/// for hashing and equality in joins and set operations. Values of key columns that compare
/// equal encode equally: integers and timestamps by bit pattern, floats with `-0.0` and NaN
/// normalized, strings and tags by interned id. Both sides must use the same column types.
struct RowKeys {
    /// Words per row.
    let width: Int
    private(set) var words: [UInt64]
    /// Whether the row has a NULL in any key column.
    private(set) var hasNull: [Bool]
    let rowCount: Int

    /// Encodes `columns` (one entry per key column). With `nullsEqual`, NULLs are part of the
    /// key (trailing null-mask words) so NULL matches NULL, as set operations require.
    init(_ columns: [RecordColumn], rowCount: Int, nullsEqual: Bool, interner: inout StringInterner) {
        let maskWords = nullsEqual ? (columns.count + 63) / 64 : 0
        self.width = columns.count + maskWords
        self.rowCount = rowCount
        self.words = [UInt64](repeating: 0, count: width * rowCount)
        self.hasNull = [Bool](repeating: false, count: rowCount)
        for (position, column) in columns.enumerated() {
            let values = Self.encode(column, interner: &interner)
            for row in 0..<rowCount {
                if column.validity[row] {
                    words[row * width + position] = values[row]
                } else {
                    hasNull[row] = true
                    if nullsEqual {
                        words[row * width + columns.count + position / 64] |= 1 << UInt64(position % 64)
                    }
                }
            }
        }
    }

    /// The key of `row`.
    func key(_ row: Int) -> ArraySlice<UInt64> {
        words[(row * width)..<(row * width + width)]
    }

    private static func encode(_ column: RecordColumn, interner: inout StringInterner) -> [UInt64] {
        switch column.values {
        case .tag(let dictionary, let codes):
            let ids = dictionary.map { interner.id($0) }
            return codes.map { $0 < 0 ? 0 : ids[Int($0)] }
        case .string(let values): return values.map { interner.id($0) }
        case .time(let values), .integer(let values): return values.map { UInt64(bitPattern: $0) }
        case .uinteger(let values): return values
        case .float(let values):
            return values.map { value in
                if value.isNaN { return Double.nan.bitPattern }
                return value == 0 ? 0 : value.bitPattern
            }
        case .boolean(let values): return values.map { $0 ? 1 : 0 }
        case .date(let values): return values.map { UInt64(bitPattern: Int64($0)) }
        case .interval, .binary, .structure, .list, .decimal:
            return (0..<column.count).map { interner.id(column.scalar(at: $0).keyText) }
        }
    }
}

/// A hash table from row keys to the rows holding them (chained through `next`, no per-key
/// arrays). Single-word keys hash as plain integers.
struct RowKeyTable {
    private var single: [UInt64: Int] = [:]
    private var multi: [ArraySlice<UInt64>: Int] = [:]
    /// `next[row]`: the previous row with the same key, or -1.
    private var next: [Int]
    private let keys: RowKeys

    /// Indexes the rows of `keys`; rows with a NULL are skipped unless `includeNulls`.
    init(_ keys: RowKeys, includeNulls: Bool) {
        self.keys = keys
        self.next = [Int](repeating: -1, count: keys.rowCount)
        for row in 0..<keys.rowCount where includeNulls || !keys.hasNull[row] {
            if keys.width == 1 {
                let word = keys.words[row]
                next[row] = single[word] ?? -1
                single[word] = row
            } else {
                let key = keys.key(row)
                next[row] = multi[key] ?? -1
                multi[key] = row
            }
        }
    }

    /// The first row (most recently inserted) holding `key`, or -1.
    func first(_ key: ArraySlice<UInt64>) -> Int {
        if keys.width == 1, let word = key.first { return single[word] ?? -1 }
        return multi[key] ?? -1
    }

    /// The row after `row` with the same key, or -1.
    func after(_ row: Int) -> Int { next[row] }

    /// Every row holding `key`, in insertion order.
    func rows(_ key: ArraySlice<UInt64>) -> [Int] {
        var result: [Int] = []
        var row = first(key)
        while row >= 0 {
            result.append(row)
            row = next[row]
        }
        return result.reversed()
    }
}
