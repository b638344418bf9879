#!/usr/bin/env bash
# Open branchdesk from a source checkout: scripts/run-app.sh [branchdesk options…]
# Runs scripts/setup.sh first (seconds when nothing changed). Relative paths in the options are
# taken from the current directory, as with an installed branchdesk.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh"
# Keep the user's locale (the app chooses its language from it); only avoid the bare C locale.
if [[ -z "${LANG:-}" || "$LANG" == C || "$LANG" == POSIX ]]; then
  export LANG=C.UTF-8
fi
exec "$root/.venv/bin/branchdesk" "$@"
