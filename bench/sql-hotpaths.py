"""Hot-path queries (scan+filter, hash aggregate over float/time/tag columns) against one server
binary, for before/after comparisons of engine changes: writes 400k rows (100 hosts x 4000 points,
five float fields) into a fresh data dir, then prints the median and minimum of 9 HTTP runs per
query. Usage: python3 bench/sql-hotpaths.py .build/release/influxdb3 18192
(run it on both binaries, one after the other, on an otherwise idle machine)."""
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import requests

binary, port = sys.argv[1], int(sys.argv[2])
data = tempfile.mkdtemp(prefix="sqltypes-bench-")
proc = subprocess.Popen([binary, "serve", "--node-id", "b", "--data-dir", data, "--http-bind", f"127.0.0.1:{port}", "--log-filter", "warn"])
url = f"http://127.0.0.1:{port}"
for _ in range(50):
    try:
        requests.get(url + "/health"); break
    except Exception: time.sleep(0.2)
rng = random.Random(1)
start = 1_704_067_200_000_000_000
fields = ["usage_user", "usage_system", "usage_idle", "usage_nice", "usage_iowait"]
for h0 in range(0, 100, 10):
    lines = []
    for h in range(h0, h0 + 10):
        for i in range(4000):
            vals = ",".join(f"{f}={rng.uniform(0, 100):.3f}" for f in fields)
            lines.append(f"cpu,hostname=host_{h},region=r{h % 5} {vals} {start + i * 10_000_000_000}")
    r = requests.post(url + "/api/v3/write_lp?db=b&precision=ns", data="\n".join(lines))
    assert r.status_code == 204, r.text
queries = {
    "groupby-host-max": "SELECT hostname, max(usage_user) FROM cpu GROUP BY hostname",
    "single-host-bins": "SELECT date_bin(INTERVAL '1 minute', time) AS b, max(usage_user) FROM cpu WHERE hostname = 'host_7' GROUP BY b ORDER BY b",
    "high-cpu-filter": "SELECT * FROM cpu WHERE usage_user > 99.5",
    "double-groupby": "SELECT hostname, date_bin(INTERVAL '1 hour', time) AS b, avg(usage_user), avg(usage_system) FROM cpu GROUP BY hostname, b",
    "lastpoint": "SELECT hostname, max(time) FROM cpu GROUP BY hostname ORDER BY hostname",
}
for name, q in queries.items():
    times = []
    for _ in range(9):
        t = time.perf_counter()
        r = requests.get(url + "/api/v3/query_sql", params={"db": "b", "q": q, "format": "json"})
        times.append(time.perf_counter() - t)
        assert r.status_code == 200, r.text[:200]
    print(f"{name:18s} median {statistics.median(times)*1000:8.1f} ms  min {min(times)*1000:8.1f} ms")
proc.terminate()
proc.wait()
shutil.rmtree(data, ignore_errors=True)
