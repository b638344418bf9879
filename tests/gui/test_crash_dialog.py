"""The crash dialog, the start-up notice of a hard crash and the app's excepthook wiring."""

from __future__ import annotations

import sys
from types import SimpleNamespace

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from branchdesk import crash
from branchdesk.ui import crash_dialog
from branchdesk.ui.crash_dialog import CrashDialog

ID = "110105194912310021"
MASKED = "1101**********0021"


def _details() -> str:
    try:
        raise ValueError(f"duplicate ID {ID}")
    except ValueError as exc:
        return crash.format_report(ValueError, exc, exc.__traceback__)


def test_dialog_explains_and_shows_the_masked_details(qtbot, tmp_path):
    dialog = CrashDialog(f"raw text with {ID}\n" + _details(), tmp_path)
    qtbot.addWidget(dialog)
    details = dialog.details()
    assert dialog.ui.details_edit.isReadOnly()
    assert "Traceback (most recent call last):" in details
    assert MASKED in details and ID not in details
    assert "safe" in dialog.ui.safe_label.text()
    assert "backups" in dialog.ui.safe_label.text()


def test_copy_puts_the_details_on_the_clipboard(qtbot, tmp_path):
    dialog = CrashDialog(_details(), tmp_path)
    qtbot.addWidget(dialog)
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.ui.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.details()
    assert dialog.ui.status_label.text()


def test_open_log_folder_opens_the_folder(qtbot, tmp_path, monkeypatch):
    opened: list[QUrl] = []
    fake = SimpleNamespace(openUrl=lambda url: opened.append(url) or True)
    monkeypatch.setattr(crash_dialog, "QDesktopServices", fake)
    dialog = CrashDialog(_details(), tmp_path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.open_log_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]
    assert dialog.ui.status_label.text() == ""


def test_open_log_folder_names_the_folder_when_it_cannot_open_it(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(crash_dialog, "QDesktopServices", SimpleNamespace(openUrl=lambda u: False))
    dialog = CrashDialog(_details(), tmp_path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.open_log_button, Qt.MouseButton.LeftButton)
    assert str(tmp_path) in dialog.ui.status_label.text()


def test_close_closes(qtbot, tmp_path):
    dialog = CrashDialog(_details(), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_previous_hard_crash_is_offered_once_then_cleared(qtbot, tmp_path, message_boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    assert crash_dialog.offer_previous_crash(parent, tmp_path) is False
    (tmp_path / crash.CRASH_LOG).write_text("Fatal Python error: Aborted\n", encoding="utf-8")
    assert crash_dialog.offer_previous_crash(parent, tmp_path) is True
    assert message_boxes.kinds() == ["warning"]
    assert str(tmp_path) in message_boxes.calls[0][2]
    assert crash.pending_crash_log(tmp_path) is None
    assert crash_dialog.offer_previous_crash(parent, tmp_path) is False
    assert message_boxes.kinds() == ["warning"]


def test_installed_handler_opens_the_crash_dialog(qtbot, tmp_path, monkeypatch, expected_warnings):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    enabled: list[object] = []
    monkeypatch.setattr(crash, "enable_faulthandler", enabled.append)
    reports: list[tuple[object, str, object]] = []
    monkeypatch.setattr(
        CrashDialog, "report", classmethod(lambda cls, p, d, log: reports.append((p, d, log)))
    )
    crash_dialog.install_crash_handler(tmp_path)
    assert enabled == [tmp_path]
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        sys.excepthook(RuntimeError, exc, exc.__traceback__)
    assert len(reports) == 1
    assert "RuntimeError: boom" in reports[0][1]
    assert reports[0][2] == tmp_path
    assert [r.getMessage() for r in expected_warnings] == ["uncaught exception"]
