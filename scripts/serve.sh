#!/usr/bin/env bash
# Builds the server in release mode and starts it on the embedded defaults:
# SQLite catalog and WAL under ./data, HTTP on 127.0.0.1:8181. Extra arguments go to `influxdb3 serve`.
# For local use it starts WITHOUT token authentication (`--without-auth`); set SERVE_WITH_AUTH=1 to
# start with auth on, as InfluxDB 3 does by default (then create the operator token first, see README).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/system-packages.sh
ensure_system_packages
swift build -c release --product influxdb3
if [ "${SERVE_WITH_AUTH:-0}" = "1" ]; then
    exec .build/release/influxdb3 serve "$@"
fi
exec .build/release/influxdb3 serve --without-auth "$@"
