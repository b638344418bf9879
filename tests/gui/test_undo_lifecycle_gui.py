"""Edit → Undo refuses lifecycle steps (a leave) with a message naming where to handle them; the
member editor does not offer the 团籍状态 of an existing member."""

from __future__ import annotations

from datetime import date

import pytest

from branchdesk.domain.lifecycle import LeaveRequest
from branchdesk.paths import AppPaths
from branchdesk.services.schemas import MemberFilter
from branchdesk.ui.dialogs.member_dialog import MemberDialog
from branchdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, demo_branch, tmp_path):
    window = MainWindow(services, AppPaths(tmp_path), demo_branch)
    qtbot.addWidget(window)
    window.show()
    return window


def test_undo_of_a_leave_is_refused_with_where_to_handle_it(window, services, message_boxes):
    member_id = services.members.list_ids(window.branch.id, MemberFilter())[0]
    name = services.members.get(member_id).name
    request = LeaveRequest("withdrawn", date(2026, 11, 20), "本人申请退团")
    services.lifecycle.leave([member_id], request)
    window.events.members_changed.emit()  # what the leave dialog's caller does
    undo = window.ui.undo_action
    assert undo.isEnabled() and undo.text() == f"Undo: 团籍变动（团员“{name}”）"
    undo.trigger()
    assert message_boxes.kinds() == ["error"]
    text = message_boxes.calls[0][2]
    assert text.startswith(f"无法撤销“团籍变动（团员“{name}”）”")
    assert "请通过“团员”菜单中的办理离团、团纪处分等处理" in text
    assert services.members.get(member_id).data.status == "withdrawn"
    assert undo.isEnabled()  # still the top step: nothing was undone


def test_the_editor_shows_the_status_read_only_for_an_existing_member(qtbot, services, demo_branch):
    member_id = services.members.list_ids(demo_branch.id, MemberFilter())[0]
    dialog = MemberDialog(services.members, demo_branch.id, services.members.get(member_id))
    qtbot.addWidget(dialog)
    assert not dialog.ui.status_combo.isEnabled()
    assert "Leave the League" in dialog.ui.status_label.toolTip()
    new = MemberDialog(services.members, demo_branch.id)
    qtbot.addWidget(new)
    assert new.ui.status_combo.isEnabled()  # a new record may be entered with its status
