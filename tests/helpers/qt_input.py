"""Typing into Qt widgets in tests."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Chinese included, the way an input method commits it.

    ``qtbot.keyClicks`` aborts the process on non-ASCII characters (platform.md §3).
    """
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
