#!/usr/bin/env bash
# Build the PyInstaller bundle (installer.spec) and prove it works: scripts/build_bundle.sh
#
#   BRANCHDESK_ONEFILE=1 scripts/build_bundle.sh   one file instead of one folder
#   BUNDLE_DIR=/tmp/x scripts/build_bundle.sh      where dist/ and build/ go (default: repo)
#   BUNDLE_BARE_ROOT=1 scripts/build_bundle.sh      also run it on a bare Debian root (CI, as root:
#                                                   scripts/bundle_bare_root.sh)
#
# Builds from .venv (scripts/setup.sh --dev installs PyInstaller, the `bundle` extra; the spec
# keeps the developer tools out), runs the frozen program's --self-test headless, and prints
# the build time and the bundle's size. Exit 1 when the build or the self-test fails.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export LANG=C.UTF-8
out="${BUNDLE_DIR:-$PWD}"
dist="$out/dist"
work="$out/build"
if [[ ! -x .venv/bin/pyinstaller ]]; then
  echo "build_bundle.sh: no PyInstaller in .venv: run scripts/setup.sh --dev" >&2
  exit 1
fi

start=$SECONDS
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" installer.spec
built=$((SECONDS - start))

if [[ -n "${BRANCHDESK_ONEFILE:-}" && "${BRANCHDESK_ONEFILE}" != 0 ]]; then
  program="$dist/branchdesk"
  bundle="$program"
else
  program="$dist/branchdesk/branchdesk"
  bundle="$dist/branchdesk"
fi
size_mb=$(du -sm "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "bundle: built in ${built} s: $bundle, ${size_mb} MB in ${files} files"

# The frozen program on its own: no source tree on its path, no developer variables.
selftest_start=$SECONDS
(cd "$(mktemp -d)" && env -u PYTHONPATH -u BRANCHDESK_DATA_DIR -u BRANCHDESK_LANG \
  QT_QPA_PLATFORM=offscreen "$program" --self-test)
echo "bundle: self-test passed in $((SECONDS - selftest_start)) s"

if [[ -n "${BUNDLE_BARE_ROOT:-}" && "${BUNDLE_BARE_ROOT}" != 0 && -d "$bundle" ]]; then
  bash scripts/bundle_bare_root.sh "$bundle"
fi
