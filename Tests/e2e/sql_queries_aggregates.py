"""Differential queries for ordered-set and newer aggregates (percentile_cont, WITHIN GROUP
forms of the t-digest percentiles, any_value, DISTINCT lists, IGNORE NULLS)."""

AGGREGATE_QUERIES = [
    # approx_percentile_cont: WITHIN GROUP, DESC, max_size, the old argument forms
    "SELECT approx_percentile_cont(0.5) WITHIN GROUP (ORDER BY usage_user) FROM cpu",
    "SELECT approx_percentile_cont(0.25) WITHIN GROUP (ORDER BY usage_user DESC) FROM cpu",
    "SELECT approx_percentile_cont(0.9, 10) WITHIN GROUP (ORDER BY usage_system) FROM cpu",
    "SELECT approx_percentile_cont(0.3, 5) WITHIN GROUP (ORDER BY requests DESC NULLS LAST) FROM cpu",
    "SELECT approx_percentile_cont(usage_user, 0.5, 10) AS a, approx_percentile_cont(usage_user, 0.1, 1000) AS b FROM cpu",
    "SELECT approx_percentile_cont(usage_user, 1) AS a, approx_percentile_cont(0) WITHIN GROUP (ORDER BY requests) AS b FROM cpu",
    "SELECT host, approx_percentile_cont(0.75) WITHIN GROUP (ORDER BY usage_idle) FROM cpu GROUP BY host ORDER BY host",
    "SELECT approx_percentile_cont(0.5) WITHIN GROUP (ORDER BY usage_user) FILTER (WHERE requests > 100) FROM cpu",
    "SELECT approx_percentile_cont(0.5, 1.5) WITHIN GROUP (ORDER BY usage_user) FROM cpu",
    "SELECT approx_percentile_cont(0.5) FROM cpu",
    "SELECT approx_percentile_cont(1.5) WITHIN GROUP (ORDER BY usage_user) FROM cpu",
    "SELECT approx_percentile_cont(0.5, 0) WITHIN GROUP (ORDER BY usage_user) FROM cpu",
    "SELECT approx_percentile_cont(0.5, requests) WITHIN GROUP (ORDER BY usage_user) FROM cpu",
    "SELECT approx_percentile_cont(0.5) WITHIN GROUP (ORDER BY usage_user, requests) FROM cpu",
    "SELECT approx_percentile_cont(0.5) WITHIN GROUP (ORDER BY note) FROM cpu",
    "SELECT approx_percentile_cont(0.5) WITHIN GROUP (ORDER BY usage_user) OVER () FROM cpu",
    # approx_percentile_cont_with_weight
    "SELECT approx_percentile_cont_with_weight(requests, 0.5) WITHIN GROUP (ORDER BY usage_user) FROM cpu",
    "SELECT approx_percentile_cont_with_weight(usage_user, 0.2) WITHIN GROUP (ORDER BY usage_system DESC) FROM cpu",
    "SELECT approx_percentile_cont_with_weight(requests, 0.5, 8) WITHIN GROUP (ORDER BY usage_user) AS a, "
    "approx_percentile_cont_with_weight(usage_user, requests, 0.5, 8) AS b FROM cpu",
    "SELECT region, approx_percentile_cont_with_weight(1, 0.6) WITHIN GROUP (ORDER BY requests) FROM cpu GROUP BY region ORDER BY region",
    "SELECT approx_percentile_cont_with_weight(requests, 0.5) FROM cpu",
    # percentile_cont / quantile_cont
    "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY usage_user) FROM cpu",
    "SELECT percentile_cont(0.33) WITHIN GROUP (ORDER BY usage_user DESC) AS a, percentile_cont(0.8) WITHIN GROUP (ORDER BY requests) AS b FROM cpu",
    "SELECT percentile_cont(usage_idle, 0.1) AS a, percentile_cont(requests, 0.3333) AS b, percentile_cont(usage_idle, 0) AS c, percentile_cont(usage_idle, 1) AS d FROM cpu",
    "SELECT host, percentile_cont(0.25) WITHIN GROUP (ORDER BY usage_idle) FROM cpu GROUP BY host ORDER BY host",
    "SELECT region, percentile_cont(0.9) WITHIN GROUP (ORDER BY requests DESC) FILTER (WHERE ok) FROM cpu GROUP BY region ORDER BY region",
    "SELECT percentile_cont(DISTINCT 0.5) WITHIN GROUP (ORDER BY requests) AS a, percentile_cont(0.5) WITHIN GROUP (ORDER BY requests) AS b FROM cpu",
    "SELECT quantile_cont(0.4) WITHIN GROUP (ORDER BY usage_user) FROM cpu",
    "SELECT quantile_cont(usage_user, 0.6) FROM cpu",
    "SELECT quantile_cont(DISTINCT requests, 0.6) FROM cpu",
    "SELECT arrow_typeof(percentile_cont(0.5) WITHIN GROUP (ORDER BY requests)) FROM cpu",
    "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY usage_user) FROM cpu WHERE usage_user > 1000",
    "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY usage_user + requests) AS p FROM cpu",
    "SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY usage_user) FROM cpu",
    "SELECT percentile_cont(requests) WITHIN GROUP (ORDER BY usage_user) FROM cpu",
    "SELECT percentile_cont(0.5) FROM cpu",
    "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY host) FROM cpu",
    "SELECT percentile_cont(0.5, 10) WITHIN GROUP (ORDER BY usage_user) FROM cpu",
    "SELECT sum(usage_user) WITHIN GROUP (ORDER BY usage_user) FROM cpu",
    # any_value
    "SELECT any_value(usage_idle), any_value(note), any_value(host), arrow_typeof(any_value(requests)) FROM cpu",
    "SELECT region, any_value(usage_idle), any_value(note) FROM cpu GROUP BY region ORDER BY region",
    # DISTINCT lists
    "SELECT array_agg(DISTINCT host ORDER BY host) FROM cpu",
    "SELECT region, array_agg(DISTINCT note ORDER BY note DESC) FROM cpu GROUP BY region ORDER BY region",
    "SELECT array_sort(array_agg(DISTINCT requests)) FROM cpu WHERE requests < 40",
    "SELECT array_agg(DISTINCT host ORDER BY time) FROM cpu",
    "SELECT string_agg(DISTINCT region, ',' ORDER BY region) FROM cpu",
    "SELECT host, string_agg(DISTINCT note, '-') FROM cpu GROUP BY host ORDER BY host",
    "SELECT count(DISTINCT host, region) FROM cpu",
    # IGNORE NULLS
    "SELECT first_value(usage_idle ORDER BY time) FILTER (WHERE requests > 10) IGNORE NULLS, quantile_cont(usage_user, 0.3) FILTER (WHERE ok) FROM cpu",
    "SELECT first_value(usage_idle ORDER BY time) IGNORE NULLS AS a, last_value(usage_idle ORDER BY time DESC) IGNORE NULLS AS b, first_value(usage_idle ORDER BY time) AS c FROM cpu",
    "SELECT host, first_value(note ORDER BY time DESC) IGNORE NULLS, last_value(note ORDER BY time) RESPECT NULLS FROM cpu GROUP BY host ORDER BY host",
]

AGGREGATE_QUERIES += [
    "SELECT string_agg(DISTINCT note, ',' ORDER BY note) FROM cpu",
    "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY usage_user) OVER () FROM cpu",
]

# the same aggregates as window functions
AGGREGATE_QUERIES += [
    "SELECT host, time, percentile_cont(usage_user, 0.5) OVER (PARTITION BY host ORDER BY time) AS p FROM cpu ORDER BY host, time",
    "SELECT time, percentile_cont(requests, 0.3) OVER (ORDER BY time ROWS BETWEEN 3 PRECEDING AND 2 FOLLOWING) AS p FROM cpu ORDER BY time",
    "SELECT region, time, quantile_cont(usage_idle, 0.9) OVER (PARTITION BY region) AS p FROM cpu ORDER BY region, time",
    "SELECT host, approx_percentile_cont(usage_user, 0.4, 10) OVER (PARTITION BY host) AS p FROM cpu ORDER BY host, time",
    "SELECT host, time, approx_percentile_cont_with_weight(usage_user, requests, 0.5) OVER (PARTITION BY host) AS p FROM cpu ORDER BY host, time",
    "SELECT host, time, any_value(usage_idle) OVER (PARTITION BY host ORDER BY time) AS v FROM cpu ORDER BY host, time",
    "SELECT host, time, array_sort(array_agg(DISTINCT region) OVER (PARTITION BY host ORDER BY time ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)) AS v FROM cpu ORDER BY host, time",
    "SELECT host, time, count(DISTINCT region) OVER (PARTITION BY host ORDER BY time) AS v FROM cpu ORDER BY host, time",
    "SELECT time, percentile_cont(usage_user, 1.5) OVER () FROM cpu",
    "SELECT time, percentile_cont(usage_user, requests) OVER () FROM cpu",
]

# count over several arguments, DISTINCT on the other list and percentile aggregates
AGGREGATE_QUERIES += [
    "SELECT count(usage_idle, note) AS a, count(usage_idle, note, requests) FILTER (WHERE ok) AS b, count(host, region) FROM cpu",
    "SELECT host, count(usage_idle, note) FROM cpu GROUP BY host ORDER BY host",
    "SELECT host, time, count(usage_idle, note) OVER (PARTITION BY host ORDER BY time) AS n FROM cpu ORDER BY host, time",
    "SELECT count(DISTINCT usage_idle, note) OVER () FROM cpu",
    "SELECT approx_percentile_cont(DISTINCT 0.3) WITHIN GROUP (ORDER BY requests) AS a, median(DISTINCT requests) AS c FROM cpu",
    "SELECT approx_median(DISTINCT requests) FROM cpu",
    "SELECT host, approx_median(DISTINCT requests), max(requests) FROM cpu GROUP BY host ORDER BY host",
    "SELECT approx_percentile_cont_with_weight(DISTINCT requests, 0.3) WITHIN GROUP (ORDER BY usage_user) AS a FROM cpu",
    "SELECT host, percentile_cont(DISTINCT requests % 10, 0.5) AS a FROM cpu GROUP BY host ORDER BY host",
]

# t-digest windows over growing frames (the digest is merged row batch by row batch) and the
# sliding frames DataFusion refuses
AGGREGATE_QUERIES += [
    "SELECT time, approx_percentile_cont(usage_user, 0.5) OVER (ORDER BY time) AS p FROM cpu ORDER BY time",
    "SELECT time, approx_percentile_cont(usage_user, 0.3, 10) OVER (ORDER BY time) AS p FROM cpu ORDER BY time",
    "SELECT host, time, approx_median(usage_idle) OVER (PARTITION BY host ORDER BY time) AS p FROM cpu ORDER BY host, time",
    "SELECT time, approx_median(requests) OVER (ORDER BY time ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS p FROM cpu ORDER BY time",
    "SELECT time, approx_percentile_cont(usage_user, 0.5) OVER (ORDER BY time ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM cpu",
    "SELECT time, approx_median(usage_user) OVER (ORDER BY time ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM cpu",
]

# in HAVING / ORDER BY, over NULL and non-numeric inputs, weighted growing windows
AGGREGATE_QUERIES += [
    "SELECT host, percentile_cont(0.5) WITHIN GROUP (ORDER BY usage_user) AS p FROM cpu GROUP BY host "
    "HAVING percentile_cont(0.5) WITHIN GROUP (ORDER BY usage_user) > 0 ORDER BY percentile_cont(0.5) WITHIN GROUP (ORDER BY usage_user) DESC",
    "SELECT region, approx_percentile_cont(0.9) WITHIN GROUP (ORDER BY requests DESC) + 1 AS p FROM cpu GROUP BY region ORDER BY p",
    "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY NULL) AS a, percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(NULL AS DOUBLE)) AS b FROM cpu",
    "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY time) FROM cpu",
    "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ok) FROM cpu",
    "SELECT percentile_cont(usage_user, 0.5) OVER (PARTITION BY host ORDER BY time ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS p FROM cpu ORDER BY time",
    "SELECT time, approx_percentile_cont_with_weight(usage_user, requests, 0.5) OVER (ORDER BY time) AS p FROM cpu ORDER BY time",
    "SELECT time, string_agg(DISTINCT note, ',') OVER (ORDER BY time) AS p FROM cpu ORDER BY time",
    "SELECT first_value(usage_idle) IGNORE NULLS OVER (ORDER BY time DESC) AS p FROM cpu ORDER BY time",
    "SELECT (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY requests) FROM cpu) AS m",
]
AGGREGATE_QUERIES += [
    "SELECT time, approx_percentile_cont_with_weight(usage_idle, requests, 0.4, 7) OVER (ORDER BY time) AS p FROM cpu ORDER BY time",
    "SELECT time, approx_percentile_cont_with_weight(usage_idle, requests, 0.4, 7) OVER (ORDER BY time) AS p FROM cpu WHERE time > '2024-01-01T00:00:00Z' ORDER BY time",
    "SELECT host, time, approx_percentile_cont_with_weight(usage_idle, usage_user, 0.6, 5) OVER (PARTITION BY host ORDER BY time) AS p FROM cpu ORDER BY host, time",
    "SELECT time, approx_percentile_cont(usage_idle, 0.4, 7) OVER (ORDER BY time) AS p FROM cpu ORDER BY time",
    "SELECT host, approx_percentile_cont(usage_user, 0.7, 6) OVER (ORDER BY host) AS p FROM cpu ORDER BY host, p",
    "SELECT host, approx_percentile_cont_with_weight(usage_user, usage_system, 0.7, 6) OVER (ORDER BY host) AS p FROM cpu ORDER BY host, p",
]
AGGREGATE_QUERIES += [
    "SELECT first_value(usage_idle) IGNORE NULLS AS a, last_value(note) IGNORE NULLS AS b FROM cpu",
    "SELECT array_agg(note ORDER BY time) IGNORE NULLS AS a FROM cpu WHERE requests < 50",
    "SELECT array_agg(usage_idle ORDER BY time) RESPECT NULLS AS a FROM cpu WHERE requests < 30",
    "SELECT nth_value(usage_idle, 2 ORDER BY time) IGNORE NULLS AS a FROM cpu",
    "SELECT any_value(usage_idle) RESPECT NULLS AS a FROM cpu",
    "SELECT sum(usage_user) IGNORE NULLS FROM cpu",
    "SELECT host, bool_and(DISTINCT ok), bool_or(DISTINCT ok), bit_or(DISTINCT requests) FROM cpu GROUP BY host ORDER BY host",
    "SELECT host, stddev(DISTINCT requests), var_pop(DISTINCT requests) FROM cpu GROUP BY host ORDER BY host",
    "SELECT first_value(DISTINCT usage_idle ORDER BY usage_idle) AS a FROM cpu",
    "SELECT corr(DISTINCT usage_user, usage_system) FROM cpu",
]
AGGREGATE_QUERIES += [
    "SELECT sum(usage_user) IGNORE NULLS OVER () FROM cpu",
    "SELECT array_agg(note) IGNORE NULLS OVER (ORDER BY time) FROM cpu WHERE requests < 30",
    "SELECT string_agg(note, ',') IGNORE NULLS FROM cpu",
]
