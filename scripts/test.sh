#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine with Swift: installs what it needs
# (apt packages, a Python venv with pyarrow, DataFusion and the InfluxDB client libraries),
# checks formatting, builds once with tests, runs the Swift tests (unit, in-process HTTP, the
# live binary, pyarrow as the Parquet oracle), then the pytest e2e suite against the real binary
# (client libraries, DataFusion differential SQL test).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/system-packages.sh
source scripts/lib/postgres.sh
ensure_system_packages

echo "== python test environment"
VENV=.build/e2e-venv
if [ ! -x "$VENV/bin/pytest" ] || ! cmp -s Tests/e2e/requirements.txt "$VENV/requirements.txt"; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --upgrade pip
    "$VENV/bin/pip" install -q -r Tests/e2e/requirements.txt
    cp Tests/e2e/requirements.txt "$VENV/requirements.txt"
fi
# Swift tests that use Python oracles (pyarrow) run `python3`: the venv's.
export PATH="$PWD/$VENV/bin:$PATH"

echo "== swift format lint"
swift format lint --strict -r Sources Tests

echo "== swift build --build-tests"
swift build --build-tests

echo "== test PostgreSQL (for the PostgreSQL catalog tests; stopped on exit)"
start_test_postgres
export INFLUXDB3_REQUIRE_POSTGRES=1

echo "== swift test"
swift test --skip-build

echo "== e2e (pytest, real clients, DataFusion differential)"
"$VENV/bin/pytest" -q -s Tests/e2e
