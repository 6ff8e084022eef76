import Ingest
import Kernel
import Testing

@Suite("WriteBuffer: chunks by time window, scans, last-write-wins deduplication")
struct WriteBufferTests {
    static func batch(_ table: String, hosts: [String?], times: [Int64], values: [Double?]) -> DatabaseWriteBatch {
        var dictionary: [String] = []
        let codes: [Int32] = hosts.map { host in
            guard let host else { return -1 }
            if let index = dictionary.firstIndex(of: host) { return Int32(index) }
            dictionary.append(host)
            return Int32(dictionary.count - 1)
        }
        var validity = ValidityBitmap()
        for value in values { validity.append(value != nil) }
        return DatabaseWriteBatch(
            database: "db",
            tables: [
                TableWriteBatch(
                    tableName: table,
                    timestamps: times,
                    tags: [TagColumn(name: "host", dictionary: dictionary, codes: codes)],
                    fields: [FieldColumn(name: "v", values: .float(values.map { $0 ?? 0 }), validity: validity)]
                )
            ]
        )
    }

    static func rows(_ buffer: WriteBuffer, _ table: String, _ range: TimeRange = .all) -> [String] {
        buffer.scan(database: "db", table: table, timeRange: range).flatMap { batch in
            (0..<batch.rowCount).map { row in
                batch.columns.map { column -> String in
                    guard column.validity[row] else { return "\(column.name)=null" }
                    switch column.values {
                    case .tag(let dictionary, let codes): return "\(column.name)=\(dictionary[Int(codes[row])])"
                    case .time(let values): return "time=\(values[row])"
                    case .float(let values): return "\(column.name)=\(values[row])"
                    default: return "\(column.name)=?"
                    }
                }.joined(separator: " ")
            }
        }
    }

    @Test func rowsAreScannedPerWindowAndPrunedByTime() {
        let buffer = WriteBuffer(chunkDurationNanoseconds: 100)
        buffer.insert(Self.batch("m", hosts: ["a", "b", "a"], times: [10, 150, 250], values: [1, 2, 3]), sequence: 1)
        #expect(Self.rows(buffer, "m") == ["host=a v=1.0 time=10", "host=b v=2.0 time=150", "host=a v=3.0 time=250"])
        #expect(
            Self.rows(buffer, "m", TimeRange(startNanoseconds: 100, endNanoseconds: 200)) == ["host=b v=2.0 time=150"])
        #expect(buffer.rowCount == 3)
        #expect(buffer.tableNames(database: "db") == ["m"])
    }

    @Test func duplicatesKeepTheNewestNonNullValueBySequence() {
        let buffer = WriteBuffer()
        // Sequence 2 arrives before sequence 1 (concurrent writers): sequence order decides.
        buffer.insert(Self.batch("m", hosts: ["a"], times: [5], values: [nil]), sequence: 3)
        buffer.insert(Self.batch("m", hosts: ["a"], times: [5], values: [2]), sequence: 2)
        buffer.insert(Self.batch("m", hosts: ["a"], times: [5], values: [1]), sequence: 1)
        #expect(Self.rows(buffer, "m") == ["host=a v=2.0 time=5"])
    }

    @Test func withinOneWriteTheLaterLineWins() {
        let buffer = WriteBuffer()
        buffer.insert(Self.batch("m", hosts: ["a", "a", "b"], times: [5, 5, 5], values: [1, 9, 4]), sequence: 1)
        #expect(Self.rows(buffer, "m") == ["host=a v=9.0 time=5", "host=b v=4.0 time=5"])
    }

    @Test func absentTagIsItsOwnSeries() {
        let buffer = WriteBuffer()
        buffer.insert(Self.batch("m", hosts: [nil, "a"], times: [5, 5], values: [1, 2]), sequence: 1)
        #expect(Self.rows(buffer, "m").sorted() == ["host=a v=2.0 time=5", "host=null v=1.0 time=5"])
    }

    @Test func newColumnsAreBackFilledWithNulls() {
        let buffer = WriteBuffer()
        buffer.insert(Self.batch("m", hosts: ["a"], times: [1], values: [1]), sequence: 1)
        var second = Self.batch("m", hosts: ["a"], times: [2], values: [2])
        second.tables[0].fields.append(
            FieldColumn(name: "w", values: .float([7]), validity: ValidityBitmap(repeating: true, count: 1)))
        buffer.insert(second, sequence: 2)
        #expect(Self.rows(buffer, "m") == ["host=a v=1.0 w=null time=1", "host=a v=2.0 w=7.0 time=2"])
    }

    @Test func scansSeeWritesMadeAfterACachedScan() {
        let buffer = WriteBuffer()
        buffer.insert(Self.batch("m", hosts: ["a"], times: [1], values: [1]), sequence: 1)
        #expect(Self.rows(buffer, "m") == ["host=a v=1.0 time=1"])
        #expect(Self.rows(buffer, "m") == ["host=a v=1.0 time=1"])
        buffer.insert(Self.batch("m", hosts: ["a"], times: [1], values: [5]), sequence: 2)
        buffer.insert(Self.batch("m", hosts: ["b"], times: [2], values: [6]), sequence: 3)
        #expect(Self.rows(buffer, "m") == ["host=a v=5.0 time=1", "host=b v=6.0 time=2"])
    }
}

@Suite("WriteBuffer cache warming")
struct WriteBufferWarmingTests {
    @Test func warmingComputesQuietStaleChunksOnce() {
        let buffer = WriteBuffer(chunkDurationNanoseconds: 100)
        buffer.insert(WriteBufferTests.batch("m", hosts: ["a", "b"], times: [10, 150], values: [1, 2]), sequence: 1)
        #expect(buffer.warmCaches() == 0)  // first seen: maybe still being written
        #expect(buffer.warmCaches() == 2)  // unchanged since: computed
        #expect(buffer.warmCaches() == 0)  // cached
        buffer.insert(WriteBufferTests.batch("m", hosts: ["a"], times: [20], values: [3]), sequence: 2)
        #expect(buffer.warmCaches() == 0)
        buffer.insert(WriteBufferTests.batch("m", hosts: ["c"], times: [30], values: [4]), sequence: 3)
        #expect(buffer.warmCaches() == 0)  // written again since the last pass: left to queries
        #expect(buffer.warmCaches() == 1)
        #expect(WriteBufferTests.rows(buffer, "m").count == 4)
    }
}
