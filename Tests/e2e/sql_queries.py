"""The SQL differential suite's queries: hand-written ones per feature area plus generated ones.

Every query here runs on our server and on Apache DataFusion over the same rows; results must
match. Only features the engine implements are listed; the list grows with the engine.
"""
import itertools

import sql_queries_scalar

HAND_WRITTEN = [
    # projection, aliases, expressions, literals
    "SELECT * FROM cpu",
    "SELECT host, usage_user FROM cpu",
    "SELECT usage_user AS u, usage_system AS s FROM cpu",
    "SELECT usage_user + usage_system AS total FROM cpu",
    "SELECT usage_user * 2, usage_system / 4 FROM cpu",
    "SELECT requests % 7, requests * 3 - 1 FROM cpu",
    "SELECT -usage_user FROM cpu",
    "SELECT 1",
    "SELECT 1 + 2 * 3, 7 / 2, 7.0 / 2, 'a' || 'b'",
    "SELECT host || '-' || region AS id FROM cpu",
    "SELECT CAST(requests AS DOUBLE) / 3 FROM cpu",
    "SELECT requests::VARCHAR FROM cpu",
    "SELECT CAST(usage_user AS BIGINT) FROM cpu",
    "SELECT time, host FROM cpu WHERE host = 'a'",
    # where
    "SELECT * FROM cpu WHERE usage_user > 50",
    "SELECT * FROM cpu WHERE usage_user >= 50 AND host = 'b'",
    "SELECT * FROM cpu WHERE usage_user < 10 OR usage_system > 90",
    "SELECT * FROM cpu WHERE NOT (usage_user > 50)",
    "SELECT * FROM cpu WHERE usage_idle IS NULL",
    "SELECT * FROM cpu WHERE usage_idle IS NOT NULL",
    "SELECT * FROM cpu WHERE host IN ('a', 'c')",
    "SELECT * FROM cpu WHERE host NOT IN ('a', 'c')",
    "SELECT * FROM cpu WHERE usage_user BETWEEN 20 AND 40",
    "SELECT * FROM cpu WHERE usage_user NOT BETWEEN 20 AND 40",
    "SELECT * FROM cpu WHERE region LIKE 'us%'",
    "SELECT * FROM cpu WHERE region NOT LIKE '%west%'",
    "SELECT * FROM cpu WHERE region ILIKE 'US-%'",
    "SELECT * FROM cpu WHERE host ~ '^[ab]$'",
    "SELECT * FROM cpu WHERE region !~ 'east'",
    "SELECT * FROM cpu WHERE ok = true",
    "SELECT * FROM cpu WHERE ok IS NOT TRUE",
    "SELECT * FROM cpu WHERE note = 'hello'",
    "SELECT * FROM cpu WHERE time >= '2024-01-01T00:10:00Z'",
    "SELECT * FROM cpu WHERE time > '2024-01-01T00:05:00Z' AND time < '2024-01-01T00:20:00Z'",
    "SELECT * FROM cpu WHERE time = '2024-01-01T00:00:10Z'",
    "SELECT * FROM cpu WHERE requests > 100 AND requests < 200",
    "SELECT * FROM cpu WHERE usage_user > requests",
    "SELECT * FROM cpu WHERE host IS DISTINCT FROM 'a'",
    # aggregates
    "SELECT count(*) FROM cpu",
    "SELECT count(usage_idle) FROM cpu",
    "SELECT count(DISTINCT host) FROM cpu",
    "SELECT sum(requests), avg(usage_user), min(usage_user), max(usage_user) FROM cpu",
    "SELECT min(host), max(region) FROM cpu",
    "SELECT min(time), max(time) FROM cpu",
    "SELECT host, count(*) FROM cpu GROUP BY host",
    "SELECT host, region, avg(usage_user) FROM cpu GROUP BY host, region",
    "SELECT host, max(usage_user) AS m FROM cpu GROUP BY host ORDER BY m DESC",
    "SELECT host, count(*) FROM cpu GROUP BY 1 ORDER BY 1",
    "SELECT host, sum(requests) FROM cpu WHERE usage_user > 30 GROUP BY host",
    "SELECT host, avg(usage_user) FROM cpu GROUP BY host HAVING avg(usage_user) > 45",
    "SELECT host, count(*) AS c FROM cpu GROUP BY host HAVING count(*) > 20 ORDER BY c",
    "SELECT region, stddev(usage_user), var(usage_user) FROM cpu GROUP BY region",
    "SELECT region, median(requests) FROM cpu GROUP BY region",
    "SELECT bool_and(ok), bool_or(ok) FROM cpu",
    "SELECT host, count(*) FILTER (WHERE usage_user > 50) FROM cpu GROUP BY host",
    "SELECT date_bin(INTERVAL '5 minutes', time) AS t, avg(usage_user) FROM cpu GROUP BY 1 ORDER BY 1",
    "SELECT date_bin(INTERVAL '10 minutes', time) AS t, host, max(usage_system) FROM cpu GROUP BY 1, host ORDER BY 1, 2",
    "SELECT date_trunc('minute', time) AS m, count(*) FROM cpu GROUP BY 1 ORDER BY 1",
    "SELECT DISTINCT host FROM cpu",
    "SELECT DISTINCT host, region FROM cpu ORDER BY host, region",
    # order by, limit, offset
    "SELECT * FROM cpu ORDER BY time DESC LIMIT 5",
    "SELECT host, usage_user FROM cpu ORDER BY usage_user DESC, host LIMIT 10",
    "SELECT host, usage_idle FROM cpu ORDER BY usage_idle NULLS FIRST, host, time LIMIT 10",
    "SELECT host, usage_idle FROM cpu ORDER BY usage_idle DESC NULLS LAST, host, time LIMIT 10",
    "SELECT host, time FROM cpu ORDER BY time, host LIMIT 5 OFFSET 3",
    "SELECT usage_user FROM cpu ORDER BY host, time LIMIT 7",
    "SELECT host FROM cpu ORDER BY time DESC, host LIMIT 3",
    # functions
    "SELECT abs(usage_user - 50), round(usage_user), floor(usage_system), ceil(usage_system) FROM cpu",
    "SELECT sqrt(usage_user), power(usage_user, 2) FROM cpu",
    "SELECT upper(host), lower(region), length(region) FROM cpu",
    "SELECT concat(host, region), starts_with(region, 'us') FROM cpu",
    "SELECT coalesce(usage_idle, -1) FROM cpu",
    "SELECT nullif(host, 'a') FROM cpu",
    "SELECT CASE WHEN usage_user > 50 THEN 'high' ELSE 'low' END AS level FROM cpu",
    "SELECT CASE host WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 3 END FROM cpu",
    "SELECT date_part('minute', time), extract(second FROM time) FROM cpu",
    # subqueries and CTEs
    "SELECT * FROM (SELECT host, usage_user FROM cpu WHERE usage_user > 40) AS t WHERE host = 'b'",
    "WITH t AS (SELECT host, avg(usage_user) AS a FROM cpu GROUP BY host) SELECT * FROM t ORDER BY a",
    "SELECT t.h, t.c FROM (SELECT host AS h, count(*) AS c FROM cpu GROUP BY host) t ORDER BY t.c DESC, t.h",
    # values
    "SELECT * FROM (VALUES (1, 'x'), (2, 'y')) AS v(n, s)",
    # DISTINCT ON (the TSBS lastpoint query)
    "SELECT DISTINCT ON (host) * FROM cpu ORDER BY host, time DESC",
    "SELECT DISTINCT ON (host, region) host, region, usage_user FROM cpu ORDER BY host, region, usage_user DESC",
    "SELECT DISTINCT ON (region) region, time FROM cpu ORDER BY region, time",
    # joins
    "SELECT a.host, a.time, a.usage_user, b.usage_system FROM cpu a JOIN cpu b ON a.time = b.time",
    "SELECT a.host, b.host AS h2, a.time FROM cpu a JOIN cpu b ON a.time = b.time AND a.host = b.host",
    "SELECT a.time, b.time AS t2 FROM cpu a JOIN cpu b ON a.host = b.host AND a.region = b.region WHERE a.usage_user > 95",
    "SELECT count(*) FROM cpu a JOIN cpu b ON a.host = b.host",
    "SELECT a.host, count(*) FROM cpu a INNER JOIN cpu b ON a.host = b.host AND a.region = b.region GROUP BY a.host",
    "SELECT count(*) FROM cpu a JOIN cpu b ON a.requests = b.requests AND a.time < b.time",
    "SELECT count(*) FROM cpu a JOIN cpu b ON a.usage_user < b.usage_user - 99",
    "SELECT a.time, b.time AS t2 FROM cpu a JOIN cpu b ON a.usage_user > b.usage_user + 98 ORDER BY 1, 2",
    "SELECT a.time, b.usage_idle FROM cpu a LEFT JOIN cpu b ON a.time = b.time AND b.usage_idle > 50",
    "SELECT a.time, b.usage_idle FROM cpu a RIGHT JOIN cpu b ON a.time = b.time AND a.usage_user > 50",
    "SELECT a.time, b.time AS t2 FROM cpu a FULL JOIN cpu b ON a.time = b.time AND a.usage_user > 50 AND b.usage_system > 50",
    "SELECT a.time, b.note FROM cpu a LEFT OUTER JOIN cpu b ON a.note = b.note AND a.time = b.time",
    "SELECT count(*) FROM cpu a LEFT JOIN cpu b ON a.usage_idle = b.usage_idle",
    "SELECT count(*) FROM cpu a FULL OUTER JOIN cpu b ON a.note = b.note",
    "SELECT a.host, v.label FROM cpu a JOIN (VALUES ('a', 'alpha'), ('b', 'beta')) v(host, label) ON a.host = v.host",
    "SELECT v.host, count(a.time) FROM (VALUES ('a'), ('z')) v(host) LEFT JOIN cpu a ON a.host = v.host GROUP BY v.host",
    "SELECT x.n, s, y.n AS m, t FROM (VALUES (1, 'a'), (2, 'b'), (NULL, 'n')) x(n, s) JOIN (VALUES (1, 'c'), (3, 'd'), (NULL, 'm')) y(n, t) ON x.n = y.n",
    "SELECT * FROM (VALUES (1, 'a'), (2, 'b'), (NULL, 'n')) x(n, s) FULL JOIN (VALUES (1, 'c'), (3, 'd'), (NULL, 'm')) y(m, t) ON x.n = y.m",
    "SELECT * FROM (VALUES (1, 'a'), (2, 'b'), (NULL, 'n')) x(n, s) LEFT JOIN (VALUES (1, 'c'), (NULL, 'm')) y(m, t) ON x.n = y.m",
    "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) x(n, s) RIGHT JOIN (VALUES (1, 'c'), (3, 'd')) y(m, t) ON x.n = y.m",
    "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) x(n, s) JOIN (VALUES (1, 'c'), (3, 'd')) y(n, t) USING (n)",
    "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) x(n, s) LEFT JOIN (VALUES (1, 'c'), (3, 'd')) y(n, t) USING (n)",
    "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) x(n, s) RIGHT JOIN (VALUES (1, 'c'), (3, 'd')) y(n, t) USING (n)",
    "SELECT n, s, t FROM (VALUES (1, 'a'), (2, 'b')) x(n, s) FULL JOIN (VALUES (1, 'c'), (3, 'd')) y(n, t) USING (n)",
    "SELECT x.n, y.n AS yn FROM (VALUES (1, 'a'), (2, 'b')) x(n, s) FULL JOIN (VALUES (1, 'c'), (3, 'd')) y(n, t) USING (n)",
    "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) x(n, s) NATURAL JOIN (VALUES (1, 'c'), (3, 'd')) y(n, t)",
    "SELECT * FROM (VALUES (1, 'a')) x(n, s) NATURAL JOIN (VALUES (1, 'a'), (1, 'b')) y(n, s)",
    "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) x(n, s) JOIN (VALUES (1.0, 'c'), (3.5, 'd')) y(m, t) ON x.n = y.m",
    "SELECT * FROM (VALUES (1), (2)) x(n) CROSS JOIN (VALUES ('a'), ('b')) y(s)",
    "SELECT * FROM (VALUES (1), (2)) x(n), (VALUES ('a'), ('b')) y(s) WHERE x.n = 2",
    "SELECT x.n, y.n AS m FROM (VALUES (1), (2), (3)) x(n), (VALUES (2), (3)) y(n) WHERE x.n = y.n",
    "SELECT a.host, b.region FROM cpu a, cpu b WHERE a.time = b.time AND a.usage_user > 90",
    "SELECT x.n, y.n AS m FROM (VALUES (1), (2), (3)) x(n) JOIN (VALUES (2), (3)) y(n) ON x.n < y.n",
    "SELECT x.n, y.m FROM (VALUES (1), (2), (3)) x(n) LEFT JOIN (VALUES (2), (3)) y(m) ON x.n < y.m",
    "SELECT x.n, y.m FROM (VALUES (1), (2), (3)) x(n) FULL JOIN (VALUES (2), (5)) y(m) ON x.n > y.m",
    "SELECT * FROM (VALUES (1), (2)) x(n) JOIN (VALUES (1), (2)) y(m) ON true",
    "SELECT * FROM (VALUES (1), (2)) x(n) LEFT JOIN (VALUES (1), (2)) y(m) ON false",
    "SELECT x.n, z.k FROM (VALUES (1), (2)) x(n) JOIN (VALUES (1, 10), (2, 20)) y(n, k) ON x.n = y.n "
    "JOIN (VALUES (10, 'ten'), (20, 'twenty')) z(k2, k) ON y.k = z.k2",
    "SELECT * FROM (VALUES (1), (2)) x(n) LEFT SEMI JOIN (VALUES (1), (1)) y(m) ON x.n = y.m",
    "SELECT * FROM (VALUES (1), (2)) x(n) LEFT ANTI JOIN (VALUES (1), (1)) y(m) ON x.n = y.m",
    "SELECT t.host, t.c FROM (SELECT host, count(*) AS c FROM cpu GROUP BY host) t JOIN cpu ON t.host = cpu.host "
    "WHERE cpu.usage_user > 98",
    "SELECT q.n FROM (SELECT x.n FROM (VALUES (1), (2)) x(n) JOIN (VALUES (1)) y(m) ON x.n = y.m) AS q",
    # joins with the rest of the select
    "SELECT a.*, b.usage_user AS u2 FROM cpu a JOIN cpu b ON a.time = b.time WHERE a.host = 'c'",
    "SELECT time, a.host, b.region AS r2 FROM cpu a JOIN cpu b USING (time) WHERE a.usage_user > 80",
    "SELECT count(*) FROM cpu a JOIN cpu b USING (host, region)",
    "SELECT count(*) FROM cpu a NATURAL JOIN cpu b",
    "SELECT a.host, max(b.usage_user) FROM cpu a JOIN cpu b ON a.host = b.host GROUP BY a.host ORDER BY a.host",
    "SELECT a.time FROM cpu a JOIN cpu b ON a.time = b.time ORDER BY b.usage_user DESC LIMIT 3",
    "WITH t AS (SELECT host, avg(usage_user) AS m FROM cpu GROUP BY host) "
    "SELECT cpu.time, t.m FROM cpu JOIN t ON cpu.host = t.host WHERE cpu.usage_user > t.m + 45",
    "SELECT count(*) FROM cpu a LEFT JOIN cpu b ON a.time = b.time AND b.usage_user > 90 WHERE b.time IS NULL",
    "SELECT count(*) FROM cpu a JOIN cpu b ON a.host = b.note",
    "SELECT count(*) FROM cpu a JOIN cpu b ON a.ok = b.ok AND a.host = b.host",
    "SELECT DISTINCT a.host FROM cpu a JOIN cpu b ON a.time = b.time AND a.usage_user > b.usage_system",
    "SELECT a.host, a.time, b.time AS prev FROM cpu a JOIN cpu b ON a.host = b.host AND b.time = a.time - INTERVAL '10 seconds' ORDER BY 2 LIMIT 5",
    "SELECT 1 UNION ALL SELECT 2 UNION SELECT 2",
    "SELECT host FROM cpu INTERSECT SELECT host FROM cpu UNION SELECT 'z'",
    "SELECT host FROM cpu WHERE usage_user > (SELECT usage_user FROM cpu WHERE usage_user > 1000)",
    "SELECT region FROM cpu WHERE host IN (SELECT host FROM cpu WHERE usage_user > 98) "
    "UNION SELECT region FROM cpu WHERE requests = (SELECT max(requests) FROM cpu)",
    # join errors
    "SELECT host FROM cpu a JOIN cpu b ON a.time = b.time",
    "SELECT count(*) FROM cpu JOIN cpu ON cpu.time = cpu.time",
    "SELECT * FROM (VALUES (1)) JOIN (VALUES (1)) ON true",
    "SELECT * FROM (VALUES (1, 'a')) x(n, s) JOIN (VALUES (1, 'c')) y(n, t) USING (s)",
    "SELECT a.nope FROM cpu a JOIN cpu b ON a.time = b.time",
    "SELECT n FROM (VALUES (1)) a(n), (VALUES (2)) b(n)",
    # set operations
    "SELECT host FROM cpu UNION SELECT region FROM cpu",
    "SELECT host FROM cpu UNION ALL SELECT region FROM cpu",
    "SELECT host FROM cpu UNION SELECT region FROM cpu ORDER BY host",
    "SELECT host FROM cpu UNION DISTINCT SELECT host FROM cpu ORDER BY 1 DESC",
    "SELECT 1 AS x UNION ALL SELECT 2.5 UNION ALL SELECT 3 ORDER BY x",
    "SELECT 1 UNION SELECT 2 UNION SELECT 1 ORDER BY 1",
    "SELECT host, requests FROM cpu WHERE requests > 290 UNION ALL SELECT region, requests FROM cpu WHERE requests < 5",
    "SELECT host FROM cpu INTERSECT SELECT host FROM cpu WHERE usage_user > 90",
    "SELECT host FROM cpu INTERSECT ALL SELECT host FROM cpu WHERE usage_user > 90",
    "SELECT host FROM cpu EXCEPT SELECT host FROM cpu WHERE region = 'us-east'",
    "SELECT host FROM cpu EXCEPT ALL SELECT host FROM cpu WHERE usage_user > 10",
    "SELECT host, region FROM cpu EXCEPT SELECT host, region FROM cpu WHERE usage_user > 5",
    "SELECT usage_idle FROM cpu WHERE usage_idle IS NULL INTERSECT SELECT usage_idle FROM cpu",
    "SELECT * FROM (VALUES (1, 'a'), (NULL, 'b'), (NULL, 'b')) x(n, s) INTERSECT SELECT * FROM (VALUES (1, 'a'), (NULL, 'b')) y(n, s)",
    "SELECT * FROM (VALUES (1), (1), (2), (NULL)) x(n) EXCEPT ALL SELECT * FROM (VALUES (1), (NULL)) y(n)",
    "SELECT n FROM (VALUES (1), (2), (3)) x(n) EXCEPT SELECT 2 ORDER BY n",
    "SELECT host FROM cpu UNION ALL SELECT host FROM cpu ORDER BY host LIMIT 5 OFFSET 58",
    "SELECT count(*) FROM (SELECT host FROM cpu UNION ALL SELECT region FROM cpu) t",
    "SELECT 1 UNION SELECT 'a'",
    "(SELECT host FROM cpu ORDER BY time LIMIT 2) UNION ALL (SELECT region FROM cpu ORDER BY time DESC LIMIT 2) ORDER BY 1",
    # set operation errors
    "SELECT 1, 2 UNION SELECT 3",
    "SELECT 1 INTERSECT SELECT 1, 2",
    "SELECT 1 EXCEPT ALL SELECT 1, 2",
    # subquery expressions (uncorrelated)
    "SELECT host, time FROM cpu WHERE usage_user > (SELECT avg(usage_user) FROM cpu) AND host = 'a'",
    "SELECT (SELECT max(usage_user) FROM cpu) AS m",
    "SELECT (SELECT max(usage_user) FROM cpu)",
    "SELECT host, usage_user - (SELECT min(usage_user) FROM cpu) AS d FROM cpu",
    "SELECT (SELECT count(*) FROM cpu WHERE host = 'a') + 1 AS c",
    "SELECT (SELECT host FROM cpu ORDER BY usage_user DESC LIMIT 1) AS top",
    "SELECT * FROM cpu WHERE host IN (SELECT host FROM cpu WHERE usage_user > 99)",
    "SELECT * FROM cpu WHERE host NOT IN (SELECT host FROM cpu WHERE usage_user > 99)",
    "SELECT time FROM cpu WHERE requests IN (SELECT requests FROM cpu WHERE usage_user < 3) AND usage_system > 10",
    "SELECT time FROM cpu WHERE region IN (SELECT 'us-east') ORDER BY time LIMIT 3",
    "SELECT time FROM cpu WHERE usage_idle IN (SELECT usage_idle FROM cpu WHERE usage_user > 90)",
    "SELECT x.n FROM (VALUES (1), (NULL), (3)) x(n) WHERE x.n IN (SELECT column1 FROM (VALUES (1), (NULL)))",
    "SELECT x.n FROM (VALUES (1), (2)) x(n) WHERE x.n NOT IN (SELECT column1 FROM (VALUES (1), (NULL)))",
    "SELECT x.n FROM (VALUES (1), (2), (NULL)) x(n) WHERE x.n NOT IN (SELECT column1 FROM (VALUES (1), (3)))",
    "SELECT x.n FROM (VALUES (1), (NULL)) x(n) WHERE x.n NOT IN (SELECT host FROM cpu WHERE host = 'zz')",
    "SELECT count(*) FROM cpu WHERE EXISTS (SELECT 1 FROM cpu WHERE usage_user > 99)",
    "SELECT count(*) FROM cpu WHERE EXISTS (SELECT 1 FROM cpu WHERE usage_user > 1000)",
    "SELECT count(*) FROM cpu WHERE NOT EXISTS (SELECT 1 FROM cpu WHERE usage_user > 1000)",
    "SELECT host, count(*) FROM cpu WHERE host IN (SELECT host FROM cpu WHERE region = 'eu-central') GROUP BY host",
    "SELECT n FROM (VALUES (1), (2), (3)) x(n) WHERE n > (SELECT 1.5) ORDER BY n",
    # correlated IN / EXISTS (decorrelated into semi/anti joins)
    "SELECT count(*) FROM cpu a WHERE EXISTS (SELECT 1 FROM cpu b WHERE b.host = a.host AND b.time > a.time AND b.usage_user > 99)",
    "SELECT count(*) FROM cpu a WHERE NOT EXISTS (SELECT 1 FROM cpu b WHERE b.host = a.host AND b.usage_user > a.usage_user)",
    "SELECT a.time FROM cpu a WHERE a.requests IN (SELECT b.requests FROM cpu b WHERE b.host <> a.host)",
    "SELECT a.time FROM cpu a WHERE a.requests NOT IN (SELECT b.requests FROM cpu b WHERE b.host <> a.host)",
    "SELECT count(*) FROM cpu WHERE EXISTS (SELECT 1 FROM cpu b WHERE b.host = host AND b.usage_user > 99)",
    "SELECT host, time FROM cpu a WHERE usage_user > 50 AND EXISTS (SELECT 1 FROM cpu b WHERE b.time = a.time AND b.region = 'us-east') ORDER BY time LIMIT 5",
    "SELECT x.n FROM (VALUES (1), (2), (NULL)) x(n) WHERE x.n NOT IN (SELECT y.m FROM (VALUES (1, 1), (NULL, 2)) y(m, k) WHERE y.k = x.n)",
    "SELECT x.n FROM (VALUES (1), (2), (3)) x(n) WHERE x.n IN (SELECT y.m FROM (VALUES (1), (3), (5)) y(m) WHERE y.m >= x.n)",
    "SELECT x.n FROM (VALUES (1), (2), (3)) x(n) WHERE NOT EXISTS (SELECT 1 FROM (VALUES (1), (3)) y(m) WHERE y.m = x.n)",
    # GROUP BY date_bin ORDER BY the bin LIMIT n: the scan stops once the first n bins are settled
    "SELECT date_bin(INTERVAL '1 minute', time) AS m, max(usage_user) FROM cpu GROUP BY 1 ORDER BY 1 DESC LIMIT 3",
    "SELECT date_bin(INTERVAL '2 minutes', time) AS m, count(*), avg(requests) FROM cpu GROUP BY 1 ORDER BY 1 LIMIT 4",
    "SELECT date_bin(INTERVAL '7 minutes', time, TIMESTAMP '2024-01-01 00:03:00') AS m, min(usage_system) FROM cpu WHERE host = 'a' GROUP BY 1 ORDER BY 1 DESC LIMIT 2",
    "SELECT date_bin(INTERVAL '1 minute', time) AS m, sum(requests) FROM cpu WHERE time < '2024-01-01 00:17:30' GROUP BY 1 ORDER BY m DESC LIMIT 5",
    "SELECT date_bin(INTERVAL '10 minutes', time) AS m, max(usage_user) FROM cpu GROUP BY 1 ORDER BY 1 DESC LIMIT 50",
    "SELECT date_bin(INTERVAL '1 minute', time) AS m, max(usage_user) FROM cpu WHERE usage_user > 95 GROUP BY 1 ORDER BY 1 DESC LIMIT 3 OFFSET 1",
    # parenthesised joins, with and without an alias
    "SELECT a.host, b.usage_user FROM (cpu a JOIN cpu b ON a.time = b.time AND a.host = b.host) WHERE a.usage_user > 90",
    "SELECT * FROM (cpu a JOIN cpu b ON a.time = b.time AND a.host = b.host) AS j WHERE j.usage_user > 90",
    "SELECT j.host, j.usage_user FROM (cpu a LEFT JOIN cpu b ON a.time = b.time AND b.ok) j ORDER BY j.host, j.usage_user LIMIT 9",
    "SELECT count(*) FROM ((cpu a JOIN cpu b USING (time)))",
    # correlated scalar subqueries (decorrelated into left joins on grouped subqueries)
    "SELECT host, usage_user, (SELECT max(b.usage_user) FROM cpu b WHERE b.host = a.host) FROM cpu a",
    "SELECT time, (SELECT count(*) FROM cpu b WHERE b.host = a.host AND b.usage_user > 99) AS n FROM cpu a",
    "SELECT time, (SELECT count(*) FROM cpu b WHERE b.region = a.region AND b.time < a.time) FROM cpu a",
    "SELECT host, time FROM cpu a WHERE usage_user > (SELECT avg(b.usage_user) FROM cpu b WHERE b.host = a.host)",
    "SELECT time, (SELECT sum(b.requests) + 1 FROM cpu b WHERE b.host = a.host AND b.ok) FROM cpu a ORDER BY time LIMIT 7",
    "SELECT time, (SELECT max(b.usage_user) FROM cpu b WHERE b.host = a.host AND b.region = a.region) * 2 FROM cpu a",
    "SELECT x.n, (SELECT count(*) FROM (VALUES (1), (1), (3)) y(m) WHERE y.m = x.n) FROM (VALUES (1), (2), (3)) x(n)",
    "SELECT x.n, (SELECT min(y.m) FROM (VALUES (1), (1), (3)) y(m) WHERE y.m = x.n) AS lo FROM (VALUES (1), (2)) x(n)",
    "SELECT time, (SELECT usage_user FROM cpu b WHERE b.host = a.host) FROM cpu a",
    # subquery errors
    "SELECT (SELECT usage_user FROM cpu) AS m",
    "SELECT (SELECT 1, 2) AS z",
    "SELECT 1 WHERE 1 IN (SELECT 1, 2)",
    "SELECT host IN (SELECT host FROM cpu) FROM cpu",
    # errors (both must refuse)
    "SELECT nope FROM cpu",
    "SELECT * FROM nope",
    "SELEC * FROM cpu",
]

WINDOW_QUERIES = [
    # ranking
    "SELECT time, host, row_number() OVER (ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, host, row_number() OVER (PARTITION BY host ORDER BY time) AS rn FROM cpu ORDER BY time",
    "SELECT time, requests, rank() OVER (ORDER BY requests) FROM cpu ORDER BY time",
    "SELECT time, requests, dense_rank() OVER (ORDER BY requests DESC) FROM cpu ORDER BY time",
    "SELECT time, host, rank() OVER (PARTITION BY host ORDER BY requests DESC) FROM cpu ORDER BY time",
    "SELECT time, percent_rank() OVER (ORDER BY requests) FROM cpu ORDER BY time",
    "SELECT time, cume_dist() OVER (PARTITION BY region ORDER BY requests) FROM cpu ORDER BY time",
    "SELECT time, ntile(4) OVER (ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, ntile(7) OVER (PARTITION BY host ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, usage_idle, rank() OVER (ORDER BY usage_idle NULLS FIRST) FROM cpu ORDER BY time",
    "SELECT time, host, region, row_number() OVER (PARTITION BY host, region ORDER BY time DESC) FROM cpu ORDER BY time",
    # lag / lead
    "SELECT time, usage_user, lag(usage_user) OVER (ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, usage_user, lead(usage_user) OVER (ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, lag(requests, 2) OVER (PARTITION BY host ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, lead(requests, 3, 0) OVER (PARTITION BY host ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, lag(usage_idle, 1, -1.0) OVER (ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, usage_user - lag(usage_user) OVER (ORDER BY time) AS delta FROM cpu ORDER BY time",
    "SELECT time, lag(host) OVER (ORDER BY time), lead(note) OVER (ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, lag(usage_idle) IGNORE NULLS OVER (ORDER BY time), lag(usage_idle, 2) IGNORE NULLS "
    "OVER (PARTITION BY host ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, lag(usage_idle) RESPECT NULLS OVER (ORDER BY time) FROM cpu ORDER BY time",
    # (DataFusion 55 skips values in lead(x, n > 1) IGNORE NULLS after a NULL; offset 1 only)
    "SELECT time, lead(usage_idle) IGNORE NULLS OVER (PARTITION BY region ORDER BY time) FROM cpu ORDER BY time",
    # value functions
    "SELECT time, first_value(note) IGNORE NULLS OVER (ORDER BY time DESC), last_value(usage_idle) IGNORE NULLS "
    "OVER (ORDER BY time ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING) FROM cpu ORDER BY time",
    "SELECT time, nth_value(usage_idle, 2) IGNORE NULLS OVER (PARTITION BY host ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, first_value(usage_user) OVER (PARTITION BY host ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, last_value(usage_user) OVER (PARTITION BY host ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, last_value(usage_user) OVER (PARTITION BY host ORDER BY time "
    "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM cpu ORDER BY time",
    "SELECT time, nth_value(requests, 3) OVER (ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, first_value(usage_idle) OVER (ORDER BY time ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) "
    "FROM cpu ORDER BY time",
    "SELECT time, first_value(host) OVER (PARTITION BY region ORDER BY time) FROM cpu ORDER BY time",
    # aggregates over windows
    "SELECT time, sum(requests) OVER (ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, sum(requests) OVER (PARTITION BY host ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, host, sum(requests) OVER (PARTITION BY host) FROM cpu ORDER BY time",
    "SELECT time, count(*) OVER () FROM cpu ORDER BY time",
    "SELECT time, count(usage_idle) OVER (ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, avg(usage_user) OVER (ORDER BY time ROWS BETWEEN 4 PRECEDING AND CURRENT ROW) FROM cpu ORDER BY time",
    "SELECT time, avg(usage_user) OVER (PARTITION BY host ORDER BY time ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) "
    "FROM cpu ORDER BY time",
    "SELECT time, min(usage_user) OVER (ORDER BY time ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING) FROM cpu ORDER BY time",
    "SELECT time, max(usage_user) OVER (ORDER BY time ROWS BETWEEN CURRENT ROW AND 5 FOLLOWING) FROM cpu ORDER BY time",
    "SELECT time, sum(requests) OVER (ORDER BY time ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) "
    "FROM cpu ORDER BY time",
    "SELECT time, sum(requests) OVER (ORDER BY time ROWS UNBOUNDED PRECEDING) FROM cpu ORDER BY time",
    "SELECT time, sum(requests) OVER (ORDER BY requests) FROM cpu ORDER BY time",
    "SELECT time, sum(requests) OVER (ORDER BY requests RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING) "
    "FROM cpu ORDER BY time",
    "SELECT time, count(*) OVER (ORDER BY requests DESC RANGE BETWEEN 5 PRECEDING AND CURRENT ROW) "
    "FROM cpu ORDER BY time",
    "SELECT time, sum(usage_user) OVER (ORDER BY usage_user RANGE BETWEEN 5.5 PRECEDING AND 2.5 FOLLOWING) "
    "FROM cpu ORDER BY time",
    "SELECT time, count(*) OVER (ORDER BY requests GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM cpu ORDER BY time",
    "SELECT time, sum(requests) OVER (ORDER BY requests RANGE CURRENT ROW) FROM cpu ORDER BY time",
    "SELECT time, stddev(usage_user) OVER (PARTITION BY region ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, min(host) OVER (ORDER BY time), max(region) OVER (ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, count(DISTINCT host) OVER (ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, bool_or(ok) OVER (PARTITION BY host ORDER BY time ROWS 2 PRECEDING) FROM cpu ORDER BY time",
    "SELECT time, median(requests) OVER (PARTITION BY host) FROM cpu ORDER BY time",
    "SELECT time, usage_user / sum(usage_user) OVER (PARTITION BY host) AS share FROM cpu ORDER BY time",
    "SELECT time, sum(requests) OVER (ORDER BY time RANGE BETWEEN INTERVAL '1 minute' PRECEDING AND CURRENT ROW) "
    "FROM cpu ORDER BY time",
    "SELECT time, count(*) OVER (PARTITION BY host ORDER BY time RANGE BETWEEN INTERVAL '90 seconds' PRECEDING "
    "AND INTERVAL '30 seconds' FOLLOWING) FROM cpu ORDER BY time",
    "SELECT time, avg(usage_user) OVER (ORDER BY time DESC RANGE BETWEEN INTERVAL '20 seconds' PRECEDING "
    "AND CURRENT ROW) FROM cpu ORDER BY time",
    "SELECT time, corr(usage_user, usage_system) OVER (PARTITION BY host), covar_pop(usage_user, requests) "
    "OVER (ORDER BY time ROWS BETWEEN 5 PRECEDING AND CURRENT ROW) FROM cpu ORDER BY time",
    "SELECT time, regr_slope(usage_user, requests) OVER (ORDER BY time), regr_count(usage_idle, requests) "
    "OVER (ORDER BY time ROWS 3 PRECEDING) FROM cpu ORDER BY time",
    "SELECT time, string_agg(host, '') OVER (ORDER BY time ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM cpu "
    "ORDER BY time",
    "SELECT time, approx_distinct(requests) OVER (PARTITION BY host ORDER BY time) FROM cpu ORDER BY time",
    "SELECT time, string_agg(region, '|') OVER (PARTITION BY host ORDER BY time) FROM cpu WHERE requests > 250 "
    "ORDER BY time",
    # named windows
    "SELECT time, sum(requests) OVER w, avg(requests) OVER w FROM cpu WINDOW w AS (PARTITION BY host ORDER BY time) "
    "ORDER BY time",
    "SELECT time, row_number() OVER w AS rn FROM cpu WINDOW w AS (ORDER BY time DESC) ORDER BY time",
    "SELECT time, row_number() OVER nope FROM cpu ORDER BY time",
    "SELECT time, sum(requests) OVER (w ORDER BY time) FROM cpu WINDOW w AS (PARTITION BY host) ORDER BY time",
    "SELECT time, sum(requests) OVER w FROM cpu WINDOW w AS (PARTITION BY host), w AS (ORDER BY time)",
    # with grouping, filtering, ordering and subqueries
    "SELECT host, sum(requests), rank() OVER (ORDER BY sum(requests) DESC) FROM cpu GROUP BY host ORDER BY host",
    "SELECT region, count(*) AS c, sum(count(*)) OVER () AS total FROM cpu GROUP BY region ORDER BY region",
    "SELECT host, avg(usage_user), lag(avg(usage_user)) OVER (ORDER BY host) FROM cpu GROUP BY host ORDER BY host",
    "SELECT date_bin(INTERVAL '5 minutes', time) AS t, avg(usage_user) AS a, "
    "avg(avg(usage_user)) OVER (ORDER BY date_bin(INTERVAL '5 minutes', time) ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) "
    "FROM cpu GROUP BY 1 ORDER BY 1",
    "SELECT time, host, row_number() OVER (PARTITION BY host ORDER BY time) FROM cpu WHERE usage_user > 50 ORDER BY time",
    "SELECT time, host FROM cpu ORDER BY row_number() OVER (PARTITION BY host ORDER BY time DESC), time LIMIT 10",
    "SELECT * FROM (SELECT host, time, usage_user, row_number() OVER (PARTITION BY host ORDER BY time DESC) AS rn "
    "FROM cpu) t WHERE rn = 1 ORDER BY host",
    "SELECT time, requests, rank() OVER (ORDER BY requests) AS r FROM cpu ORDER BY r, time LIMIT 15",
    "SELECT DISTINCT host, count(*) OVER (PARTITION BY host) FROM cpu ORDER BY host",
    "SELECT time, CAST(row_number() OVER (ORDER BY time) AS BIGINT) * 2 + 1 FROM cpu ORDER BY time",
    "SELECT time, CASE WHEN rank() OVER (ORDER BY usage_user DESC) <= 3 THEN 'top' ELSE 'rest' END FROM cpu ORDER BY time",
    # errors
    "SELECT time, sum(requests) OVER (RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM cpu",
    "SELECT time, sum(requests) OVER (ORDER BY time ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW) FROM cpu",
    "SELECT time FROM cpu WHERE row_number() OVER (ORDER BY time) > 3",
]

FUNCTION_QUERIES = [
    "SELECT greatest(usage_user, usage_system), least(usage_user, usage_idle) FROM cpu",
    "SELECT greatest(requests, 100), least(requests, 50, 20) FROM cpu",
    "SELECT nvl(usage_idle, 0), ifnull(usage_idle, -1.5), nvl2(usage_idle, requests, 0) FROM cpu",
    "SELECT nvl(note, 'none'), nvl2(note, 'has', 'missing') FROM cpu",
    "SELECT cot(usage_user), degrees(usage_user), radians(usage_user), pi() FROM cpu",
    "SELECT lpad(host, 4, 'x'), rpad(region, 12, '-'), lpad(region, 3), rpad(host, 3) FROM cpu",
    "SELECT repeat(host, 3), initcap(region), translate(region, 'us', 'US') FROM cpu",
    "SELECT split_part(region, '-', 1), split_part(region, '-', 2), split_part(region, '-', -1) FROM cpu",
    "SELECT md5(host), md5(region) FROM cpu",
    "SELECT arrow_typeof(host), arrow_typeof(time), arrow_typeof(usage_user), arrow_typeof(requests), "
    "arrow_typeof(note), arrow_typeof(ok) FROM cpu LIMIT 1",
    "SELECT arrow_cast(requests, 'Float64'), arrow_cast(usage_user, 'Int64'), arrow_cast(requests, 'Utf8') FROM cpu",
    "SELECT arrow_cast(host, 'Utf8'), arrow_typeof(arrow_cast(region, 'Utf8')) FROM cpu",
    "SELECT regexp_like(region, '^us'), regexp_like(host, 'A', 'i') FROM cpu",
    "SELECT regexp_replace(region, '-', '_'), regexp_replace(region, '[aeiou]', '', 'g') FROM cpu",
    "SELECT regexp_replace(region, '(\\w+)-(\\w+)', '\\2:\\1') FROM cpu",
    "SELECT regexp_replace(region, '(?i)US', 'X', 'g'), regexp_replace(region, 'S', 'x', 'gi') FROM cpu",
    "SELECT regexp_replace(region, 'e*', '.', 'g'), regexp_replace(region, '^', '>') FROM cpu",
    "SELECT regexp_replace(region, '(u)(s)?', '${2}[$1]', 'g'), regexp_replace(host, 'z+', 'y', 'g') FROM cpu",
    "SELECT regexp_replace(region, '([a-z]+)$', 'end', 'g') FROM cpu",
    "SELECT * FROM cpu WHERE regexp_like(region, 'east$') ORDER BY time",
    "SELECT to_char(time, '%Y-%m-%d %H:%M:%S') FROM cpu",
    "SELECT to_char(time, '%d/%m/%y %T'), date_format(time, '%H:%M') FROM cpu",
    "SELECT to_char(time, '%Y-%m-%dT%H:%M:%S%.3f'), to_char(time, '%j %a %b %e') FROM cpu",
    "SELECT to_char(column1, '%C %k %l %P') FROM (VALUES (TIMESTAMP '2016-01-01 00:00:00.123456789'), (TIMESTAMP '1969-12-30 23:59:59.999999999'), (TIMESTAMP '2023-11-14 22:13:20'), (TIMESTAMP '2024-12-31 23:59:59.5'), (TIMESTAMP '2021-01-03 12:00:00.000123'))",
    "SELECT to_char(column1, '%U %W %V %G %g') FROM (VALUES (TIMESTAMP '2016-01-01 00:00:00.123456789'), (TIMESTAMP '1969-12-30 23:59:59.999999999'), (TIMESTAMP '2023-11-14 22:13:20'), (TIMESTAMP '2024-12-31 23:59:59.5'), (TIMESTAMP '2021-01-03 12:00:00.000123'))",
    "SELECT to_char(column1, '%c') FROM (VALUES (TIMESTAMP '2016-01-01 00:00:00.123456789'), (TIMESTAMP '1969-12-30 23:59:59.999999999'), (TIMESTAMP '2023-11-14 22:13:20'), (TIMESTAMP '2024-12-31 23:59:59.5'), (TIMESTAMP '2021-01-03 12:00:00.000123'))",
    "SELECT to_char(column1, '%x %X %r') FROM (VALUES (TIMESTAMP '2016-01-01 00:00:00.123456789'), (TIMESTAMP '1969-12-30 23:59:59.999999999'), (TIMESTAMP '2023-11-14 22:13:20'), (TIMESTAMP '2024-12-31 23:59:59.5'), (TIMESTAMP '2021-01-03 12:00:00.000123'))",
    "SELECT to_char(column1, '%v') FROM (VALUES (TIMESTAMP '2016-01-01 00:00:00.123456789'), (TIMESTAMP '1969-12-30 23:59:59.999999999'), (TIMESTAMP '2023-11-14 22:13:20'), (TIMESTAMP '2024-12-31 23:59:59.5'), (TIMESTAMP '2021-01-03 12:00:00.000123'))",
    "SELECT to_char(column1, '%-d %-m %_d %0e %-H') FROM (VALUES (TIMESTAMP '2016-01-01 00:00:00.123456789'), (TIMESTAMP '1969-12-30 23:59:59.999999999'), (TIMESTAMP '2023-11-14 22:13:20'), (TIMESTAMP '2024-12-31 23:59:59.5'), (TIMESTAMP '2021-01-03 12:00:00.000123'))",
    "SELECT to_char(column1, '%3f %6f %9f') FROM (VALUES (TIMESTAMP '2016-01-01 00:00:00.123456789'), (TIMESTAMP '1969-12-30 23:59:59.999999999'), (TIMESTAMP '2023-11-14 22:13:20'), (TIMESTAMP '2024-12-31 23:59:59.5'), (TIMESTAMP '2021-01-03 12:00:00.000123'))",
    "SELECT to_char(column1, '%.f|%.3f|%.6f|%.9f') FROM (VALUES (TIMESTAMP '2016-01-01 00:00:00.123456789'), (TIMESTAMP '1969-12-30 23:59:59.999999999'), (TIMESTAMP '2023-11-14 22:13:20'), (TIMESTAMP '2024-12-31 23:59:59.5'), (TIMESTAMP '2021-01-03 12:00:00.000123'))",
    "SELECT to_char(column1, '%-j %_j %u %w') FROM (VALUES (TIMESTAMP '2016-01-01 00:00:00.123456789'), (TIMESTAMP '1969-12-30 23:59:59.999999999'), (TIMESTAMP '2023-11-14 22:13:20'), (TIMESTAMP '2024-12-31 23:59:59.5'), (TIMESTAMP '2021-01-03 12:00:00.000123'))",
    "SELECT to_char(column1, '%Q') FROM (VALUES (TIMESTAMP '2016-01-01 00:00:00.123456789'), (TIMESTAMP '1969-12-30 23:59:59.999999999'), (TIMESTAMP '2023-11-14 22:13:20'), (TIMESTAMP '2024-12-31 23:59:59.5'), (TIMESTAMP '2021-01-03 12:00:00.000123'))",
    "SELECT to_char(column1, '%z') FROM (VALUES (TIMESTAMP '2016-01-01 00:00:00.123456789'), (TIMESTAMP '1969-12-30 23:59:59.999999999'), (TIMESTAMP '2023-11-14 22:13:20'), (TIMESTAMP '2024-12-31 23:59:59.5'), (TIMESTAMP '2021-01-03 12:00:00.000123'))",
    "SELECT to_unixtime(time) FROM cpu",
    "SELECT host, to_unixtime(max(time)) FROM cpu GROUP BY host ORDER BY host",
    "SELECT greatest(host, region), least(host, 'b') FROM cpu",
    # more aggregates
    "SELECT first_value(usage_user), last_value(usage_user), first_value(usage_idle) FROM cpu",
    "SELECT host, first_value(usage_user ORDER BY time DESC), last_value(requests ORDER BY usage_user) "
    "FROM cpu GROUP BY host ORDER BY host",
    "SELECT region, first_value(host ORDER BY requests DESC, time) FROM cpu GROUP BY region ORDER BY region",
    "SELECT host, string_agg(region, ',') FROM cpu WHERE requests > 280 GROUP BY host ORDER BY host",
    "SELECT corr(usage_user, usage_system), covar_samp(usage_user, requests), covar_pop(usage_user, requests) FROM cpu",
    "SELECT host, corr(usage_user, requests), covar_pop(usage_idle, usage_user) FROM cpu GROUP BY host ORDER BY host",
    "SELECT regr_slope(usage_user, requests), regr_intercept(usage_user, requests), regr_count(usage_idle, requests), "
    "regr_r2(usage_user, requests) FROM cpu",
    "SELECT region, regr_avgx(usage_user, requests), regr_avgy(usage_user, requests), regr_sxx(usage_user, requests), "
    "regr_syy(usage_user, requests), regr_sxy(usage_user, requests) FROM cpu GROUP BY region ORDER BY region",
    "SELECT approx_distinct(requests), approx_distinct(note) FROM cpu",
    "SELECT host, approx_distinct(requests) FROM cpu GROUP BY host ORDER BY host",
    "SELECT approx_distinct(usage_user) FROM cpu",

]

# struct and list results (JSON objects and arrays); selector_* are IOx-only, see selectors.slt
NESTED_QUERIES = [
    "SELECT named_struct('u', usage_user, 'h', host) AS s FROM cpu",
    "SELECT struct(usage_user, requests, note) FROM cpu",
    "SELECT named_struct('u', usage_user, 'h', host)['u'] AS u, struct(requests, host)['c1'] FROM cpu",
    "SELECT get_field(named_struct('t', time, 'i', usage_idle), 'i'), named_struct('t', time)['t'] FROM cpu",
    "SELECT make_array(usage_user, usage_system) AS l, make_array(requests, 1), make_list(host, region) FROM cpu",
    "SELECT make_array(usage_idle, requests), array_length(make_array(requests, requests, 3)) FROM cpu",
    "SELECT make_array(usage_user, usage_idle)[2], array_element(make_array(host, region), -1) FROM cpu",
    "SELECT make_array(requests, 7)[0] AS z, make_array(requests, 7)[3] AS out FROM cpu",
    "SELECT time FROM cpu WHERE make_array(host, region) = make_array(host, 'us-east') ORDER BY time LIMIT 5",
    "SELECT named_struct('h', host) = named_struct('h', host) AS e, make_array(requests, 1) < make_array(requests, 2) AS l FROM cpu",
    "SELECT make_array(1, 2)[-2] AS c, make_array(usage_user, 2.0)[requests % 3] AS d FROM cpu",
    "SELECT host, named_struct('n', count(*), 'm', max(usage_user)) FROM cpu GROUP BY host ORDER BY host",
    "SELECT named_struct('a', 1, 'b', 'x'), make_array(1, 2, 3), struct(1.5)",
    "SELECT s['u'] FROM (SELECT named_struct('u', usage_user) AS s FROM cpu) ORDER BY s['u'] LIMIT 5",
    "SELECT time, named_struct('r', requests) AS s FROM cpu ORDER BY time DESC LIMIT 3",
    "SELECT DISTINCT make_array(host, region) AS l FROM cpu",
    "SELECT make_array(named_struct('a', requests)) AS l, named_struct('l', make_array(host))['l'][1] AS h FROM cpu",
    "SELECT host, array_agg(named_struct('r', requests, 't', time) ORDER BY time) FROM cpu WHERE requests > 280 GROUP BY host ORDER BY host",
    "SELECT named_struct('s', named_struct('x', usage_idle)) AS n, named_struct('s', named_struct('x', usage_idle))['s']['x'] AS x FROM cpu",
    "SELECT DISTINCT named_struct('h', host, 'o', ok) AS s FROM cpu",
    "SELECT make_array(host) AS l, count(*) FROM cpu GROUP BY l",
    "SELECT count(DISTINCT named_struct('h', host)), count(DISTINCT make_array(region, host)) FROM cpu",
    "SELECT arrow_typeof(named_struct('u', usage_user, 't', time)), arrow_typeof(make_array(requests)) FROM cpu LIMIT 1",
    "SELECT regexp_match(region, '(\\w+)-(\\w+)'), regexp_match(host, 'b'), regexp_match(region, 'EAST', 'i') FROM cpu",
    "SELECT regexp_match(region, '^(us)?-?(\\w+)'), regexp_match(note, 'l+') FROM cpu",
    "SELECT regexp_match(region, '(x)?(e)(a|u)') AS m, regexp_match(region, 'z') AS n FROM cpu",
    "SELECT regexp_match(region, '(a|ab)(c|bcd)(d*)') FROM cpu",
    "SELECT regexp_match(region, '(s*)*(e*)+(a)?'), regexp_match(region, '(u|us)*(-)?(e|w){1,2}(a*)') FROM cpu",
    "SELECT regexp_match(region, '(e*)*.(t*)*$'), regexp_match(host, '(a*)*'), regexp_match(region, '((u)|(e))+') FROM cpu",
    "SELECT region, array_agg(host ORDER BY time) FROM cpu WHERE requests > 250 GROUP BY region ORDER BY region",
    "SELECT host, array_agg(usage_idle ORDER BY time DESC) FROM cpu WHERE requests < 40 GROUP BY host ORDER BY host",
    "SELECT array_agg(requests ORDER BY requests) FROM cpu WHERE usage_user > 95",
    "SELECT array_agg(requests) FROM cpu WHERE usage_user > 1000",
    "SELECT array_length(array_agg(host)) FROM cpu",
    "SELECT region, string_agg(host, ',' ORDER BY time DESC) FROM cpu WHERE requests > 250 GROUP BY region ORDER BY region",
    "SELECT string_agg(note, '|' ORDER BY requests, time) AS notes FROM cpu WHERE usage_user > 80",
    "SELECT host, string_agg(region, '; ' ORDER BY region DESC, time) FROM cpu WHERE requests < 30 GROUP BY host ORDER BY host",
    "SELECT approx_median(usage_user), approx_percentile_cont(usage_system, 0.9), approx_percentile_cont(requests, 0.25) FROM cpu",
    "SELECT host, approx_median(requests), approx_percentile_cont(usage_idle, 0.5) FROM cpu GROUP BY host ORDER BY host",
    "SELECT region, approx_percentile_cont(usage_user, 0.99), approx_percentile_cont(usage_user, 0.01) FROM cpu GROUP BY region ORDER BY region",
    "SELECT approx_percentile_cont(usage_user, 0.0), approx_percentile_cont(usage_user, 1.0), approx_median(usage_idle) FROM cpu WHERE host = 'a'",
    "SELECT approx_median(usage_user) FROM cpu WHERE usage_user > 1000",
    "SELECT approx_percentile_cont(usage_user, 1.5) FROM cpu",
    # dates and intervals
    "SELECT make_date(2024, 2, 29), to_date('2024-03-01'), CAST('2024-01-05' AS DATE), CAST(time AS DATE) FROM cpu",
    "SELECT make_date(2024, 1, 31) + INTERVAL '1 month', make_date(2024, 3, 31) - INTERVAL '1 month', "
    "make_date(2024, 1, 1) - INTERVAL '1 day', make_date(2024, 1, 1) + INTERVAL '36 hours'",
    "SELECT CAST(time AS DATE) + INTERVAL '1 year 2 days' AS d FROM cpu",
    "SELECT make_date(2024, 1, 1) - make_date(2023, 1, 1) AS a, CAST(time AS DATE) - make_date(2023, 12, 25) AS b FROM cpu",
    "SELECT INTERVAL '1 day' + INTERVAL '1 hour' AS a, INTERVAL '1 month' - INTERVAL '3 days 2 seconds' AS b",
    "SELECT time + INTERVAL '1 month' AS a, time - INTERVAL '2 months 3 days 4 hours' AS b FROM cpu",
    "SELECT TIMESTAMP '2024-01-31T10:00:00' + INTERVAL '1 month' AS a, TIMESTAMP '2024-03-31T23:59:59.5' - INTERVAL '1 month' AS b, "
    "TIMESTAMP '1969-12-31T23:00:00' + INTERVAL '1 year 1 hour' AS c",
    "SELECT date_part('year', make_date(2024, 2, 29)), date_part('doy', CAST(time AS DATE)), "
    "extract(month FROM make_date(2024, 5, 1)) FROM cpu",
    "SELECT CAST(make_date(2024, 1, 2) AS TIMESTAMP) AS t, CAST(make_date(2024, 1, 2) AS VARCHAR) AS v, to_date(19000), "
    "to_date(requests) FROM cpu",
    "SELECT make_date(requests + 1800, requests % 12 + 1, requests % 28 + 1) FROM cpu",
    "SELECT INTERVAL '1 day', INTERVAL '2 hours 30 minutes' AS i, INTERVAL '1 month 1.5 seconds', INTERVAL '-3 hours'",
    "SELECT INTERVAL '0 seconds' AS z, INTERVAL '1 year', arrow_typeof(INTERVAL '1 day') FROM cpu LIMIT 2",
    "SELECT arrow_typeof(make_date(2024, 1, 1)), arrow_typeof(CAST(time AS DATE)) FROM cpu LIMIT 1",
    "SELECT CAST(time AS DATE) AS d, count(*) FROM cpu GROUP BY d ORDER BY d",
    "SELECT min(CAST(time AS DATE)), max(CAST(time AS DATE)), min(make_date(2024, 1, 1)), max(INTERVAL '1 day') FROM cpu",
    "SELECT make_date(2024, 1, 2) < make_date(2024, 1, 3) AS a, make_date(2024, 1, 2) = to_date('2024-01-02') AS b",
    "SELECT time FROM cpu WHERE CAST(time AS DATE) = make_date(2024, 1, 1) ORDER BY time LIMIT 3",
    "SELECT current_date() = CAST(now() AS DATE) AS today, arrow_typeof(current_date())",
    "SELECT CAST(time AS DATE) AS d FROM cpu ORDER BY d DESC, time LIMIT 2",
    "SELECT date_trunc('month', make_date(2024, 5, 17)) AS m, "
    "date_bin(INTERVAL '1 day', CAST(make_date(2024, 5, 17) AS TIMESTAMP)) AS b",
    "SELECT date_bin(INTERVAL '1 day', TIMESTAMP '2024-05-17T10:00:00') AS d, date_part('hour', TIMESTAMP '2024-05-17T10:00:00')",
    "SELECT TIMESTAMP '2024-05-17T10:00:00', DATE '2024-01-02', arrow_typeof(DATE '2024-01-02')",
    # digests (Binary, written as hex)
    "SELECT sha224(host), sha256(region), sha384(note), sha512(host || region) FROM cpu",
    "SELECT digest(region, 'md5'), digest(host, 'sha256'), digest(note, 'sha512'), sha256('') FROM cpu",
    "SELECT arrow_typeof(sha256('a')), sha224(NULL), digest(NULL, 'md5')",
    "SELECT host, sha256(host) AS h FROM cpu GROUP BY host ORDER BY h",
    # errors
    "SELECT digest(host, 'SHA256') FROM cpu",
    "SELECT digest(host, 'nope') FROM cpu",
    "SELECT sha256(requests) FROM cpu",
    "SELECT make_date(2024, 13, 1)",
    "SELECT make_date(2024, 2, 30)",
    "SELECT sum(make_date(2024, 1, 1))",
    "SELECT avg(INTERVAL '1 day')",
    "SELECT CAST(usage_user AS DATE) FROM cpu",
    "SELECT make_date(9223372036854775807, 1, 1)",
    "SELECT to_date(1e300)",
    "SELECT array_element(make_array(1))",
    "SELECT array_length()",
    "SELECT to_date('x')",
    "SELECT regexp_match(region, '(') FROM cpu",
    "SELECT regexp_match(region, 'a', 'g') FROM cpu",
    "SELECT named_struct('u') FROM cpu",
    "SELECT named_struct('u', usage_user)['v'] FROM cpu",
    "SELECT usage_user['x'] FROM cpu",
]

TIME_ZONE_QUERIES = [
    "SELECT arrow_cast(time, 'Timestamp(Nanosecond, Some(\"UTC\"))') FROM cpu",
    "SELECT arrow_cast(time, 'Timestamp(Nanosecond, Some(\"Europe/Brussels\"))') AS b, host FROM cpu",
    "SELECT arrow_cast(time, 'Timestamp(ns, \"America/New_York\")') AS n FROM cpu WHERE host = 'a'",
    "SELECT arrow_cast(time, 'Timestamp(Nanosecond, Some(\"+05:30\"))') AS k, arrow_cast(time, 'Timestamp(Nanosecond, Some(\"-03\"))') AS m FROM cpu",
    "SELECT time AT TIME ZONE 'Europe/Brussels' AS b FROM cpu",
    "SELECT time AT TIME ZONE 'Asia/Kolkata' AS k, time FROM cpu WHERE requests > 200",
    "SELECT (time AT TIME ZONE 'UTC') AT TIME ZONE 'Australia/Sydney' AS s FROM cpu",
    "SELECT arrow_typeof(time AT TIME ZONE 'Europe/Brussels') AS t, arrow_typeof(arrow_cast(time, 'Timestamp(Nanosecond, Some(\"+01:00\"))')) AS u FROM cpu LIMIT 1",
    "SELECT CAST(time AT TIME ZONE 'Europe/Brussels' AS VARCHAR) AS s, CAST(time AT TIME ZONE 'Europe/Brussels' AS BIGINT) AS i FROM cpu",
    "SELECT arrow_cast(time AT TIME ZONE 'America/Chicago', 'Timestamp(Nanosecond, None)') AS naive FROM cpu",
    "SELECT '2024-03-31T01:30:00' AT TIME ZONE 'Europe/Brussels' AS before, '2024-03-31T03:30:00' AT TIME ZONE 'Europe/Brussels' AS after",
    "SELECT '2024-07-01T12:00:00Z' AT TIME ZONE 'Europe/Brussels' AS a, '2024-07-01T12:00:00+05:00' AT TIME ZONE 'America/Los_Angeles' AS b",
    "SELECT 1 AT TIME ZONE 'UTC' AS a, arrow_cast(1704067200123000000, 'Timestamp(Nanosecond, Some(\"Europe/London\"))') AS b",
    "SELECT arrow_cast(arrow_cast(1719835200000000001, 'Timestamp(Nanosecond, None)'), 'Timestamp(Nanosecond, Some(\"America/Sao_Paulo\"))') AS a",
    "SELECT CAST(time AS TIMESTAMPTZ) FROM cpu",
    "SELECT CAST(time AS TIMESTAMP WITH TIME ZONE) AS t FROM cpu",
    # date functions on zoned timestamps: date_trunc in local time, date_bin on UTC instants
    "SELECT date_trunc('day', time AT TIME ZONE 'Asia/Kolkata') AS d, date_trunc('hour', time AT TIME ZONE 'Asia/Kolkata') AS h FROM cpu",
    "SELECT date_trunc('month', arrow_cast(time, 'Timestamp(Nanosecond, Some(\"Pacific/Auckland\"))')) AS m, date_trunc('year', arrow_cast(time, 'Timestamp(Nanosecond, Some(\"America/Los_Angeles\"))')) AS y FROM cpu",
    "SELECT date_trunc('minute', arrow_cast(time, 'Timestamp(Nanosecond, Some(\"+05:45\"))')) AS m, date_trunc('week', arrow_cast(time, 'Timestamp(Nanosecond, Some(\"Europe/Brussels\"))')) AS w FROM cpu",
    "SELECT date_trunc('day', '2024-03-31T12:00:00Z' AT TIME ZONE 'Europe/Brussels') AS a, date_trunc('day', '2024-10-27T23:00:00Z' AT TIME ZONE 'Europe/Brussels') AS b, date_trunc('hour', '2024-11-03T06:30:00Z' AT TIME ZONE 'America/New_York') AS c",
    "SELECT date_bin(INTERVAL '1 day', time AT TIME ZONE 'Asia/Kolkata') AS a, date_bin(INTERVAL '5 minutes', arrow_cast(time, 'Timestamp(Nanosecond, Some(\"UTC\"))')) AS b FROM cpu",
    "SELECT date_bin(INTERVAL '1 hour', time AT TIME ZONE 'Asia/Kolkata', '2024-01-01T00:00:00Z') AS a, arrow_typeof(date_bin(INTERVAL '1 hour', time AT TIME ZONE 'Asia/Kolkata')) AS t FROM cpu",
    "SELECT date_part('hour', time AT TIME ZONE 'Asia/Kolkata') AS h, date_part('day', time AT TIME ZONE 'America/Chicago') AS d, extract(minute FROM time AT TIME ZONE '+05:45') AS m FROM cpu",
    "SELECT date_part('dow', time AT TIME ZONE 'America/Chicago') AS w, date_part('year', time AT TIME ZONE 'Pacific/Kiritimati') AS y FROM cpu",
    # comparisons: naive timestamps and strings are cast to the zone (read as local times)
    "SELECT z = time AS a, z < time AS b, z = arrow_cast(time, 'Timestamp(Nanosecond, Some(\"UTC\"))') AS c FROM (SELECT time, time AT TIME ZONE 'Asia/Kolkata' AS z FROM cpu)",
    "SELECT z, z > '2024-01-01T00:15:00' AS later, z <= '2024-01-01T00:10:00+05:30' AS earlier FROM (SELECT time AT TIME ZONE 'Asia/Kolkata' AS z FROM cpu)",
    "SELECT z, z >= '2023-12-31T18:35:00Z' AS a, z = '2024-01-01T00:05:00' AS b FROM (SELECT time AT TIME ZONE 'Asia/Kolkata' AS z FROM cpu) ORDER BY z DESC",
    "SELECT z FROM (SELECT arrow_cast(time, 'Timestamp(Nanosecond, Some(\"Europe/Brussels\"))') AS z FROM cpu) WHERE z BETWEEN '2024-01-01T01:05:00' AND '2024-01-01T01:10:00'",
    "SELECT min(z), max(z), count(z) FROM (SELECT time AT TIME ZONE 'Asia/Kolkata' AS z FROM cpu)",
    "SELECT host, max(time AT TIME ZONE 'Europe/Brussels') AS m FROM cpu GROUP BY host ORDER BY host",
    "SELECT date_trunc('minute', time AT TIME ZONE 'Asia/Kolkata') AS m, count(*) FROM cpu GROUP BY 1 ORDER BY 1",
    "SELECT time AT TIME ZONE 'Europe/Brussels' AS z, requests FROM cpu ORDER BY z DESC LIMIT 5",
    # interval arithmetic moves the local calendar (a day across a DST change is 23 hours)
    "SELECT z + INTERVAL '1 day' AS a, z - INTERVAL '90 minutes' AS b, z + INTERVAL '1 month 2 hours' AS c FROM (SELECT time AT TIME ZONE 'Asia/Kolkata' AS z FROM cpu)",
    "SELECT '2024-03-30T12:00:00' AT TIME ZONE 'Europe/Brussels' + INTERVAL '1 day' AS a, '2024-11-02T12:00:00' AT TIME ZONE 'America/New_York' + INTERVAL '1 day 3 hours' AS b, '2024-01-31T23:30:00Z' AT TIME ZONE 'Europe/Brussels' + INTERVAL '1 month' AS c",
    "SELECT arrow_typeof(time AT TIME ZONE 'UTC' + INTERVAL '1 hour') AS t FROM cpu LIMIT 1",
    # other functions and casts of zoned timestamps
    "SELECT CAST(time AT TIME ZONE 'Asia/Kolkata' AS DATE) AS d, CAST('2024-01-01T20:00:00Z' AT TIME ZONE 'Asia/Kolkata' AS DATE) AS e FROM cpu",
    "SELECT to_unixtime(time AT TIME ZONE 'Asia/Kolkata') AS u, to_timestamp(time AT TIME ZONE 'Asia/Kolkata') AS t FROM cpu",
    "SELECT coalesce(time AT TIME ZONE 'UTC', time AT TIME ZONE 'UTC') AS c, CASE WHEN requests > 100 THEN time AT TIME ZONE 'Asia/Tokyo' END AS w FROM cpu",
    "SELECT time AT TIME ZONE 'UTC' AS t FROM cpu UNION ALL SELECT time AT TIME ZONE 'UTC' AS t FROM cpu",
    "SELECT DISTINCT date_trunc('minute', time AT TIME ZONE 'Asia/Kolkata') AS m FROM cpu ORDER BY m",
    "SELECT first_value(time AT TIME ZONE 'Europe/Brussels') OVER (PARTITION BY host ORDER BY time) AS f, host FROM cpu",
    # after the TZif files' last transition (2037) the footer's POSIX rule decides
    "SELECT '2040-06-30T12:00:00Z' AT TIME ZONE 'Europe/Brussels' AS a, '2040-12-01T12:00:00Z' AT TIME ZONE 'America/New_York' AS b, '2041-01-15T00:00:00Z' AT TIME ZONE 'Australia/Sydney' AS c, '2045-07-01T00:00:00Z' AT TIME ZONE 'America/Santiago' AS d",
    "SELECT date_trunc('day', '2040-03-25T12:00:00Z' AT TIME ZONE 'Europe/Brussels') AS a, '2039-11-06T01:30:00' AT TIME ZONE 'Asia/Tokyo' AS b",
    # zoned timestamps inside structs and lists, windows and joins
    "SELECT host, array_agg(time AT TIME ZONE 'Asia/Kolkata' ORDER BY time) AS a FROM cpu GROUP BY host ORDER BY host",
    "SELECT named_struct('t', time AT TIME ZONE 'Europe/Brussels', 'h', host) AS s, make_array(time AT TIME ZONE 'UTC') AS l FROM cpu",
    "SELECT z, lag(z) OVER (ORDER BY z) AS p FROM (SELECT time AT TIME ZONE 'Asia/Kolkata' AS z FROM cpu)",
    "SELECT a.z FROM (SELECT time AT TIME ZONE 'UTC' AS z, host FROM cpu) a JOIN (SELECT time AT TIME ZONE 'UTC' AS z FROM cpu WHERE requests > 250) b ON a.z = b.z",
    # to_char of zoned timestamps: local fields, offsets (%z, %:z, %::z, %:::z, %Z, %+)
    "SELECT to_char(time AT TIME ZONE 'Asia/Kolkata', '%Y-%m-%d %H:%M:%S %z') AS a, to_char(time AT TIME ZONE 'America/Chicago', '%+') AS b FROM cpu",
    "SELECT to_char('2024-01-01T20:00:00.25Z' AT TIME ZONE 'Asia/Kolkata', '%z|%:z|%::z|%:::z|%Z|%s|%H|%c|%+') AS a, to_char('2024-07-01T20:00:00Z' AT TIME ZONE 'UTC', '%z %:z %Z %+') AS b",
    "SELECT to_char(time, '%z') FROM cpu",
    "SELECT to_char(time AT TIME ZONE 'UTC', '%#z') FROM cpu",
    "SELECT to_local_time(time AT TIME ZONE 'Asia/Kolkata') AS a, to_local_time(time) AS b, to_local_time('2024-10-27T01:30:00Z' AT TIME ZONE 'Europe/Brussels') AS c FROM cpu",
    "SELECT arrow_typeof(to_local_time(time AT TIME ZONE 'Asia/Kolkata')) AS t, date_trunc('hour', to_local_time(time AT TIME ZONE '+05:45')) AS h FROM cpu",
    "SELECT to_local_time('x')",
    # errors: unknown zones, a local time a transition skips or repeats
    "SELECT time AT TIME ZONE 'Nowhere/Special' FROM cpu",
    "SELECT arrow_cast(time, 'Timestamp(Nanosecond, Some(\"utc\"))') FROM cpu",
    "SELECT '2024-03-31T02:30:00' AT TIME ZONE 'Europe/Brussels'",
    "SELECT time AT TIME ZONE 'posix/Europe/Brussels' FROM cpu",
    "SELECT time AT TIME ZONE 'Factory' FROM cpu",
    "SELECT time AT TIME ZONE 'EST5EDT' AS a, time AT TIME ZONE 'US/Pacific' AS b, time AT TIME ZONE 'Etc/GMT+5' AS c FROM cpu",
    "SELECT arrow_cast(arrow_cast('2024-10-27T02:30:00', 'Timestamp(Nanosecond, None)'), 'Timestamp(Nanosecond, Some(\"Europe/Brussels\"))')",
]

NUMERIC = ["usage_user", "usage_system", "usage_idle", "requests"]
TAGS = ["host", "region"]
AGGREGATES = ["count", "sum", "avg", "min", "max"]
COMPARISONS = ["=", "!=", "<", "<=", ">", ">="]


def generated():
    queries = []
    for function, column in itertools.product(AGGREGATES, NUMERIC):
        queries.append(f"SELECT {function}({column}) FROM cpu")
        queries.append(f"SELECT host, {function}({column}) FROM cpu GROUP BY host")
    for op, column, threshold in itertools.product(COMPARISONS, NUMERIC, [10, 50, 150]):
        queries.append(f"SELECT host, time, {column} FROM cpu WHERE {column} {op} {threshold}")
    for tag, function, column in itertools.product(TAGS, ["avg", "max", "count"], ["usage_user", "requests"]):
        queries.append(f"SELECT {tag}, {function}({column}) FROM cpu GROUP BY {tag} ORDER BY {tag}")
    for column, direction, limit in itertools.product(NUMERIC, ["ASC", "DESC"], [1, 3, 10]):
        queries.append(f"SELECT host, time, {column} FROM cpu ORDER BY {column} {direction}, host, time LIMIT {limit}")
    for left, op, right in itertools.product(["usage_user", "requests"], ["+", "-", "*"], ["usage_system", "2", "0.5"]):
        queries.append(f"SELECT {left} {op} {right} FROM cpu")
    for minutes in [1, 2, 5, 15]:
        queries.append(
            f"SELECT date_bin(INTERVAL '{minutes} minutes', time) AS t, count(*), avg(usage_user) "
            "FROM cpu GROUP BY 1 ORDER BY 1"
        )
    return queries


def all_queries():
    return (
        HAND_WRITTEN + WINDOW_QUERIES + FUNCTION_QUERIES + NESTED_QUERIES + TIME_ZONE_QUERIES + generated()
        + sql_queries_scalar.all_scalar_queries()
    )
