"""The member editor driven like a user: keyboard entry, inline checks, explicit save."""

from __future__ import annotations

from datetime import date

from helpers.ids import make_id
from helpers.qt_input import type_text
from PySide6.QtCore import Qt

from branchdesk.services.schemas import MemberFilter
from branchdesk.ui.dialogs.member_dialog import MemberDialog


def make_dialog(qtbot, services, branch, member_id=None):
    member = services.members.get(member_id) if member_id else None
    dialog = MemberDialog(services.members, branch.id, member, services.members.groups(branch.id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_new_member_typed_with_the_keyboard_is_saved(qtbot, services, branch, message_boxes):
    dialog = make_dialog(qtbot, services, branch)
    type_text(dialog.ui.name_edit, "李明")
    qtbot.keyClicks(dialog.ui.id_number_edit, make_id(date(2004, 3, 9), female=True).lower())
    qtbot.keyClick(dialog.ui.id_number_edit, Qt.Key.Key_Tab)  # leaving the field fills the rest
    assert dialog.ui.birth_date_edit.text() == "2004-03-09"
    assert dialog.ui.gender_combo.currentText() == "女"
    qtbot.keyClicks(dialog.ui.join_month_edit, "2018.5")
    qtbot.keyClicks(dialog.ui.dev_number_edit, "201800000001")
    qtbot.keyClicks(dialog.ui.phone_edit, "13800000000")
    qtbot.keyClick(dialog.ui.phone_edit, Qt.Key.Key_Tab)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.ui.phone_edit, Qt.Key.Key_Return)
    saved = dialog.saved
    assert saved is not None and saved.name == "李明"
    assert saved.data.join_month is not None and str(saved.data.join_month) == "2018-05"
    assert message_boxes.calls == []  # no warnings to confirm
    assert services.members.count(branch.id) == 1


def test_bad_id_is_shown_inline_and_nothing_is_saved(qtbot, services, branch, message_boxes):
    dialog = make_dialog(qtbot, services, branch)
    type_text(dialog.ui.name_edit, "王五")
    qtbot.keyClicks(dialog.ui.id_number_edit, "110101199003071234")
    qtbot.keyClicks(dialog.ui.join_month_edit, "2005-05")
    qtbot.keyClick(dialog.ui.join_month_edit, Qt.Key.Key_Return)
    assert not dialog.isHidden()
    assert dialog.saved is None
    assert "校验位错误，应为3" in dialog.ui.issues_label.text()
    assert dialog.ui.id_number_edit.property("severity") == "error"
    assert services.members.count(branch.id) == 0


def test_unreadable_date_is_explained(qtbot, services, branch, message_boxes):
    dialog = make_dialog(qtbot, services, branch)
    type_text(dialog.ui.name_edit, "赵六")
    qtbot.keyClicks(dialog.ui.join_month_edit, "someday")
    qtbot.wait(400)
    assert "入团年月" in dialog.ui.issues_label.text()
    assert dialog.ui.join_month_edit.property("severity") == "error"


def test_warnings_need_confirmation(qtbot, services, branch, message_boxes):
    dialog = make_dialog(qtbot, services, branch)
    type_text(dialog.ui.name_edit, "钱七")
    qtbot.keyClicks(dialog.ui.id_number_edit, make_id(date(2004, 3, 9), seq=3))
    qtbot.keyClicks(dialog.ui.join_month_edit, "2019-05")
    qtbot.keyClicks(dialog.ui.dev_number_edit, "201800000009")  # prefix ≠ 2019: a warning
    message_boxes.answer = False
    qtbot.keyClick(dialog.ui.dev_number_edit, Qt.Key.Key_Return)
    assert message_boxes.kinds() == ["confirm"]
    assert dialog.saved is None
    message_boxes.answer = True
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.ui.dev_number_edit, Qt.Key.Key_Return)
    assert dialog.saved is not None


def test_editing_keeps_unchanged_fields(qtbot, services, demo_branch, message_boxes):
    member_id = services.members.list_ids(demo_branch.id, MemberFilter())[0]
    before = services.members.get(member_id)
    dialog = make_dialog(qtbot, services, demo_branch, member_id)
    dialog.ui.phone_edit.clear()
    qtbot.keyClicks(dialog.ui.phone_edit, "13700000000")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.ui.phone_edit, Qt.Key.Key_Return)
    after = services.members.get(member_id)
    assert after.data.phone == "13700000000"
    assert (
        after.data.__class__(**{**after.data.__dict__, "phone": before.data.phone}) == before.data
    )


def test_ethnic_group_accepts_the_short_form(qtbot, services, branch, message_boxes):
    dialog = make_dialog(qtbot, services, branch)
    dialog.ui.ethnicity_combo.setCurrentText("")
    type_text(dialog.ui.ethnicity_combo.lineEdit(), "朝鲜")
    member, issues = dialog._read_form()  # reading is the unit under test here
    assert member.ethnicity == "10"
    assert not issues


def test_a_member_draft_survives_a_crash_and_is_offered_back(
    qtbot, services, branch, message_boxes, tmp_path
):
    folder = tmp_path / "drafts"
    first = MemberDialog(services.members, branch.id, None, [], drafts_dir=folder)
    qtbot.addWidget(first)
    type_text(first.ui.name_edit, "赵小燕")
    qtbot.keyClicks(first.ui.phone_edit, "13900000000")
    first._write_draft()  # what the check timer does a moment after typing stops
    assert list(folder.glob("member-*.json"))
    first.deleteLater()  # the app "dies": neither saved nor cancelled
    message_boxes.answer = True
    second = MemberDialog(services.members, branch.id, None, [], drafts_dir=folder)
    qtbot.addWidget(second)
    assert message_boxes.kinds() == ["confirm"]
    assert second.ui.name_edit.text() == "赵小燕"
    assert second.ui.phone_edit.text() == "13900000000"
    second.reject()  # a deliberate cancel discards the draft
    assert not list(folder.glob("member-*.json"))
