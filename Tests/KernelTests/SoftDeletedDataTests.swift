import Kernel
import Testing

/// Replay routing: records written before a soft deletion belong to the renamed object.
@Suite("Replayed records and soft-deleted objects")
struct SoftDeletedDataTests {
    static let snapshot = CatalogSnapshot(
        version: 9,
        databases: [
            DatabaseSchema(id: DatabaseID(1), name: "foo-20240101T000000", isDeleted: true, deletedAtWALSequence: 10),
            DatabaseSchema(id: DatabaseID(2), name: "foo-20240102T000000", isDeleted: true, deletedAtWALSequence: 20),
            DatabaseSchema(
                id: DatabaseID(3), name: "foo",
                tables: [
                    TableSchema(id: TableID(0), name: "cpu-20240103T000000", isDeleted: true, deletedAtWALSequence: 25),
                    TableSchema(id: TableID(1), name: "cpu"),
                ]),
            DatabaseSchema(id: DatabaseID(4), name: "bar-20240101T000000", isDeleted: true),
        ]
    )

    func route(_ database: String, _ table: String, _ sequence: UInt64) -> String {
        let batch = DatabaseWriteBatch(database: database, tables: [TableWriteBatch(tableName: table)])
        let routed = SoftDeletedData.owner(of: batch, sequence: sequence, in: Self.snapshot)
        return routed.database + "." + (routed.tables.first?.tableName ?? "")
    }

    @Test func recordsGoToTheEarliestDeletionAtOrAfterThem() {
        #expect(route("foo", "cpu", 3) == "foo-20240101T000000.cpu")
        #expect(route("foo", "cpu", 10) == "foo-20240101T000000.cpu")
        #expect(route("foo", "cpu", 11) == "foo-20240102T000000.cpu")
        #expect(route("foo", "cpu", 21) == "foo.cpu-20240103T000000")
        #expect(route("foo", "cpu", 26) == "foo.cpu")
        #expect(route("foo", "mem", 21) == "foo.mem")
    }

    @Test func clearedRecordsAreLeftOut() {
        var snapshot = Self.snapshot
        snapshot.databases[2].tables[1].dataClearedThroughWALSequence = 30
        snapshot.databases.append(DatabaseSchema(id: DatabaseID(5), name: "wiped", dataClearedThroughWALSequence: 4))
        let batch = DatabaseWriteBatch(
            database: "foo", tables: [TableWriteBatch(tableName: "cpu"), TableWriteBatch(tableName: "mem")])
        #expect(SoftDeletedData.owner(of: batch, sequence: 30, in: snapshot).tables.map(\.tableName) == ["mem"])
        #expect(SoftDeletedData.owner(of: batch, sequence: 31, in: snapshot).tables.map(\.tableName) == ["cpu", "mem"])
        let wiped = DatabaseWriteBatch(database: "wiped", tables: [TableWriteBatch(tableName: "cpu")])
        #expect(SoftDeletedData.owner(of: wiped, sequence: 4, in: snapshot).tables.isEmpty)
        #expect(SoftDeletedData.owner(of: wiped, sequence: 5, in: snapshot).tables.count == 1)
    }

    @Test func deletionsWithoutASequenceAndOtherNamesAreLeftAlone() {
        #expect(route("bar", "cpu", 1) == "bar.cpu")
        #expect(route("other", "cpu", 1) == "other.cpu")
    }
}
