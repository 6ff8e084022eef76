/// DataFusion's t-digest (100 centroids unless the call names its `max_size`), for `approx_percentile_cont` and `approx_median`: the
/// values are merged into a digest as one sorted batch (as a partial aggregate does), the digest
/// is merged once more as the final aggregate does, and the quantile is estimated between
/// centroids, so results equal DataFusion's for the same batch of rows.
struct TDigest {
    struct Centroid {
        var mean: Double
        var weight: Double

        /// Folds `sum`/`weight` in; returns the new sum.
        mutating func add(sum: Double, weight extra: Double) -> Double {
            let newSum = sum + weight * mean
            weight += extra
            mean = newSum / weight
            return newSum
        }
    }

    static let maxSize = 100
    var centroids: [Centroid] = []
    var count = 0.0
    var minimum = Double.nan
    var maximum = Double.nan

    private static func kToQ(_ k: Int, _ maxSize: Int) -> Double {
        let ratio = Double(k) / Double(maxSize)
        return ratio >= 0.5 ? 1 - 2 * (1 - ratio) * (1 - ratio) : 2 * ratio * ratio
    }

    /// A digest of `values` (unsorted, no NULLs), then merged as the final aggregate merges.
    static func of(_ values: [Double], maxSize: Int = TDigest.maxSize) -> TDigest {
        guard !values.isEmpty else { return TDigest() }
        let sorted = values.sorted { !$1.isTotallyOrdered(belowOrEqualTo: $0) }
        var digest = TDigest()
        digest.count = Double(sorted.count)
        digest.minimum = sorted[0]
        digest.maximum = sorted[sorted.count - 1]
        let singles = sorted.map { Centroid(mean: $0, weight: 1) }
        digest.centroids = compress(singles, count: digest.count, skipFirstLimit: true, maxSize: maxSize)
        digest.centroids = compress(digest.centroids, count: digest.count, skipFirstLimit: false, maxSize: maxSize)
        return digest
    }

    /// A digest of `(value, weight)` rows as DataFusion 55's `approx_percentile_cont_with_weight`
    /// builds it: one single-centroid digest per row counting its weight (a row without a
    /// positive weight is left out of the merge), merged in value order (a stable merge), then
    /// merged once more as the final aggregate merges.
    static func weighted(_ rows: [(value: Double, weight: Double)], maxSize: Int = TDigest.maxSize) -> TDigest {
        let digest = TDigest().absorbing(weightedBatch(rows), maxSize: maxSize)
        return TDigest().absorbing(digest, maxSize: maxSize)
    }

    /// One batch of weighted rows as DataFusion's `update_batch` hands it to `merge_digests`:
    /// a single-centroid digest per row with a positive weight, in value order (stable),
    /// not compressed.
    static func weightedBatch(_ rows: [(value: Double, weight: Double)]) -> TDigest {
        var centroids = rows.filter { $0.weight > 0 }.map { Centroid(mean: $0.value, weight: $0.weight) }
        guard !centroids.isEmpty else { return TDigest() }
        var digest = TDigest()
        digest.count = centroids.reduce(0) { $0 + $1.weight }  // in row order, as DataFusion sums
        centroids.sortStable { !$1.mean.isTotallyOrdered(belowOrEqualTo: $0.mean) }
        digest.minimum = centroids[0].mean
        digest.maximum = centroids[centroids.count - 1].mean
        digest.centroids = centroids
        return digest
    }

    /// DataFusion's `merge_digests([batch, self])`: the two centroid lists merged by mean (the
    /// batch's first on a tie), then one compression pass.
    func absorbing(_ batch: TDigest, maxSize: Int) -> TDigest {
        let parts = [batch, self].filter { $0.count > 0 && !$0.centroids.isEmpty }
        guard !parts.isEmpty else { return TDigest() }
        var merged: [Centroid] = []
        merged.reserveCapacity(batch.centroids.count + centroids.count)
        var next = 0
        let own = count > 0 ? centroids : []
        let first = batch.count > 0 ? batch.centroids : []
        for centroid in first {
            while next < own.count, own[next].mean < centroid.mean {
                merged.append(own[next])
                next += 1
            }
            merged.append(centroid)
        }
        merged.append(contentsOf: own[next...])
        var result = TDigest()
        result.count = parts.reduce(0) { $0 + $1.count }
        result.minimum = parts.map(\.minimum).reduce(Double.infinity) { $1.isNaN ? $0 : Swift.min($0, $1) }
        result.maximum = parts.map(\.maximum).reduce(-Double.infinity) { $1.isNaN ? $0 : Swift.max($0, $1) }
        result.centroids = Self.compress(merged, count: result.count, skipFirstLimit: false, maxSize: maxSize)
        return result
    }

    /// This digest with `sorted` values merged in, as DataFusion's `merge_sorted_f64` does with
    /// each batch of rows a window's growing frame adds: centroids and values interleaved in
    /// order (a value before a centroid of the same mean), then one compression pass.
    func merging(sorted values: [Double], maxSize: Int) -> TDigest {
        guard let first = values.first, let last = values.last else { return self }
        var result = TDigest()
        result.count = count + Double(values.count)
        result.minimum = count > 0 && !minimum.isNaN ? Swift.min(minimum, first) : first
        result.maximum = count > 0 && !maximum.isNaN ? Swift.max(maximum, last) : last
        var merged: [Centroid] = []
        merged.reserveCapacity(centroids.count + values.count)
        var next = 0
        for value in values {
            while next < centroids.count, centroids[next].mean < value {
                merged.append(centroids[next])
                next += 1
            }
            merged.append(Centroid(mean: value, weight: 1))
        }
        merged.append(contentsOf: centroids[next...])
        result.centroids = Self.compress(merged, count: result.count, skipFirstLimit: true, maxSize: maxSize)
        return result
    }

    /// One compression pass over centroids in order. DataFusion's batch merge advances the
    /// size limit once before its loop, its digest merge does not (`skipFirstLimit`).
    private static func compress(_ input: [Centroid], count: Double, skipFirstLimit: Bool, maxSize: Int) -> [Centroid] {
        var compressed: [Centroid] = []
        var limit = 1
        var limitTimesCount = kToQ(limit, maxSize) * count
        if skipFirstLimit { limit += 1 }
        var current = input[0]
        var weightSoFar = current.weight
        var sumsToMerge = 0.0
        var weightsToMerge = 0.0
        for next in input.dropFirst() {
            weightSoFar += next.weight
            if weightSoFar <= limitTimesCount {
                sumsToMerge += next.mean * next.weight
                weightsToMerge += next.weight
            } else {
                _ = current.add(sum: sumsToMerge, weight: weightsToMerge)
                sumsToMerge = 0
                weightsToMerge = 0
                compressed.append(current)
                limitTimesCount = kToQ(limit, maxSize) * count
                limit += 1
                current = next
            }
        }
        _ = current.add(sum: sumsToMerge, weight: weightsToMerge)
        compressed.append(current)
        return compressed.sorted { $0.mean < $1.mean }
    }

    /// The estimated value at quantile `q`.
    func quantile(_ q: Double) -> Double? {
        guard !centroids.isEmpty else { return nil }
        let rank = q * count
        var position: Int
        var t: Double
        if q > 0.5 {
            if q >= 1 { return maximum }
            position = 0
            t = count
            for (k, centroid) in centroids.enumerated().reversed() {
                t -= centroid.weight
                if rank >= t {
                    position = k
                    break
                }
            }
        } else {
            if q <= 0 { return minimum }
            position = centroids.count - 1
            t = 0
            for (k, centroid) in centroids.enumerated() {
                if rank < t + centroid.weight {
                    position = k
                    break
                }
                t += centroid.weight
            }
        }
        var delta = 0.0
        var low = minimum
        var high = maximum
        if centroids.count > 1 {
            if position == 0 {
                delta = centroids[1].mean - centroids[0].mean
                high = centroids[1].mean
            } else if position == centroids.count - 1 {
                delta = centroids[position].mean - centroids[position - 1].mean
                low = centroids[position - 1].mean
            } else {
                delta = (centroids[position + 1].mean - centroids[position - 1].mean) / 2
                low = centroids[position - 1].mean
                high = centroids[position + 1].mean
            }
        }
        let value = centroids[position].mean + ((rank - t) / centroids[position].weight - 0.5) * delta
        guard !low.isNaN, !high.isNaN else { return value }
        return min(max(value, low), high)
    }
}
