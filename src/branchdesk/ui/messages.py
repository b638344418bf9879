"""The one place that creates message boxes (tests replace these functions with a recorder)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _ok() -> str:
    return QCoreApplication.translate("messages", "OK")


def _cancel() -> str:
    return QCoreApplication.translate("messages", "Cancel")


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setDetailedText(details)
    return box


def info(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(_ok(), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warning(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text, details)
    box.addButton(_ok(), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Critical, title, text, details)
    box.addButton(_ok(), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str = "") -> bool:
    """Ask a yes/no question; the safe answer (cancel) is the default."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(yes_text or _ok(), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(_cancel(), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
