import Kernel
import KernelTesting
import QueryExec
import Testing

@testable import QueryPlan

@Suite("Planning joins, set operations and subqueries")
struct JoinPlanningTests {
    static func plan(_ sql: String) async throws -> LogicalPlan {
        let (engine, catalog) = try await PlannerTests.engine()
        let snapshot = try await catalog.snapshot()
        return try engine.logicalPlan(
            QueryRequest(database: "db", text: sql, language: .sql), snapshot: snapshot,
            database: try #require(snapshot.database(named: "db")))
    }

    static func joinSpec(_ plan: LogicalPlan) -> JoinSpec? {
        switch plan {
        case .join(let spec, _, _): spec
        case .projection(_, _, let input), .filter(_, let input), .alias(_, let input), .sort(_, _, let input),
            .limit(_, _, let input), .aggregate(_, _, _, let input):
            joinSpec(input)
        default: nil
        }
    }

    @Test func equalitiesBecomeHashKeysAndTheRestAFilter() async throws {
        let plan = try await Self.plan(
            "SELECT a.usage, b.usage FROM cpu a JOIN cpu b ON a.host = b.host AND a.time < b.time")
        let spec = try #require(Self.joinSpec(plan))
        #expect(spec.type == .inner)
        #expect(spec.leftKeys == [.column(0)])
        #expect(spec.rightKeys == [.column(0)])
        #expect(spec.keyTypes == [.tag])
        #expect(spec.filter == .binary(.less, .column(1), .column(4)))
    }

    @Test func whereConditionsMoveIntoAndBelowCommaJoins() async throws {
        let plan = try await Self.plan(
            "SELECT a.usage FROM cpu a, cpu b WHERE a.host = b.host AND a.time >= 2000 AND a.usage < b.usage")
        guard case .projection(_, _, .join(let spec, .alias(_, .scan(let scan)), _)) = plan else {
            Issue.record("expected a join over a filtered scan, got \(plan)")
            return
        }
        #expect(spec.leftKeys == [.column(0)])
        // Both scans read only host and usage (the time bound became the left scan's range).
        #expect(spec.filter == .binary(.less, .column(1), .column(3)))
        #expect(scan.schema.columns.map(\.name) == ["host", "usage"])
        #expect(scan.timeRange.startNanoseconds == 2_000)
    }

    @Test func selfJoinResultsAndUsingColumns() async throws {
        #expect(
            try await PlannerTests.rows(
                "SELECT a.usage, b.usage FROM cpu a JOIN cpu b ON a.host = b.host AND a.time < b.time ORDER BY 1")
                == [[.float(1), .float(3)], [.float(2), .float(4)]])
        #expect(
            try await PlannerTests.rows(
                "SELECT * FROM (VALUES (1, 'a')) x(n, s) FULL JOIN (VALUES (1, 'b'), (2, 'c')) y(n, t) USING (n) ORDER BY t"
            )
                == [[.integer(1), .string("a"), .string("b")], [.null, .null, .string("c")]])
    }

    @Test func ambiguityAndDuplicateErrorsUseDataFusionWording() async throws {
        await #expect(throws: KernelError(.invalidInput, "Schema error: Ambiguous reference to unqualified field host"))
        {
            _ = try await Self.plan("SELECT host FROM cpu a JOIN cpu b ON a.time = b.time")
        }
        await #expect(
            throws: KernelError(.invalidInput, "Schema error: Schema contains duplicate qualified field name cpu.host")
        ) {
            _ = try await Self.plan("SELECT 1 FROM cpu JOIN cpu ON true")
        }
    }

    @Test func setOperations() async throws {
        #expect(
            try await PlannerTests.rows("SELECT 1 AS x UNION ALL SELECT 2.5 ORDER BY x") == [
                [.float(1)], [.float(2.5)],
            ])
        #expect(try await PlannerTests.rows("SELECT host FROM cpu UNION SELECT 'c' ORDER BY 1").count == 3)
        #expect(try await PlannerTests.rows("SELECT host FROM cpu EXCEPT SELECT 'a'") == [[.string("b")]])
        await #expect(
            throws: KernelError(.invalidInput, "Error during planning: UNION queries have different number of columns")
        ) {
            _ = try await Self.plan("SELECT 1, 2 UNION SELECT 3")
        }
    }

    @Test func uncorrelatedSubqueriesBecomeConstants() async throws {
        #expect(try await PlannerTests.rows("SELECT (SELECT max(usage) FROM cpu) AS m") == [[.float(4)]])
        #expect(
            try await PlannerTests.rows("SELECT usage FROM cpu WHERE usage > (SELECT avg(usage) FROM cpu) ORDER BY 1")
                == [[.float(3)], [.float(4)]])
        #expect(
            try await PlannerTests.rows("SELECT usage FROM cpu WHERE host IN (SELECT 'b') ORDER BY 1")
                == [[.float(2)], [.float(4)]])
        #expect(try await PlannerTests.rows("SELECT count(*) FROM cpu WHERE NOT EXISTS (SELECT 1)") == [[.integer(0)]])
        await #expect(throws: KernelError(.invalidInput, "Execution error: Scalar subquery returned more than one row"))
        {
            _ = try await Self.plan("SELECT (SELECT usage FROM cpu)")
        }
    }

    @Test func correlatedExistsAndInBecomeSemiAndAntiJoins() async throws {
        let exists = try await Self.plan(
            "SELECT usage FROM cpu a WHERE EXISTS (SELECT 1 FROM cpu b WHERE b.host = a.host AND b.usage > a.usage)")
        let spec = try #require(Self.joinSpec(exists))
        #expect(spec.type == .leftSemi)
        #expect(spec.leftKeys == [.column(0)])
        #expect(
            try await PlannerTests.rows(
                "SELECT usage FROM cpu a WHERE NOT EXISTS (SELECT 1 FROM cpu b WHERE b.host = a.host AND b.usage > a.usage) ORDER BY 1"
            ) == [[.float(3)], [.float(4)]])
        #expect(
            try await PlannerTests.rows(
                "SELECT usage FROM cpu a WHERE a.usage IN (SELECT b.usage + 1 FROM cpu b WHERE b.host = a.host) ORDER BY 1"
            ) == [])
        #expect(
            try await PlannerTests.rows(
                "SELECT usage FROM cpu a WHERE a.usage IN (SELECT b.usage + 2 FROM cpu b WHERE b.host = a.host) ORDER BY 1"
            ) == [[.float(3)], [.float(4)]])
    }
}
