import Kernel

/// Last-write-wins deduplication of buffered rows.
///
/// Rows are duplicates when they have the same series (every tag equal, absent tags included) and
/// the same time. Of duplicates one row remains, and each field of it holds the value of the
/// duplicate with the highest (WAL sequence, arrival position) that has a non-null value there;
/// a field null in all duplicates stays null. This is InfluxDB 3's rule (the union of field sets,
/// newest values winning), made deterministic by ordering on the WAL sequence rather than on
/// arrival, which can differ between concurrent writers.
struct Deduplication {
    /// Rows kept, in series-then-time order; nil when there were no duplicates (keep all rows as they are).
    let keptRows: [Int]?
    /// For each kept row, the duplicates it stands for, newest first.
    private let groups: [[Int]]

    static func plan(tagCodes: [[Int32]], timestamps: [Int64], sequences: [UInt64]) -> Deduplication {
        if certainlyUnique(tagCodes: tagCodes, timestamps: timestamps) {
            return Deduplication(keptRows: nil, groups: [])
        }
        let order = timestamps.indices.sorted { left, right in
            for codes in tagCodes where codes[left] != codes[right] {
                return codes[left] < codes[right]
            }
            if timestamps[left] != timestamps[right] { return timestamps[left] < timestamps[right] }
            if sequences[left] != sequences[right] { return sequences[left] < sequences[right] }
            return left < right
        }
        var groups: [[Int]] = []
        var hasDuplicates = false
        for row in order {
            if let previous = groups.last?.first, sameKey(previous, row, tagCodes: tagCodes, timestamps: timestamps) {
                groups[groups.count - 1].insert(row, at: 0)
                hasDuplicates = true
            } else {
                groups.append([row])
            }
        }
        guard hasDuplicates else { return Deduplication(keptRows: nil, groups: []) }
        return Deduplication(keptRows: groups.map { $0[0] }, groups: groups)
    }

    /// A linear pre-check: hashes each row's (series, time); when no two hashes collide there
    /// are no duplicates and the O(n log n) grouping is skipped (the usual case). A collision
    /// only means "maybe", and the exact grouping runs.
    static func certainlyUnique(tagCodes: [[Int32]], timestamps: [Int64]) -> Bool {
        var seen = Set<UInt64>(minimumCapacity: timestamps.count)
        for row in timestamps.indices {
            var hash = UInt64(bitPattern: timestamps[row]) &* 0x9E37_79B9_7F4A_7C15
            for codes in tagCodes {
                hash = (hash ^ UInt64(bitPattern: Int64(codes[row]))) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 29
            }
            guard seen.insert(hash).inserted else { return false }
        }
        return true
    }

    private static func sameKey(_ left: Int, _ right: Int, tagCodes: [[Int32]], timestamps: [Int64]) -> Bool {
        guard timestamps[left] == timestamps[right] else { return false }
        return tagCodes.allSatisfy { $0[left] == $0[right] }
    }

    /// The field column with each kept row holding its group's newest non-null value.
    func mergedField(_ column: ChunkColumn) -> RecordColumn {
        guard keptRows != nil else { return column.recordColumn(rows: nil) }
        let picks = groups.map { group in group.first { column.validity[$0] } ?? group[0] }
        return column.recordColumn(rows: picks)
    }
}
