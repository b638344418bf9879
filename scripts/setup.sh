#!/usr/bin/env bash
# Bootstrap a Debian/Ubuntu machine for branchdesk; safe to re-run (a no-op run takes ~1 s).
#
#   scripts/setup.sh         Qt runtime libraries + .venv with `pip install -e .`
#   scripts/setup.sh --dev   + Xvfb/xcb, poppler-utils, binutils + `pip install -e ".[dev,bundle]"`
#
# System packages: as root (with apt-get) the missing ones are installed; otherwise the script
# prints the `sudo apt-get install` line and exits 1. Machines without dpkg skip this step.
# Python: $PYTHON (default python3, 3.11–3.13) makes .venv; pip runs again only when
# pyproject.toml changed since the last successful install (stamp in .venv).
# Messages go to stderr so that scripts/run-app.sh leaves stdout to the app.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export LANG=C.UTF-8

dev=0
for arg in "$@"; do
  case "$arg" in
    --dev) dev=1 ;;
    -h | --help)
      sed -n '2,11s/^# \{0,1\}//p' "$0"
      exit 0
      ;;
    *)
      echo "setup.sh: unknown option: $arg (try --help)" >&2
      exit 2
      ;;
  esac
done

say() { echo "setup: $*" >&2; }

# The libraries libQt6Gui links: enough for the app and for offscreen tests.
runtime_packages=(libgl1 libegl1 libx11-6 libglib2.0-0 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3)
# A real X display under Xvfb (screenshots) and the PDF checks (pdftotext, pdffonts, pdftoppm).
dev_packages=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxkbcommon-x11-0 xvfb xauth poppler-utils poppler-data
  binutils) # PyInstaller's bundle build (objdump, strip)

is_installed() {
  # Debian 13 / Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64).
  local name
  for name in "$1" "$1t64"; do
    if [[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$name" 2>/dev/null)" == ii* ]]; then
      return 0
    fi
  done
  return 1
}

system_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "no dpkg here: skipping the system packages (install Qt's runtime libraries yourself)"
    return 0
  fi
  local wanted=("${runtime_packages[@]}") missing=() pkg
  if ((dev)); then wanted+=("${dev_packages[@]}"); fi
  for pkg in "${wanted[@]}"; do
    is_installed "$pkg" || missing+=("$pkg")
  done
  if ((${#missing[@]} == 0)); then
    return 0
  fi
  if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    say "missing system packages; install them with:"
    echo "sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >&2
}

python_env() {
  local python="${PYTHON:-python3}"
  if [[ -x .venv/bin/python ]] && ! .venv/bin/python -c '' 2>/dev/null; then
    say ".venv is broken (its Python is gone): recreating it"
    rm -rf .venv
  fi
  if [[ ! -x .venv/bin/python ]]; then
    if ! "$python" -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] < (3, 14))' 2>/dev/null; then
      say "need Python 3.11–3.13 with venv; '$python' is $("$python" --version 2>&1 || echo missing). Set PYTHON=…"
      exit 1
    fi
    say "creating .venv with $("$python" --version 2>&1)"
    "$python" -m venv .venv
  fi

  local extra="" spec="." stamp=".venv/.branchdesk-setup" hash
  if ((dev)); then extra="[dev]"; spec=".[dev,bundle]"; fi
  hash="$(.venv/bin/python -c 'import hashlib, sys; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest())')"
  # A dev install also satisfies a plain one; a plain one does not satisfy --dev.
  if [[ -f "$stamp" ]] && { grep -qxF "$hash [dev]" "$stamp" || grep -qxF "$hash $extra" "$stamp"; }; then
    return 0
  fi
  say "pip install -e \"$spec\" (pyproject.toml changed or first run; takes ~30 s)"
  rm -f "$stamp"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-input -e "$spec" >&2
  # A .venv made before the move to PySide6 6.11 still has PySide6-Pdf 6.12, whose QtPdf files
  # overlap Addons': remove it and lay Addons' files down again.
  if .venv/bin/python -m pip show --quiet PySide6-Pdf >/dev/null 2>&1; then
    say "removing PySide6-Pdf (QtPdf now comes with PySide6-Addons)"
    .venv/bin/python -m pip uninstall --quiet --yes PySide6-Pdf >&2
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-input \
      --force-reinstall --no-deps "$(.venv/bin/python -c 'import importlib.metadata as m; print("PySide6-Addons==" + m.version("PySide6-Addons"))')" >&2
  fi
  echo "$hash $extra" >"$stamp"
}

start=$SECONDS
system_packages
python_env
say "ready in $((SECONDS - start)) s ($([[ $dev == 1 ]] && echo dev || echo runtime))"
