import Kernel
import QueryExec
import Synchronization

/// The recent and running queries of this server, for `system.queries`: a bounded ring (the
/// oldest entries are dropped past `capacity`, InfluxDB's `--query-log-size` default 1,000).
public final class QueryLog: Sendable {
    /// One query as `system.queries` shows it.
    public struct Entry: Sendable, Hashable {
        /// The log's own key for the entry.
        public var id: UInt64
        /// What `system.queries` shows as `id`: a random UUID, as InfluxDB 3 gives each query.
        public var uuid: String
        public var issueTimeNanoseconds: Int64
        public var queryType: String
        public var text: String
        public var phase: String
        public var planNanoseconds: Int64?
        public var executeNanoseconds: Int64?
        /// From the start to the end, however it ended (nil while running).
        public var end2endNanoseconds: Int64?
        public var success: Bool
        public var running: Bool
    }

    public let capacity: Int
    private let state = Mutex<(entries: [Entry], nextID: UInt64)>(([], 1))

    public init(capacity: Int = 1_000) {
        precondition(capacity > 0, "the query log keeps at least one entry")
        self.capacity = capacity
    }

    /// Records a query that starts now; returns its id.
    func begin(text: String, queryType: String, issueTimeNanoseconds: Int64) -> UInt64 {
        state.withLock { state in
            let id = state.nextID
            state.nextID += 1
            state.entries.append(
                Entry(
                    id: id, uuid: RandomUUID.v4(), issueTimeNanoseconds: issueTimeNanoseconds, queryType: queryType,
                    text: text,
                    phase: "planned", planNanoseconds: nil, executeNanoseconds: nil, end2endNanoseconds: nil,
                    success: false, running: true
                )
            )
            if state.entries.count > capacity { state.entries.removeFirst(state.entries.count - capacity) }
            return id
        }
    }

    /// Marks a query finished (or failed) with its timings.
    func end(
        _ id: UInt64, success: Bool, planNanoseconds: Int64?, executeNanoseconds: Int64?, end2endNanoseconds: Int64
    ) {
        state.withLock { state in
            guard let index = state.entries.lastIndex(where: { $0.id == id }) else { return }
            state.entries[index].running = false
            state.entries[index].success = success
            state.entries[index].phase = success ? "success" : "fail"
            state.entries[index].planNanoseconds = planNanoseconds
            state.entries[index].executeNanoseconds = executeNanoseconds
            state.entries[index].end2endNanoseconds = end2endNanoseconds
        }
    }

    public var entries: [Entry] { state.withLock { $0.entries } }

    /// `system.queries` as rows, durations as `Duration(ns)` with InfluxDB's null rules
    /// (`iox_query::query_log`): `partitions`, `parquet_files` and `permit_duration` once the
    /// query is planned (a permit is taken at once here, so it waits 0), `execute_duration` and
    /// `compute_duration` once it ran, `end2end_duration` once it finished, however it ended.
    var plan: LogicalPlan {
        let duration = ValueType.duration(.nanosecond)
        let columns: [(String, ValueType)] = [
            ("id", .string), ("phase", .string), ("issue_time", .time), ("query_type", .string),
            ("query_text", .string), ("partitions", .integer), ("parquet_files", .integer),
            ("plan_duration", duration), ("permit_duration", duration), ("execute_duration", duration),
            ("end2end_duration", duration), ("compute_duration", duration), ("max_memory", .integer),
            ("success", .boolean), ("running", .boolean), ("cancelled", .boolean), ("trace_id", .string),
        ]
        let schema = PlanSchema(columns.map { PlanColumn(relation: "queries", name: $0.0, type: $0.1) })
        let rows: [[ScalarValue]] = entries.map { entry in
            let planned = entry.planNanoseconds != nil
            let execute = entry.executeNanoseconds.map { ScalarValue.duration($0, .nanosecond) } ?? .null
            return [
                .string(entry.uuid), .string(entry.phase), .timestamp(entry.issueTimeNanoseconds),
                .string(entry.queryType), .string(entry.text), planned ? .integer(0) : .null,
                planned ? .integer(0) : .null, entry.planNanoseconds.map { .duration($0, .nanosecond) } ?? .null,
                planned ? .duration(0, .nanosecond) : .null, execute,
                entry.end2endNanoseconds.map { .duration($0, .nanosecond) } ?? .null, execute, .integer(0),
                .boolean(entry.success), .boolean(entry.running), .boolean(false), .null,
            ]
        }
        return .values(schema, rows)
    }
}
