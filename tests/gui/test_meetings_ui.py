"""三会两制一课 through the widgets: record a meeting, evaluate, register, see the calendar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from branchdesk.domain.meetings import MeetingKind
from branchdesk.services.meeting_schemas import AttendanceInput, MeetingInput
from branchdesk.ui import drafts
from branchdesk.ui.dialogs.meeting_dialog import MeetingDialog
from branchdesk.ui.home_page import HomePage
from branchdesk.ui.models.attendance_model import AttendanceModel
from branchdesk.ui.reviews_page import E_APPROVED, E_PROPOSED, R_OUTCOME, ReviewsPage

TODAY = date(2026, 11, 27)


@pytest.fixture
def dialog(qtbot, services, demo_branch, tmp_path):
    box = MeetingDialog(services, demo_branch.id, None, tmp_path / "drafts", today=TODAY)
    qtbot.addWidget(box)
    box.show()
    return box


def test_recording_a_meeting_with_the_keyboard(qtbot, dialog, services, demo_branch, message_boxes):
    ui = dialog.ui
    assert dialog.attendance.rowCount() == 30  # everyone expected, everyone present
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(MeetingKind.DAHUI))
    qtbot.keyClicks(ui.start_edit, "14:30")
    ui.chair_combo.setCurrentIndex(1)
    ui.recorder_combo.setCurrentIndex(2)
    table = ui.attendance_table
    table.setFocus()
    table.setCurrentIndex(dialog.attendance.index(0, AttendanceModel.COL_PRESENCE))
    qtbot.keyClick(table, Qt.Key.Key_2)  # first on leave, moves down
    qtbot.keyClick(table, Qt.Key.Key_3)  # second absent
    qtbot.keyClick(table, Qt.Key.Key_Space)  # third: present → leave
    entries = dialog.attendance.entries()
    assert [e.presence.value for e in entries[:3]] == ["leave", "absent", "leave"]  # type: ignore[union-attr]
    dialog.attendance.setData(dialog.attendance.index(0, AttendanceModel.COL_REASON), "出差")
    dialog.attendance.setData(dialog.attendance.index(1, AttendanceModel.COL_REASON), "生病")
    dialog.attendance.setData(dialog.attendance.index(2, AttendanceModel.COL_REASON), "值班")
    qtbot.mouseClick(ui.add_vote_button, Qt.MouseButton.LeftButton)
    ui.votes_table.item(0, 0).setText("通过年度工作计划")
    for column, value in ((6, "25"), (7, "1"), (8, "1")):
        ui.votes_table.item(0, column).setText(value)
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.mouseClick(ui.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    saved = dialog.saved
    assert saved is not None
    assert (
        saved.counts.expected,
        saved.counts.present,
        saved.counts.leave,
        saved.counts.absent,
    ) == (30, 27, 2, 1)
    assert saved.vote_checks[0] is not None and saved.vote_checks[0].passed
    assert not (dialog._draft_path and dialog._draft_path.exists())


def test_votes_that_do_not_add_up_are_refused(qtbot, dialog, services, demo_branch, message_boxes):
    ui = dialog.ui
    ui.chair_combo.setCurrentIndex(1)
    ui.recorder_combo.setCurrentIndex(2)
    qtbot.mouseClick(ui.add_vote_button, Qt.MouseButton.LeftButton)
    ui.votes_table.item(0, 0).setText("某事项")
    for column, value in ((6, "20"), (7, "10"), (8, "5")):  # 35 votes from 30 present
        ui.votes_table.item(0, column).setText(value)
    before = len(services.meetings.list(demo_branch.id))
    qtbot.mouseClick(ui.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved is None and not dialog.isHidden()
    assert "✖" in ui.issues_label.text()
    assert len(services.meetings.list(demo_branch.id)) == before


def test_a_future_date_is_refused(qtbot, dialog, message_boxes):
    dialog.ui.date_edit.setText("2099-01-01")
    dialog.ui.date_edit.editingFinished.emit()
    dialog.ui.chair_combo.setCurrentIndex(1)
    dialog.ui.recorder_combo.setCurrentIndex(2)
    qtbot.mouseClick(dialog.ui.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved is None
    assert "✖" in dialog.ui.issues_label.text()


def test_choosing_a_group_fills_its_members(qtbot, dialog, services, demo_branch):
    ui = dialog.ui
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(MeetingKind.XIAOZU))
    ui.group_combo.setCurrentIndex(1)
    group = ui.group_combo.currentData()
    entries = dialog.attendance.entries()
    assert entries and all(e.group_name == group for e in entries)
    assert len(entries) < 30


def test_a_draft_survives_and_is_offered_back(
    qtbot, services, demo_branch, tmp_path, message_boxes
):
    folder = tmp_path / "drafts"
    first = MeetingDialog(services, demo_branch.id, None, folder, today=TODAY)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.ui.title_edit, "draft title")
    first._write_draft()  # what the timer does a second after typing stops
    path = drafts.draft_path(folder, "meeting", demo_branch.id, None)
    assert path.exists()
    first.deleteLater()  # the app "dies": no save, no cancel
    message_boxes.answer = True
    second = MeetingDialog(services, demo_branch.id, None, folder, today=TODAY)
    qtbot.addWidget(second)
    assert message_boxes.kinds() == ["confirm"]
    assert second.ui.title_edit.text() == "draft title"


def test_copy_previous_setup(qtbot, dialog, services, demo_branch, message_boxes):
    held_on = date(2026, 11, 2)
    committee = services.meetings.expected_roster(demo_branch.id, MeetingKind.ZHIWEI, held_on)
    services.meetings.create(
        demo_branch.id,
        MeetingInput(
            kind=MeetingKind.ZHIWEI,
            title="11月支委会",
            held_on=held_on,
            place="团委办公室",
            chair_id=committee[0].member_id,
            recorder_id=committee[1].member_id,
            attendance=tuple(AttendanceInput(p.member_id, p.name, "present") for p in committee),
        ),
    )
    ui = dialog.ui
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(MeetingKind.ZHIWEI))
    qtbot.mouseClick(ui.copy_previous_button, Qt.MouseButton.LeftButton)
    previous = services.meetings.previous_setup(demo_branch.id, MeetingKind.ZHIWEI)
    assert isinstance(previous, MeetingInput)
    assert ui.place_edit.text() == previous.place
    assert ui.chair_combo.currentData() == previous.chair_id


def test_evaluation_and_registration_through_the_grids(qtbot, services, demo_branch, message_boxes):
    page = ReviewsPage(services, demo_branch.id, today=TODAY)
    qtbot.addWidget(page)
    page.ui.year_spin.setValue(TODAY.year)
    table = page.ui.evaluation_table
    rows = table.rowCount()
    assert rows >= 25
    for row in range(rows):
        for column in (E_PROPOSED, E_APPROVED):
            combo = table.cellWidget(row, column)
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(combo.findData("qualified"))
    first = table.cellWidget(0, E_APPROVED)
    assert isinstance(first, QComboBox)
    first.setCurrentIndex(first.findData("unqualified"))
    assert page.save_evaluation()
    sheet = services.reviews.evaluation_sheet(demo_branch.id, TODAY.year)
    assert sum(1 for line in sheet if line.approved_grade == "qualified") == rows - 1
    assert (
        next(line for line in sheet if line.approved_grade == "unqualified").recheck_due is not None
    )

    page.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.ui.register_all_button, Qt.MouseButton.LeftButton)
    registration = page.ui.registration_table
    unqualified_row = next(row for row, line in enumerate(page._registrations) if not line.eligible)
    combo = registration.cellWidget(unqualified_row, R_OUTCOME)
    assert isinstance(combo, QComboBox) and not combo.currentData()  # not registered automatically
    combo.setCurrentIndex(combo.findData("deferred"))
    registration.item(unqualified_row, 5).setText("评议不合格，限期改正")
    assert page.save_registration()
    saved = services.reviews.registration_sheet(demo_branch.id, TODAY.year)
    assert sum(1 for line in saved if line.outcome == "registered") == rows - 1
    assert next(line for line in saved if line.outcome == "deferred").defer_until is not None


def test_home_page_shows_what_is_due(qtbot, services, demo_branch):
    page = HomePage(services, demo_branch.id, today=TODAY)
    qtbot.addWidget(page)
    assert page.ui.calendar_table.rowCount() >= 4
    assert "支委会" in page.ui.todo_label.text() or "均已完成" in page.ui.todo_label.text()
