import Synchronization

/// The rows of one batch grouped by the dictionary code of a tag column, so a scan can find the
/// rows of `host = 'a'` (or any test on one tag) by testing each dictionary entry once instead
/// of every row. Each column's grouping is built on first use (one counting pass) and kept as
/// long as the index is, which a chunk source ties to its cached batch.
public final class TagRowIndex: Sendable {
    /// The rows of each code of one column, as a counting sort: the rows of code `c` are
    /// `rows[offsets[c]..<offsets[c + 1]]`, ascending; null rows are under code `dictionary.count`.
    private struct Postings {
        var offsets: [Int32]
        var rows: [Int32]
    }

    private let batch: RecordBatch
    private let built = Mutex<[Int: Postings]>([:])

    public init(batch: RecordBatch) {
        self.batch = batch
    }

    /// The rows, ascending, whose code in tag column `column` (a position in the batch) is one
    /// of `codes`, plus the null rows when `includeNulls`; nil when that column is not a tag.
    public func rows(column: Int, codes: [Int32], includeNulls: Bool) -> [Int]? {
        guard batch.columns.indices.contains(column),
            case .tag(let dictionary, let tagCodes) = batch.columns[column].values
        else { return nil }
        let postings =
            built.withLock { $0[column] }
            ?? {
                let made = Self.group(tagCodes, codeCount: dictionary.count)
                built.withLock { $0[column] = made }
                return made
            }()
        var buckets = codes.filter { $0 >= 0 && Int($0) < dictionary.count }.map(Int.init)
        if includeNulls { buckets.append(dictionary.count) }
        var result: [Int] = []
        for bucket in buckets {
            let range = Int(postings.offsets[bucket])..<Int(postings.offsets[bucket + 1])
            result.reserveCapacity(result.count + range.count)
            for position in range { result.append(Int(postings.rows[position])) }
        }
        if buckets.count > 1 { result.sort() }
        return result
    }

    private static func group(_ codes: [Int32], codeCount: Int) -> Postings {
        var offsets = [Int32](repeating: 0, count: codeCount + 2)
        for code in codes {
            let bucket = code >= 0 && Int(code) < codeCount ? Int(code) : codeCount
            offsets[bucket + 1] += 1
        }
        for bucket in 0..<(codeCount + 1) { offsets[bucket + 1] += offsets[bucket] }
        var next = offsets
        var rows = [Int32](repeating: 0, count: codes.count)
        for (row, code) in codes.enumerated() {
            let bucket = code >= 0 && Int(code) < codeCount ? Int(code) : codeCount
            rows[Int(next[bucket])] = Int32(row)
            next[bucket] += 1
        }
        return Postings(offsets: offsets, rows: rows)
    }
}
