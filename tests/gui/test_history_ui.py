"""Edit → Undo / Redo and the history dialog, on the demo branch."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QKeySequence

from branchdesk.paths import AppPaths
from branchdesk.services.schemas import MemberFilter
from branchdesk.ui.dialogs.history_dialog import ChangeModel, HistoryDialog
from branchdesk.ui.dialogs.member_dialog import MemberDialog
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.models.member_table_model import MemberTableModel


@pytest.fixture
def window(qtbot, services, demo_branch, tmp_path):
    window = MainWindow(services, AppPaths(tmp_path), demo_branch)
    qtbot.addWidget(window)
    window.show()
    return window


def phones(window: MainWindow) -> dict[int, str]:
    model = window.member_model
    return {
        model.member_id(r): model.data(model.index(r, MemberTableModel.COL_PHONE))
        for r in range(model.rowCount())
    }


def test_edit_menu_sits_between_file_and_members(window):
    menus = [action.menu() for action in window.ui.menu_bar.actions()]
    assert menus.index(window.ui.edit_menu) == menus.index(window.ui.file_menu) + 1
    assert menus.index(window.ui.members_menu) == menus.index(window.ui.edit_menu) + 1
    assert window.ui.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in window.ui.redo_action.shortcuts()
    assert not window.ui.undo_action.isEnabled()  # nothing done in this window yet


def test_undo_and_redo_a_member_edit_from_the_window(window, services, message_boxes):
    member_id = services.members.list_ids(window.branch.id, MemberFilter())[0]
    member = services.members.get(member_id)
    old_phone = member.data.phone
    services.members.update(member_id, replace(member.data, phone="13912345678"))
    window.events.members_changed.emit()  # what the UI does after a save
    assert phones(window)[member_id] == "13912345678"
    undo = window.ui.undo_action
    assert undo.isEnabled()
    # Tests run untranslated: "Undo: %1" is 撤销：%1 in Chinese.
    assert undo.text() == f"Undo: 修改团员“{member.name}”"
    undo.trigger()
    assert phones(window)[member_id] == old_phone
    assert not undo.isEnabled()
    assert window.ui.redo_action.text() == f"Redo: 修改团员“{member.name}”"
    window.ui.redo_action.trigger()
    assert phones(window)[member_id] == "13912345678"
    assert message_boxes.calls == []


def test_a_refused_undo_says_why(window, services, message_boxes):
    member_id = services.members.list_ids(window.branch.id, MemberFilter())[0]
    member = services.members.get(member_id)
    services.members.update(member_id, replace(member.data, phone="13912345678"))
    window.events.members_changed.emit()
    # Changed again behind the stack's back (not through a logged path of this window).
    step = window.undo_stack.steps[-1]
    services.members.update(member_id, replace(member.data, phone="13700000000"))
    window.undo_stack._seen = services.history.latest_id(window.branch.id)
    assert window.undo_stack.steps[-1] is step
    window.ui.undo_action.trigger()
    assert message_boxes.kinds() == ["error"]
    assert "又有改动" in message_boxes.calls[0][2]
    assert phones(window)[member_id] == "13700000000"


def test_history_dialog_lists_the_change(qtbot, services, demo_branch):
    member_id = services.members.list_ids(demo_branch.id, MemberFilter())[0]
    member = services.members.get(member_id)
    services.members.update(member_id, replace(member.data, phone="13912345678"))
    dialog = HistoryDialog(services, entity="member", entity_id=member_id)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2  # the demo create and the edit
    summary = model.data(model.index(0, ChangeModel.COL_SUMMARY))
    assert summary.startswith(f"修改团员“{member.name}”：手机号码")
    fields = dialog.ui.fields_table
    assert fields.rowCount() == 1
    assert [fields.item(0, c).text() for c in range(3)] == [
        "手机号码",
        member.data.phone or "（空）",
        "13912345678",
    ]


def test_recent_changes_mode_lists_the_branch(qtbot, services, demo_branch):
    dialog = HistoryDialog(services, branch_id=demo_branch.id)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == services.members.count(demo_branch.id)


def test_member_editor_offers_history_only_for_stored_members(qtbot, services, demo_branch):
    member = services.members.get(services.members.list_ids(demo_branch.id, MemberFilter())[0])
    shown: list[int] = []
    editor = MemberDialog(services.members, demo_branch.id, member, [], show_history=shown.append)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.ui.history_button.isVisible()
    editor.ui.history_button.click()
    assert shown == [member.id]
    new = MemberDialog(services.members, demo_branch.id, None, [], show_history=shown.append)
    qtbot.addWidget(new)
    new.show()
    assert not new.ui.history_button.isVisible()


def test_edit_history_action_opens_recent_changes(window, monkeypatch):
    opened: list[int] = []
    monkeypatch.setattr(
        HistoryDialog,
        "show_recent",
        classmethod(lambda cls, p, s, branch_id: opened.append(branch_id)),
    )
    window.ui.history_action.trigger()
    assert opened == [window.branch.id]
