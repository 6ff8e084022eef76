import Glibc
import Kernel
import LocalFileIO
import Testing
import WAL

/// The WAL on the real file system, in a temporary directory under /tmp that is removed after.
@Suite("WAL on LocalFileIO")
struct LocalFileIOTests {
    @Test func appendCloseReopenInATemporaryDirectory() async throws {
        let root = try makeTemporaryDirectory()
        defer { removeTree(root) }
        let fileIO = LocalFileIO()
        let directory = root + "/nested/wal"
        let (log, replayed) = try openWAL(fileIO, directory: directory, segmentMaxBytes: 4_096)
        #expect(replayed.isEmpty)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<4 {
                group.addTask {
                    for index in 0..<25 {
                        _ = try await log.append(Fixtures.batch(task * 100 + index), durability: .sync)
                    }
                }
            }
            try await group.waitForAll()
        }
        await log.close()
        #expect(try segmentNames(fileIO, directory: directory).count > 1)

        // A torn tail on the last segment is truncated on the next open.
        let last = try segmentNames(fileIO, directory: directory).last ?? ""
        let lastPath = directory + "/" + last
        let file = try fileIO.openForAppending(at: lastPath)
        try [UInt8](repeating: 7, count: 5).withUnsafeBytes { try file.append($0) }
        try file.sync()
        file.close()
        let sizeBefore = try fileIO.readFile(at: lastPath).count

        let (reopened, again) = try openWAL(fileIO, directory: directory, segmentMaxBytes: 4_096)
        #expect(again.map(\.sequence) == Array(1...100))
        #expect(try fileIO.readFile(at: lastPath).count == sizeBefore - 5)
        #expect(try await reopened.append(Fixtures.batch(0), durability: .sync) == 101)
        await reopened.close()
    }

    @Test func fileOperations() throws {
        let root = try makeTemporaryDirectory()
        defer { removeTree(root) }
        let fileIO = LocalFileIO()
        try fileIO.createDirectory(at: root + "/a/b")
        try fileIO.createDirectory(at: root + "/a/b")  // exists: fine
        let path = root + "/a/b/file"
        let file = try fileIO.openForAppending(at: path)
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0) }
        try bytes.withUnsafeBytes { try file.append($0) }
        try file.sync()
        #expect(file.size == 100_000)
        try file.truncate(toSize: 10)
        #expect(file.size == 10)
        file.close()
        #expect(try fileIO.readFile(at: path) == Array(bytes[0..<10]))
        try fileIO.truncateFile(at: path, toSize: 3)
        #expect(try fileIO.readFile(at: path) == Array(bytes[0..<3]))
        #expect(try fileIO.contentsOfDirectory(at: root + "/a/b") == ["file"])
        try fileIO.syncDirectory(at: root + "/a/b")
        try fileIO.removeFile(at: path)
        #expect(!fileIO.fileExists(at: path))
        #expect(throws: FileIOError.self) { try fileIO.readFile(at: path) }
    }

    private func makeTemporaryDirectory() throws -> String {
        var template = Array("/tmp/wal-test-XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else { throw FileIOError(operation: "mkdtemp", path: "/tmp") }
        return String(cString: created)
    }

    /// `rm -r` for the test's own temporary directory.
    private func removeTree(_ path: String) {
        let fileIO = LocalFileIO()
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            for name in (try? fileIO.contentsOfDirectory(at: path)) ?? [] { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
