import Kernel

/// Per-batch small integer codes for key columns, so that grouping can look rows up in an array
/// instead of hashing every row. A tag column's dictionary codes are used as they are (null is
/// one more code); other columns are numbered by distinct value within the batch, with the last
/// value remembered so runs of equal values (time bins) cost no hashing.
struct LocalKeyCoding {
    /// The code of each row.
    let codes: [Int32]
    /// How many distinct codes there are (codes are `0..<cardinality`).
    let cardinality: Int
    /// For each code, a row that has it (to read the value when a group is created).
    let representatives: [Int]

    init(_ column: RecordColumn, atoms: [Int64]) {
        let count = column.count
        var codes = [Int32](repeating: 0, count: count)
        var representatives: [Int] = []
        if case .tag(let dictionary, let tagCodes) = column.values {
            let nullCode = Int32(dictionary.count)
            var seen = [Int](repeating: -1, count: dictionary.count + 1)
            for row in 0..<count {
                let code = tagCodes[row] >= 0 && column.validity[row] ? tagCodes[row] : nullCode
                codes[row] = code
                if seen[Int(code)] < 0 { seen[Int(code)] = row }
            }
            self.codes = codes
            self.cardinality = dictionary.count + 1
            self.representatives = seen
            return
        }
        var index: [Int64: Int32] = [:]
        var nullCode: Int32?
        var lastAtom = Int64.min
        var lastCode: Int32 = -1
        for row in 0..<count {
            let code: Int32
            if !column.validity[row] {
                if let existing = nullCode {
                    code = existing
                } else {
                    code = Int32(representatives.count)
                    nullCode = code
                    representatives.append(row)
                }
            } else if atoms[row] == lastAtom, lastCode >= 0 {
                code = lastCode
            } else if let existing = index[atoms[row]] {
                code = existing
            } else {
                code = Int32(representatives.count)
                index[atoms[row]] = code
                representatives.append(row)
            }
            if column.validity[row] {
                lastAtom = atoms[row]
                lastCode = code
            }
            codes[row] = code
        }
        self.codes = codes
        self.cardinality = representatives.count
        self.representatives = representatives
    }
}
