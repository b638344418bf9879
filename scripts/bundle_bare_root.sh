#!/usr/bin/env bash
# Run the bundle's --self-test on a bare Debian: scripts/bundle_bare_root.sh DIST/branchdesk
#
# Proves the one-folder bundle needs nothing from the machine beyond a minimal Debian 12
# ("minbase": no Python, no Qt, no fonts) plus libgl1 and libegl1 — the OpenGL dispatch
# libraries, which PyInstaller leaves to the system on purpose (they belong to the graphics
# driver). Needs root (debootstrap, chroot) and Debian's package mirror. When the bare root
# cannot be made (not root, no mirror) it says so and exits 0: that is not the bundle's fault.
# A failing self-test inside the root exits 1.
set -euo pipefail

bundle="$(cd "${1:?usage: bundle_bare_root.sh DIST/branchdesk}" && pwd)"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
say() { echo "bare-root: $*"; }

if [[ "$(id -u)" -ne 0 ]]; then
  say "skipped: needs root (debootstrap, chroot)"
  exit 0
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap </dev/null >/dev/null 2>&1 || true
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  say "skipped: debootstrap is not available"
  exit 0
fi

root="$(mktemp -d /tmp/branchdesk-bare-root.XXXXXX)"
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT

start=$SECONDS
if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1; then
  say "skipped: could not make a minimal Debian root from $mirror (see $root.log)"
  exit 0
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
if ! chroot "$root" /usr/bin/env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends libgl1 libegl1 </dev/null >>"$root.log" 2>&1; then
  say "skipped: could not install libgl1 libegl1 in the root (see $root.log)"
  exit 0
fi
rm -f "$root.log"
say "minimal Debian 12 + libgl1 libegl1 ready in $((SECONDS - start)) s ($(du -sm "$root" | cut -f1) MB)"

cp -a "$bundle" "$root/opt/branchdesk"
mount -t proc proc "$root/proc"
chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/bin:/bin \
  QT_QPA_PLATFORM=offscreen /opt/branchdesk/branchdesk --self-test
say "the bundle's self-test passed on a bare Debian root"
