"""Logging, configured once: a rotating file in the data directory, never full ID numbers."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "branchdesk.log"


def configure(log_dir: Path, debug: bool = False) -> None:
    """Send the ``branchdesk`` logger to a rotating file (1 MB × 5) in ``log_dir``."""
    log_dir.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger("branchdesk")
    if any(getattr(h, "_branchdesk", False) for h in logger.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        log_dir / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler._branchdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.INFO)
