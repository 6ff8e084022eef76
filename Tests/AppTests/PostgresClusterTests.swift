import Foundation
import Kernel
import KernelTesting
import Testing

@testable import PostgresCatalog

/// Two real `influxdb3` processes (each with its own data directory and WAL) sharing one
/// PostgreSQL catalog, written to at the same time. Needs `INFLUXDB3_TEST_POSTGRES_URL`
/// (scripts/test.sh provides it); without it the suite is skipped, unless `CI` or
/// `INFLUXDB3_REQUIRE_POSTGRES=1` demand it.
@Suite(
    "Two server processes on one PostgreSQL catalog", .serialized,
    .enabled(if: ClusterPostgres.shouldRun, ClusterPostgres.skipReason))
struct PostgresClusterTests {
    @Test func concurrentWritesToBothNodesLeaveOneConsistentCatalog() async throws {
        let (url, drop) = try ClusterPostgres.makeDatabase()
        defer { drop() }
        let directories = (0..<2).map { NSTemporaryDirectory() + "influxdb3-cluster-\($0)-\(UUID().uuidString)" }
        defer { for directory in directories { try? FileManager.default.removeItem(atPath: directory) } }
        let nodes = try directories.map {
            try ServerProcess(dataDirectory: $0, extraArguments: ["--catalog", "postgres", "--catalog-url", url])
        }
        defer { for node in nodes { node.terminate() } }
        for node in nodes { try await node.waitUntilReady() }

        // Same tables and columns from both nodes, and tables only one node writes.
        let writes = (0..<8).flatMap { writer in
            (0..<10).map { batch in
                let index = writer * 10 + batch
                return (
                    writer: writer,
                    database: ["shared", "other", "node\(writer % 2)"][batch % 3],
                    tables: ["t\(index % 4)", "only\(writer % 2)_\(index % 3)"],
                    body: "t\(index % 4),host=h\(writer) f\(index % 5)=1 \(index + 1)\n"
                        + "only\(writer % 2)_\(index % 3),k=v v\(batch % 4)=1i \(index + 1)"
                )
            }
        }
        let failures = try await withThrowingTaskGroup(of: Int.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    var failures = 0
                    for write in writes where write.writer == writer {
                        let (status, _) = try await nodes[writer % 2].request(
                            "POST", "/api/v3/write_lp?db=\(write.database)", body: write.body)
                        if status != 204 { failures += 1 }
                    }
                    return failures
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(failures == 0, "every write must be accepted")
        let sharedTables = Set(writes.filter { $0.database == "shared" }.flatMap(\.tables))

        let fresh = try await PostgresCatalog.open(url: url, refreshInterval: nil).snapshot()
        #expect(fresh.consistencyProblems == [])
        #expect(Set(fresh.database(named: "shared")?.tables.map(\.name) ?? []) == sharedTables)
        #expect(Set(fresh.databases.map(\.name)) == ["_internal", "shared", "other", "node0", "node1"])
        // Each node refreshes within its interval (1 s) and then reports the same schema.
        let expected = try columns(of: fresh, database: "shared")
        for node in nodes {
            var seen: [String] = []
            let deadline = Date().addingTimeInterval(15)
            while seen != expected, Date() < deadline {
                seen = try await schema(node, database: "shared")
                if seen != expected { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(seen == expected, "a node's schema differs from a fresh load of the catalog")
        }
    }

    @Test func aNodeWritesToATableTheOtherNodeJustCreated() async throws {
        let (url, drop) = try ClusterPostgres.makeDatabase()
        defer { drop() }
        let directories = (0..<2).map { NSTemporaryDirectory() + "influxdb3-cluster-\($0)-\(UUID().uuidString)" }
        defer { for directory in directories { try? FileManager.default.removeItem(atPath: directory) } }
        let nodes = try directories.map {
            try ServerProcess(dataDirectory: $0, extraArguments: ["--catalog", "postgres", "--catalog-url", url])
        }
        defer { for node in nodes { node.terminate() } }
        for node in nodes { try await node.waitUntilReady() }
        let (created, _) = try await nodes[0].request("POST", "/api/v3/write_lp?db=metrics", body: "cpu,host=a u=1 1")
        #expect(created == 204)
        // Immediately, before node 1's periodic refresh: its write must converge to node 0's ids.
        let (written, body) = try await nodes[1].request(
            "POST", "/api/v3/write_lp?db=metrics", body: "cpu,host=b u=2,idle=3 2")
        #expect(written == 204, "\(body)")
        let (conflict, _) = try await nodes[1].request("POST", "/api/v3/write_lp?db=metrics", body: "cpu u=\"s\" 3")
        #expect(conflict == 400)
        let fresh = try await PostgresCatalog.open(url: url, refreshInterval: nil).snapshot()
        #expect(fresh.consistencyProblems == [])
        let cpu = fresh.database(named: "metrics")?.table(named: "cpu")
        #expect(cpu?.columns.map(\.name) == ["host", "u", "time", "idle"])
        #expect(try await schema(nodes[1], database: "metrics") == (try columns(of: fresh, database: "metrics")))
    }

    @Test func aNodeQueriesADatabaseAndATableTheOtherNodeJustCreated() async throws {
        let (url, drop) = try ClusterPostgres.makeDatabase()
        defer { drop() }
        let directories = (0..<2).map { NSTemporaryDirectory() + "influxdb3-cluster-\($0)-\(UUID().uuidString)" }
        defer { for directory in directories { try? FileManager.default.removeItem(atPath: directory) } }
        let nodes = try directories.map {
            try ServerProcess(dataDirectory: $0, extraArguments: ["--catalog", "postgres", "--catalog-url", url])
        }
        defer { for node in nodes { node.terminate() } }
        for node in nodes { try await node.waitUntilReady() }
        let query = "/api/v3/query_sql?db=late&format=csv&q=SELECT%20count(*)%20AS%20n%20FROM%20"
        #expect(try await nodes[1].request("GET", query + "cpu").0 == 404)
        // Each query follows the other node's write at once, well inside node 1's refresh interval:
        // node 1 re-reads the catalog on the miss.
        #expect(try await nodes[0].request("POST", "/api/v3/write_lp?db=late", body: "cpu v=1 1").0 == 204)
        let (status, body) = try await nodes[1].request("GET", query + "cpu")
        #expect(status == 200 && body == "n\n0\n", "\(status) \(body)")
        #expect(try await nodes[0].request("POST", "/api/v3/write_lp?db=late", body: "mem v=1 1").0 == 204)
        let (tableStatus, tableBody) = try await nodes[1].request("GET", query + "mem")
        #expect(tableStatus == 200 && tableBody == "n\n0\n", "\(tableStatus) \(tableBody)")
    }

    /// `table.column:type` lines from a node's `information_schema`, sorted.
    private func schema(_ node: ServerProcess, database: String) async throws -> [String] {
        let sql = "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'iox'"
        let encoded = sql.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? sql
        let (status, body) = try await node.request("GET", "/api/v3/query_sql?db=\(database)&format=csv&q=\(encoded)")
        guard status == 200 else { return ["status \(status): \(body)"] }
        return body.split(whereSeparator: \.isNewline).dropFirst().map { $0.replacingOccurrences(of: ",", with: ".") }
            .sorted()
    }

    private func columns(of snapshot: CatalogSnapshot, database: String) throws -> [String] {
        (snapshot.database(named: database)?.tables ?? []).flatMap { table in
            table.columns.map { "\(table.name).\($0.name)" }
        }.sorted()
    }

}

/// The test PostgreSQL server (`INFLUXDB3_TEST_POSTGRES_URL`) and a new database per test.
enum ClusterPostgres {
    static let environment = ProcessInfo.processInfo.environment
    static var url: String? { environment["INFLUXDB3_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 } }
    static var isRequired: Bool {
        let ci = environment["CI"] ?? ""
        return (!ci.isEmpty && ci != "false" && ci != "0") || environment["INFLUXDB3_REQUIRE_POSTGRES"] == "1"
    }
    static var shouldRun: Bool { url != nil || isRequired }
    static let skipReason: Comment =
        "INFLUXDB3_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped (scripts/test.sh starts a server)"

    /// Creates a database; returns its URL and how to drop it.
    static func makeDatabase() throws -> (String, @Sendable () -> Void) {
        guard let url else {
            throw ServerProcessError.noPostgres
        }
        let name = "influxdb3_c_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try PostgresConnection.connect(url: url).execute("CREATE DATABASE \(name)")
        let parts = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let query = parts.count > 1 ? "?" + parts[1] : ""
        let base = String(parts[0])
        let prefix = base.range(of: "/", options: .backwards).map { String(base[..<$0.lowerBound]) } ?? base
        return (
            prefix + "/" + name + query,
            {
                try? PostgresConnection.connect(url: url).execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            }
        )
    }
}

/// A PostgreSQL catalog that cannot be opened stops the start with a message naming the key.
@Suite("Starting with an unreachable PostgreSQL catalog")
struct PostgresStartupTests {
    @Test func anUnreachableCatalogStopsTheStartNamingCatalogURL() throws {
        let directory = NSTemporaryDirectory() + "influxdb3-unreachable-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let process = Process()
        process.executableURL = ServerProcess.binary
        process.arguments = [
            "serve", "--data-dir", directory, "--http-bind", "127.0.0.1:0", "--catalog", "postgres",
            "--catalog-url", "postgres://user:secret@127.0.0.1:1/catalog",
        ]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(text.contains("cannot open the catalog given by 'catalog-url'"), "\(text)")
        #expect(text.contains("postgres://user:***@127.0.0.1:1/catalog"), "\(text)")
        #expect(!text.contains("secret"), "\(text)")
    }
}
