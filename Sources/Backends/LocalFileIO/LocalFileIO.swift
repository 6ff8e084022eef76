import Glibc
import Kernel

/// The POSIX file system behind the `FileIO` seam, used by the server. Every call blocks; the WAL
/// calls it from its own writer thread. Writes loop over short writes and `EINTR`; syncs use
/// `fdatasync` (data and the size needed to read it back), truncations `ftruncate` + `fsync`.
public struct LocalFileIO: FileIO {
    public init() {}

    public func createDirectory(at path: String) throws(FileIOError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o755) == 0 { continue }
            let error = errno
            var info = stat()
            guard error == EEXIST, stat(prefix, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                throw Self.failure("mkdir", prefix, error)
            }
        }
    }

    public func contentsOfDirectory(at path: String) throws(FileIOError) -> [String] {
        guard let directory = opendir(path) else { throw Self.failure("opendir", path, errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw Self.failure("readdir", path, errno) }
                return names
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
    }

    public func fileExists(at path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    public func readFile(at path: String) throws(FileIOError) -> [UInt8] {
        let descriptor = try Self.open(path, O_RDONLY | O_CLOEXEC)
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Self.failure("fstat", path, errno) }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0))
        var filled = 0
        while true {
            // The size is a hint: read until end of file, growing if the file grew meanwhile.
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.failure("read", path, errno)
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    public func openForAppending(at path: String) throws(FileIOError) -> any AppendableFile {
        let descriptor = try Self.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = errno
            close(descriptor)
            throw Self.failure("fstat", path, error)
        }
        return LocalAppendableFile(descriptor: descriptor, path: path, size: Int(info.st_size))
    }

    public func truncateFile(at path: String, toSize size: Int) throws(FileIOError) {
        let descriptor = try Self.open(path, O_WRONLY | O_CLOEXEC)
        defer { close(descriptor) }
        guard ftruncate(descriptor, off_t(size)) == 0 else { throw Self.failure("ftruncate", path, errno) }
        guard fsync(descriptor) == 0 else { throw Self.failure("fsync", path, errno) }
    }

    public func removeFile(at path: String) throws(FileIOError) {
        guard unlink(path) == 0 else { throw Self.failure("unlink", path, errno) }
    }

    public func syncDirectory(at path: String) throws(FileIOError) {
        let descriptor = try Self.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw Self.failure("fsync", path, errno) }
    }

    private static func open(_ path: String, _ flags: Int32) throws(FileIOError) -> Int32 {
        while true {
            let descriptor = Glibc.open(path, flags, 0o644)
            if descriptor >= 0 { return descriptor }
            if errno != EINTR { throw failure("open", path, errno) }
        }
    }

    static func failure(_ operation: String, _ path: String, _ error: Int32) -> FileIOError {
        FileIOError(operation: operation, path: path, errorNumber: error, detail: String(cString: strerror(error)))
    }
}

/// An open file descriptor in append mode. One owner at a time, as `AppendableFile` requires.
final class LocalAppendableFile: AppendableFile {
    private var descriptor: Int32
    private let path: String
    private(set) var size: Int

    init(descriptor: Int32, path: String, size: Int) {
        self.descriptor = descriptor
        self.path = path
        self.size = size
    }

    deinit { close() }

    func append(_ bytes: UnsafeRawBufferPointer) throws(FileIOError) {
        guard let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let count = write(descriptor, base + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                throw LocalFileIO.failure("write", path, errno)
            }
            guard count > 0 else { throw FileIOError(operation: "write", path: path, detail: "wrote 0 bytes") }
            // A short write is not an error: keep going with the rest.
            written += count
            size += count
        }
    }

    func sync() throws(FileIOError) {
        // No retry on failure: after a failed fdatasync the kernel may have dropped the dirty
        // pages, so a second call could report success for data that is gone.
        guard fdatasync(descriptor) == 0 else { throw LocalFileIO.failure("fdatasync", path, errno) }
    }

    func truncate(toSize newSize: Int) throws(FileIOError) {
        guard ftruncate(descriptor, off_t(newSize)) == 0 else { throw LocalFileIO.failure("ftruncate", path, errno) }
        size = newSize
        guard fsync(descriptor) == 0 else { throw LocalFileIO.failure("fsync", path, errno) }
    }

    func close() {
        guard descriptor >= 0 else { return }
        _ = Glibc.close(descriptor)
        descriptor = -1
    }
}
