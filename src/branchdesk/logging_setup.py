"""Logging, configured once: a rotating file in the data directory, never full ID numbers."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from branchdesk.domain.idcard import mask_in_text

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
    handler.addFilter(MaskIds())
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.INFO)


class MaskIds(logging.Filter):
    """Mask ID-shaped numbers in a record's message, traceback and stack before it is written.

    The record is rewritten in place (message formatted, arguments dropped, traceback text
    cached), so every handler after this one sees the masked text too.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_in_text(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_in_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_in_text(record.stack_info)
        return True


_FORMATTER = logging.Formatter()
