#!/usr/bin/env bash
# Ingest head-to-head with the shared peer harness: our release server vs InfluxDB 1.x and
# VictoriaMetrics on the s100-1d devops set, same C loader, interleaved rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
HARNESS=${PEER_BENCH:-../shared/peer-bench}
swift build -c release --product influxdb3
ROOT=$(pwd)
"$HARNESS/run.sh" setup
"$HARNESS/run.sh" py h2h s100-1d --rounds "${ROUNDS:-3}" --target ours http://127.0.0.1:18181 \
    --start-cmd "$ROOT/.build/release/influxdb3 serve --node-id bench --data-dir {data} --http-bind 127.0.0.1:{port} --without-auth" \
    --ready-path /health --write-api v3 --no-settle
