/// The last-value and distinct-value caches: fed by the write path with every accepted batch,
/// read by the query engine's `last_cache()` and `distinct_cache()` table functions.
///
/// Implementation requirements (for the cache work that implements this port):
/// - `record` is called after a batch is durable and never blocks the write for long.
/// - Reads reflect every recorded batch; eviction follows each cache's count and age limits.
public protocol Cache: Sendable {
    func record(_ batch: DatabaseWriteBatch)
    func read(database: String, table: String, cacheName: String?) throws(KernelError) -> [RecordBatch]
}
