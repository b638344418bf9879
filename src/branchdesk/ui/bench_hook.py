"""A hook for ``bench/``: with ``BRANCHDESK_BENCH_SHOWN`` set, the app reports and quits.

``BRANCHDESK_BENCH_SHOWN=1`` prints ``BENCH shown <unix time>`` once the main window has been
shown and painted, then exits. ``=members`` also switches to the member roster, lets it paint,
and prints ``BENCH rss_peak_kb <VmHWM>`` (the process's peak resident memory) before exiting.
The exit is immediate (no backup on close): the benchmark only reads. Unset, nothing happens.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

ENV = "BRANCHDESK_BENCH_SHOWN"


def peak_rss_kb() -> int:
    """VmHWM of this process in KiB (0 where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def arm(window: QMainWindow) -> None:
    """Report and quit after the window's first paint when the environment asks for it."""
    mode = os.environ.get(ENV)
    if not mode:
        return

    def report() -> None:
        sys.stdout.write(f"BENCH shown {time.time():.6f}\n")
        sys.stdout.flush()
        if mode == "members":
            nav = getattr(getattr(window, "ui", None), "nav_list", None)
            if nav is not None:
                nav.setCurrentRow(1)
            window.repaint()
            QApplication.processEvents()
        sys.stdout.write(f"BENCH rss_peak_kb {peak_rss_kb()}\n")
        sys.stdout.flush()
        os._exit(0)

    QTimer.singleShot(0, report)
