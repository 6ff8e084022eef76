import Foundation
import KernelTesting
import SQLiteCatalog

/// A directory under the system temporary directory for one test, removed by `remove()`.
struct TemporaryDirectory: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-catalog-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A path for a catalog file in a directory that does not exist yet (`open` must create it).
    func newCatalogPath() -> String {
        "\(path)/store-\(UUID().uuidString)/catalog.sqlite"
    }

    /// Conformance stores: each is a new catalog file, opened with `SQLiteCatalog.open`.
    var makeStore: CatalogConformance.MakeStore {
        { [self] in
            let file = newCatalogPath()
            return { limits in try SQLiteCatalog.open(path: file, limits: limits) }
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
