import Kernel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Creates the directory a catalog file lives in, so a fresh data directory needs no setup step.
/// (SQLite creates the file itself but not its parent directories.)
enum ParentDirectory {
    /// Creates every missing directory on the way to the parent of `filePath` (`mkdir -p`).
    static func create(for filePath: String) throws(KernelError) {
        let components = filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var current = ""
        for (index, component) in components.enumerated() {
            current += index == 0 ? String(component) : "/" + component
            guard !current.isEmpty, !component.isEmpty, component != "." else { continue }
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                let detail = String(cString: strerror(errno))
                throw KernelError(.unavailable, "SQLite catalog: cannot create directory \(current): \(detail)")
            }
        }
    }
}
