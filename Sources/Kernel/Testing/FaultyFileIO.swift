import Kernel
import Synchronization

/// Wraps an `InMemoryFileIO` and injects scripted faults into appendable files, to test what the
/// WAL does when storage misbehaves. Faults are armed by the test and fire on the next matching
/// call through any handle opened from this file system (after they were armed or before).
///
/// - `tornWrite(keepingBytes:)`: the next append writes only its first N bytes, then throws EIO.
/// - `failSync`: the next fsync throws EIO (and syncs nothing).
/// - `diskFull(afterBytes:)`: appends succeed until N more bytes were written in total; the append
///   that crosses the limit writes up to it and throws ENOSPC, and so does every later one, until
///   `clearDiskFull()`.
/// - `failTruncate`: the next truncation (handle or path) throws EIO.
public final class FaultyFileIO: FileIO, Sendable {
    /// Faults armed by a test.
    public enum Fault: Sendable, Equatable {
        case tornWrite(keepingBytes: Int)
        case failSync
        case diskFull(afterBytes: Int)
        case failTruncate
    }

    struct Script: Sendable {
        var tornWriteKeepingBytes: Int?
        var failNextSync = false
        var failNextTruncate = false
        /// Bytes that may still be appended before ENOSPC; nil = unlimited.
        var remainingDiskBytes: Int?
        var appendCount = 0
        var syncCount = 0
    }

    public let base: InMemoryFileIO
    let script = Mutex(Script())

    public init(base: InMemoryFileIO = InMemoryFileIO()) {
        self.base = base
    }

    /// Arms `fault`.
    public func inject(_ fault: Fault) {
        script.withLock { script in
            switch fault {
            case .tornWrite(let keepingBytes): script.tornWriteKeepingBytes = keepingBytes
            case .failSync: script.failNextSync = true
            case .diskFull(let afterBytes): script.remainingDiskBytes = afterBytes
            case .failTruncate: script.failNextTruncate = true
            }
        }
    }

    /// Ends a `diskFull` fault: space is available again.
    public func clearDiskFull() {
        script.withLock { $0.remainingDiskBytes = nil }
    }

    /// Appends attempted so far (counting failed ones).
    public var appendCount: Int { script.withLock { $0.appendCount } }
    /// Successful syncs so far.
    public var syncCount: Int { script.withLock { $0.syncCount } }

    public func createDirectory(at path: String) throws(FileIOError) { try base.createDirectory(at: path) }
    public func contentsOfDirectory(at path: String) throws(FileIOError) -> [String] {
        try base.contentsOfDirectory(at: path)
    }
    public func fileExists(at path: String) -> Bool { base.fileExists(at: path) }
    public func readFile(at path: String) throws(FileIOError) -> [UInt8] { try base.readFile(at: path) }
    public func openForAppending(at path: String) throws(FileIOError) -> any AppendableFile {
        FaultyAppendableFile(inner: try base.openForAppending(at: path), path: path, faults: self)
    }
    public func truncateFile(at path: String, toSize size: Int) throws(FileIOError) {
        try takeTruncateFault(path: path)
        try base.truncateFile(at: path, toSize: size)
    }
    public func removeFile(at path: String) throws(FileIOError) { try base.removeFile(at: path) }
    public func syncDirectory(at path: String) throws(FileIOError) { try base.syncDirectory(at: path) }

    /// How many of `count` bytes to write before failing, and the error; nil = write all.
    func planAppend(count: Int, path: String) -> (keptBytes: Int, error: FileIOError)? {
        script.withLock { script in
            script.appendCount += 1
            if let keep = script.tornWriteKeepingBytes {
                script.tornWriteKeepingBytes = nil
                let error = FileIOError(operation: "write", path: path, errorNumber: 5, detail: "injected torn write")
                return (min(keep, count), error)
            }
            if let remaining = script.remainingDiskBytes {
                guard count > remaining else {
                    script.remainingDiskBytes = remaining - count
                    return nil
                }
                script.remainingDiskBytes = 0
                let error = FileIOError(operation: "write", path: path, errorNumber: 28, detail: "injected ENOSPC")
                return (remaining, error)
            }
            return nil
        }
    }

    func takeSyncFault(path: String) throws(FileIOError) {
        let fail = script.withLock { script in
            defer { script.failNextSync = false }
            if !script.failNextSync { script.syncCount += 1 }
            return script.failNextSync
        }
        if fail {
            throw FileIOError(operation: "fdatasync", path: path, errorNumber: 5, detail: "injected fsync failure")
        }
    }

    func takeTruncateFault(path: String) throws(FileIOError) {
        let fail = script.withLock { script in
            defer { script.failNextTruncate = false }
            return script.failNextTruncate
        }
        if fail { throw FileIOError(operation: "ftruncate", path: path, errorNumber: 5, detail: "injected failure") }
    }
}

/// A handle that consults its `FaultyFileIO` before each call.
final class FaultyAppendableFile: AppendableFile {
    private let inner: any AppendableFile
    private let path: String
    private let faults: FaultyFileIO

    init(inner: any AppendableFile, path: String, faults: FaultyFileIO) {
        self.inner = inner
        self.path = path
        self.faults = faults
    }

    var size: Int { inner.size }

    func append(_ bytes: UnsafeRawBufferPointer) throws(FileIOError) {
        guard let (keptBytes, error) = faults.planAppend(count: bytes.count, path: path) else {
            try inner.append(bytes)
            return
        }
        try inner.append(UnsafeRawBufferPointer(rebasing: bytes[0..<keptBytes]))
        throw error
    }

    func sync() throws(FileIOError) {
        try faults.takeSyncFault(path: path)
        try inner.sync()
    }

    func truncate(toSize size: Int) throws(FileIOError) {
        try faults.takeTruncateFault(path: path)
        try inner.truncate(toSize: size)
    }

    func close() { inner.close() }
}
