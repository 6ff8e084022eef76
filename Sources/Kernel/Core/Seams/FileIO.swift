/// The file system as the kernel sees it. Backends and the WAL never call POSIX directly, so tests
/// can substitute `InMemoryFileIO` or `FaultyFileIO` (torn writes, failed fsync, full disk).
/// Calls block; callers run them off the cooperative thread pool where latency matters.
public protocol FileIO: Sendable {
    /// Creates the directory and its parents if missing.
    func createDirectory(at path: String) throws(FileIOError)
    /// Names (not paths) of the entries of a directory, in no particular order.
    func contentsOfDirectory(at path: String) throws(FileIOError) -> [String]
    func fileExists(at path: String) -> Bool
    /// The whole content of a file.
    func readFile(at path: String) throws(FileIOError) -> [UInt8]
    /// Opens a file for appending, creating it when missing.
    func openForAppending(at path: String) throws(FileIOError) -> any AppendableFile
    /// Shrinks a file to `size` bytes and makes that durable.
    func truncateFile(at path: String, toSize size: Int) throws(FileIOError)
    func removeFile(at path: String) throws(FileIOError)
    /// Makes a directory's entries (new or removed files) durable.
    func syncDirectory(at path: String) throws(FileIOError)
}

/// A file opened for appending. Not thread-safe: one owner at a time.
public protocol AppendableFile: AnyObject {
    /// Current size in bytes (what has been appended, durable or not).
    var size: Int { get }
    /// Appends all of `bytes`, or throws; after a throw the file may hold a prefix of `bytes`.
    func append(_ bytes: UnsafeRawBufferPointer) throws(FileIOError)
    /// Makes everything appended so far durable (fdatasync).
    func sync() throws(FileIOError)
    /// Shrinks the file to `size` bytes (used to drop a torn append).
    func truncate(toSize size: Int) throws(FileIOError)
    func close()
}

/// A failed file operation: which operation, on which path, and the OS error.
public struct FileIOError: Error, Sendable, Hashable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var errorNumber: Int32
    public var detail: String

    public init(operation: String, path: String, errorNumber: Int32 = 0, detail: String = "") {
        self.operation = operation
        self.path = path
        self.errorNumber = errorNumber
        self.detail = detail
    }

    public var description: String {
        "\(operation) failed for \(path): \(detail.isEmpty ? "errno \(errorNumber)" : detail)"
    }
}
