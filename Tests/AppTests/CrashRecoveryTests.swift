import Foundation
import Testing

/// The durability promise end to end: every write answered 204 survives `kill -9`.
@Suite("Crash recovery of the real binary", .serialized)
struct CrashRecoveryTests {
    @Test func everyAcknowledgedPointSurvivesKill9() async throws {
        let directory = NSTemporaryDirectory() + "influxdb3-crash-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let server = try ServerProcess(dataDirectory: directory)
        try await server.waitUntilReady()

        // 4 concurrent writers, 25 batches each of 40 lines; each line a distinct point.
        let acknowledged = try await withThrowingTaskGroup(of: [String].self) { group in
            for writer in 0..<4 {
                group.addTask {
                    var points: [String] = []
                    for batch in 0..<25 {
                        let lines = (0..<40).map { line in
                            "m,writer=w\(writer),batch=b\(batch) v=\(line)i \(1_700_000_000_000_000_000 + Int64(line))"
                        }
                        let (status, _) = try await server.request(
                            "POST", "/api/v3/write_lp?db=crash&precision=ns", body: lines.joined(separator: "\n"))
                        if status == 204 {
                            points += (0..<40).map {
                                "\(1_700_000_000_000_000_000 + Int64($0))\tbatch=b\(batch),writer=w\(writer),v=\($0)i"
                            }
                        }
                    }
                    return points
                }
            }
            var all: [String] = []
            for try await points in group { all += points }
            return all
        }
        #expect(acknowledged.count == 4_000)
        server.kill9()

        let rows = try ServerProcess.inspect(
            dataDirectory: directory, arguments: ["--database", "crash", "--table", "m"])
        let stored = Set(rows.map { $0.split(separator: "\t", maxSplits: 2).last.map(String.init) ?? "" })
        let lost = acknowledged.filter { !stored.contains(normalise($0)) }
        #expect(lost.isEmpty, "lost \(lost.count) acknowledged points, e.g. \(lost.prefix(3))")

        // The server restarts on the same data and keeps accepting writes.
        let restarted = try ServerProcess(dataDirectory: directory)
        try await restarted.waitUntilReady()
        let (status, _) = try await restarted.request("POST", "/api/v3/write_lp?db=crash", body: "after,k=v x=1 1")
        #expect(status == 204)
        restarted.terminate()
        let counts = try ServerProcess.inspect(dataDirectory: directory, arguments: ["--count-only"])
        #expect(counts.contains("crash\tafter\t1"))
        #expect(counts.contains("crash\tm\t4000"))
    }

    /// Inspect prints tags in column order (writer, batch) — build the same text from the point.
    private func normalise(_ expected: String) -> String {
        let parts = expected.split(separator: "\t")
        let fields = parts[1].split(separator: ",")
        return "\(parts[0])\t\(fields[1]),\(fields[0]),\(fields[2])"
    }
}
