import Foundation
import Testing

@testable import PostgresCatalog

/// The PostgreSQL server the tests use: `INFLUXDB3_TEST_POSTGRES_URL` (scripts/test.sh starts a
/// throw-away one, see scripts/lib/postgres.sh). Without it the suites are skipped with a reason,
/// unless `CI` or `INFLUXDB3_REQUIRE_POSTGRES=1` is set: then they run and fail.
enum TestPostgres {
    static let environment = ProcessInfo.processInfo.environment

    static var url: String? {
        environment["INFLUXDB3_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var isRequired: Bool {
        let ci = environment["CI"] ?? ""
        return (!ci.isEmpty && ci != "false" && ci != "0") || environment["INFLUXDB3_REQUIRE_POSTGRES"] == "1"
    }

    /// Whether the PostgreSQL suites run (and fail when no server is given).
    static var shouldRun: Bool { url != nil || isRequired }

    static let skipReason: Comment =
        "INFLUXDB3_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped (scripts/test.sh starts a server)"

    /// A new, empty database on the test server; each test gets its own.
    static func makeDatabase() throws -> TestDatabase {
        guard let url else {
            throw TestPostgresError(
                "INFLUXDB3_TEST_POSTGRES_URL is not set but PostgreSQL tests are required (CI or "
                    + "INFLUXDB3_REQUIRE_POSTGRES=1): run scripts/test.sh or start a server")
        }
        let name = "influxdb3_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let admin = try PostgresConnection.connect(url: url)
        try admin.execute("CREATE DATABASE \(name)")
        return TestDatabase(adminURL: url, name: name, url: replacingDatabase(in: url, with: name))
    }

    /// `url` with its database name replaced by `name` (query parameters kept).
    static func replacingDatabase(in url: String, with name: String) -> String {
        let parts = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let base = String(parts[0])
        let query = parts.count > 1 ? "?" + parts[1] : ""
        guard let scheme = base.range(of: "://"), let slash = base[scheme.upperBound...].firstIndex(of: "/") else {
            return base + "/" + name + query
        }
        return String(base[..<slash]) + "/" + name + query
    }
}

/// A database created for one test, dropped (with its connections) by `drop()`.
struct TestDatabase: Sendable {
    let adminURL: String
    let name: String
    let url: String

    func drop() {
        guard let admin = try? PostgresConnection.connect(url: adminURL) else { return }
        try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// Runs SQL on this database (for tests that inspect or damage it directly).
    func execute(_ sql: String) throws {
        try PostgresConnection.connect(url: url).execute(sql)
    }

    func rows(_ sql: String) throws -> [[String?]] {
        try PostgresConnection.connect(url: url).query(sql).rows
    }
}

struct TestPostgresError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
