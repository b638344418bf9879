"""branchdesk: the offline ledger of a Communist Youth League branch (团支部)."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("branchdesk")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "branchdesk"
