/// Where persisted chunks live (Parquet files) and how they are laid out. `local` writes one file
/// per snapshot chunk under the data directory; `partitioned` keeps exactly one file per table per
/// time partition, rewritten on each snapshot; an object store can follow.
///
/// Implementation requirements (for the persistence work that implements this port):
/// - `put` is atomic: a reader sees the whole object or none of it (write then rename).
/// - `get` returns exactly the bytes `put` stored; `list` returns the paths under a prefix.
/// - Objects are immutable once written except through `put` of the same path (compaction).
public protocol Storage: Sendable {
    func put(path: String, bytes: [UInt8]) async throws(KernelError)
    func get(path: String) async throws(KernelError) -> [UInt8]
    func list(prefix: String) async throws(KernelError) -> [String]
    func delete(path: String) async throws(KernelError)
}
