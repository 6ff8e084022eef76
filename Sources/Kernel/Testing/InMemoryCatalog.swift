import Kernel
import Synchronization

/// A `Catalog` that keeps everything in memory, for tests of the modules that use the catalog
/// (ingest, frontends, queries). It runs the same operations as the real backends and passes
/// `CatalogConformance`; it must never be linked into the server.
public final class InMemoryCatalog: Catalog {
    /// The identity used when none is given: fixed, so golden responses can show `cluster-uuid`.
    public static let defaultCatalogUUID = "00000000-0000-4000-8000-000000000000"

    public let catalogUUID: String
    public let limits: CatalogLimits
    private let store: Store

    /// The catalog's state, shared by every catalog `reopened(limits:)` from the same one, as a
    /// file is shared by every open of it.
    private final class Store: Sendable {
        /// Guards the committed snapshot; held for a whole prepare-apply-publish sequence so
        /// concurrent applies are serialized.
        let committed = Mutex(CatalogSnapshot.initial)
    }

    /// A new, empty catalog: only `_internal` (id 0) exists, at version 0.
    public convenience init(
        limits: CatalogLimits = CatalogLimits(), catalogUUID: String = InMemoryCatalog.defaultCatalogUUID
    ) {
        self.init(store: Store(), limits: limits, catalogUUID: catalogUUID)
    }

    private init(store: Store, limits: CatalogLimits, catalogUUID: String) {
        self.store = store
        self.limits = limits
        self.catalogUUID = catalogUUID
    }

    /// Another catalog over the same state, as after a restart of the server (optionally with other
    /// limits). Changes made through either are seen by both.
    public func reopened(limits: CatalogLimits? = nil) -> InMemoryCatalog {
        InMemoryCatalog(store: store, limits: limits ?? self.limits, catalogUUID: catalogUUID)
    }

    public func snapshot() async throws(KernelError) -> CatalogSnapshot {
        store.committed.withLock { $0 }
    }

    public func apply(_ operation: some CatalogOperation) async throws(KernelError) -> CatalogSnapshot {
        try store.committed.withLock { (current: inout CatalogSnapshot) throws(KernelError) -> CatalogSnapshot in
            let mutations = try operation.prepare(current, limits: limits)
            guard !mutations.isEmpty else { return current }
            let (next, _) = try current.applying(mutations)
            current = next
            return next
        }
    }
}
