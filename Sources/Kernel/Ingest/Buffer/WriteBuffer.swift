import Kernel
import Synchronization

/// The in-memory, queryable home of every acknowledged write until persistence takes it over:
/// per database, per table, per time window (`chunkDurationNanoseconds`, InfluxDB's gen1
/// duration, 10 minutes by default) a `BufferChunk` of columns. It is the kernel's first
/// `ChunkSource`.
///
/// Memory is not bounded yet: snapshotting closed windows to Parquet and dropping them from the
/// buffer comes with the persistence work.
public final class WriteBuffer: ChunkSource, RelocatableChunkSource {
    /// Chunks of one table keyed by window start.
    typealias TableChunks = [Int64: BufferChunk]

    public let chunkDurationNanoseconds: Int64
    let state = Mutex<[String: [String: TableChunks]]>([:])
    /// Stale chunks seen by the last `warmCaches` call, with their versions then.
    private let warmingCandidates = Mutex<[ChunkKey: Int]>([:])

    /// Identifies one chunk: database, table, window start.
    private struct ChunkKey: Hashable {
        var database: String
        var table: String
        var window: Int64
    }

    public init(chunkDurationNanoseconds: Int64 = 600_000_000_000) {
        precondition(chunkDurationNanoseconds > 0, "a chunk window must have a positive duration")
        self.chunkDurationNanoseconds = chunkDurationNanoseconds
    }

    /// Adds an acknowledged (or replayed) write with its WAL sequence.
    public func insert(_ batch: DatabaseWriteBatch, sequence: UInt64) {
        state.withLock { databases in
            // Take each level out of its parent before mutating it, so no array is shared and
            // appends stay in place (no copy-on-write of whole columns).
            var tables = databases.removeValue(forKey: batch.database) ?? [:]
            for table in batch.tables {
                var chunks = tables.removeValue(forKey: table.tableName) ?? [:]
                for (window, rows) in windows(of: table) {
                    var chunk = chunks.removeValue(forKey: window) ?? BufferChunk(windowStartNanoseconds: window)
                    chunk.append(table, rows: rows, sequence: sequence)
                    chunks[window] = chunk
                }
                tables[table.tableName] = chunks
            }
            databases[batch.database] = tables
        }
    }

    /// The windows a batch's rows fall into; rows nil when all rows share one window (the usual case).
    private func windows(of table: TableWriteBatch) -> [(Int64, [Int]?)] {
        guard let first = table.timestamps.first else { return [] }
        let firstWindow = windowStart(first)
        if table.timestamps.allSatisfy({ windowStart($0) == firstWindow }) { return [(firstWindow, nil)] }
        var rowsByWindow: [Int64: [Int]] = [:]
        for (row, time) in table.timestamps.enumerated() {
            rowsByWindow[windowStart(time), default: []].append(row)
        }
        return rowsByWindow.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private func windowStart(_ time: Int64) -> Int64 {
        time - time.flooredRemainder(dividingBy: chunkDurationNanoseconds)
    }

    public func scan(database: String, table: String, timeRange: TimeRange) -> [RecordBatch] {
        scanChunks(database: database, table: table, timeRange: timeRange).map(\.batch)
    }

    public func scanChunks(database: String, table: String, timeRange: TimeRange) -> [ScanChunk] {
        let chunks: [BufferChunk] = state.withLock { databases in
            guard let tableChunks = databases[database]?[table] else { return [] }
            return tableChunks.values
                .filter {
                    timeRange.overlaps(minNanoseconds: $0.minTimeNanoseconds, maxNanoseconds: $0.maxTimeNanoseconds)
                }
                .sorted { $0.windowStartNanoseconds < $1.windowStartNanoseconds }
        }
        // Deduplicate outside the lock (writers keep going), then keep the results for the next
        // scan if the chunk did not change meanwhile.
        var fresh: [(Int64, Int, ScanChunk)] = []
        let scanned = chunks.map { chunk -> ScanChunk in
            if let cached = chunk.cachedBatch, cached.version == chunk.version { return cached.chunk }
            let scanChunk = Self.indexed(chunk)
            fresh.append((chunk.windowStartNanoseconds, chunk.version, scanChunk))
            return scanChunk
        }
        if !fresh.isEmpty {
            state.withLock { databases in
                for (window, version, chunk) in fresh where databases[database]?[table]?[window]?.version == version {
                    databases[database]?[table]?[window]?.cachedBatch = (version, chunk)
                }
            }
        }
        return scanned
    }

    /// The chunk's deduplicated batch with its tag index and time bounds.
    private static func indexed(_ chunk: BufferChunk) -> ScanChunk {
        let batch = chunk.deduplicatedBatch()
        let bounds =
            chunk.rowCount > 0 ? chunk.minTimeNanoseconds...chunk.maxTimeNanoseconds : nil
        return ScanChunk(batch: batch, tagIndex: TagRowIndex(batch: batch), timeBounds: bounds)
    }

    /// Computes the deduplicated batch of chunks whose cache is stale but which were not written
    /// since the previous call (so a chunk under constant ingest is not recomputed over and over;
    /// queries compute it on demand), so that queries find them ready. Called periodically in the
    /// background. Returns how many chunks were computed (at most `maxChunks`).
    @discardableResult
    public func warmCaches(maxChunks: Int = 64) -> Int {
        let previous = warmingCandidates.withLock { $0 }
        var candidates: [ChunkKey: Int] = [:]
        var quiet: [(ChunkKey, BufferChunk)] = []
        state.withLock { databases in
            for (database, byTable) in databases {
                for (table, chunks) in byTable {
                    for (window, chunk) in chunks where chunk.cachedBatch?.version != chunk.version {
                        let key = ChunkKey(database: database, table: table, window: window)
                        candidates[key] = chunk.version
                        if previous[key] == chunk.version, quiet.count < maxChunks { quiet.append((key, chunk)) }
                    }
                }
            }
        }
        warmingCandidates.withLock { $0 = candidates }
        let computed = quiet.map { ($0.0, $0.1.version, Self.indexed($0.1)) }
        state.withLock { databases in
            for (key, version, chunk) in computed
            where databases[key.database]?[key.table]?[key.window]?.version == version {
                databases[key.database]?[key.table]?[key.window]?.cachedBatch = (version, chunk)
            }
        }
        return computed.count
    }

    /// Names of the tables of `database` that hold buffered rows.
    public func tableNames(database: String) -> [String] {
        state.withLock { databases in (databases[database] ?? [:]).keys.sorted() }
    }

    /// Buffered rows in all tables and windows (before deduplication).
    public var rowCount: Int {
        state.withLock { databases in
            databases.values.reduce(0) { total, tables in
                tables.values.reduce(total) { sum, chunks in chunks.values.reduce(sum) { $0 + $1.rowCount } }
            }
        }
    }
}
