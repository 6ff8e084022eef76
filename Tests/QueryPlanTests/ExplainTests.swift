import Kernel
import QueryExec
import Testing

@testable import QueryPlan

@Suite("EXPLAIN and EXPLAIN ANALYZE")
struct ExplainTests {
    static func plan(_ sql: String) async throws -> [(type: String, plan: String)] {
        try await PlannerTests.rows(sql).map { row in
            guard case .string(let type) = row[0], case .string(let plan) = row[1] else { return ("", "") }
            return (type, plan)
        }
    }

    @Test func explainShowsTheLogicalAndThePhysicalPlan() async throws {
        let rows = try await Self.plan("EXPLAIN SELECT host, max(usage) FROM cpu WHERE usage > 1 GROUP BY host")
        #expect(rows.map(\.type) == ["logical_plan", "physical_plan"])
        #expect(
            rows[1].plan == """
                ProjectionExec: expr=[host@0 as host, max(cpu.usage)@1 as max(cpu.usage)]
                  AggregateExec: mode=Single, gby=[host@0 as host], aggr=[max(cpu.usage)]
                    RecordBatchesExec: table=cpu, chunks=1, projection=[host, usage], predicate=usage@1 > 1
                """)
    }

    @Test func analyzeReportsRowsPerOperator() async throws {
        let rows = try await Self.plan("EXPLAIN ANALYZE SELECT host, count(*) FROM cpu WHERE usage > 1 GROUP BY host")
        #expect(rows.map(\.type) == ["Plan with Metrics"])
        let lines = rows[0].plan.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("ProjectionExec: ") && lines[0].contains("metrics=[output_rows=2, elapsed_compute="))
        #expect(lines[1].hasPrefix("  AggregateExec: ") && lines[1].contains("output_rows=2,"))
        // Three of the four rows pass the scan's predicate.
        #expect(lines[2].hasPrefix("    RecordBatchesExec: ") && lines[2].contains("output_rows=3,"))
    }

    @Test func verboseAddsThePlanBeforeRewriting() async throws {
        let rows = try await Self.plan("EXPLAIN VERBOSE SELECT host FROM cpu WHERE usage > 1 OR host = 'a'")
        #expect(rows.map(\.type) == ["initial_logical_plan", "logical_plan", "physical_plan"])
        #expect(rows[0].plan.contains("Filter: cpu.usage > Int64(1) OR cpu.host = Utf8(\"a\")"))
    }

    @Test func durationsPrintAsDataFusionMetricsDo() {
        #expect(PhysicalExplain.time(430) == "430ns")
        #expect(PhysicalExplain.time(25_190) == "25.19µs")
        #expect(PhysicalExplain.time(8_740_000) == "8.74ms")
        #expect(PhysicalExplain.time(1_205_000_000) == "1.21s")
    }
}
