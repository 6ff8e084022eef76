import Kernel
import KernelTesting
import Testing

/// The test kit's own contract: durability model, crash, faults and the manual clock.
@Suite("KernelTesting kit")
struct TestKitTests {
    private func append(_ bytes: [UInt8], to file: any AppendableFile) throws {
        try bytes.withUnsafeBytes { try file.append($0) }
    }

    @Test func crashKeepsSyncedBytesAndDropsUnsyncedOnes() throws {
        let fileIO = InMemoryFileIO()
        try fileIO.createDirectory(at: "/d")
        let file = try fileIO.openForAppending(at: "/d/f")
        try append([1, 2, 3], to: file)
        try file.sync()
        try fileIO.syncDirectory(at: "/d")
        try append([4, 5, 6, 7], to: file)
        #expect(fileIO.durableByteCount(of: "/d/f") == 3)
        fileIO.crash(keepingUnsyncedBytes: 2)
        #expect(fileIO.contents(of: "/d/f") == [1, 2, 3, 4, 5])
        #expect(throws: FileIOError.self) { try append([9], to: file) }  // stale handle
    }

    @Test func crashDropsFilesWhoseDirectoryEntryWasNeverSynced() throws {
        let fileIO = InMemoryFileIO()
        try fileIO.createDirectory(at: "/d")
        let file = try fileIO.openForAppending(at: "/d/new")
        try append([1], to: file)
        try file.sync()
        fileIO.crash()
        #expect(!fileIO.fileExists(at: "/d/new"))
        #expect(try fileIO.contentsOfDirectory(at: "/d").isEmpty)
    }

    @Test func faultsFireOnceOrUntilCleared() throws {
        let fileIO = FaultyFileIO()
        try fileIO.createDirectory(at: "/d")
        let file = try fileIO.openForAppending(at: "/d/f")
        fileIO.inject(.tornWrite(keepingBytes: 2))
        #expect(throws: FileIOError.self) { try append([1, 2, 3, 4], to: file) }
        #expect(file.size == 2)
        try append([5], to: file)
        fileIO.inject(.failSync)
        #expect(throws: FileIOError.self) { try file.sync() }
        try file.sync()
        fileIO.inject(.failTruncate)
        #expect(throws: FileIOError.self) { try file.truncate(toSize: 0) }
        fileIO.inject(.diskFull(afterBytes: 3))
        try append([6, 7], to: file)
        #expect(throws: FileIOError.self) { try append([8, 9], to: file) }
        #expect(throws: FileIOError.self) { try append([10], to: file) }
        fileIO.clearDiskFull()
        try append([11], to: file)
        #expect(fileIO.base.contents(of: "/d/f") == [1, 2, 5, 6, 7, 8, 11])
    }

    @Test func manualWallClockMovesOnlyWhenTold() {
        let clock = ManualWallClock(nanoseconds: 1_000)
        #expect(clock.nowNanoseconds() == 1_000)
        clock.advance(by: .milliseconds(2))
        #expect(clock.nowNanoseconds() == 2_001_000)
        clock.set(nanoseconds: 5)
        #expect(clock.nowNanoseconds() == 5)
    }
}
