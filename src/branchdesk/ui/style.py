"""Small shared touches of look: the same page title everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

TITLE_SCALE = 1.4


def make_title(label: QLabel) -> None:
    """Give a page's title label the bold, larger font every page uses."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    font.setBold(True)
    label.setFont(font)
