#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine with Swift: installs what it needs
# (apt packages, a Python venv with the InfluxDB client libraries), builds once with tests,
# runs the Swift tests (unit, in-process HTTP, live binary), then the pytest e2e suite against
# the real binary.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/system-packages.sh
ensure_system_packages

echo "== swift format lint"
swift format lint --strict -r Sources Tests

echo "== swift build --build-tests"
swift build --build-tests

echo "== swift test"
swift test --skip-build

echo "== e2e (pytest, real clients)"
VENV=.build/e2e-venv
if [ ! -x "$VENV/bin/pytest" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --upgrade pip
    "$VENV/bin/pip" install -q -r Tests/e2e/requirements.txt
fi
"$VENV/bin/pytest" -q Tests/e2e
