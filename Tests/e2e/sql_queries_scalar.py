"""Differential queries for scalar string and math functions (keyword forms, trigonometry,
number theory, text utilities). Volatile functions are compared by shape only."""

SPECIAL_FORMS = [
    "SELECT substring(region FROM 1 FOR 2), substring(region, 4, 3), substr(region, 4) FROM cpu",
    "SELECT substring(note FROM 2), substring(region FOR 3), substr(region, 0, 2), substr(region, -1, 3) FROM cpu",
    "SELECT substr(region, 2, 0), substr(note, 10) FROM cpu",
    "SELECT substr(region, 1, -1) FROM cpu",
    "SELECT trim(region), trim(BOTH 'u' FROM region), trim(LEADING 'u' FROM region) FROM cpu",
    "SELECT trim(TRAILING 't' FROM region), trim('ue' FROM region), trim(region, 'u') FROM cpu",
    "SELECT btrim(region, 'us'), ltrim(region, 'eu'), rtrim(region, 'tsa') FROM cpu",
    "SELECT trim('  x  '), trim(NULL), trim(BOTH NULL FROM region) FROM cpu",
    "SELECT position('-' IN region), position('l' IN note), position('zz' IN host) FROM cpu",
    "SELECT host FROM cpu WHERE position('east' IN region) > 0",
    "SELECT position(NULL IN region), strpos(region, 'west') FROM cpu",
]

MATH = [
    "SELECT acos(usage_user / 100), asin(usage_user / 100), atan(usage_user), atan2(usage_user, requests) FROM cpu",
    "SELECT acosh(requests + 1), asinh(usage_idle), atanh(usage_system / 200) FROM cpu",
    "SELECT cos(usage_user), cosh(usage_user / 50), sin(usage_idle), sinh(usage_user / 50) FROM cpu",
    "SELECT tan(usage_user), tanh(usage_system), cot(usage_user), cbrt(usage_user), cbrt(-8) FROM cpu",
    "SELECT isnan(acos(2)), atanh(1) > 1e308 AS inf, sin(NULL), atan2(NULL, 1), atan2(1, 2)",
    "SELECT log(usage_user), log(2, requests + 1), log(usage_user, 8), log(10, 100), log(100) FROM cpu",
    "SELECT log(0) < -1e308 AS a, isnan(log(-1)), log(2, 0.0) < -1e308 AS b, log(1, 10) > 1e308 AS c, isnan(log(-2, 8))",
    "SELECT log(NULL, 2), log(usage_idle), log(2, NULL) FROM cpu",
    "SELECT pow(requests, 2), pow(usage_user, 0.5), power(2, 3), pow(2, -1) FROM cpu",
    "SELECT factorial(requests % 20), factorial(0), factorial(NULL) FROM cpu",
    "SELECT factorial(21)",
    "SELECT factorial(-1)",
    "SELECT gcd(requests, 12), lcm(requests, 4), gcd(0, 0), gcd(-4, 6), lcm(0, 3), lcm(-4, 6) FROM cpu",
    "SELECT gcd(9223372036854775807, -9223372036854775807 - 1)",
    "SELECT gcd(-9223372036854775807 - 1, 0)",
    "SELECT lcm(9223372036854775807, 2)",
    "SELECT iszero(requests), iszero(usage_idle - usage_idle), iszero(0.0), iszero(NULL) FROM cpu",
    "SELECT nanvl(usage_idle, 1), nanvl(NULL, 1), nanvl(1, NULL), nanvl(CAST('NaN' AS DOUBLE), 2) FROM cpu",
    "SELECT random() < 1.0, random() >= 0.0",
    "SELECT count(*) FROM cpu WHERE random() >= 0.0 AND random() < 1.0",
    "SELECT count(DISTINCT random()) > 100 FROM cpu",
]


def all_scalar_queries():
    return SPECIAL_FORMS + MATH
