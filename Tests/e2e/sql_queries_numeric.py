"""Differential queries for the narrow numeric types (Int8/16/32, UInt8/16/32, Float32): SQL type
names, arrow_cast names, coercions of arithmetic, comparisons, CASE/COALESCE/UNION, aggregates,
window functions and the functions DataFusion types as Int32. Values and `arrow_typeof`."""

TYPE_NAMES = [
    "SELECT arrow_typeof(CAST(1 AS TINYINT)) a, arrow_typeof(CAST(1 AS SMALLINT)) b, arrow_typeof(CAST(1 AS INT)) c, "
    "arrow_typeof(CAST(1 AS INTEGER)) d, arrow_typeof(CAST(1 AS BIGINT)) e",
    "SELECT arrow_typeof(CAST(1 AS TINYINT UNSIGNED)) a, arrow_typeof(CAST(1 AS SMALLINT UNSIGNED)) b, "
    "arrow_typeof(CAST(1 AS INT UNSIGNED)) c, arrow_typeof(CAST(1 AS INTEGER UNSIGNED)) d, "
    "arrow_typeof(CAST(1 AS BIGINT UNSIGNED)) e",
    "SELECT arrow_typeof(CAST(1 AS FLOAT)) a, arrow_typeof(CAST(1 AS REAL)) b, arrow_typeof(CAST(1 AS DOUBLE)) c, "
    "arrow_typeof(CAST(1 AS DOUBLE PRECISION)) d, arrow_typeof(CAST(1 AS FLOAT(10))) e",
    "SELECT arrow_typeof(CAST(1 AS INT2)) a, arrow_typeof(CAST(1 AS INT4)) b, arrow_typeof(CAST(1 AS INT8)) c, "
    "arrow_typeof(CAST(1 AS FLOAT4)) d, arrow_typeof(CAST(1 AS FLOAT8)) e, arrow_typeof(CAST(1 AS INT(11))) f",
    "SELECT arrow_typeof(arrow_cast(1, 'Int8')) a, arrow_typeof(arrow_cast(1, 'Int16')) b, "
    "arrow_typeof(arrow_cast(1, 'Int32')) c, arrow_typeof(arrow_cast(1, 'UInt8')) d, "
    "arrow_typeof(arrow_cast(1, 'UInt16')) e, arrow_typeof(arrow_cast(1, 'UInt32')) f, "
    "arrow_typeof(arrow_cast(1, 'Float32')) g",
    "SELECT CAST(1 AS MEDIUMINT)",
    "SELECT CAST(1 AS INT64)",
]

CASTS = [
    "SELECT CAST(1.1 AS FLOAT) a, CAST(1.1 AS FLOAT) + 0.0 b, CAST(1.1 AS REAL) * 3 c, CAST(0.1 AS FLOAT) d",
    "SELECT CAST(usage_user AS FLOAT) a, CAST(usage_user AS REAL) + 0.0 b, CAST(requests AS FLOAT) c FROM cpu",
    "SELECT CAST(requests AS INT) a, CAST(requests AS SMALLINT) b, CAST(requests AS INT UNSIGNED) c, "
    "CAST(requests AS SMALLINT UNSIGNED) d FROM cpu",
    "SELECT CAST(usage_user AS INT) a, CAST(usage_user AS TINYINT UNSIGNED) b, CAST(-usage_user AS SMALLINT) c FROM cpu",
    "SELECT CAST(3.7 AS INT) a, CAST(-3.7 AS SMALLINT) b, CAST(-0.5 AS INT UNSIGNED) c, CAST(255 AS TINYINT UNSIGNED) d",
    "SELECT CAST(300 AS TINYINT)",
    "SELECT CAST(-1 AS INT UNSIGNED)",
    "SELECT CAST(1e10 AS INT)",
    "SELECT CAST(requests AS TINYINT) FROM cpu",
    "SELECT CAST(usage_user * 1000 AS TINYINT) FROM cpu",
    "SELECT CAST('12' AS TINYINT) a, CAST(' 12' AS INT) b, CAST('1.5' AS FLOAT) c, CAST('-7' AS SMALLINT) d",
    "SELECT CAST('300' AS TINYINT)",
    "SELECT CAST('-1' AS INT UNSIGNED)",
    "SELECT CAST('abc' AS FLOAT)",
    "SELECT CAST(CAST(300 AS SMALLINT) AS TINYINT)",
    "SELECT CAST(CAST(16777217 AS INT) AS FLOAT) a, CAST(CAST(1.5 AS FLOAT) AS INT) b, CAST(CAST(1.1 AS FLOAT) AS TINYINT) c",
    "SELECT CAST(CAST(1.1 AS FLOAT) AS VARCHAR) AS s, CAST(CAST(7 AS SMALLINT) AS VARCHAR) AS t",
    "SELECT CAST(true AS INT) a, CAST(CAST(1 AS INT) AS BOOLEAN) b, CAST(CAST(0.5 AS FLOAT) AS BOOLEAN) c",
    "SELECT CAST(CAST(requests AS INT) AS BIGINT) a, CAST(CAST(requests AS SMALLINT) AS DOUBLE) b FROM cpu",
    "SELECT CAST(1e40 AS FLOAT) > 1e38 AS a, CAST(-1e40 AS REAL) < -1e38 AS b",
    "SELECT arrow_cast(requests, 'Int32') a, arrow_cast(usage_user, 'Float32') b, arrow_cast(requests, 'UInt16') c FROM cpu",
    "SELECT arrow_cast('1', 'Int32') a, arrow_cast(2.5, 'Float32') b, arrow_cast(7, 'Int8') c",
    "SELECT arrow_cast(1000, 'Int8')",
    "SELECT arrow_cast(requests, 'Int32') AS r FROM cpu ORDER BY r DESC, time LIMIT 3",
]

ARITHMETIC = [
    "SELECT CAST(2147483647 AS INT) + CAST(1 AS INT) a, arrow_typeof(CAST(1 AS INT) + CAST(1 AS INT)) b",
    "SELECT CAST(127 AS TINYINT) + CAST(1 AS TINYINT) a, CAST(1 AS TINYINT UNSIGNED) - CAST(2 AS TINYINT UNSIGNED) b",
    "SELECT arrow_typeof(CAST(1 AS INT) + 1) a, arrow_typeof(CAST(1 AS TINYINT) + CAST(1 AS SMALLINT)) b, "
    "arrow_typeof(CAST(1 AS TINYINT UNSIGNED) + CAST(1 AS TINYINT)) c, arrow_typeof(CAST(1 AS INT UNSIGNED) + CAST(1 AS INT)) d",
    "SELECT arrow_typeof(CAST(1 AS FLOAT) + 1) a, arrow_typeof(CAST(1 AS FLOAT) + 1.0) b, "
    "arrow_typeof(CAST(1 AS INT) * CAST(1 AS REAL)) c, arrow_typeof(CAST(1 AS SMALLINT UNSIGNED) + CAST(1 AS SMALLINT)) d",
    "SELECT CAST(requests AS INT) * 3 a, CAST(requests AS INT) * CAST(requests AS INT) b, "
    "CAST(requests AS SMALLINT) * CAST(requests AS SMALLINT) c FROM cpu",
    "SELECT CAST(requests AS TINYINT UNSIGNED) FROM cpu WHERE requests < 256",
    "SELECT CAST(usage_user AS FLOAT) * CAST(usage_system AS FLOAT) a, CAST(usage_user AS FLOAT) / 3 b, "
    "CAST(usage_user AS REAL) - usage_user c FROM cpu",
    "SELECT CAST(usage_user AS FLOAT) % CAST(7 AS FLOAT) a, CAST(requests AS INT) / CAST(7 AS INT) b, "
    "CAST(requests AS INT) % 7 c FROM cpu",
    "SELECT -CAST(requests AS INT) a, arrow_typeof(-CAST(requests AS SMALLINT)) b, -CAST(usage_user AS FLOAT) c FROM cpu",
    "SELECT CAST(usage_idle AS FLOAT) + CAST(requests AS INT) a FROM cpu",
    "SELECT CAST(requests AS INT) = requests a, CAST(usage_user AS FLOAT) = usage_user b, "
    "CAST(usage_user AS FLOAT) > 50 c, CAST(requests AS SMALLINT) < CAST(100 AS TINYINT) d FROM cpu",
    "SELECT CAST(16777217 AS INT) = CAST(16777216 AS FLOAT) a, CAST(1.1 AS FLOAT) = 1.1 b, "
    "CAST(1.1 AS FLOAT) = CAST(1.1 AS FLOAT) c",
    "SELECT host FROM cpu WHERE CAST(requests AS INT) BETWEEN 10 AND 20 ORDER BY time",
    "SELECT requests FROM cpu WHERE CAST(requests AS SMALLINT) IN (1, 2, 3, 100, 250) ORDER BY time",
]

UNIFICATION = [
    "SELECT arrow_typeof(CASE WHEN ok THEN CAST(requests AS INT) ELSE requests END) t, "
    "CASE WHEN ok THEN CAST(requests AS INT) ELSE requests * 2 END v FROM cpu",
    "SELECT CASE WHEN ok THEN CAST(usage_user AS FLOAT) ELSE CAST(requests AS INT) END v, "
    "arrow_typeof(CASE WHEN ok THEN CAST(usage_user AS FLOAT) ELSE CAST(requests AS INT) END) t FROM cpu",
    "SELECT CASE WHEN ok THEN CAST(usage_user AS FLOAT) ELSE usage_user END v FROM cpu",
    "SELECT coalesce(CAST(usage_idle AS INT), CAST(requests AS SMALLINT)) a, "
    "arrow_typeof(coalesce(CAST(usage_idle AS INT), CAST(requests AS SMALLINT))) b FROM cpu",
    "SELECT coalesce(CAST(usage_idle AS FLOAT), usage_user) a, coalesce(CAST(usage_idle AS FLOAT), 0) b, "
    "arrow_typeof(coalesce(CAST(usage_idle AS FLOAT), 0)) c FROM cpu",
    "SELECT nullif(CAST(requests AS INT), 5) a, greatest(CAST(requests AS INT), CAST(7 AS TINYINT)) b, "
    "least(CAST(usage_user AS FLOAT), 10) c, arrow_typeof(greatest(CAST(requests AS INT), CAST(7 AS TINYINT))) d FROM cpu",
    "SELECT CAST(requests AS INT) AS v FROM cpu UNION ALL SELECT CAST(requests AS SMALLINT) FROM cpu",
    "SELECT arrow_typeof(v) FROM (SELECT CAST(1 AS INT) AS v UNION ALL SELECT CAST(2 AS TINYINT UNSIGNED))",
    "SELECT v, arrow_typeof(v) FROM (SELECT CAST(1.5 AS FLOAT) AS v UNION ALL SELECT 2) ORDER BY v",
    "SELECT v FROM (SELECT CAST(requests AS INT) AS v FROM cpu UNION SELECT requests FROM cpu) ORDER BY v",
    "SELECT t.v, arrow_typeof(t.v) FROM (SELECT CAST(requests AS INT) AS v FROM cpu) t WHERE t.v > 290",
    "WITH s AS (SELECT CAST(usage_user AS FLOAT) AS f, CAST(requests AS SMALLINT) AS r FROM cpu) "
    "SELECT f * 2 AS f2, r + r AS r2, arrow_typeof(f * 2) t1, arrow_typeof(r + r) t2 FROM s",
    "SELECT a.requests FROM cpu a JOIN cpu b ON CAST(a.requests AS INT) = b.requests AND a.time = b.time ORDER BY a.time LIMIT 5",
]

AGGREGATES = [
    "SELECT sum(CAST(requests AS INT)) a, arrow_typeof(sum(CAST(requests AS INT))) b FROM cpu",
    "SELECT sum(CAST(requests AS SMALLINT UNSIGNED)) c, arrow_typeof(sum(CAST(requests AS SMALLINT UNSIGNED))) d FROM cpu",
    "SELECT sum(CAST(usage_user AS FLOAT)) a, arrow_typeof(sum(CAST(usage_user AS FLOAT))) b, "
    "avg(CAST(usage_user AS FLOAT)) c, avg(CAST(requests AS INT)) d FROM cpu",
    "SELECT min(CAST(requests AS INT)) a, max(CAST(requests AS SMALLINT)) b, min(CAST(usage_user AS FLOAT)) c, "
    "max(CAST(usage_user AS FLOAT)) d, arrow_typeof(max(CAST(usage_user AS FLOAT))) e FROM cpu",
    "SELECT host, min(CAST(requests AS INT)) a, max(CAST(usage_user AS REAL)) b, count(CAST(requests AS INT)) c "
    "FROM cpu GROUP BY host ORDER BY host",
    "SELECT first_value(CAST(requests AS INT) ORDER BY time) a, last_value(CAST(usage_user AS FLOAT) ORDER BY time) b "
    "FROM cpu",
    "SELECT arrow_typeof(first_value(CAST(requests AS TINYINT UNSIGNED) ORDER BY time)) c FROM cpu WHERE requests < 256",
    "SELECT median(CAST(requests AS INT)) a, median(CAST(usage_user AS FLOAT)) b, "
    "arrow_typeof(median(CAST(usage_user AS FLOAT))) c, stddev(CAST(requests AS INT)) d FROM cpu",
    "SELECT bit_and(CAST(requests AS INT)) a, bit_or(CAST(requests AS SMALLINT)) b, "
    "arrow_typeof(bit_xor(CAST(requests AS INT))) c FROM cpu",
    "SELECT CAST(requests AS INT) % 3 AS k, count(*) FROM cpu GROUP BY k ORDER BY k",
    "SELECT CAST(usage_user AS FLOAT) AS f FROM cpu ORDER BY f LIMIT 5",
    "SELECT DISTINCT CAST(requests AS INT) % 5 AS k FROM cpu ORDER BY k",
    "SELECT sum(CAST(requests AS INT)) OVER (ORDER BY time) a, arrow_typeof(sum(CAST(requests AS INT)) OVER ()) b "
    "FROM cpu ORDER BY time LIMIT 5",
    "SELECT lag(CAST(requests AS INT)) OVER (ORDER BY time) a, lead(CAST(usage_user AS FLOAT), 1, 0) OVER (ORDER BY time) b, "
    "min(CAST(requests AS SMALLINT)) OVER (PARTITION BY host) c FROM cpu ORDER BY time",
    "SELECT arrow_typeof(lag(CAST(requests AS INT)) OVER (ORDER BY time)) a, "
    "arrow_typeof(first_value(CAST(requests AS SMALLINT)) OVER (ORDER BY time)) b FROM cpu LIMIT 1",
    "SELECT avg(CAST(usage_user AS FLOAT)) OVER (ORDER BY time ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) a FROM cpu ORDER BY time",
]

FUNCTIONS = [
    "SELECT arrow_typeof(length('abc')) a, arrow_typeof(char_length('abc')) b, arrow_typeof(character_length('abc')) c, "
    "arrow_typeof(strpos('abc', 'b')) d, arrow_typeof(instr('abc', 'b')) e, arrow_typeof(position('b' IN 'abc')) f",
    "SELECT arrow_typeof(ascii('a')) a, arrow_typeof(bit_length('abc')) b, arrow_typeof(octet_length('abc')) c, "
    "arrow_typeof(levenshtein('a', 'b')) d, arrow_typeof(find_in_set('a', 'a,b')) e",
    "SELECT length(region) a, strpos(region, '-') b, ascii(host) c, bit_length(region) d, octet_length(note) e, "
    "levenshtein(region, 'us-east') f, find_in_set(host, 'a,b') g FROM cpu",
    "SELECT length(region) + length(host) a, arrow_typeof(length(region) + length(host)) b, length(region) * 1.5 c FROM cpu",
    "SELECT arrow_typeof(date_part('year', time)) a, arrow_typeof(date_part('epoch', time)) b, "
    "arrow_typeof(date_part('nanosecond', time)) c, arrow_typeof(extract(hour FROM time)) d, "
    "arrow_typeof(extract(epoch FROM time)) e FROM cpu LIMIT 1",
    "SELECT date_part('minute', time) a, date_part('second', time) b, extract(doy FROM time) c, "
    "date_part('millisecond', time) d, date_part('dow', time) e FROM cpu",
    "SELECT date_part('hour', time) + 1 AS h, arrow_typeof(date_part('hour', time) + 1) t FROM cpu LIMIT 1",
    "SELECT abs(CAST(requests AS INT)) a, arrow_typeof(abs(CAST(-3 AS SMALLINT))) b, abs(CAST(-usage_user AS FLOAT)) c, "
    "arrow_typeof(abs(CAST(1 AS FLOAT))) d FROM cpu",
    "SELECT sqrt(CAST(usage_user AS FLOAT)) a, arrow_typeof(sqrt(CAST(usage_user AS FLOAT))) b, "
    "sqrt(CAST(requests AS INT)) c, arrow_typeof(sqrt(CAST(requests AS INT))) d FROM cpu",
    "SELECT ceil(CAST(usage_user AS FLOAT)) a, floor(CAST(usage_user AS REAL)) b, trunc(CAST(usage_user AS FLOAT)) c, "
    "arrow_typeof(ceil(CAST(1 AS FLOAT))) d, arrow_typeof(floor(CAST(1 AS INT))) e FROM cpu",
    "SELECT exp(CAST(usage_user AS FLOAT) / 50) a, ln(CAST(usage_user AS FLOAT)) b, sin(CAST(usage_user AS FLOAT)) c, "
    "power(CAST(usage_user AS FLOAT), 2) d, arrow_typeof(power(CAST(2 AS FLOAT), CAST(2 AS FLOAT))) e FROM cpu",
    "SELECT round(CAST(usage_user AS FLOAT)) a, arrow_typeof(round(CAST(usage_user AS FLOAT))) b, "
    "arrow_typeof(round(CAST(requests AS INT))) c FROM cpu",
    "SELECT substr(region, CAST(2 AS INT)) a, left(region, CAST(2 AS TINYINT)) b, repeat(host, CAST(2 AS INT)) c FROM cpu",
    "SELECT arrow_typeof(regexp_count(region, 'e')) a, arrow_typeof(array_length([1, 2])) b, "
    "arrow_typeof(cardinality([1, 2])) c",
]


def all_numeric_queries():
    return TYPE_NAMES + CASTS + ARITHMETIC + UNIFICATION + AGGREGATES + FUNCTIONS
