import Ingest
import Kernel
import KernelTesting
import Logging
import Testing
import WAL

@Suite("WriteService: catalog, WAL and buffer together")
struct WriteServiceTests {
    /// A service on in-memory ports whose WAL lives in `fileIO`.
    struct Fixture {
        let fileIO: InMemoryFileIO
        let catalog: InMemoryCatalog
        let buffer = WriteBuffer()
        let wal: WriteAheadLog
        let service: WriteService

        init(fileIO: InMemoryFileIO = InMemoryFileIO(), catalog: InMemoryCatalog = InMemoryCatalog()) throws {
            self.fileIO = fileIO
            self.catalog = catalog
            let buffer = self.buffer
            wal = try WriteAheadLog.open(
                configuration: WALConfiguration(directory: "/wal"),
                fileIO: fileIO,
                logger: Logger(label: "test"),
                replay: { buffer.insert($0.batch, sequence: $0.sequence) }
            )
            service = WriteService(
                catalog: catalog,
                wal: wal,
                buffer: buffer,
                clock: ManualWallClock(),
                logger: Logger(label: "test")
            )
        }

        func write(_ text: String, database: String = "db", partial: Bool = true) async throws -> Int {
            try await service.write(
                WriteRequest(
                    database: database,
                    dialect: .v3,
                    precision: .nanosecond,
                    acceptPartial: partial,
                    noSync: false,
                    body: Array(text.utf8)
                )
            )
        }
    }

    @Test func acknowledgedWritesSurviveACrashAndReplay() async throws {
        let first = try Fixture()
        for index in 0..<20 {
            #expect(try await first.write("m,k=\(index % 3) v=\(index) \(index)") == 1)
        }
        first.fileIO.crash()
        let second = try Fixture(fileIO: first.fileIO, catalog: first.catalog.reopened())
        #expect(second.buffer.rowCount == 20)
        let scanned = second.buffer.scan(database: "db", table: "m", timeRange: .all).reduce(0) { $0 + $1.rowCount }
        #expect(scanned == 20)
        #expect(try await second.write("m,k=x v=1 100") == 1)
        await first.wal.close()
        await second.wal.close()
    }

    @Test func concurrentConflictingTypesEndAsLineErrors() async throws {
        let fixture = try Fixture()
        let floats = Task { try await fixture.write("t v=1 1") }
        let strings = Task { try await fixture.write("t v=\"s\" 2") }
        let outcomes = [await floats.result, await strings.result]
        let accepted = outcomes.filter { (try? $0.get()) == 1 }.count
        let rejected = outcomes.compactMap { outcome -> WriteRejection? in
            if case .failure(let error as WriteRejection) = outcome { return error }
            return nil
        }
        #expect(accepted == 1)
        #expect(rejected.count == 1)
        #expect(rejected.first?.lines.first?.message.hasPrefix("invalid column type for column 'v'") == true)
        await fixture.wal.close()
    }

    @Test func allOrNothingCommitsNoSchema() async throws {
        let fixture = try Fixture()
        await #expect(throws: WriteRejection.self) { try await fixture.write("a v=1 1\nb v= 2", partial: false) }
        #expect(try await fixture.catalog.snapshot().database(named: "db") == nil)
        await fixture.wal.close()
    }

    @Test func allInvalidPartialWriteStillCreatesTheDatabase() async throws {
        let fixture = try Fixture()
        await #expect(throws: WriteRejection.self) { try await fixture.write("b v= 2") }
        #expect(try await fixture.catalog.snapshot().database(named: "db") != nil)
        await fixture.wal.close()
    }
}
