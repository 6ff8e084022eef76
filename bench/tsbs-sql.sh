#!/usr/bin/env bash
# TSBS devops SQL queries over HTTP against our release server, and the same queries in
# DataFusion (in process, rows in memory) in the same run, on the s100-1d data set.
set -euo pipefail
cd "$(dirname "$0")/.."
HARNESS=${PEER_BENCH:-../shared/peer-bench}
PORT=${PORT:-18181}
swift build -c release --product influxdb3
DATA=$(mktemp -d /tmp/influxdb3-tsbs.XXXXXX)
.build/release/influxdb3 serve --data-dir "$DATA" --http-bind "127.0.0.1:$PORT" --log-filter warn --without-auth &
PID=$!
trap 'kill $PID; rm -rf "$DATA"' EXIT
sleep 2
"$HARNESS/run.sh" py target ours "http://127.0.0.1:$PORT" s100-1d --write-api v3 --pid "$PID" --no-settle --runs 1
# Steady state: the background warmer deduplicates the chunks written last within a few passes.
sleep 5
"$HARNESS/run.sh" py query ours "http://127.0.0.1:$PORT" s100-1d --sql-http --db bench_s100_1d_run1 \
    --runs "${QUERY_RUNS:-15}" --pid "$PID"
"$HARNESS/run.sh" py engines s100-1d --engines datafusion-mem --runs "${QUERY_RUNS:-15}"
