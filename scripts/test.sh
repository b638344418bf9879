#!/usr/bin/env bash
# Run the test suite offscreen: scripts/test.sh [pytest options…]
# e.g. scripts/test.sh -q, scripts/test.sh -m "not gui", scripts/test.sh tests/unit -x
# Runs `scripts/setup.sh --dev` first; test paths are relative to the repository root.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh --dev

status=0
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 .venv/bin/python -m pytest "$@" || status=$?
if ((status == 5)); then
  echo "test.sh: pytest ran no tests (exit 5): check the paths, -k and -m options" >&2
fi
exit "$status"
