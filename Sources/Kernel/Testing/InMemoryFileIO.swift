import Kernel
import Synchronization

/// A thread-safe in-memory file system for tests, with a model of durability: each file has
/// durable bytes (synced) and written-but-unsynced bytes after them, and each new directory entry
/// is durable only after `syncDirectory`. `crash()` throws away everything not durable, like a
/// power loss, optionally keeping a torn prefix of the unsynced bytes.
///
/// Model: durable content is always a prefix of current content (appends only add at the end; a
/// truncation is durable at once, as `LocalFileIO`'s `ftruncate` + `fsync` is). Directories are
/// durable when created; removals are durable at once.
public final class InMemoryFileIO: FileIO, Sendable {
    struct StoredFile: Sendable {
        var bytes: [UInt8] = []
        var durableCount = 0
        var entryDurable = false
    }

    struct State: Sendable {
        var files: [String: StoredFile] = [:]
        var directories: Set<String> = ["/"]
        /// Bumped by `crash()`; handles opened before a crash refuse further use.
        var epoch = 0
    }

    let state = Mutex(State())

    public init() {}

    public func createDirectory(at path: String) throws(FileIOError) {
        let normalized = Self.normalize(path)
        try state.withLock { (state) throws(FileIOError) in
            var prefix = ""
            for component in normalized.split(separator: "/") {
                prefix += "/" + component
                if state.files[prefix] != nil {
                    throw FileIOError(operation: "mkdir", path: prefix, errorNumber: 17, detail: "a file exists")
                }
                state.directories.insert(prefix)
            }
        }
    }

    public func contentsOfDirectory(at path: String) throws(FileIOError) -> [String] {
        let directory = Self.normalize(path)
        return try state.withLock { (state) throws(FileIOError) in
            guard state.directories.contains(directory) else {
                throw FileIOError(operation: "opendir", path: path, errorNumber: 2, detail: "no such directory")
            }
            let names = state.files.keys.filter { Self.parent(of: $0) == directory }
            let subdirectories = state.directories.filter { $0 != directory && Self.parent(of: $0) == directory }
            return (names + subdirectories).map { Self.lastComponent(of: $0) }
        }
    }

    public func fileExists(at path: String) -> Bool {
        let normalized = Self.normalize(path)
        return state.withLock { $0.files[normalized] != nil || $0.directories.contains(normalized) }
    }

    public func readFile(at path: String) throws(FileIOError) -> [UInt8] {
        let normalized = Self.normalize(path)
        return try state.withLock { (state) throws(FileIOError) in
            guard let file = state.files[normalized] else {
                throw FileIOError(operation: "open", path: path, errorNumber: 2, detail: "no such file")
            }
            return file.bytes
        }
    }

    public func openForAppending(at path: String) throws(FileIOError) -> any AppendableFile {
        let normalized = Self.normalize(path)
        let epoch = try state.withLock { (state) throws(FileIOError) in
            guard state.directories.contains(Self.parent(of: normalized)) else {
                throw FileIOError(operation: "open", path: path, errorNumber: 2, detail: "no such directory")
            }
            if state.files[normalized] == nil { state.files[normalized] = StoredFile() }
            return state.epoch
        }
        return InMemoryAppendableFile(fileSystem: self, path: normalized, epoch: epoch)
    }

    public func truncateFile(at path: String, toSize size: Int) throws(FileIOError) {
        let normalized = Self.normalize(path)
        try state.withLock { (state) throws(FileIOError) in
            guard state.files[normalized] != nil else {
                throw FileIOError(operation: "open", path: path, errorNumber: 2, detail: "no such file")
            }
            Self.truncate(&state.files[normalized, default: StoredFile()], toSize: size)
        }
    }

    public func removeFile(at path: String) throws(FileIOError) {
        let normalized = Self.normalize(path)
        try state.withLock { (state) throws(FileIOError) in
            guard state.files.removeValue(forKey: normalized) != nil else {
                throw FileIOError(operation: "unlink", path: path, errorNumber: 2, detail: "no such file")
            }
        }
    }

    public func syncDirectory(at path: String) throws(FileIOError) {
        let directory = Self.normalize(path)
        state.withLock { state in
            for (name, file) in state.files where Self.parent(of: name) == directory && !file.entryDurable {
                state.files[name]?.entryDurable = true
            }
        }
    }

    // MARK: Test controls

    /// Simulates a power loss: files whose directory entry was never synced vanish, and each file
    /// keeps its durable bytes plus at most `keepingUnsyncedBytes` of its unsynced bytes (a torn
    /// write that partly reached the disk). Handles opened before the crash stop working.
    public func crash(keepingUnsyncedBytes: Int = 0) {
        state.withLock { state in
            state.epoch += 1
            for (name, file) in state.files {
                guard file.entryDurable else {
                    state.files[name] = nil
                    continue
                }
                let kept = min(file.bytes.count, file.durableCount + max(0, keepingUnsyncedBytes))
                state.files[name]?.bytes.removeLast(file.bytes.count - kept)
                state.files[name]?.durableCount = kept
            }
        }
    }

    /// Current content of a file (durable or not), nil if missing.
    public func contents(of path: String) -> [UInt8]? {
        let normalized = Self.normalize(path)
        return state.withLock { $0.files[normalized]?.bytes }
    }

    /// How many bytes of a file are durable, nil if missing.
    public func durableByteCount(of path: String) -> Int? {
        let normalized = Self.normalize(path)
        return state.withLock { $0.files[normalized]?.durableCount }
    }

    /// Replaces a file's content, durably (to plant corrupt or hand-made files).
    public func setContents(of path: String, to bytes: [UInt8]) {
        let normalized = Self.normalize(path)
        state.withLock { state in
            state.directories.insert(Self.parent(of: normalized))
            state.files[normalized] = StoredFile(bytes: bytes, durableCount: bytes.count, entryDurable: true)
        }
    }

    // MARK: Helpers

    static func truncate(_ file: inout StoredFile, toSize size: Int) {
        let newSize = max(0, size)
        if newSize < file.bytes.count {
            file.bytes.removeLast(file.bytes.count - newSize)
        } else {
            file.bytes.append(contentsOf: repeatElement(0, count: newSize - file.bytes.count))
        }
        file.durableCount = file.bytes.count
    }

    static func normalize(_ path: String) -> String {
        "/" + path.split(separator: "/").joined(separator: "/")
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func lastComponent(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? ""
    }
}

/// A handle on an `InMemoryFileIO` file. Each call takes the file system's lock.
final class InMemoryAppendableFile: AppendableFile {
    private let fileSystem: InMemoryFileIO
    private let path: String
    private let epoch: Int
    private var isClosed = false

    init(fileSystem: InMemoryFileIO, path: String, epoch: Int) {
        self.fileSystem = fileSystem
        self.path = path
        self.epoch = epoch
    }

    var size: Int {
        fileSystem.state.withLock { $0.files[path]?.bytes.count ?? 0 }
    }

    func append(_ bytes: UnsafeRawBufferPointer) throws(FileIOError) {
        try withFile("write") { file in file.bytes.append(contentsOf: bytes) }
    }

    func sync() throws(FileIOError) {
        try withFile("fdatasync") { file in file.durableCount = file.bytes.count }
    }

    func truncate(toSize size: Int) throws(FileIOError) {
        try withFile("ftruncate") { file in InMemoryFileIO.truncate(&file, toSize: size) }
    }

    func close() {
        isClosed = true
    }

    private func withFile(_ operation: String, _ body: (inout InMemoryFileIO.StoredFile) -> Void) throws(FileIOError) {
        guard !isClosed else { throw FileIOError(operation: operation, path: path, errorNumber: 9, detail: "closed") }
        try fileSystem.state.withLock { (state) throws(FileIOError) in
            guard state.epoch == epoch, state.files[path] != nil else {
                throw FileIOError(operation: operation, path: path, errorNumber: 5, detail: "stale handle after crash")
            }
            // Mutate in place: copying the file out and back would copy its bytes on every append.
            body(&state.files[path, default: InMemoryFileIO.StoredFile()])
        }
    }
}
