import Kernel

/// Assigns group numbers to rows by their key columns without building a value per row: each
/// key column becomes one `Int64` "atom" per row (tags and strings through an interning table,
/// numbers and times by value, floats by bit pattern) plus a null bit, and rows hash on those.
struct GroupKeyTable {
    /// The atoms of one row's key, and which of them are null.
    struct Key: Hashable {
        var atoms: [Int64]
        var nullMask: UInt64
    }

    /// Group number per key; groups are numbered in order of first appearance.
    private var groups: [Key: Int] = [:]
    /// The same for a single key column (the common case), without an array per lookup.
    private var singleGroups: [Int64: Int] = [:]
    /// The same for two key columns (tag + time bin, the other common case).
    private var pairGroups: [Pair: Int] = [:]

    /// Two atoms and their null bits.
    struct Pair: Hashable {
        var first: Int64
        var second: Int64
        var nullMask: UInt8
    }
    private var nullGroup: Int?
    /// Strings seen in key columns, by interned id.
    private var interned: [String: Int64] = [:]
    /// For each group, its key as values (for the output columns).
    private(set) var keys: [[ScalarValue]] = []
    let maxGroups: Int

    init(maxGroups: Int) {
        self.maxGroups = maxGroups
    }

    var count: Int { keys.count }

    /// The group of every row of `columns` (the evaluated key columns of one batch).
    mutating func groupIDs(_ columns: [RecordColumn], rowCount: Int) throws(KernelError) -> [Int] {
        if columns.count <= 2, let ids = try locallyCodedGroupIDs(columns, rowCount: rowCount) { return ids }
        if columns.count == 1, let column = columns.first { return try singleGroupIDs(column, rowCount: rowCount) }
        if columns.count == 2 { return try pairGroupIDs(columns[0], columns[1], rowCount: rowCount) }
        let atomColumns = columns.map { atoms(of: $0) }
        var ids = [Int](repeating: 0, count: rowCount)
        var key = Key(atoms: [Int64](repeating: 0, count: columns.count), nullMask: 0)
        for row in 0..<rowCount {
            key.nullMask = 0
            for (index, column) in columns.enumerated() {
                if column.validity[row] {
                    key.atoms[index] = atomColumns[index][row]
                } else {
                    key.atoms[index] = 0
                    key.nullMask |= 1 << UInt64(index & 63)
                }
            }
            if let existing = groups[key] {
                ids[row] = existing
                continue
            }
            guard keys.count < maxGroups else {
                throw KernelError(.limitExceeded, "Resources exhausted: more than \(maxGroups) groups")
            }
            ids[row] = keys.count
            groups[key] = keys.count
            keys.append(columns.map { $0.scalar(at: row) })
        }
        return ids
    }

    /// One or two key columns with few distinct values per batch: rows map through an array of
    /// local code combinations; the global table is consulted once per combination, not per row.
    /// Nil when the combinations would be too many for an array.
    private mutating func locallyCodedGroupIDs(_ columns: [RecordColumn], rowCount: Int) throws(KernelError) -> [Int]? {
        let codings = columns.map { LocalKeyCoding($0, atoms: atoms(of: $0)) }
        let width = codings.count == 2 ? codings[1].cardinality : 1
        let combinations = codings[0].cardinality * width
        guard combinations <= max(4_096, rowCount) else { return nil }
        var global = [Int](repeating: -1, count: combinations)
        var ids = [Int](repeating: 0, count: rowCount)
        let first = codings[0].codes
        let second = codings.count == 2 ? codings[1].codes : nil
        for row in 0..<rowCount {
            let local = Int(first[row]) * width + (second.map { Int($0[row]) } ?? 0)
            var id = global[local]
            if id < 0 {
                id = try lookUp(columns, row: row)
                global[local] = id
            }
            ids[row] = id
        }
        return ids
    }

    /// The global group of row `row`'s key (creating the group when new), in the same table the
    /// per-row paths use for this many key columns, so both paths agree across batches.
    private mutating func lookUp(_ columns: [RecordColumn], row: Int) throws(KernelError) -> Int {
        var atoms: [Int64] = []
        for column in columns { atoms.append(column.validity[row] ? atom(ofRow: row, column) : 0) }
        let existing: Int?
        switch columns.count {
        case 1: existing = columns[0].validity[row] ? singleGroups[atoms[0]] : nullGroup
        case 2:
            existing = pairGroups[pair(atoms, columns, row)]
        default:
            existing = groups[key(atoms, columns, row)]
        }
        if let existing { return existing }
        guard keys.count < maxGroups else {
            throw KernelError(.limitExceeded, "Resources exhausted: more than \(maxGroups) groups")
        }
        let id = keys.count
        switch columns.count {
        case 1:
            if columns[0].validity[row] { singleGroups[atoms[0]] = id } else { nullGroup = id }
        case 2: pairGroups[pair(atoms, columns, row)] = id
        default: groups[key(atoms, columns, row)] = id
        }
        keys.append(columns.map { $0.scalar(at: row) })
        return id
    }

    private func pair(_ atoms: [Int64], _ columns: [RecordColumn], _ row: Int) -> Pair {
        let validA = columns[0].validity[row]
        let validB = columns[1].validity[row]
        return Pair(first: atoms[0], second: atoms[1], nullMask: (validA ? 0 : 1) | (validB ? 0 : 2))
    }

    private func key(_ atoms: [Int64], _ columns: [RecordColumn], _ row: Int) -> Key {
        var mask: UInt64 = 0
        for (index, column) in columns.enumerated() where !column.validity[row] { mask |= 1 << UInt64(index & 63) }
        return Key(atoms: atoms, nullMask: mask)
    }

    /// The atom of one row (interning a string or tag value).
    private mutating func atom(ofRow row: Int, _ column: RecordColumn) -> Int64 {
        switch column.values {
        case .tag(let dictionary, let codes): return codes[row] < 0 ? -1 : intern(dictionary[Int(codes[row])])
        case .string(let values): return intern(values[row])
        case .time(let values), .integer(let values): return values[row]
        case .uinteger(let values): return Int64(bitPattern: values[row])
        case .float(let values): return Int64(bitPattern: (values[row] == 0 ? 0 : values[row]).bitPattern)
        case .boolean(let values): return values[row] ? 1 : 0
        case .date(let values): return Int64(values[row])
        case .interval, .binary, .structure, .list, .decimal: return intern(column.scalar(at: row).keyText)
        }
    }

    private mutating func singleGroupIDs(_ column: RecordColumn, rowCount: Int) throws(KernelError) -> [Int] {
        let atoms = atoms(of: column)
        var ids = [Int](repeating: 0, count: rowCount)
        for row in 0..<rowCount {
            let valid = column.validity[row]
            if let existing = valid ? singleGroups[atoms[row]] : nullGroup {
                ids[row] = existing
                continue
            }
            guard keys.count < maxGroups else {
                throw KernelError(.limitExceeded, "Resources exhausted: more than \(maxGroups) groups")
            }
            ids[row] = keys.count
            if valid { singleGroups[atoms[row]] = keys.count } else { nullGroup = keys.count }
            keys.append([column.scalar(at: row)])
        }
        return ids
    }

    private mutating func pairGroupIDs(_ a: RecordColumn, _ b: RecordColumn, rowCount: Int) throws(KernelError) -> [Int]
    {
        let atomsA = atoms(of: a)
        let atomsB = atoms(of: b)
        var ids = [Int](repeating: 0, count: rowCount)
        for row in 0..<rowCount {
            let validA = a.validity[row]
            let validB = b.validity[row]
            let key = Pair(
                first: validA ? atomsA[row] : 0,
                second: validB ? atomsB[row] : 0,
                nullMask: (validA ? 0 : 1) | (validB ? 0 : 2)
            )
            if let existing = pairGroups[key] {
                ids[row] = existing
                continue
            }
            guard keys.count < maxGroups else {
                throw KernelError(.limitExceeded, "Resources exhausted: more than \(maxGroups) groups")
            }
            ids[row] = keys.count
            pairGroups[key] = keys.count
            keys.append([a.scalar(at: row), b.scalar(at: row)])
        }
        return ids
    }

    /// One atom per row; tags are interned once per dictionary entry, not per row.
    private mutating func atoms(of column: RecordColumn) -> [Int64] {
        switch column.values {
        case .tag(let dictionary, let codes):
            let ids = dictionary.map { intern($0) }
            return codes.map { $0 < 0 ? -1 : ids[Int($0)] }
        case .string(let values): return values.map { intern($0) }
        case .time(let values), .integer(let values): return values
        case .uinteger(let values): return values.map { Int64(bitPattern: $0) }
        case .float(let values): return values.map { Int64(bitPattern: ($0 == 0 ? 0 : $0).bitPattern) }
        case .boolean(let values): return values.map { $0 ? 1 : 0 }
        case .date(let values): return values.map(Int64.init)
        case .interval, .binary, .structure, .list, .decimal:
            return (0..<column.count).map { intern(column.scalar(at: $0).keyText) }
        }
    }

    private mutating func intern(_ text: String) -> Int64 {
        if let id = interned[text] { return id }
        let id = Int64(interned.count)
        interned[text] = id
        return id
    }
}
