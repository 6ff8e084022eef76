import Foundation
import HTTPTypes
import KernelTesting
import Testing

/// `.slt`-style golden files (`Tests/Fixtures/sql/*.slt`), one per feature area: `data` records
/// write line protocol, `query` records hold SQL and the exact CSV the server answers (or
/// `status N` and the error body). `UPDATE_GOLDEN=1 swift test --filter GoldenSQLTests` rewrites
/// the expectations; review the diff like code.
@Suite("SQL golden files")
struct GoldenSQLTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sql")

    static func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".slt") }.sorted()
    }

    /// One record of a golden file.
    struct Record {
        var kind: String
        var input: [String]
        var expected: [String]
    }

    static func parse(_ text: String) -> [Record] {
        var records: [Record] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        while let line = lines.first {
            lines = lines.dropFirst()
            guard line == "data" || line == "query" else { continue }
            var record = Record(kind: line, input: [], expected: [])
            while let next = lines.first, next != "----" {
                record.input.append(next)
                lines = lines.dropFirst()
            }
            lines = lines.dropFirst()
            while let next = lines.first, !next.isEmpty {
                record.expected.append(next)
                lines = lines.dropFirst()
            }
            records.append(record)
        }
        return records
    }

    static func render(_ records: [Record], header: String) -> String {
        header
            + records.map { record in
                ([record.kind] + record.input + ["----"] + record.expected).joined(separator: "\n") + "\n"
            }.joined(separator: "\n")
    }

    @Test(arguments: files())
    func goldenFile(name: String) async throws {
        let url = Self.directory.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let header =
            text.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { $0.hasPrefix("#") }.map { $0 + "\n" }.joined() + "\n"
        var records = Self.parse(text)
        let server = try TestServer()
        let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
        for index in records.indices {
            let record = records[index]
            let actual: [String]
            if record.kind == "data" {
                let reply = try await server.send(
                    .post,
                    "/api/v3/write_lp?db=golden&precision=ns",
                    text: record.input.joined(separator: "\n")
                )
                actual = ["status \(reply.status)"]
            } else {
                let sql = record.input.joined(separator: "\n")
                let reply = try await server.send(
                    .get,
                    "/api/v3/query_sql?db=golden&format=csv&q=\(sql.addingPercentEncodingForQuery())"
                )
                let body = reply.body.hasSuffix("\n") ? String(reply.body.dropLast()) : reply.body
                let lines =
                    body.isEmpty ? [] : body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                actual = reply.status == 200 ? lines : ["status \(reply.status)"] + lines
            }
            if update {
                records[index].expected = actual
            } else {
                #expect(actual == record.expected, "\(name): \(record.input.joined(separator: " "))")
            }
        }
        if update {
            try Self.render(records, header: header).write(to: url, atomically: true, encoding: .utf8)
        }
    }
}
