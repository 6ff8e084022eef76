import Kernel
import QueryExec
import Testing

@testable import QueryPlan

@Suite("Limit, filter and projection push-down through projections, windows and joins")
struct PushdownTests {
    @Test func limitReachesASortUnderTheProjection() async throws {
        // ORDER BY a column the select list drops puts the sort under the projection.
        let plan = try await JoinPlanningTests.plan("SELECT usage FROM cpu ORDER BY time DESC LIMIT 1")
        guard case .limit(0, 1, .projection(_, _, .sort(_, let fetch, _))) = plan else {
            Issue.record("expected limit over projection over sort, got \(plan)")
            return
        }
        #expect(fetch == 1)
        #expect(try await PlannerTests.rows("SELECT usage FROM cpu ORDER BY time DESC LIMIT 1") == [[.float(4)]])
    }

    @Test func filterOverASubqueryReachesTheScan() async throws {
        let sql = "SELECT * FROM (SELECT host, usage FROM cpu) WHERE usage > 2"
        let plan = try await JoinPlanningTests.plan(sql)
        guard case .projection(_, _, .projection(_, _, .scan(let scan))) = plan else {
            Issue.record("expected the filter in the scan, got \(plan)")
            return
        }
        #expect(scan.filters.count == 1)
        #expect(try await PlannerTests.rows(sql) == [[.string("a"), .float(3)], [.string("b"), .float(4)]])
    }

    @Test func windowsReadOnlyTheColumnsTheyUse() async throws {
        let sql = "SELECT host, row_number() OVER (ORDER BY time DESC) AS n FROM cpu ORDER BY n"
        let plan = try await JoinPlanningTests.plan(sql)
        guard case .sort(_, _, .projection(_, _, .window(_, _, .scan(let scan)))) = plan else {
            Issue.record("expected a window over a scan, got \(plan)")
            return
        }
        #expect(scan.schema.columns.map(\.name) == ["host", "time"])
        #expect(
            try await PlannerTests.rows(sql) == [
                [.string("b"), .uinteger(1)], [.string("a"), .uinteger(2)], [.string("b"), .uinteger(3)],
                [.string("a"), .uinteger(4)],
            ])
    }
}
