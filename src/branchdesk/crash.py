"""The crash path (style.md point 11): excepthook → log → crash dialog, faulthandler to a file.

This module never imports Qt, so the command line and the tests can use it without a display.
Whether a QApplication exists, and which Qt it is, is read from ``sys.modules``: if PySide6 was
never imported there is no window to show a dialog in.

- :func:`install_excepthook` logs an uncaught exception (with its traceback) to the ``branchdesk``
  logger at CRITICAL and hands the report to ``show`` (the app opens the crash dialog); before
  the QApplication exists, or if showing fails, the report goes to stderr instead.
- :func:`enable_faulthandler` makes a hard crash (segfault, abort) leave its Python stack in
  ``<logs>/crash.log``; :func:`pending_crash_log` finds it at the next start and
  :func:`clear_crash_log` empties it once the user has seen it.

Every report has its ID-shaped numbers masked: logs never hold a full 身份证号.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import platform
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TextIO

from branchdesk import APP_NAME, __version__
from branchdesk.domain.idcard import mask_in_text

CRASH_LOG = "crash.log"

ExcepthookType = Callable[[type[BaseException], BaseException, TracebackType | None], None]

logger = logging.getLogger(__name__)


def _qt_versions() -> str:
    """PySide6 and Qt versions, if the process has loaded them (never imports them)."""
    pyside = sys.modules.get("PySide6")
    core = sys.modules.get("PySide6.QtCore")
    if pyside is None or core is None:
        return "not loaded"
    return f"PySide6 {getattr(pyside, '__version__', '?')}, Qt {core.qVersion()}"


def _qapplication_exists() -> bool:
    widgets = sys.modules.get("PySide6.QtWidgets")
    return widgets is not None and widgets.QApplication.instance() is not None


def format_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Return the crash details: versions, system, time and the traceback, IDs masked."""
    lines = [
        f"{APP_NAME} {__version__}",
        f"Time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"System: {platform.platform()} ({platform.machine()})",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Qt: {_qt_versions()}",
        f"Frozen: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return mask_in_text("\n".join(lines)) + "\n"


def install_excepthook(log_dir: Path, show: Callable[[str], None]) -> ExcepthookType:
    """Replace ``sys.excepthook``: log at CRITICAL, then ``show(details)``; return the hook.

    ``show`` runs only while a QApplication exists; before that (and after it is gone) the
    details go to stderr, and Python exits non-zero as usual. An exception raised while
    ``show`` runs, by ``show`` itself or by anything the dialog's event loop dispatches, is
    logged and written to stderr, never shown again: the hook does not recurse.
    ``KeyboardInterrupt`` keeps Python's own handling (Ctrl+C in a terminal).
    """
    showing = False
    where = f"Log folder: {log_dir}"

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = format_report(exc_type, exc, tb)
        try:
            logger.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        except Exception:  # a broken log must not hide the crash report
            _to_stderr("the log could not be written", details)
        if showing or not _qapplication_exists():
            _to_stderr(where, details)
            return
        showing = True
        try:
            show(details)
        except BaseException as failure:  # the crash path itself must never crash
            _report_show_failure(where, details, failure)
        finally:
            showing = False

    sys.excepthook = hook
    return hook


def _report_show_failure(where: str, details: str, failure: BaseException) -> None:
    with contextlib.suppress(Exception):  # stderr below is the last resort
        logger.critical("the crash dialog failed", exc_info=failure)
    _to_stderr(
        where,
        details,
        "The crash dialog itself failed:\n"
        + mask_in_text("".join(traceback.format_exception(failure))),
    )


def _to_stderr(*parts: str) -> None:
    stream: TextIO | None = sys.stderr or sys.__stderr__
    if stream is None:  # a windowed (console=False) build on Windows has no stderr
        return
    try:
        stream.write("\n".join(part.rstrip("\n") for part in parts) + "\n")
        stream.flush()
    except (OSError, ValueError):  # closed or broken stream: the log already has it
        pass


def crash_log_path(log_dir: Path) -> Path:
    return log_dir / CRASH_LOG


def enable_faulthandler(log_dir: Path) -> TextIO:
    """Dump the Python stack of a hard crash into ``<logs>/crash.log``; return the open file.

    The file is opened for appending, so the previous run's dump is still there to be read by
    :func:`pending_crash_log` (call it first or later, either works). faulthandler keeps a
    reference to the file; the caller may keep one too. It must stay open while the app runs.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    file = crash_log_path(log_dir).open("a", encoding="utf-8")
    faulthandler.enable(file=file, all_threads=True)
    return file


def pending_crash_log(log_dir: Path) -> str | None:
    """Return the hard-crash dump the previous run left, IDs masked; ``None`` if there is none."""
    path = crash_log_path(log_dir)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except OSError:
        logger.warning("cannot read %s", path, exc_info=True)
        return None
    return mask_in_text(text) if text.strip() else None


def clear_crash_log(log_dir: Path) -> None:
    """Empty ``crash.log`` once it has been offered (truncated, not deleted: it may be open)."""
    path = crash_log_path(log_dir)
    if not path.exists():
        return
    try:
        with path.open("r+", encoding="utf-8") as file:
            file.truncate(0)
    except OSError:
        logger.warning("cannot clear %s", path, exc_info=True)
