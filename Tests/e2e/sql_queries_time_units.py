"""Differential queries for timestamp units, durations and Time64: result types (arrow_typeof)
and values, as DataFusion types and shows them."""

TIMESTAMP_UNITS = [
    "SELECT to_timestamp_millis(1500), to_timestamp_seconds(2), to_timestamp_micros(1234567), to_timestamp_nanos(5)",
    "SELECT arrow_typeof(to_timestamp_millis(1)), arrow_typeof(to_timestamp_seconds(1)), "
    "arrow_typeof(to_timestamp_micros(1)), arrow_typeof(to_timestamp_nanos(1)), arrow_typeof(to_timestamp(1))",
    "SELECT arrow_typeof(from_unixtime(1)), from_unixtime(1700000000), arrow_typeof(from_unixtime(1, 'UTC'))",
    "SELECT to_timestamp_millis(time), to_timestamp_seconds(time), to_timestamp_micros(time) FROM cpu",
    "SELECT arrow_typeof(to_timestamp_millis(time)), arrow_typeof(to_timestamp_seconds(time)) FROM cpu LIMIT 1",
    "SELECT to_timestamp_millis('2024-01-01T00:00:00.123456'), to_timestamp_seconds('1969-12-31T23:59:59.5')",
    "SELECT to_timestamp_millis(-1500), to_timestamp_seconds(1.5), to_timestamp_millis(1.5)",
    "SELECT to_timestamp_micros(arrow_cast(time, 'Timestamp(Second, Some(\"UTC\"))')) AS a FROM cpu",
    "SELECT to_timestamp_millis(arrow_cast(time, 'Timestamp(Nanosecond, Some(\"Europe/Paris\"))')) AS a, "
    "to_timestamp_nanos(arrow_cast(time, 'Timestamp(Millisecond, Some(\"+01:00\"))')) AS b FROM cpu",
    "SELECT to_timestamp_seconds(CAST(requests AS BIGINT UNSIGNED)) AS a FROM cpu",
    "SELECT to_timestamp_millis('2024-01-01', '%Y-%m-%d') AS a, arrow_typeof(to_timestamp_millis('2024-01-01', '%Y-%m-%d'))",
    "SELECT to_timestamp_seconds('2024-01-01T10:00:00.9+01:00') AS a, to_timestamp_millis(NULL) AS b, "
    "arrow_typeof(to_timestamp_millis(NULL)) AS c",
    "SELECT from_unixtime(requests) AS a FROM cpu",
    "SELECT from_unixtime(-1) AS a, from_unixtime(1, '+05:00') AS b",
    "SELECT INTERVAL '1 day' + to_timestamp_millis(0) AS a, arrow_typeof(INTERVAL '1 day' + to_timestamp_millis(0)) AS b",
    "SELECT INTERVAL '1 day' + time AS a FROM cpu",
    "SELECT INTERVAL '1 day' + to_date('2024-01-01') AS a",
    "SELECT INTERVAL '1 day' - time FROM cpu",
    "SELECT INTERVAL '1 month' + arrow_cast(time, 'Timestamp(Millisecond, Some(\"Europe/Paris\"))') AS a FROM cpu",
    "SELECT to_timestamp_millis(1) = 1",
    "SELECT to_timestamp_millis(1000) > to_date('1970-01-01')",
    "SELECT count(*) FROM cpu WHERE arrow_cast(time, 'Timestamp(Second, Some(\"UTC\"))') > to_date('2024-01-01')",
    "SELECT arrow_cast(time, 'Timestamp(Millisecond, None)'), arrow_cast(time, 'Timestamp(Second, None)') FROM cpu",
    "SELECT arrow_cast(time, 'Timestamp(ms)') AS a, arrow_cast(time, 'Timestamp(µs)') AS b, "
    "arrow_cast(time, 'Timestamp(us)') AS c, arrow_cast(time, 'Timestamp(s)') AS d FROM cpu",
    "SELECT arrow_typeof(arrow_cast(time, 'Timestamp(Microsecond, None)')), "
    "arrow_typeof(arrow_cast(time, 'Timestamp( Millisecond , None )')) FROM cpu LIMIT 1",
    "SELECT arrow_cast(time, 'Timestamp(Millisecond, Some(\"UTC\"))') FROM cpu",
    "SELECT arrow_cast(time, 'Timestamp(Second, Some(\"+01:00\"))'), "
    "arrow_typeof(arrow_cast(time, 'Timestamp(Second, Some(\"+01:00\"))')) FROM cpu",
    "SELECT arrow_cast(time, 'Timestamp(ms, \"Europe/Paris\")') AS a, "
    "arrow_typeof(arrow_cast(time, 'Timestamp(ms, \"Europe/Paris\")')) AS b FROM cpu",
    "SELECT arrow_cast(1000, 'Timestamp(Millisecond, None)'), arrow_cast(5, 'Timestamp(Second, None)')",
    "SELECT arrow_cast('2024-01-01T00:00:00.123456', 'Timestamp(Millisecond, None)')",
    "SELECT arrow_cast(arrow_cast(-1500, 'Timestamp(Millisecond, None)'), 'Timestamp(Second, None)')",
    "SELECT CAST(arrow_cast(time, 'Timestamp(Millisecond, None)') AS BIGINT) AS ms, "
    "CAST(arrow_cast(time, 'Timestamp(Second, None)') AS BIGINT) AS s FROM cpu",
    "SELECT CAST(to_timestamp_millis(1500) AS VARCHAR), CAST(to_timestamp_seconds(3) AS TIMESTAMP)",
    "SELECT arrow_typeof(CAST(to_timestamp_seconds(3) AS TIMESTAMP))",
    "SELECT arrow_cast(time, 'Timestamp(Second, None)') = time FROM cpu",
    "SELECT host FROM cpu WHERE arrow_cast(time, 'Timestamp(Second, None)') > '2024-01-01T00:10:00'",
    "SELECT count(*) FROM cpu WHERE to_timestamp_seconds(time) = time",
    "SELECT arrow_typeof(x), x FROM (SELECT time AS x FROM cpu UNION ALL "
    "SELECT arrow_cast(time, 'Timestamp(Millisecond, None)') FROM cpu) ORDER BY x LIMIT 4",
    "SELECT arrow_typeof(x), x FROM (SELECT arrow_cast(time, 'Timestamp(Second, None)') AS x FROM cpu UNION ALL "
    "SELECT arrow_cast(time, 'Timestamp(Millisecond, None)') FROM cpu) ORDER BY x LIMIT 4",
    "SELECT arrow_typeof(CASE WHEN requests > 100 THEN arrow_cast(time, 'Timestamp(Second, None)') "
    "ELSE arrow_cast(time, 'Timestamp(Millisecond, None)') END) FROM cpu LIMIT 1",
    "SELECT arrow_typeof(CASE WHEN requests > 100 THEN time ELSE to_timestamp_millis(0) END) FROM cpu LIMIT 1",
    "SELECT date_bin(INTERVAL '1 minute', arrow_cast(time, 'Timestamp(Millisecond, None)')) AS b, "
    "arrow_typeof(date_bin(INTERVAL '1 minute', arrow_cast(time, 'Timestamp(Millisecond, None)'))) AS t FROM cpu",
    "SELECT date_trunc('minute', arrow_cast(time, 'Timestamp(Second, None)')) AS b, "
    "arrow_typeof(date_trunc('minute', arrow_cast(time, 'Timestamp(Second, None)'))) AS t FROM cpu",
    "SELECT arrow_cast(time, 'Timestamp(Millisecond, None)') + INTERVAL '1 day' AS a, "
    "arrow_typeof(arrow_cast(time, 'Timestamp(Millisecond, None)') - INTERVAL '1 hour') AS b FROM cpu",
    "SELECT max(to_timestamp_millis(time)), min(arrow_cast(time, 'Timestamp(Second, None)')) FROM cpu",
    "SELECT host, max(to_timestamp_seconds(time)) FROM cpu GROUP BY host ORDER BY host",
    "SELECT to_timestamp_seconds(time) AS s FROM cpu ORDER BY s DESC LIMIT 3",
    "SELECT date_part('second', to_timestamp_millis(1500)), extract(year FROM to_timestamp_seconds(0))",
    "SELECT to_local_time(to_timestamp_millis(1500)), arrow_typeof(to_local_time(to_timestamp_millis(1500)))",
    "SELECT to_local_time(arrow_cast(time, 'Timestamp(Millisecond, Some(\"+05:00\"))')) AS l FROM cpu",
    "SELECT to_unixtime(to_timestamp_millis(1500)), to_date(to_timestamp_seconds(86400 * 3))",
    "SELECT to_char(to_timestamp_millis(1500), '%Y-%m-%d %H:%M:%S%.3f')",
    "SELECT date_part('millisecond', to_timestamp_millis(1500)), date_part('minute', to_timestamp_seconds(3600))",
    "SELECT arrow_cast(1, 'Timestamp(Minute, None)')",
    "SELECT arrow_cast(1, 'Timestamp(Second, Whatever)')",
    "SELECT arrow_cast(1, 'Timestamp(Second, Some(UTC))')",
    "SELECT arrow_cast(1, 'Time64(Millisecond)')",
    "SELECT arrow_cast(1, 'Time32(Microsecond)')",
    "SELECT arrow_cast(1, 'Duration(Second, None)')",
    "SELECT arrow_cast(time - time, 'Timestamp(Second, None)') FROM cpu",
    "SELECT arrow_cast(to_timestamp(1), 'Duration(Second)')",
    "SELECT date_part('hour', arrow_cast(time, 'Timestamp(Millisecond, Some(\"+05:00\"))')) AS h FROM cpu",
    "SELECT date_trunc('hour', arrow_cast(time, 'Timestamp(Millisecond, Some(\"+05:30\"))')) AS t FROM cpu",
    "SELECT date_bin(INTERVAL '1 hour', arrow_cast(time, 'Timestamp(Second, Some(\"+05:30\"))')) AS b FROM cpu",
    "SELECT coalesce(to_timestamp_millis(NULL), to_timestamp_millis(5)), "
    "arrow_typeof(coalesce(to_timestamp_millis(1), to_timestamp_seconds(2)))",
    "SELECT arrow_typeof(coalesce(to_timestamp_seconds(1), time)) AS t FROM cpu LIMIT 1",
    "SELECT nullif(to_timestamp_seconds(1), to_timestamp_seconds(2)), "
    "arrow_typeof(nullif(to_timestamp_seconds(1), to_timestamp_millis(2)))",
    "SELECT greatest(to_timestamp_seconds(1), to_timestamp_millis(1500)), "
    "arrow_typeof(greatest(to_timestamp_seconds(1), to_timestamp_millis(1500)))",
    "SELECT arrow_typeof(least(to_timestamp_millis(1), to_timestamp_seconds(2), time)) AS t FROM cpu LIMIT 1",
    "SELECT host, time, first_value(to_timestamp_seconds(time)) OVER (PARTITION BY host ORDER BY time) AS f "
    "FROM cpu ORDER BY host, time",
    "SELECT make_array(to_timestamp_millis(1), to_timestamp_millis(2)), arrow_typeof(make_array(to_timestamp_millis(1)))",
    "SELECT named_struct('a', to_timestamp_millis(1), 'd', arrow_cast(5, 'Duration(Second)'))",
    "SELECT count(DISTINCT to_timestamp_seconds(time)) FROM cpu",
    "SELECT to_timestamp_seconds(time) AS s, count(*) FROM cpu GROUP BY 1 ORDER BY 1 LIMIT 3",
    "SELECT a.host, a.time FROM cpu a JOIN cpu b ON to_timestamp_seconds(a.time) = to_timestamp_seconds(b.time) "
    "AND a.host = b.host ORDER BY a.time LIMIT 3",
    "SELECT time FROM cpu WHERE to_timestamp_millis(time) IN (to_timestamp_millis(1704067200000), "
    "to_timestamp_millis(1704067210000)) ORDER BY time",
    "SELECT count(*) FROM cpu WHERE to_timestamp_millis(time) BETWEEN '2024-01-01T00:00:00' AND '2024-01-01T00:01:00'",
    "SELECT arrow_cast(time, 'Timestamp(Millisecond, None)') - INTERVAL '1 month' AS m FROM cpu ORDER BY m LIMIT 1",
    "SELECT CAST(to_timestamp_millis(1500) AS DATE), CAST(to_timestamp_seconds(1) AS TIMESTAMP) = to_timestamp(1)",
    "SELECT to_timestamp(to_timestamp_millis(1500)), arrow_typeof(to_timestamp(to_timestamp_millis(1500)))",
    "SELECT to_timestamp_seconds(to_timestamp_millis(1500)), to_timestamp_nanos(to_timestamp_seconds(2))",
    "SELECT arrow_cast(to_timestamp_millis(1500), 'Utf8'), arrow_cast(to_timestamp_millis(1500), 'Int64')",
    "SELECT CAST(to_timestamp_millis(1500) AS DOUBLE), CAST(to_timestamp(1) AS DOUBLE)",
    "SELECT CAST(1.5 AS TIMESTAMP), arrow_cast(1.5, 'Timestamp(Millisecond, None)'), "
    "arrow_cast(-1.5, 'Timestamp(Second, None)')",
]

DURATIONS = [
    "SELECT max(time) - min(time), arrow_typeof(max(time) - min(time)) FROM cpu",
    "SELECT host, max(time) - min(time) AS span FROM cpu GROUP BY host ORDER BY host",
    "SELECT time - to_timestamp(0) AS d, arrow_typeof(time - to_timestamp(0)) AS t FROM cpu",
    "SELECT time - time, now() - now() FROM cpu",
    "SELECT arrow_typeof(now() - time) FROM cpu LIMIT 1",
    "SELECT to_timestamp(0) - to_timestamp(1), to_timestamp(1) - to_timestamp(0)",
    "SELECT to_timestamp_millis(1500) - to_timestamp_millis(0), arrow_typeof(to_timestamp_millis(1500) - to_timestamp_millis(0))",
    "SELECT arrow_cast(time, 'Timestamp(Second, None)') - arrow_cast(time, 'Timestamp(Millisecond, None)') AS d, "
    "arrow_typeof(arrow_cast(time, 'Timestamp(Second, None)') - arrow_cast(time, 'Timestamp(Millisecond, None)')) AS t "
    "FROM cpu",
    "SELECT time - arrow_cast(time, 'Timestamp(Second, Some(\"UTC\"))') FROM cpu",
    "SELECT time - INTERVAL '1 second' - time FROM cpu",
    "SELECT time + (time - to_timestamp(0)), arrow_typeof(time + (time - to_timestamp(0))) FROM cpu",
    "SELECT time - (time - to_timestamp(0)) FROM cpu",
    "SELECT arrow_cast(time, 'Timestamp(Millisecond, None)') + (time - to_timestamp(0)) AS a, "
    "arrow_typeof(arrow_cast(time, 'Timestamp(Millisecond, None)') + (time - to_timestamp(0))) AS b FROM cpu",
    "SELECT sum(time - to_timestamp(0)), avg(time - to_timestamp(0)), min(time - to_timestamp(0)), "
    "max(time - to_timestamp(0)) FROM cpu",
    "SELECT arrow_typeof(sum(time - to_timestamp(0))), arrow_typeof(avg(time - to_timestamp(0))) FROM cpu",
    "SELECT host, avg(time - to_timestamp(0)), sum(arrow_cast(requests, 'Duration(Second)')) FROM cpu "
    "GROUP BY host ORDER BY host",
    "SELECT avg(arrow_cast(requests, 'Duration(Second)')), avg(arrow_cast(requests, 'Duration(Millisecond)')) FROM cpu",
    "SELECT stddev(time - to_timestamp(0)) FROM cpu",
    "SELECT sum(time) FROM cpu",
    "SELECT time - to_timestamp(0) > INTERVAL '5 seconds' FROM cpu",
    "SELECT host FROM cpu WHERE time - to_timestamp(0) > time - to_timestamp(1)",
    "SELECT count(*) FROM cpu WHERE time - to_timestamp(0) >= INTERVAL '19723 days 10 minutes'",
    "SELECT arrow_cast(requests, 'Duration(Second)') AS s, arrow_cast(requests, 'Duration(Millisecond)') AS ms, "
    "arrow_cast(requests, 'Duration(Microsecond)') AS us, arrow_cast(requests, 'Duration(Nanosecond)') AS ns FROM cpu",
    "SELECT arrow_typeof(arrow_cast(1, 'Duration(ms)')), arrow_typeof(arrow_cast(1, 'Duration(µs)')), "
    "arrow_typeof(arrow_cast(1, 'Duration(s)'))",
    "SELECT arrow_cast(-1500, 'Duration(Millisecond)'), arrow_cast(0, 'Duration(Second)'), arrow_cast(1.5, 'Duration(Second)')",
    "SELECT arrow_cast(arrow_cast(1500, 'Duration(Millisecond)'), 'Duration(Second)'), "
    "arrow_cast(arrow_cast(-1500, 'Duration(Millisecond)'), 'Duration(Second)'), "
    "arrow_cast(arrow_cast(1500, 'Duration(Millisecond)'), 'Duration(Nanosecond)')",
    "SELECT arrow_cast(INTERVAL '1.5 seconds', 'Duration(Millisecond)'), arrow_cast(INTERVAL '2 minutes', 'Duration(Second)')",
    "SELECT arrow_cast(INTERVAL '1 day', 'Duration(Second)')",
    "SELECT arrow_cast('PT1S', 'Duration(Second)')",
    "SELECT CAST(time - to_timestamp(0) AS BIGINT) FROM cpu",
    "SELECT arrow_cast(arrow_cast(requests, 'Duration(Millisecond)'), 'Int64') FROM cpu",
    "SELECT CAST(time - to_timestamp(0) AS VARCHAR) FROM cpu",
    "SELECT CAST(arrow_cast(requests - 150, 'Duration(Second)') AS VARCHAR) AS s, "
    "CAST(arrow_cast(requests * 1001 - 150000, 'Duration(Millisecond)') AS VARCHAR) AS ms, "
    "CAST(arrow_cast(requests * 999 - 150000, 'Duration(Microsecond)') AS VARCHAR) AS us FROM cpu",
    "SELECT CAST(arrow_cast(1500, 'Duration(Millisecond)') AS TIMESTAMP)",
    "SELECT arrow_cast(1000, 'Duration(Second)') > arrow_cast(1000, 'Duration(Millisecond)')",
    "SELECT arrow_cast(3, 'Duration(Second)') + arrow_cast(4, 'Duration(Second)'), "
    "arrow_cast(3, 'Duration(Second)') - arrow_cast(4, 'Duration(Second)')",
    "SELECT arrow_cast(1000, 'Duration(Second)') * 2",
    "SELECT -(time - to_timestamp(0)) FROM cpu",
    "SELECT time - '2024-01-01T00:00:00' FROM cpu",
    "SELECT (time - to_timestamp(0)) AS d FROM cpu ORDER BY d DESC LIMIT 3",
    "SELECT DISTINCT time - date_bin(INTERVAL '1 minute', time) AS offset FROM cpu ORDER BY offset",
    "SELECT time - date_bin(INTERVAL '1 minute', time) AS d, count(*) FROM cpu GROUP BY 1 ORDER BY 1",
    "SELECT lag(time - to_timestamp(0)) OVER (ORDER BY time) AS l FROM cpu ORDER BY time LIMIT 3",
    "SELECT time - lag(time) OVER (ORDER BY time) AS gap FROM cpu ORDER BY time LIMIT 3",
    "SELECT host, time - lag(time) OVER (PARTITION BY host ORDER BY time) AS gap FROM cpu ORDER BY host, time LIMIT 5",
    "SELECT max(time - to_timestamp(0)) - min(time - to_timestamp(0)) FROM cpu",
    "SELECT median(time - to_timestamp(0)) FROM cpu",
    "SELECT CAST(arrow_cast(1500, 'Duration(Millisecond)') AS DOUBLE), CAST(time - time AS DOUBLE) FROM cpu LIMIT 1",
    "SELECT arrow_cast(arrow_cast(1500, 'Duration(Millisecond)'), 'Utf8')",
    "SELECT coalesce(NULL, time - to_timestamp(0)) AS d FROM cpu ORDER BY d LIMIT 2",
]

TIME64 = [
    "SELECT CAST('12:00:00' AS TIME), arrow_typeof(CAST('12:00:00' AS TIME))",
    "SELECT CAST('12:30:45.123' AS TIME), CAST('1:02:03' AS TIME), CAST('12:00' AS TIME), CAST('12:00:00.5' AS TIME)",
    "SELECT CAST('12:00:00.1234567891' AS TIME), CAST('12:00:60' AS TIME), CAST('1200' AS TIME)",
    "SELECT CAST(' 12:00:00' AS TIME)",
    "SELECT CAST('25:00:00' AS TIME)",
    "SELECT CAST('12:0:00' AS TIME)",
    "SELECT CAST('12:00:00Z' AS TIME)",
    "SELECT CAST(1.5 AS TIME)",
    "SELECT CAST(3600000000000 AS TIME), arrow_cast(3600000000000, 'Time64(Nanosecond)')",
    "SELECT arrow_typeof(arrow_cast(1, 'Time64(ns)'))",
    "SELECT CAST(CAST('12:00:00' AS TIME) AS BIGINT)",
    "SELECT CAST(CAST('12:00:00.25' AS TIME) AS VARCHAR)",
    "SELECT CAST(time AS TIME) FROM cpu",
    "SELECT CAST(time AS TIME) AS t FROM cpu ORDER BY t DESC LIMIT 3",
    "SELECT CAST('12:00:00' AS TIME) > CAST('11:00:00' AS TIME), CAST('12:00:00' AS TIME) = '12:00:00'",
    "SELECT count(*) FROM cpu WHERE CAST(time AS TIME) < CAST('00:10:00' AS TIME)",
    "SELECT max(CAST(time AS TIME)), min(CAST(time AS TIME)) FROM cpu",
    "SELECT CAST(to_date('2024-01-01') AS TIME)",
    "SELECT arrow_cast('12:00:00.123456789', 'Time64(Microsecond)'), arrow_typeof(arrow_cast('12:00:00', 'Time64(us)'))",
    "SELECT arrow_cast('12:00:00.123456789', 'Time32(Millisecond)'), arrow_typeof(arrow_cast('12:00:00', 'Time32(ms)')), "
    "arrow_cast('12:00:00.9', 'Time32(Second)'), arrow_typeof(arrow_cast('12:00:00', 'Time32(s)'))",
    "SELECT CAST(arrow_cast('12:00:00.5', 'Time32(Millisecond)') AS BIGINT), "
    "CAST(arrow_cast('12:00:00.5', 'Time64(Microsecond)') AS BIGINT), CAST(arrow_cast('12:00:01', 'Time32(s)') AS BIGINT)",
    "SELECT arrow_cast(CAST('12:00:00' AS TIME), 'Time32(Second)') AS s, arrow_cast(time, 'Time64(Microsecond)') AS us "
    "FROM cpu",
    "SELECT arrow_cast(arrow_cast('12:00:00.25', 'Time32(Millisecond)'), 'Utf8'), "
    "arrow_cast(arrow_cast('12:00:00.25', 'Time32(Millisecond)'), 'Time64(Nanosecond)')",
    "SELECT arrow_cast(3600000000, 'Time64(Microsecond)')",
    "SELECT arrow_cast(5, 'Time32(Second)')",
    "SELECT arrow_cast('12:00:00', 'Time32(Second)') > arrow_cast('11:00:00', 'Time32(Second)'), "
    "arrow_cast('12:00:00', 'Time32(Second)') = '12:00:00'",
    "SELECT max(arrow_cast(time, 'Time32(Second)')) FROM cpu",
    "SELECT arrow_cast('12:00:00', 'Time32(Second)') > arrow_cast('11:00:00', 'Time64(Nanosecond)')",
]


def all_time_unit_queries():
    return TIMESTAMP_UNITS + DURATIONS + TIME64
