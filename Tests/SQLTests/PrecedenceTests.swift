import SQL
import Testing

/// Operator precedence and associativity; every expectation was checked by evaluating the expression in
/// DataFusion 55 (e.g. `SELECT 2 & 3 ^ 1` = 3, `SELECT 'a' || 1 + 2` fails as Utf8 + Int64).
@Suite struct PrecedenceTests {
    static let cases: [(String, String)] = [
        ("a OR b AND c", "(a OR (b AND c))"),
        ("a AND b OR c", "((a AND b) OR c)"),
        ("NOT a = b", "(NOT (a = b))"),
        ("NOT a AND b", "((NOT a) AND b)"),
        ("NOT NOT a", "(NOT (NOT a))"),
        ("1 + 2 * 3", "(1 + (2 * 3))"),
        ("1 * 2 + 3", "((1 * 2) + 3)"),
        ("2 - 1 - 1", "((2 - 1) - 1)"),
        ("8 / 2 / 2", "((8 / 2) / 2)"),
        ("5 % 3 * 2", "((5 % 3) * 2)"),
        ("-2 ^ 2", "((- 2) ^ 2)"),
        ("-a * b", "((- a) * b)"),
        ("-x::bigint", "(- (x::BIGINT))"),
        ("x::int + 1", "((x::INT) + 1)"),
        ("a || b = c", "((a || b) = c)"),
        ("'a' || 1 + 2", "(('a' || 1) + 2)"),
        ("2 * 3 || 'x'", "((2 * 3) || 'x')"),
        ("'x' || 2 * 3", "(('x' || 2) * 3)"),
        ("a BETWEEN 1 AND 2 AND b", "((a BETWEEN 1 AND 2) AND b)"),
        ("a NOT BETWEEN 1 + 1 AND 2 OR b", "((a NOT BETWEEN (1 + 1) AND 2) OR b)"),
        ("2 & 3 ^ 1", "((2 & 3) ^ 1)"),
        ("1 | 2 & 3", "(1 | (2 & 3))"),
        ("1 | 2 = 3", "((1 | 2) = 3)"),
        ("1 << 2 + 1", "(1 << (2 + 1))"),
        ("1 ^ 2 * 3", "(1 ^ (2 * 3))"),
        ("1 = 1 = true", "((1 = 1) = TRUE)"),
        ("1 < 2 = true", "((1 < 2) = TRUE)"),
        ("a IS NULL = true", "((a IS NULL) = TRUE)"),
        ("a = 1 IS NULL", "((a = 1) IS NULL)"),
        ("s LIKE 'a' OR s ILIKE 'b'", "((s LIKE 'a') OR (s ILIKE 'b'))"),
        ("s NOT LIKE 'a' || 'b'", "(s NOT LIKE ('a' || 'b'))"),
        ("x IN (1, 2) AND y", "((x IN (1, 2)) AND y)"),
        ("a IS DISTINCT FROM b AND c", "(a IS DISTINCT FROM (b AND c))"),
        ("x ~ 'a' AND y !~* 'b'", "((x ~ 'a') AND (y !~* 'b'))"),
        ("time AT TIME ZONE 'UTC' + INTERVAL '1 hour'", "((time AT TIME ZONE 'UTC') + INTERVAL '1 hour')"),
        ("(a OR b) AND c", "((a OR b) AND c)"),
        ("a - (b - c)", "(a - (b - c))"),
        ("x::double * 2", "((x::DOUBLE) * 2)"),
        ("a + b > c - d", "((a + b) > (c - d))"),
        ("a <> b OR a != c", "((a <> b) OR (a <> c))"),
        ("NOT a IS NULL", "(NOT (a IS NULL))"),
        ("a NOT IN (1) OR b", "((a NOT IN (1)) OR b)"),
    ]

    @Test(arguments: cases)
    func precedence(sql: String, expected: String) throws {
        let expr = try parseExpression(sql)
        #expect(tree(expr) == expected)
    }
}
