import Kernel

extension WindowPartition {
    /// The percentile an `approx_percentile_cont` / `approx_median` window reads, nil for other
    /// functions (and for DISTINCT, which takes the general path).
    static func digestQuantile(_ function: AggregateFunction, distinct: Bool, _ window: WindowExpr) -> Double? {
        guard !distinct else { return nil }
        switch (function, window.parameter) {
        case (.approxMedian, _): return 0.5
        case (.approxPercentileCont, .float(let p)), (.approxPercentileContWithWeight, .float(let p)): return p
        default: return nil
        }
    }

    /// `approx_percentile_cont_with_weight` over frames from the partition start: each frame's
    /// new rows (one single-centroid digest each) merged with the running digest in one pass,
    /// as DataFusion's `update_batch` does: a frame that adds only NULL rows still recompresses
    /// it, and one that leaves it without centroids resets its size to the default 100.
    func growingWeightedDigest(
        _ window: WindowExpr, quantile: Double, inputs: (RecordColumn?, RecordColumn?),
        into results: inout [ScalarValue]
    ) {
        var digest = TDigest()
        var maxSize = window.digestMaxSize
        var added = range.lowerBound
        for position in range {
            let frame = self.frame(window.frame, at: position)
            let grows = added < frame.upperBound
            var batch: [(value: Double, weight: Double)] = []
            while added < frame.upperBound {
                let row = rows[added]
                if let value = inputs.0.flatMap({ MathFunctions.double($0.scalar(at: row)) }),
                    let weight = inputs.1.flatMap({ MathFunctions.double($0.scalar(at: row)) })
                {
                    batch.append((value, weight))
                }
                added += 1
            }
            if grows, batch.isEmpty, digest.centroids.isEmpty {
                maxSize = TDigest.maxSize  // DataFusion's merge of no centroids is a default digest
            } else if grows {
                digest = digest.absorbing(TDigest.weightedBatch(batch), maxSize: maxSize)
            }
            results[rows[position]] = digest.quantile(quantile).map(ScalarValue.float) ?? .null
        }
    }

    /// A t-digest percentile over frames that start at the partition's first row, kept as
    /// DataFusion's window accumulator keeps it: the rows each frame adds merged into the digest
    /// as one sorted batch, the estimate read from the digest as it stands (no final merge).
    func growingDigest(
        _ window: WindowExpr, quantile: Double, argument: RecordColumn?, into results: inout [ScalarValue]
    ) {
        var digest = TDigest()
        var added = range.lowerBound
        for position in range {
            let frame = self.frame(window.frame, at: position)
            var batch: [Double] = []
            while added < frame.upperBound {
                if let value = argument.flatMap({ MathFunctions.double($0.scalar(at: rows[added])) }) {
                    batch.append(value)
                }
                added += 1
            }
            batch.sort { !$1.isTotallyOrdered(belowOrEqualTo: $0) }
            digest = digest.merging(sorted: batch, maxSize: window.digestMaxSize)
            results[rows[position]] = digest.quantile(quantile).map(ScalarValue.float) ?? .null
        }
    }
}
