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


EDGES = [
    'SELECT CAST(-2147483648 AS INT) / CAST(-1 AS INT)',
    'SELECT CAST(-128 AS TINYINT) / CAST(-1 AS TINYINT)',
    'SELECT CAST(-128 AS TINYINT) % CAST(-1 AS TINYINT)',
    'SELECT CAST(5 AS INT) / CAST(0 AS INT)',
    'SELECT CAST(5 AS FLOAT) / CAST(0 AS FLOAT) > 1e30 AS a',
    'SELECT -CAST(-128 AS TINYINT) AS a',
    'SELECT -CAST(1 AS TINYINT UNSIGNED) AS a',
    'SELECT CAST(200 AS TINYINT UNSIGNED) + CAST(100 AS TINYINT UNSIGNED) AS a',
    'SELECT CAST(200 AS TINYINT UNSIGNED) * CAST(2 AS TINYINT) AS a, arrow_typeof(CAST(200 AS TINYINT UNSIGNED) * CAST(2 AS TINYINT)) t',
    'SELECT CAST(4000000000 AS INT UNSIGNED) + CAST(1 AS INT) AS a',
    'SELECT round(CAST(usage_user AS FLOAT), 1) a FROM cpu',
    'SELECT round(CAST(requests AS INT), 1) a, arrow_typeof(round(CAST(requests AS INT), 1)) b FROM cpu',
    'SELECT signum(CAST(requests AS INT) - 100) a, arrow_typeof(signum(CAST(requests AS INT))) b, signum(CAST(usage_user AS FLOAT) - 50) c FROM cpu',
    'SELECT log(CAST(usage_user AS FLOAT)) a, log(CAST(2 AS FLOAT), CAST(usage_user AS FLOAT)) b, atan2(CAST(usage_user AS FLOAT), CAST(usage_system AS FLOAT)) c FROM cpu',
    'SELECT degrees(CAST(usage_user AS FLOAT)) a, radians(CAST(usage_user AS FLOAT)) b, cot(CAST(usage_user AS FLOAT)) c, cbrt(CAST(usage_user AS FLOAT)) d FROM cpu',
    'SELECT log10(CAST(usage_user AS FLOAT)) a, log2(CAST(usage_user AS FLOAT)) b, tanh(CAST(usage_user AS FLOAT) / 100) c, acos(CAST(usage_user AS FLOAT) / 100) d FROM cpu',
    'SELECT nanvl(CAST(usage_user AS FLOAT), CAST(1 AS FLOAT)) a, isnan(CAST(usage_user AS FLOAT)) b, iszero(CAST(requests AS INT)) c FROM cpu',
    'SELECT factorial(CAST(requests AS INT) % 10) a, gcd(CAST(requests AS INT), 6) b FROM cpu',
    'SELECT chr(CAST(65 AS INT)) a, to_hex(CAST(255 AS INT)) b, to_hex(CAST(-1 AS INT)) c',
    'SELECT CAST(requests AS INT) AS r, count(*) AS c FROM cpu GROUP BY r ORDER BY c DESC, r LIMIT 3',
    'SELECT * FROM (VALUES (CAST(1 AS INT)), (CAST(2 AS INT))) AS v(x)',
    'SELECT arrow_typeof(x) FROM (VALUES (CAST(1 AS INT)), (2)) AS v(x)',
    'SELECT x + 1, arrow_typeof(x) FROM (VALUES (CAST(1 AS SMALLINT))) AS v(x)',
    'SELECT CAST(requests AS INT) FROM cpu WHERE CAST(requests AS INT) > (SELECT avg(requests) FROM cpu) ORDER BY time LIMIT 3',
    'SELECT (SELECT max(CAST(requests AS INT)) FROM cpu) AS m, arrow_typeof((SELECT max(CAST(requests AS INT)) FROM cpu)) AS t',
    "SELECT concat(CAST(1.5 AS FLOAT), 'x') a, CAST(1.5 AS FLOAT) || 'x' b, concat(CAST(7 AS INT), '') c",
    'SELECT CAST(CAST(0.1 AS FLOAT) AS VARCHAR) a, CAST(CAST(1e20 AS FLOAT) AS VARCHAR) b, CAST(CAST(1e-7 AS FLOAT) AS VARCHAR) c, CAST(CAST(123456789 AS FLOAT) AS VARCHAR) d',
    "SELECT arrow_cast(usage_user, 'Float32') = arrow_cast(usage_user, 'Float32') AS a FROM cpu",
    'SELECT CAST(usage_user AS FLOAT) AS f, CAST(requests AS INT) AS r FROM cpu ORDER BY f DESC LIMIT 3',
    'SELECT max(CAST(usage_idle AS FLOAT)), min(CAST(usage_idle AS INT)) FROM cpu WHERE usage_idle IS NULL',
    'SELECT array_agg(CAST(requests AS INT) ORDER BY time) FROM cpu WHERE requests < 20',
    'SELECT arrow_typeof(array_agg(CAST(requests AS INT))) FROM cpu',
    'SELECT make_array(CAST(1 AS INT), CAST(2 AS INT)) a, arrow_typeof(make_array(CAST(1 AS INT), CAST(2 AS INT))) b',
    'SELECT approx_median(CAST(usage_user AS FLOAT)) a, approx_percentile_cont(CAST(usage_user AS FLOAT), 0.5) b FROM cpu',
    'SELECT var_pop(CAST(usage_user AS FLOAT)) a, covar_samp(CAST(usage_user AS FLOAT), usage_system) b, corr(CAST(requests AS INT), usage_user) c FROM cpu',
    'SELECT count(DISTINCT CAST(requests AS INT)) a, sum(DISTINCT CAST(requests AS SMALLINT)) b FROM cpu',
    'SELECT ntile(CAST(2 AS INT)) OVER (ORDER BY time) FROM cpu',
    'SELECT CAST(requests AS INT) FROM cpu ORDER BY time LIMIT CAST(2 AS INT)',
    "SELECT date_bin(INTERVAL '1 minute', time) AS b, max(CAST(usage_user AS FLOAT)) AS m FROM cpu GROUP BY b ORDER BY b LIMIT 3",
    'SELECT CAST(CAST(1 AS INT) AS TIMESTAMP) AS x',
    'SELECT CAST(CAST(1 AS INT) AS DATE) AS x',
    'SELECT CAST(time AS INT) FROM cpu LIMIT 1',
    'SELECT CAST(make_date(2024,1,1) AS INT) AS x',
    'SELECT CAST(CAST(2.5 AS FLOAT) AS BIGINT) a, CAST(CAST(-2.5 AS REAL) AS INT UNSIGNED) b',
    'SELECT CAST(CAST(1 AS BIGINT UNSIGNED) AS TINYINT) a, CAST(18446744073709551615 AS INT)',
    'SELECT CAST(requests AS INT) IS NULL a, CAST(usage_idle AS FLOAT) IS NOT NULL b FROM cpu',
    'SELECT CAST(usage_user AS FLOAT) BETWEEN 10 AND 20 AS a FROM cpu',
    'SELECT requests FROM cpu WHERE CAST(usage_user AS FLOAT) > CAST(usage_system AS INT) ORDER BY time LIMIT 5',
    'SELECT CAST(NULL AS INT) a, arrow_typeof(CAST(NULL AS INT)) b, CAST(NULL AS FLOAT) + 1 c',
    'SELECT length(note) + CAST(1 AS TINYINT) a, arrow_typeof(length(note) + CAST(1 AS TINYINT)) b FROM cpu',
]


INT32_FUNCTIONS_IN_PLACE = [
    'SELECT host, sum(CAST(requests AS INT)) AS s FROM cpu GROUP BY host HAVING sum(CAST(requests AS INT)) > 100 ORDER BY host',
    'SELECT host, max(CAST(usage_user AS FLOAT)) AS m FROM cpu GROUP BY host HAVING max(CAST(usage_user AS FLOAT)) > 50 ORDER BY m',
    'SELECT CAST(requests AS INT) AS r FROM cpu INTERSECT SELECT requests FROM cpu ORDER BY r LIMIT 5',
    'SELECT CAST(requests AS SMALLINT) AS r FROM cpu EXCEPT SELECT CAST(requests AS INT) FROM cpu WHERE requests > 100 ORDER BY r LIMIT 5',
    'SELECT row_number() OVER (PARTITION BY CAST(requests AS INT) % 3 ORDER BY time) AS n, CAST(requests AS INT) % 3 AS k FROM cpu ORDER BY time',
    'SELECT rank() OVER (ORDER BY CAST(usage_user AS FLOAT)) AS r FROM cpu ORDER BY time',
    'SELECT max(CAST(requests AS INT)) OVER (PARTITION BY host ORDER BY time ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS m FROM cpu ORDER BY time',
    'SELECT sum(CAST(usage_user AS FLOAT)) OVER (PARTITION BY host ORDER BY time) AS s FROM cpu ORDER BY time',
    'SELECT nth_value(CAST(requests AS INT), 2) OVER (ORDER BY time) AS s, arrow_typeof(nth_value(CAST(requests AS INT), 2) OVER (ORDER BY time)) t FROM cpu ORDER BY time',
    "SELECT date_part('epoch', time) a, extract(epoch FROM time) b, date_part('nanosecond', time) c FROM cpu ORDER BY time LIMIT 3",
    "SELECT strpos(region, 'e') * 2 a, length(region) / 2 b, length(region) % 3 c, arrow_typeof(length(region) / 2) d FROM cpu",
    'SELECT length(region) AS l, count(*) AS c FROM cpu GROUP BY l ORDER BY l',
    'SELECT sum(length(region)) a, arrow_typeof(sum(length(region))) b, avg(length(region)) c, max(length(host)) d, arrow_typeof(max(length(host))) e FROM cpu',
    'SELECT region FROM cpu WHERE length(region) = 7 ORDER BY time LIMIT 3',
    'SELECT region FROM cpu ORDER BY length(region), time LIMIT 3',
    "SELECT CASE length(region) WHEN 7 THEN 'seven' ELSE 'other' END AS c FROM cpu",
    'SELECT CASE WHEN ok THEN length(region) ELSE requests END a, arrow_typeof(CASE WHEN ok THEN length(region) ELSE requests END) b FROM cpu',
    'SELECT coalesce(length(note), 0) a, arrow_typeof(coalesce(length(note), 0)) b, coalesce(length(note), CAST(0 AS TINYINT)) c, arrow_typeof(coalesce(length(note), CAST(0 AS TINYINT))) d FROM cpu',
    'SELECT nvl(length(note), -1) a, ifnull(CAST(usage_idle AS FLOAT), CAST(0 AS FLOAT)) b, arrow_typeof(ifnull(CAST(usage_idle AS FLOAT), CAST(0 AS FLOAT))) c FROM cpu',
    'SELECT greatest(length(region), length(host), 3) a, least(CAST(1.5 AS FLOAT), CAST(2 AS INT)) b, arrow_typeof(least(CAST(1.5 AS FLOAT), CAST(2 AS INT))) c FROM cpu',
    'SELECT levenshtein(region, host) + ascii(region) a, octet_length(region) * bit_length(host) b FROM cpu',
    'SELECT abs(length(region) - 10) a, arrow_typeof(abs(length(region) - 10)) b, round(length(region) / 3) c FROM cpu',
    'SELECT CAST(length(region) AS FLOAT) / 3 a, CAST(length(region) AS VARCHAR) b, CAST(length(region) AS DOUBLE) c FROM cpu',
    'SELECT host, r FROM cpu CROSS JOIN (SELECT CAST(5 AS INT) AS r) t ORDER BY time LIMIT 2',
    'SELECT DISTINCT length(region) AS l FROM cpu ORDER BY l',
    'SELECT count(*) FROM cpu WHERE CAST(usage_user AS FLOAT) = CAST(usage_user AS FLOAT)',
    'SELECT CAST(requests AS INT) IN (SELECT requests FROM cpu WHERE requests < 50) AS x FROM cpu ORDER BY time LIMIT 5',
    'SELECT length(region) FROM cpu WHERE length(region) IN (SELECT CAST(requests AS INT) FROM cpu) ORDER BY time LIMIT 3',
    'SELECT max(m) FROM (SELECT host, max(CAST(usage_user AS FLOAT)) AS m FROM cpu GROUP BY host)',
    'SELECT arrow_typeof(m) FROM (SELECT max(CAST(usage_user AS FLOAT)) AS m FROM cpu)',
    'SELECT CAST(usage_user AS FLOAT) AS f FROM cpu ORDER BY f DESC NULLS LAST LIMIT 3 OFFSET 2',
    'SELECT first_value(CAST(usage_user AS FLOAT)) OVER (PARTITION BY host ORDER BY time) AS f FROM cpu ORDER BY time',
    'SELECT CAST(usage_idle AS FLOAT) AS f FROM cpu ORDER BY f NULLS FIRST, time LIMIT 3',
    'SELECT min(CAST(usage_user AS FLOAT)) AS a, max(CAST(usage_user AS REAL)) - min(CAST(usage_user AS REAL)) AS b FROM cpu',
    'SELECT CAST(usage_user AS FLOAT) * CAST(usage_user AS FLOAT) * CAST(usage_user AS FLOAT) AS c FROM cpu',
    'SELECT CAST(usage_user AS FLOAT) + CAST(usage_system AS FLOAT) - CAST(usage_user AS FLOAT) AS c FROM cpu',
    'SELECT (CAST(usage_user AS FLOAT) + 1) / (CAST(usage_system AS FLOAT) + 1) AS c FROM cpu',
    'SELECT CAST(requests AS INT) * CAST(requests AS INT) * CAST(requests AS INT) * CAST(requests AS INT) AS c FROM cpu',
    'SELECT CAST(requests AS TINYINT UNSIGNED) * CAST(3 AS TINYINT UNSIGNED) AS c FROM cpu WHERE requests < 256',
    'SELECT CAST(requests AS SMALLINT) * CAST(requests AS SMALLINT) AS c, arrow_typeof(CAST(requests AS SMALLINT) * CAST(requests AS SMALLINT)) AS t FROM cpu',
    'SELECT sqrt(length(region)) a, power(length(region), 2) b, exp(CAST(1 AS INT)) c, ln(length(region)) d FROM cpu',
    'SELECT make_date(CAST(2024 AS INT), CAST(2 AS TINYINT), length(host)) a FROM cpu',
    "SELECT date_bin(INTERVAL '1 hour', time) + INTERVAL '1 minute' * 2 AS x FROM cpu LIMIT 1",
    "SELECT repeat('ab', length(host)) a, left(region, length(host) + 1) b, right(region, CAST(3 AS INT)) c FROM cpu",
    "SELECT split_part(region, '-', length(host)) a, substr_index(region, '-', CAST(1 AS INT)) b FROM cpu",
    'SELECT array_element(make_array(1, 2, 3), CAST(2 AS INT)) a, make_array(1, 2, 3)[length(host)] b FROM cpu',
    "SELECT to_char(time, '%Y') a, arrow_typeof(date_part('year', time) * 1.0) b FROM cpu LIMIT 1",
    'SELECT extract(year FROM time) - 2000 AS y, extract(month FROM time) * 100 + extract(day FROM time) AS md FROM cpu LIMIT 3',
    "SELECT date_part('hour', time) AS h, count(*) FROM cpu GROUP BY h ORDER BY h",
    'SELECT count(*) FROM cpu a JOIN cpu b ON length(a.region) = b.requests',
    'SELECT count(*) FROM cpu a JOIN cpu b ON CAST(a.requests AS INT) = b.requests',
    'SELECT count(*) FROM cpu a JOIN cpu b ON CAST(a.requests AS INT) = CAST(b.requests AS SMALLINT)',
    'SELECT count(*) FROM cpu WHERE length(region) IN (SELECT CAST(requests AS INT) FROM cpu)',
    'SELECT count(*) FROM cpu WHERE CAST(requests AS INT) IN (SELECT requests FROM cpu WHERE requests < 100)',
]


NESTED_AND_CLAUSES = [
    "SELECT named_struct('a', CAST(requests AS INT), 'b', CAST(usage_user AS FLOAT)) AS s FROM cpu",
    "SELECT arrow_typeof(named_struct('a', CAST(requests AS INT), 'b', CAST(usage_user AS FLOAT))) AS t FROM cpu LIMIT 1",
    'SELECT make_array(CAST(usage_user AS FLOAT), CAST(usage_system AS FLOAT)) AS a FROM cpu',
    'SELECT array_agg(CAST(usage_user AS FLOAT) ORDER BY time) AS a FROM cpu WHERE requests < 30',
    'SELECT make_array(CAST(1 AS INT), 2) a, arrow_typeof(make_array(CAST(1 AS INT), 2)) b',
    'SELECT array_length(make_array(CAST(1 AS INT), CAST(2 AS INT))) a, array_max(make_array(CAST(usage_user AS FLOAT), CAST(1 AS FLOAT))) b FROM cpu',
    'SELECT make_array(CAST(1 AS INT), CAST(2 AS INT))[1] AS a, arrow_typeof(make_array(CAST(1 AS INT))[1]) AS t',
    'SELECT struct(CAST(1 AS SMALLINT)) AS s, arrow_typeof(struct(CAST(1 AS SMALLINT))) AS t',
    'SELECT CAST(usage_user AS FLOAT) AS f FROM cpu WHERE CAST(usage_user AS FLOAT) > 99.9 OR CAST(usage_user AS FLOAT) < 0.5',
    'SELECT sum(CAST(usage_user AS FLOAT)) FILTER (WHERE ok) AS s, count(CAST(requests AS INT)) FILTER (WHERE ok) AS c FROM cpu',
    "SELECT string_agg(CAST(CAST(requests AS INT) AS VARCHAR), ',' ORDER BY time) AS s FROM cpu WHERE requests < 30",
    'SELECT CAST(requests AS INT) AS r FROM cpu ORDER BY r LIMIT 1 OFFSET 5',
    'SELECT DISTINCT ON (host) host, CAST(usage_user AS FLOAT) AS f FROM cpu ORDER BY host, time DESC',
]


FUNCTION_ARGUMENTS = [
    'SELECT from_unixtime(CAST(requests AS INT)) AS t FROM cpu',
    'SELECT to_timestamp_millis(CAST(requests AS INT)) a, to_timestamp_micros(CAST(requests AS SMALLINT)) b, to_timestamp_nanos(CAST(requests AS INT UNSIGNED)) c FROM cpu',
    'SELECT to_timestamp(CAST(usage_user AS FLOAT)) a FROM cpu',
    'SELECT round(usage_user, CAST(1 AS INT)) a, round(CAST(usage_user AS FLOAT), CAST(1 AS INT)) b FROM cpu',
    'SELECT power(CAST(requests AS INT), CAST(2 AS INT)) a, arrow_typeof(power(CAST(requests AS INT), CAST(2 AS INT))) b FROM cpu',
    'SELECT gcd(CAST(requests AS INT), CAST(6 AS INT)) a, lcm(CAST(requests AS SMALLINT), 4) b FROM cpu',
    'SELECT to_hex(CAST(requests AS INT)) a, chr(CAST(requests AS SMALLINT) % 90 + 33) b FROM cpu',
    'SELECT trunc(CAST(usage_user AS FLOAT), 1) a FROM cpu',
    'SELECT log(CAST(usage_user AS FLOAT), 2) a FROM cpu',
    'SELECT atan2(CAST(usage_user AS FLOAT), usage_system) a, arrow_typeof(atan2(CAST(usage_user AS FLOAT), usage_system)) b FROM cpu',
    'SELECT nanvl(CAST(usage_user AS FLOAT), 0.5) a FROM cpu',
    'SELECT isnan(CAST(usage_user AS FLOAT)) a, iszero(CAST(usage_user AS FLOAT)) b FROM cpu',
    "SELECT date_bin(INTERVAL '1 hour', time, to_timestamp(CAST(0 AS INT))) a FROM cpu LIMIT 1",
    "SELECT date_trunc('hour', to_timestamp_seconds(CAST(requests AS INT))) a FROM cpu",
    'SELECT make_date(2024, length(host), 1) AS d FROM cpu',
    "SELECT to_char(to_timestamp(CAST(requests AS INT)), '%S') a FROM cpu",
    "SELECT arrow_cast(CAST(requests AS INT), 'Utf8') a, arrow_cast(CAST(usage_user AS FLOAT), 'Int64') b, arrow_cast(length(region), 'Float64') c FROM cpu",
    "SELECT CAST(requests AS INT) || 'x' a, concat_ws('-', CAST(requests AS SMALLINT), CAST(usage_user AS FLOAT)) b FROM cpu",
    "SELECT regexp_like(CAST(requests AS VARCHAR), '^1') a, CAST(CAST(requests AS INT) AS VARCHAR) ~ '^1' b FROM cpu",
    'SELECT bool_and(CAST(requests AS INT) > 5) a, bool_or(CAST(usage_user AS FLOAT) > 99) b FROM cpu',
    'SELECT approx_distinct(CAST(requests AS INT)) a FROM cpu',
    'SELECT approx_distinct(CAST(usage_user AS FLOAT)) a FROM cpu',
    'SELECT var_samp(CAST(requests AS SMALLINT)) a, stddev_pop(CAST(usage_user AS FLOAT)) b, regr_slope(CAST(usage_user AS FLOAT), CAST(requests AS INT)) c FROM cpu',
    'SELECT approx_percentile_cont(CAST(requests AS INT), 0.5) a, arrow_typeof(approx_percentile_cont(CAST(requests AS INT), 0.5)) b FROM cpu',
    'SELECT approx_percentile_cont_with_weight(CAST(usage_user AS FLOAT), CAST(requests AS INT), 0.5) a FROM cpu',
    'SELECT sum(CAST(requests AS TINYINT UNSIGNED)) a FROM cpu WHERE requests < 256',
    'SELECT avg(CAST(requests AS INT)) OVER (PARTITION BY host) a, count(CAST(requests AS INT)) OVER () b FROM cpu ORDER BY time',
    "SELECT max(CAST(usage_user AS FLOAT)) OVER (ORDER BY time RANGE BETWEEN INTERVAL '1 minute' PRECEDING AND CURRENT ROW) a FROM cpu ORDER BY time",
    'SELECT cume_dist() OVER (ORDER BY CAST(usage_user AS FLOAT)) a FROM cpu ORDER BY time',
    'SELECT to_timestamp(requests) a, to_timestamp(CAST(requests AS INT)) b, to_timestamp(CAST(requests AS INT UNSIGNED)) c, to_timestamp(274) d FROM cpu',
    'SELECT to_timestamp_seconds(CAST(requests AS SMALLINT)) a, to_timestamp_nanos(requests) b FROM cpu',
    'SELECT trunc(usage_user, 1) a, trunc(usage_user, 2) b, trunc(-usage_user, 1) c FROM cpu',
]


FLOAT_TEXT = [
    'SELECT CAST(1e-7 AS VARCHAR) a, CAST(1e20 AS VARCHAR) b, CAST(1e16 AS VARCHAR) c, CAST(1e15 AS VARCHAR) d, CAST(0.00001 AS VARCHAR) e, CAST(0.000015 AS VARCHAR) f, CAST(123.456 AS VARCHAR) g, CAST(1.5e300 AS VARCHAR) h, CAST(-0.0 AS VARCHAR) i',
    "SELECT CAST(usage_user / 1e9 AS VARCHAR) a, CAST(usage_user * 1e14 AS VARCHAR) b, concat(usage_user / 1e7, '') c FROM cpu",
    'SELECT CAST(CAST(1e-6 AS FLOAT) AS VARCHAR) a, CAST(CAST(1.5e-6 AS FLOAT) AS VARCHAR) b, CAST(CAST(1e13 AS FLOAT) AS VARCHAR) c, CAST(CAST(1e12 AS FLOAT) AS VARCHAR) d, CAST(CAST(-2.5 AS FLOAT) AS VARCHAR) e',
    'SELECT CAST(CAST(usage_user / 1e7 AS FLOAT) AS VARCHAR) a FROM cpu',
    'SELECT CAST(1e20 AS INT)',
    'SELECT CAST(-1.5e-5 AS VARCHAR) a, CAST(0.1 + 0.2 AS VARCHAR) b',
]


# Decimal128(p, s): SQL type names, arrow_cast, casts with rounding and overflow, arithmetic
# precision/scale, comparisons, unification, aggregates and the functions that keep decimals.
D = "CAST(usage_user AS DECIMAL(10,3))"
DECIMALS = [
    "SELECT CAST(1.5 AS DECIMAL(10,2)) a, arrow_typeof(CAST(1.5 AS DECIMAL(10,2))) b",
    "SELECT arrow_typeof(CAST(1 AS DECIMAL)) a, arrow_typeof(CAST(1 AS NUMERIC(5,2))) b, arrow_typeof(CAST(1 AS DECIMAL(5))) c, arrow_typeof(CAST(0 AS DECIMAL(38,38))) d",
    "SELECT arrow_cast(1.5, 'Decimal128(10, 2)') a, arrow_typeof(arrow_cast(1.5, 'Decimal128(10, 2)')) b, arrow_cast('2.345', 'Decimal128(5, 2)') c",
    "SELECT CAST(1 AS DECIMAL(5,6))",
    "SELECT CAST(1 AS DEC(5))",
    "SELECT CAST(1 AS DEC)",
    "SELECT CAST(1 AS DECIMAL(0,0))",
    "SELECT CAST(123.456 AS DECIMAL(4,2))",
    "SELECT CAST(-123.456 AS DECIMAL(4,2))",
    "SELECT CAST(12345 AS DECIMAL(4,0))",
    "SELECT CAST(12345 AS DECIMAL(38,36))",
    "SELECT CAST(1e30 AS DECIMAL(38,10))",
    "SELECT CAST(CAST('nan' AS DOUBLE) AS DECIMAL(10,2))",
    "SELECT CAST(12.345 AS DECIMAL(4,2)) a, CAST(-12.345 AS DECIMAL(4,2)) b, CAST(12.355 AS DECIMAL(4,2)) c, CAST(1.255 AS DECIMAL(10,2)) d, CAST(2.5 AS DECIMAL(10,0)) e, CAST(-2.5 AS DECIMAL(10,0)) f",
    "SELECT CAST(CAST(1.255 AS DECIMAL(10,3)) AS DECIMAL(10,2)) a, CAST(CAST(-1.255 AS DECIMAL(10,3)) AS DECIMAL(10,2)) b, CAST(CAST(1.5 AS DECIMAL(10,2)) AS DECIMAL(20,6)) c",
    "SELECT CAST(CAST(123.45 AS DECIMAL(10,2)) AS DECIMAL(4,2))",
    "SELECT CAST(CAST(123.45 AS DECIMAL(10,2)) AS DECIMAL(6,4))",
    "SELECT CAST(CAST(1.99 AS DECIMAL(10,2)) AS BIGINT) a, CAST(CAST(-1.99 AS DECIMAL(10,2)) AS INT) b, CAST(CAST(1.99 AS DECIMAL(10,2)) AS DOUBLE) c, CAST(CAST(1.99 AS DECIMAL(10,2)) AS VARCHAR) d, CAST(CAST(1.99 AS DECIMAL(10,2)) AS FLOAT) e, CAST(CAST(7.9 AS DECIMAL(3,1)) AS TINYINT UNSIGNED) f",
    "SELECT CAST(CAST(99999999.99 AS DECIMAL(10,2)) AS SMALLINT)",
    "SELECT CAST(CAST(-1.99 AS DECIMAL(10,2)) AS INT UNSIGNED)",
    "SELECT CAST(CAST(1.99 AS DECIMAL(10,2)) AS BOOLEAN)",
    "SELECT CAST(true AS DECIMAL(10,2))",
    "SELECT CAST(CAST(1.5 AS DECIMAL(10,2)) AS VARCHAR) a, CAST(CAST(0 AS DECIMAL(10,2)) AS VARCHAR) b, CAST(CAST(-0.05 AS DECIMAL(10,2)) AS VARCHAR) c",
    "SELECT CAST(v AS DECIMAL(10,2)) a FROM (VALUES ('1.255'), (' 2.5'), ('-0.005'), ('.5'), ('5.'), ('+3'), ('-1.245'), ('0.999'), ('00012.3400')) t(v)",
    "SELECT CAST(v AS DECIMAL(10,2)) a FROM (VALUES ('abc')) t(v)",
    "SELECT CAST(v AS DECIMAL(10,2)) a FROM (VALUES ('1e2')) t(v)",
    "SELECT CAST(v AS DECIMAL(4,2)) a FROM (VALUES ('99.999')) t(v)",
    "SELECT CAST(v AS DECIMAL(10,2)) a FROM (VALUES ('')) t(v)",
    f"SELECT {D} a, CAST(requests AS DECIMAL(5,0)) b, CAST(usage_user AS DECIMAL(38,20)) c, CAST(-usage_user AS DECIMAL(6,1)) d FROM cpu",
    f"SELECT CAST({D} AS DOUBLE) a, CAST({D} AS BIGINT) b, CAST({D} AS VARCHAR) c FROM cpu",
    "SELECT CAST(usage_user AS DECIMAL(3,1)) FROM cpu",
    "SELECT CAST(requests AS DECIMAL(2,0)) FROM cpu",
    # arithmetic: result types and exact values
    "SELECT CAST(1.5 AS DECIMAL(10,2)) + CAST(1.5 AS DECIMAL(5,3)) a, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) + CAST(1.5 AS DECIMAL(5,3))) b, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) - CAST(1.5 AS DECIMAL(5,3))) c, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) * CAST(1.5 AS DECIMAL(5,3))) d, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) / CAST(1.5 AS DECIMAL(5,3))) e, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) % CAST(1.5 AS DECIMAL(5,3))) f",
    "SELECT CAST(10 AS DECIMAL(10,2)) / CAST(3 AS DECIMAL(5,3)) a, CAST(-10 AS DECIMAL(10,2)) / CAST(3 AS DECIMAL(5,3)) b, CAST(20 AS DECIMAL(10,2)) / CAST(3 AS DECIMAL(5,3)) c, CAST(10 AS DECIMAL(10,2)) % CAST(3 AS DECIMAL(5,3)) d, CAST(-10.5 AS DECIMAL(10,2)) % CAST(3 AS DECIMAL(5,3)) e",
    "SELECT CAST(1.5 AS DECIMAL(10,2)) * CAST(1.25 AS DECIMAL(5,3)) a, CAST(1.5 AS DECIMAL(10,2)) - CAST(2.125 AS DECIMAL(5,3)) b, -CAST(1.5 AS DECIMAL(10,2)) c",
    "SELECT arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) + 1) a, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) + CAST(1 AS INT)) b, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) + CAST(1 AS SMALLINT)) c, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) + CAST(1 AS TINYINT)) d, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) + CAST(1 AS BIGINT UNSIGNED)) e, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) + CAST(1 AS TINYINT UNSIGNED)) f",
    "SELECT CAST(1.5 AS DECIMAL(10,2)) + 1 a, 1 / CAST(1.5 AS DECIMAL(10,2)) b, arrow_typeof(1 / CAST(1.5 AS DECIMAL(10,2))) c, CAST(1.5 AS DECIMAL(10,2)) * 2 d, CAST(7 AS DECIMAL(10,2)) % 2 e",
    "SELECT CAST(1.5 AS DECIMAL(10,2)) + 1.5 a, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) + 1.5) b, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) + CAST(1.5 AS FLOAT)) c, CAST(1.5 AS DECIMAL(10,2)) * 0.1 d",
    "SELECT CAST(1.5 AS DECIMAL(10,2)) / 0",
    "SELECT CAST(7 AS DECIMAL(10,2)) % 0",
    "SELECT CAST('99999999999999999999999999999999999999' AS DECIMAL(38,0)) + CAST(1 AS DECIMAL(38,0)) a",
    "SELECT CAST('99999999999999999999999999999999999999' AS DECIMAL(38,0)) * CAST(10 AS DECIMAL(38,0)) a",
    "SELECT CAST('1' AS DECIMAL(38,20)) * CAST('1' AS DECIMAL(38,20)) a",
    "SELECT CAST('1' AS DECIMAL(38,30)) / CAST('3' AS DECIMAL(38,0)) a, arrow_typeof(CAST('1' AS DECIMAL(38,30)) / CAST('3' AS DECIMAL(38,0))) b",
    "SELECT CAST('1' AS DECIMAL(38,30)) / CAST('3' AS DECIMAL(38,10)) a",
    "SELECT CAST(1 AS DECIMAL(38,10)) * CAST(1 AS DECIMAL(38,10)) a, CAST(1 AS DECIMAL(38,10)) / CAST(3 AS DECIMAL(38,10)) b",
    "SELECT arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) * CAST(1.5 AS DECIMAL(30,3))) a, arrow_typeof(CAST(1.5 AS DECIMAL(30,2)) + CAST(1.5 AS DECIMAL(30,20))) b, arrow_typeof(CAST(1.5 AS DECIMAL(10,2)) / CAST(1.5 AS DECIMAL(30,3))) c",
    f"SELECT {D} + {D} a, {D} * CAST(requests AS DECIMAL(5,0)) b, {D} / CAST(requests + 1 AS DECIMAL(5,0)) c, {D} % 7 d, {D} - requests e, {D} * usage_system f FROM cpu",
    f"SELECT {D} / requests a FROM cpu WHERE requests > 0",
    # Int64 with UInt64 computes in Decimal128(20, 0)
    "SELECT arrow_typeof(CAST(1 AS BIGINT) + CAST(1 AS BIGINT UNSIGNED)) a, CAST(1 AS BIGINT) + CAST(1 AS BIGINT UNSIGNED) b, CAST(1 AS BIGINT UNSIGNED) - CAST(5 AS BIGINT) c, arrow_typeof(CAST(1 AS BIGINT) * CAST(1 AS BIGINT UNSIGNED)) d, CAST(-7 AS BIGINT) / CAST(2 AS BIGINT UNSIGNED) e, arrow_typeof(CAST(1 AS INT) + CAST(1 AS BIGINT UNSIGNED)) f",
    "SELECT requests + CAST(requests AS BIGINT UNSIGNED) a, arrow_typeof(requests - CAST(requests AS BIGINT UNSIGNED)) b, CAST(requests AS INT) * CAST(requests AS BIGINT UNSIGNED) c FROM cpu",
    "SELECT arrow_typeof(CASE WHEN true THEN CAST(1 AS BIGINT) ELSE CAST(1 AS BIGINT UNSIGNED) END) a, arrow_typeof(coalesce(CAST(1 AS BIGINT), CAST(1 AS BIGINT UNSIGNED))) b, coalesce(CAST(NULL AS BIGINT), CAST(3 AS BIGINT UNSIGNED)) c, CAST(1 AS BIGINT) = CAST(1 AS BIGINT UNSIGNED) d",
    "SELECT x, arrow_typeof(x) t FROM (SELECT CAST(-1 AS BIGINT) x UNION ALL SELECT CAST(18446744073709551615 AS BIGINT UNSIGNED)) ORDER BY x",
    "SELECT CAST(18446744073709551615 AS BIGINT UNSIGNED) > CAST(-1 AS BIGINT) a, CAST(5 AS BIGINT UNSIGNED) > -1 b, CAST(5 AS BIGINT UNSIGNED) = 5 c",
    "SELECT count(*) a FROM cpu WHERE CAST(requests AS BIGINT UNSIGNED) > 100",
    "SELECT count(*) a FROM cpu WHERE CAST(requests AS BIGINT UNSIGNED) > -1 AND CAST(requests AS BIGINT UNSIGNED) >= requests",
    "SELECT requests FROM cpu WHERE CAST(requests AS BIGINT UNSIGNED) = requests - 0 ORDER BY time LIMIT 3",
    # comparison and unification
    "SELECT CAST(1.5 AS DECIMAL(10,2)) > 1 a, CAST(1.5 AS DECIMAL(10,2)) = 1.5 b, CAST(1.5 AS DECIMAL(10,2)) = CAST(1.50 AS DECIMAL(5,1)) c, CAST(1.5 AS DECIMAL(10,2)) < '2' d, CAST(0.3 AS DECIMAL(10,2)) = 0.1 + 0.2 e",
    f"SELECT count(*) a FROM cpu WHERE {D} > 50",
    f"SELECT usage_user FROM cpu WHERE {D} BETWEEN CAST(20 AS DECIMAL(4,0)) AND 40.5 ORDER BY time",
    f"SELECT usage_user FROM cpu WHERE {D} IN (CAST(1 AS DECIMAL(3,0)), {D}) ORDER BY {D} DESC LIMIT 5",
    "SELECT arrow_typeof(coalesce(CAST(1.5 AS DECIMAL(10,2)), CAST(1.5 AS DECIMAL(5,3)))) a, arrow_typeof(coalesce(CAST(1.5 AS DECIMAL(10,2)), 1)) b, arrow_typeof(coalesce(CAST(1.5 AS DECIMAL(10,2)), 1.5)) c, arrow_typeof(coalesce(CAST(1.5 AS DECIMAL(10,2)), CAST(1 AS INT))) d, coalesce(CAST(NULL AS DECIMAL(10,2)), CAST(1.5 AS DECIMAL(5,3))) e",
    "SELECT CASE WHEN requests > 100 THEN CAST(usage_user AS DECIMAL(10,1)) ELSE CAST(requests AS DECIMAL(5,2)) END a FROM cpu",
    "SELECT x, arrow_typeof(x) t FROM (SELECT CAST(1.5 AS DECIMAL(10,2)) x UNION ALL SELECT CAST(2.125 AS DECIMAL(5,3))) ORDER BY x",
    # aggregates
    f"SELECT sum({D}) a, arrow_typeof(sum({D})) b, avg({D}) c, arrow_typeof(avg({D})) d, min({D}) e, max({D}) f, count({D}) g FROM cpu",
    f"SELECT host, sum({D}) a, avg({D}) b, min({D}) c, max({D}) d FROM cpu GROUP BY host ORDER BY host",
    "SELECT sum(x) a, avg(x) b FROM (VALUES (CAST(-2 AS DECIMAL(10,0))), (CAST(-1 AS DECIMAL(10,0))), (CAST(-1 AS DECIMAL(10,0)))) t(x)",
    "SELECT avg(x) a FROM (VALUES (CAST(1 AS DECIMAL(38,36))), (CAST(2 AS DECIMAL(38,36)))) t(x)",
    "SELECT sum(x) a, avg(x) b, arrow_typeof(sum(x)) c FROM (VALUES (CAST('99999999999999999999999999999999999999' AS DECIMAL(38,0))), (CAST(1 AS DECIMAL(38,0)))) t(x)",
    f"SELECT sum(DISTINCT CAST(requests AS DECIMAL(6,1))) a, count(DISTINCT {D}) b FROM cpu",
    f"SELECT {D} k, count(*) c FROM cpu GROUP BY k ORDER BY k LIMIT 5",
    # functions
    "SELECT abs(CAST(-1.5 AS DECIMAL(10,2))) a, arrow_typeof(abs(CAST(-1.5 AS DECIMAL(10,2)))) b, round(CAST(1.55 AS DECIMAL(10,2))) c, arrow_typeof(round(CAST(1.55 AS DECIMAL(10,2)))) d, round(CAST(1.55 AS DECIMAL(10,2)), 1) e, arrow_typeof(round(CAST(1.55 AS DECIMAL(10,2)), 1)) f",
    "SELECT trunc(CAST(1.55 AS DECIMAL(10,2))) a, arrow_typeof(trunc(CAST(1.55 AS DECIMAL(10,2)))) b, ceil(CAST(1.55 AS DECIMAL(10,2))) c, arrow_typeof(ceil(CAST(1.55 AS DECIMAL(10,2)))) d, floor(CAST(-1.55 AS DECIMAL(10,2))) e, arrow_typeof(floor(CAST(1.55 AS DECIMAL(10,2)))) f",
    "SELECT round(CAST(-1.55 AS DECIMAL(10,2))) a, round(CAST(-1.55 AS DECIMAL(10,2)), 1) b, round(CAST(1.25 AS DECIMAL(10,2)), 1) c, ceil(CAST(-1.55 AS DECIMAL(10,2))) d, floor(CAST(1.55 AS DECIMAL(10,2))) e, trunc(CAST(-1.55 AS DECIMAL(10,2))) f",
    "SELECT sqrt(CAST(4 AS DECIMAL(10,2))) a, arrow_typeof(sqrt(CAST(4 AS DECIMAL(10,2)))) b, ln(CAST(1 AS DECIMAL(10,2))) c, power(CAST(2 AS DECIMAL(10,2)), 2) d",
    f"SELECT abs(-{D}) a, round({D}) b, ceil({D}) c, floor({D}) d FROM cpu",
    "SELECT round(CAST(1.55 AS DECIMAL(10,2)), 5) a, arrow_typeof(round(CAST(1.55 AS DECIMAL(10,2)), 5)) b, round(CAST(1.55 AS DECIMAL(10,2)), -1) c, arrow_typeof(round(CAST(1.55 AS DECIMAL(10,2)), -1)) d, round(CAST(99.95 AS DECIMAL(4,2)), 1) e, round(CAST(9.5 AS DECIMAL(2,1))) f",
    "SELECT trunc(CAST(1.55 AS DECIMAL(10,2)), 1) a, arrow_typeof(trunc(CAST(1.55 AS DECIMAL(10,2)), 1)) b, signum(CAST(-1.55 AS DECIMAL(10,2))) c, arrow_typeof(signum(CAST(-1.55 AS DECIMAL(10,2)))) d",
    "SELECT round(CAST(1.55 AS DECIMAL(10,2)), x) a, arrow_typeof(round(CAST(1.55 AS DECIMAL(10,2)), x)) b FROM (VALUES (1), (0), (-1)) t(x)",
    "SELECT ceil(CAST(99.5 AS DECIMAL(3,1)))",
    f"SELECT round({D}, 1) a, trunc({D}, 2) b, round({D}, requests % 3) c FROM cpu",
    # VALUES/CASE/IN unification, conversions to floats, arrow_cast bounds
    "SELECT x, arrow_typeof(x) t FROM (VALUES (CAST(1 AS DECIMAL(3,1))), (2.5), (7)) v(x) ORDER BY x",
    "SELECT x FROM (VALUES (CAST(1 AS DECIMAL(3,1))), (CAST(2 AS DECIMAL(5,0)))) v(x) ORDER BY x",
    f"SELECT {D} IN (39.482, 1) a FROM cpu ORDER BY time LIMIT 3",
    f"SELECT nullif({D}, 39.482) a, arrow_typeof(nullif({D}, 39.482)) b FROM cpu ORDER BY time LIMIT 2",
    f"SELECT greatest({D}, usage_system) a, arrow_typeof(greatest({D}, usage_system)) b FROM cpu ORDER BY time LIMIT 2",
    f"SELECT CASE WHEN requests > 100 THEN {D} ELSE usage_system END a FROM cpu ORDER BY time LIMIT 4",
    f"SELECT CASE WHEN requests > 100 THEN {D} ELSE requests END a FROM cpu ORDER BY time LIMIT 4",
    f"SELECT {D} * 1.0 a, {D} + CAST(1 AS FLOAT) b FROM cpu ORDER BY time LIMIT 2",
    f"SELECT max({D}) - min({D}) a, sum({D}) / count(*) b, arrow_typeof(sum({D}) / count(*)) c FROM cpu",
    f"SELECT first_value({D}) OVER (PARTITION BY host ORDER BY time) a FROM cpu ORDER BY time LIMIT 4",
    f"SELECT sum({D}) FILTER (WHERE requests > 100) a, avg(DISTINCT CAST(requests AS DECIMAL(5,0))) b FROM cpu",
    "SELECT CAST(CAST(1.5 AS DECIMAL(10,2)) AS DECIMAL(10,2)) a, CAST(CAST('0.01' AS DECIMAL(3,2)) AS DOUBLE) b, CAST(CAST('123456789.123456789' AS DECIMAL(38,9)) AS DOUBLE) c",
    "SELECT CAST(CAST(0.1 AS DECIMAL(20,19)) AS FLOAT) a, CAST(CAST('1e-30' AS DOUBLE) AS DECIMAL(38,38)) b",
    "SELECT CAST(CAST('12345678901234567890.123' AS DECIMAL(38,3)) AS DOUBLE) a",
    "SELECT CAST(-0.0 AS DECIMAL(5,2)) a, CAST(0.005 AS DECIMAL(5,2)) b, CAST(-0.005 AS DECIMAL(5,2)) c, CAST(0.0049999 AS DECIMAL(5,2)) d",
    "SELECT arrow_cast(CAST(1.5 AS DECIMAL(5,2)), 'Decimal128(38, 30)') a, arrow_cast(12, 'Decimal128(3, 1)') b",
    "SELECT arrow_cast(1.5, 'Decimal128(39, 2)')",
    "SELECT arrow_cast(1.5, 'Decimal128(5, 6)')",
    "SELECT CAST(1 AS DECIMAL(10,2)) / CAST(3 AS DECIMAL(10,2)) * CAST(3 AS DECIMAL(10,2)) a",
    "SELECT CAST(2 AS DECIMAL(3,0)) * CAST(3 AS INT) a, arrow_typeof(CAST(2 AS DECIMAL(3,0)) * CAST(3 AS INT)) b, CAST(7 AS DECIMAL(3,0)) % CAST(3 AS SMALLINT UNSIGNED) c",
    "SELECT x, arrow_typeof(x) t FROM (VALUES (CAST(1 AS BIGINT UNSIGNED)), (-2)) v(x) ORDER BY x",
    "SELECT x, arrow_typeof(x) t FROM (VALUES (1), (CAST(2 AS DECIMAL(3,1)))) v(x) ORDER BY x",
    # more shapes: windows, nested values, joins, statistical aggregates, negative scales
    "SELECT a.requests FROM cpu a JOIN cpu b ON a.requests = CAST(b.requests AS BIGINT UNSIGNED) AND a.time = b.time ORDER BY a.time LIMIT 3",
    "SELECT count(*) c FROM cpu a JOIN cpu b ON CAST(a.usage_user AS DECIMAL(10,3)) = CAST(b.usage_user AS DECIMAL(10,3))",
    "SELECT count(*) c FROM cpu a JOIN cpu b ON CAST(a.usage_user AS DECIMAL(10,3)) = b.usage_user",
    "SELECT count(*) c FROM cpu a JOIN cpu b ON CAST(a.requests AS DECIMAL(10,3)) = b.requests",
    f"SELECT sum({D}) OVER (PARTITION BY host ORDER BY time) a, avg({D}) OVER (PARTITION BY host) b, min({D}) OVER () c, max({D}) OVER (ORDER BY time ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) d FROM cpu ORDER BY time",
    f"SELECT sum({D}) OVER (ORDER BY time ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) a, avg({D}) OVER (ORDER BY time ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) b FROM cpu ORDER BY time",
    f"SELECT first_value({D} ORDER BY time) a, last_value({D} ORDER BY time) b, arrow_typeof(first_value({D} ORDER BY time)) c FROM cpu",
    f"SELECT array_agg({D} ORDER BY time) a FROM cpu WHERE requests < 20",
    f"SELECT make_array({D}, 1) a, arrow_typeof(make_array({D}, 1)) b FROM cpu ORDER BY time LIMIT 3",
    f"SELECT struct({D}) a FROM cpu ORDER BY time LIMIT 2",
    f"SELECT DISTINCT CAST(requests AS DECIMAL(6,-1)) a FROM cpu WHERE requests >= 10 ORDER BY a LIMIT 5",
    f"SELECT {D} || 'x' a, concat({D}, 'y') b FROM cpu ORDER BY time LIMIT 3",
    f"SELECT stddev({D}) a, var_pop({D}) b, corr({D}, usage_system) c, approx_percentile_cont({D}, 0.9) d FROM cpu",
    f"SELECT median({D}) c FROM cpu",
    f"SELECT median({D}) c, arrow_typeof(median({D})) t FROM cpu WHERE requests > 3",
    "SELECT median(x) a FROM (VALUES (CAST(-1.01 AS DECIMAL(5,2))), (CAST(-2.02 AS DECIMAL(5,2)))) t(x)",
    f"SELECT host, median({D}) c FROM cpu GROUP BY host ORDER BY host",
    f"SELECT host, stddev({D}) OVER (PARTITION BY host) a FROM cpu ORDER BY time LIMIT 5",
    f"SELECT approx_median({D}) a FROM cpu",
    f"SELECT count(DISTINCT {D}) a, max(DISTINCT {D}) b FROM cpu",
    f"SELECT a.host FROM cpu a JOIN cpu b ON CAST(a.usage_user AS DECIMAL(10,3)) = CAST(b.usage_user AS DECIMAL(12,4)) AND a.time = b.time ORDER BY a.time LIMIT 3",
    f"SELECT greatest({D}, 50) a, least({D}, CAST(50 AS DECIMAL(3,1))) b, nullif({D}, {D}) c FROM cpu ORDER BY time LIMIT 3",
    f"SELECT {D} = usage_user a, {D} < requests b FROM cpu ORDER BY time LIMIT 3",
    f"SELECT CAST({D} AS TIMESTAMP) a FROM cpu ORDER BY time LIMIT 1",
    f"SELECT {D} a FROM cpu ORDER BY {D} LIMIT 3 OFFSET 2",
    f"SELECT host, max({D}) m FROM cpu GROUP BY host HAVING max({D}) > 90 ORDER BY host",
    f"SELECT CAST(NULL AS DECIMAL(10,2)) a, arrow_typeof(CAST(NULL AS DECIMAL(10,2))) b",
    f"SELECT sum(CAST(NULL AS DECIMAL(10,2))) a, avg(CAST(NULL AS DECIMAL(10,2))) b",
    f"SELECT {D} IS NULL a, -{D} b FROM cpu WHERE {D} IS NOT NULL ORDER BY time LIMIT 2",
    f"SELECT {D} BETWEEN 1 AND 50 a FROM cpu ORDER BY time LIMIT 4",
    f"SELECT CASE WHEN {D} > 50 THEN 'hi' ELSE 'lo' END a FROM cpu ORDER BY time LIMIT 4",
    f"SELECT ntile(2) OVER (ORDER BY {D}) a, rank() OVER (ORDER BY {D}) b FROM cpu ORDER BY time LIMIT 5",
    f"SELECT lag({D}) OVER (ORDER BY time) a, lead({D}, 1, CAST(0 AS DECIMAL(3,0))) OVER (ORDER BY time) b FROM cpu ORDER BY time LIMIT 3",
    "SELECT sum(x) a FROM (VALUES (CAST(1.5 AS DECIMAL(3,1))), (CAST(2 AS DECIMAL(3,1)))) t(x)",
    f"SELECT power({D}, 2) a, log10({D}) b, exp(CAST(1 AS DECIMAL(3,1))) c, pi() * CAST(1 AS DECIMAL(3,1)) d FROM cpu ORDER BY time LIMIT 2",
    f"SELECT to_char({D}) FROM cpu ORDER BY time LIMIT 1",
    f"SELECT date_bin(INTERVAL '1 minute', time) t, sum({D}) s FROM cpu GROUP BY 1 ORDER BY 1 LIMIT 3",
    f"SELECT {D} a FROM cpu UNION SELECT CAST(1 AS DECIMAL(3,0)) ORDER BY a LIMIT 3",
    f"SELECT {D} IN (1, 2.5, {D}) a FROM cpu ORDER BY time LIMIT 2",
    f"SELECT nth_value({D}, 2 ORDER BY time) a FROM cpu",
    f"SELECT string_agg(CAST({D} AS VARCHAR), ',' ORDER BY time) a FROM cpu WHERE requests < 20",
    "SELECT CAST(1 AS DECIMAL(10,2)) * CAST(3 AS DECIMAL(10,2)) / CAST(7 AS DECIMAL(10,2)) a",
    "SELECT CAST(-7 AS DECIMAL(10,2)) % CAST(-2 AS DECIMAL(5,1)) a, CAST(7.5 AS DECIMAL(10,2)) % 2 b, arrow_typeof(CAST(7.5 AS DECIMAL(10,2)) % 2) c",
    "SELECT arrow_typeof(CAST(1 AS DECIMAL(10,2)) + CAST(1 AS DECIMAL(38,0))) a, CAST(1 AS DECIMAL(10,2)) + CAST(1 AS DECIMAL(38,0)) b",
    "SELECT CAST(CAST(12345 AS DECIMAL(5,-2)) AS VARCHAR) a, CAST(CAST(0 AS DECIMAL(5,-2)) AS VARCHAR) b, CAST(12355 AS DECIMAL(5,-2)) c, CAST(CAST(12345 AS DECIMAL(5,-2)) AS BIGINT) d",
    "SELECT CAST(CAST(12345 AS DECIMAL(5,-2)) AS DECIMAL(10,2)) a, CAST(CAST(12.345 AS DECIMAL(10,3)) AS DECIMAL(5,-1)) b",
    "SELECT CAST(1.5 AS DECIMAL(5,-1)) * CAST(2 AS DECIMAL(3,1)) a, arrow_typeof(CAST(1.5 AS DECIMAL(5,-1)) * CAST(2 AS DECIMAL(3,1))) b, CAST(15 AS DECIMAL(5,-1)) + CAST(2 AS DECIMAL(3,1)) c",
    "SELECT CAST(CAST(1e300 AS DOUBLE) AS DECIMAL(38,0))",
    "SELECT CAST(-9223372036854775808 AS DECIMAL(20,0)) a, CAST(CAST(18446744073709551615 AS BIGINT UNSIGNED) AS DECIMAL(20,0)) b, CAST(CAST('18446744073709551615' AS DECIMAL(20,0)) AS BIGINT UNSIGNED) c",
    "SELECT CAST(CAST('18446744073709551616' AS DECIMAL(20,0)) AS BIGINT UNSIGNED)",
    "SELECT CAST(CAST('9223372036854775808' AS DECIMAL(20,0)) AS BIGINT)",
    "SELECT CAST(CAST(1.5 AS DECIMAL(10,2)) AS DECIMAL(38,37)) a",
    "SELECT CAST(CAST(1.5 AS DECIMAL(38,2)) AS DECIMAL(38,37)) a",
    "SELECT CAST(0.000001 AS DECIMAL(10,8)) a, CAST(1e-20 AS DECIMAL(38,30)) b, CAST(0.1 AS DECIMAL(38,30)) c",
    "SELECT CAST(' 12 ' AS DECIMAL(5,0)) a, CAST('-0' AS DECIMAL(5,2)) b, CAST('0.0000000001' AS DECIMAL(38,5)) c",
    "SELECT CAST('123456789012345678901234567890123456789' AS DECIMAL(38,0))",
]


def all_numeric_queries():
    return (
        TYPE_NAMES + CASTS + ARITHMETIC + UNIFICATION + AGGREGATES + FUNCTIONS + EDGES + INT32_FUNCTIONS_IN_PLACE
        + NESTED_AND_CLAUSES + FUNCTION_ARGUMENTS + FLOAT_TEXT + DECIMALS
    )
