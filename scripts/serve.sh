#!/usr/bin/env bash
# Builds the server in release mode and starts it on the embedded defaults:
# SQLite catalog and WAL under ./data, HTTP on 127.0.0.1:8181. Extra arguments go to `influxdb3 serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/system-packages.sh
ensure_system_packages
swift build -c release --product influxdb3
exec .build/release/influxdb3 serve "$@"
