import Kernel

extension WindowPartition {
    /// The positions in the frame of the row at `position` (empty when the bounds cross).
    func frame(_ spec: WindowFrameSpec, at position: Int) -> Range<Int> {
        let lower: Int
        let upper: Int
        switch spec.units {
        case .rows:
            lower = rowsEdge(spec.start, at: position, isEnd: false)
            upper = rowsEdge(spec.end, at: position, isEnd: true)
        case .groups:
            lower = groupsEdge(spec.start, at: position, isEnd: false)
            upper = groupsEdge(spec.end, at: position, isEnd: true)
        case .range:
            lower = rangeEdge(spec.start, at: position, isEnd: false)
            upper = rangeEdge(spec.end, at: position, isEnd: true)
        }
        let start = min(max(lower, range.lowerBound), range.upperBound)
        let end = min(max(upper, start), range.upperBound)
        return start..<end
    }

    private func rowsEdge(_ edge: WindowFrameEdge, at position: Int, isEnd: Bool) -> Int {
        let shift = isEnd ? 1 : 0
        switch edge {
        case .unboundedPreceding: return range.lowerBound
        case .unboundedFollowing: return range.upperBound
        case .currentRow: return position + shift
        case .preceding(let n): return position - Self.steps(n) + shift
        case .following(let n): return position + Self.steps(n) + shift
        }
    }

    private func groupsEdge(_ edge: WindowFrameEdge, at position: Int, isEnd: Bool) -> Int {
        let current = group[position - range.lowerBound]
        let target: Int
        switch edge {
        case .unboundedPreceding: return range.lowerBound
        case .unboundedFollowing: return range.upperBound
        case .currentRow: target = current
        case .preceding(let n): target = current - Self.steps(n)
        case .following(let n): target = current + Self.steps(n)
        }
        if target < 0 { return isEnd ? range.lowerBound : range.lowerBound }
        if target >= groupStarts.count { return range.upperBound }
        if !isEnd { return groupStarts[target] }
        return target + 1 < groupStarts.count ? groupStarts[target + 1] : range.upperBound
    }

    private func rangeEdge(_ edge: WindowFrameEdge, at position: Int, isEnd: Bool) -> Int {
        let index = position - range.lowerBound
        switch edge {
        case .unboundedPreceding: return range.lowerBound
        case .unboundedFollowing: return range.upperBound
        case .currentRow: return isEnd ? peerEnd[index] : peerStart[index]
        case .preceding(let n), .following(let n):
            guard let keys, let value = keys[rows[position]] else { return isEnd ? peerEnd[index] : peerStart[index] }
            let isPreceding = if case .preceding = edge { true } else { false }
            let target = isPreceding ? value - n : value + n
            // Non-null keys are sorted ascending (descending keys were negated) within the partition.
            var low = range.lowerBound
            var high = range.upperBound
            while low < high, keys[rows[low]] == nil { low += 1 }
            while high > low, keys[rows[high - 1]] == nil { high -= 1 }
            while low < high {
                let middle = (low + high) / 2
                let key = keys[rows[middle]] ?? 0
                if isEnd ? key <= target : key < target { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    private static func steps(_ n: Double) -> Int {
        n >= Double(Int32.max) ? Int(Int32.max) : Int(n)
    }
}
