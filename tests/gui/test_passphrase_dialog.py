"""The start-up passphrase prompt and File → Passphrase… (set, change, remove)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from branchdesk.services.security import SecurityService
from branchdesk.ui import startup
from branchdesk.ui.dialogs.passphrase_dialog import (
    MAX_ATTEMPTS,
    Outcome,
    PassphraseDialog,
    PassphraseMode,
)

SECRET = "letmein-2026"


@pytest.fixture
def security(services) -> SecurityService:
    return SecurityService(services.engine)


@pytest.fixture
def locked(security) -> SecurityService:
    security.set_passphrase(SECRET, None)
    return security


def make(qtbot, security, mode) -> PassphraseDialog:
    dialog = PassphraseDialog(security, mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_ok(qtbot, dialog: PassphraseDialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enter(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)  # ASCII only


def test_the_start_up_prompt_accepts_the_right_passphrase(qtbot, locked):
    dialog = make(qtbot, locked, PassphraseMode.UNLOCK)
    assert dialog.ui.new_edit.isHidden() and dialog.ui.repeat_edit.isHidden()
    assert "not encrypt" in dialog.ui.note_label.text()

    enter(qtbot, dialog.ui.current_edit, SECRET)
    click_ok(qtbot, dialog)

    assert dialog.outcome is Outcome.UNLOCKED
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_start_up_prompt_refuses_a_wrong_one_and_gives_up_after_three(qtbot, locked):
    dialog = make(qtbot, locked, PassphraseMode.UNLOCK)

    enter(qtbot, dialog.ui.current_edit, "guess-one")
    click_ok(qtbot, dialog)
    assert dialog.outcome is None and dialog.isVisible()
    assert not dialog.ui.error_label.isHidden()
    assert "2" in dialog.ui.error_label.text()
    assert dialog.ui.current_edit.text() == ""

    for _ in range(MAX_ATTEMPTS - 1):
        enter(qtbot, dialog.ui.current_edit, "guess-again")
        click_ok(qtbot, dialog)
    assert dialog.outcome is Outcome.LOCKED_OUT
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_wrong_try_then_the_right_one_still_opens(qtbot, locked):
    dialog = make(qtbot, locked, PassphraseMode.UNLOCK)
    enter(qtbot, dialog.ui.current_edit, "guess-one")
    click_ok(qtbot, dialog)
    enter(qtbot, dialog.ui.current_edit, SECRET)
    click_ok(qtbot, dialog)
    assert dialog.outcome is Outcome.UNLOCKED


def test_start_up_asks_only_when_a_passphrase_is_set(qtbot, services, security, monkeypatch):
    shown: list[PassphraseDialog] = []
    monkeypatch.setattr(PassphraseDialog, "exec", lambda self: shown.append(self) or 0)
    assert startup.ask_passphrase(services)
    assert shown == []

    security.set_passphrase(SECRET, None)
    assert not startup.ask_passphrase(services)  # closed without an answer = Cancel
    assert len(shown) == 1 and shown[0].mode is PassphraseMode.UNLOCK


def test_start_up_stops_after_three_wrong_tries_and_says_why(
    qtbot, services, locked, monkeypatch, message_boxes
):
    def answer_wrong(dialog: PassphraseDialog) -> int:
        for _ in range(MAX_ATTEMPTS):
            dialog.ui.current_edit.setText("wrong-guess")
            dialog.submit()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", answer_wrong)
    assert not startup.ask_passphrase(services)
    assert message_boxes.kinds() == ["error"]


def test_start_up_goes_on_with_the_right_one(qtbot, services, locked, monkeypatch):
    def answer(dialog: PassphraseDialog) -> int:
        dialog.ui.current_edit.setText(SECRET)
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    assert startup.ask_passphrase(services)


def test_setting_a_passphrase_through_the_dialog(qtbot, security):
    dialog = make(qtbot, security, PassphraseMode.MANAGE)
    assert dialog.ui.current_edit.isHidden()
    assert dialog.remove_button is None

    enter(qtbot, dialog.ui.new_edit, "short")
    enter(qtbot, dialog.ui.repeat_edit, "short")
    click_ok(qtbot, dialog)
    assert dialog.outcome is None and not security.has_passphrase()
    assert "6" in dialog.ui.error_label.text()

    enter(qtbot, dialog.ui.new_edit, SECRET)
    enter(qtbot, dialog.ui.repeat_edit, SECRET + "x")
    click_ok(qtbot, dialog)
    assert dialog.outcome is None and not security.has_passphrase()

    enter(qtbot, dialog.ui.repeat_edit, SECRET)
    click_ok(qtbot, dialog)
    assert dialog.outcome is Outcome.SET
    assert security.verify(SECRET)


def test_changing_asks_for_the_current_passphrase(qtbot, locked):
    dialog = make(qtbot, locked, PassphraseMode.MANAGE)
    assert not dialog.ui.current_edit.isHidden()

    enter(qtbot, dialog.ui.current_edit, "not-it-at-all")
    enter(qtbot, dialog.ui.new_edit, "new-secret")
    enter(qtbot, dialog.ui.repeat_edit, "new-secret")
    click_ok(qtbot, dialog)
    assert dialog.outcome is None
    assert locked.verify(SECRET)

    enter(qtbot, dialog.ui.current_edit, SECRET)
    click_ok(qtbot, dialog)
    assert dialog.outcome is Outcome.CHANGED
    assert locked.verify("new-secret") and not locked.verify(SECRET)


def test_removing_asks_for_the_current_passphrase(qtbot, locked, message_boxes):
    dialog = make(qtbot, locked, PassphraseMode.MANAGE)
    assert dialog.remove_button is not None

    enter(qtbot, dialog.ui.current_edit, "not-it-at-all")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is None and locked.has_passphrase()
    assert message_boxes.calls == []

    enter(qtbot, dialog.ui.current_edit, SECRET)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert message_boxes.kinds() == ["confirm"]
    assert dialog.outcome is Outcome.REMOVED
    assert not locked.has_passphrase()


def test_file_menu_passphrase_opens_the_dialog_in_manage_mode(
    qtbot, services, demo_branch, tmp_path, monkeypatch
):
    from branchdesk.paths import AppPaths
    from branchdesk.ui.main_window import MainWindow

    window = MainWindow(services, AppPaths(tmp_path), demo_branch)
    qtbot.addWidget(window)
    assert window.ui.passphrase_action in window.ui.file_menu.actions()
    modes: list[PassphraseMode] = []

    def answer(dialog: PassphraseDialog) -> int:
        modes.append(dialog.mode)
        dialog.ui.new_edit.setText(SECRET)
        dialog.ui.repeat_edit.setText(SECRET)
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    window.ui.passphrase_action.trigger()
    assert modes == [PassphraseMode.MANAGE]
    assert SecurityService(services.engine).verify(SECRET)
    assert "next start" in window.statusBar().currentMessage()
