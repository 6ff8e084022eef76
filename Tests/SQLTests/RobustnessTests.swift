import SQL
import Testing

/// Depth bounds, linear-time behaviour and never-crash checks on hostile input.
@Suite struct RobustnessTests {
    @Test func depthMatchesDataFusion() throws {
        // DataFusion accepts 47 nested parentheses in `SELECT (...)` and rejects 48 (recursion limit 50).
        let ok = "SELECT " + String(repeating: "(", count: 47) + "1" + String(repeating: ")", count: 47)
        _ = try parseSQL(ok)
        let deep = "SELECT " + String(repeating: "(", count: 48) + "1" + String(repeating: ")", count: 48)
        #expect(throws: SQLParseError.self) { try parseSQL(deep) }
        do {
            _ = try parseSQL(deep)
        } catch {
            #expect(error.displayText == "SQL error: RecursionLimitExceeded (current limit: 50)")
        }
    }

    @Test(arguments: ["(", "-", "NOT ", "CAST(", "(SELECT ", "CASE WHEN ", "f(", "[", "position(", "x IN ("])
    func tenThousandNestingLevelsFailCleanly(prefix: String) {
        let sql = "SELECT " + String(repeating: prefix, count: 10_000) + "1"
        #expect(throws: SQLParseError.self) { try parseSQL(sql) }
        let custom = String(repeating: "(", count: 10_000)
        #expect(throws: SQLParseError.self) { try parseSQL("SELECT * FROM " + custom, maximumDepth: 1_000) }
    }

    @Test func largerConfiguredDepth() throws {
        let sql = "SELECT " + String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
        _ = try parseSQL(sql, maximumDepth: 256)
    }

    @Test func longFlatExpressionIsFine() throws {
        let sql = "SELECT 1" + String(repeating: " + 1", count: 20_000)
        _ = try parseSQL(sql)
        let list =
            "SELECT * FROM cpu WHERE host IN (" + Array(repeating: "'h'", count: 20_000).joined(separator: ",") + ")"
        _ = try parseSQL(list)
    }

    @Test func failingSpecialFormsStayLinear() {
        // Each level's special form fails and is retried as a function call; memoisation keeps this fast.
        let sql = "SELECT " + String(repeating: "position(1, ", count: 40) + "1" + String(repeating: ")", count: 40)
        _ = try? parseSQL(sql)
        let clock = ContinuousClock()
        let start = clock.now
        for prefix in ["CAST(", "position(", "f(", "TIMESTAMP("] {
            _ = try? parseSQL("SELECT " + String(repeating: prefix, count: 10_000) + "1")
        }
        _ = try? parseSQL("SELECT * FROM " + String(repeating: "(", count: 10_000), maximumDepth: 1_000)
        #expect(clock.now - start < .seconds(3))
        let cases = "SELECT " + String(repeating: "CASE WHEN ", count: 45) + "1"
        #expect(throws: SQLParseError.self) { try parseSQL(cases) }
    }

    @Test(arguments: Corpus.statements.prefix(120) + Corpus.tsbs)
    func everyTruncationIsHandled(sql: String) {
        let characters = Array(sql)
        for length in 0...characters.count {
            _ = try? parseSQL(String(characters[0..<length]))
        }
    }

    @Test func randomTokenSoup() {
        let pieces = [
            "SELECT", "FROM", "WHERE", "(", ")", ",", "*", "+", "-", "'s'", "\"q\"", "1", "1.5", "x", "AND", "OR",
            "NOT", "IN", "BETWEEN", "CASE", "WHEN", "THEN", "END", "CAST", "AS", "::", "[", "]", "OVER", "JOIN",
            "ON", "GROUP", "BY", "ORDER", "LIMIT", "UNION", "WITH", ";", "INTERVAL", "EXTRACT", "IS", "NULL", "$1",
            "/*", "*/", "--", "E'", "||", "~*", ".", "TRIM", "POSITION", "EXISTS", "VALUES", "é", "\n",
        ]
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<3_000 {
            let count = Int(generator.next() % 40)
            var sql = ""
            for _ in 0..<count {
                sql += pieces[Int(generator.next() % UInt64(pieces.count))] + " "
            }
            _ = try? parseSQL(sql)
        }
    }
}

/// A tiny deterministic PRNG so the fuzz test is reproducible.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
