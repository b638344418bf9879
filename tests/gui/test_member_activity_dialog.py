"""A member's League activity: meetings, the yearly summary, the 自行脱团 flag, the ways in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from branchdesk.domain import vocab
from branchdesk.domain.meetings import MeetingKind, Presence
from branchdesk.domain.reviews import Grade, RegistrationOutcome
from branchdesk.errors import NotFoundError
from branchdesk.paths import AppPaths
from branchdesk.services.meeting_schemas import (
    AttendanceInput,
    EvaluationInput,
    MeetingInput,
    RegistrationInput,
)
from branchdesk.services.schemas import MemberFilter
from branchdesk.ui.dialogs import meeting_dialog, member_activity_dialog
from branchdesk.ui.dialogs.member_activity_dialog import ActivityModel, MemberActivityDialog
from branchdesk.ui.dialogs.member_dialog import MemberDialog
from branchdesk.ui.events import AppEvents
from branchdesk.ui.home_page import HomePage
from branchdesk.ui.main_window import MainWindow

PRESENT, LEAVE, ABSENT = Presence.PRESENT.value, Presence.LEAVE.value, Presence.ABSENT.value


@dataclass
class Story:
    """Two members with a history; ``meetings`` by name, ``newest`` the newest meeting's id."""

    branch_id: int
    active: int  # attends, was on leave once, absent once; evaluated and registered
    lapsed: int  # last attended 2026-03-10: eight whole months before 2026-11-27
    meetings: dict[str, int]


def _line(services, member_id: int, presence: str, reason: str | None = None) -> AttendanceInput:
    return AttendanceInput(member_id, services.members.get(member_id).name, presence, reason)


@pytest.fixture
def story(services, demo_branch) -> Story:
    ids = services.members.list_ids(demo_branch.id, MemberFilter())
    members = [services.members.get(member_id) for member_id in ids]
    ordinary = [
        m.id
        for m in members
        if m.data.political_status not in vocab.PARTY_CODES and not m.data.league_post
    ]
    active, lapsed = ordinary[0], ordinary[1]
    chair, recorder = ids[0], ids[1]

    def meeting(kind: str, title: str, day: date, lines, **extra) -> int:
        data = MeetingInput(
            kind=kind,
            title=title,
            held_on=day,
            chair_id=chair,
            recorder_id=recorder,
            attendance=tuple(lines),
            **extra,
        )
        return services.meetings.create(demo_branch.id, data).id

    def line(member_id: int, presence: str, reason: str | None = None) -> AttendanceInput:
        return _line(services, member_id, presence, reason)

    made = {
        "lesson_2025": meeting(
            MeetingKind.TUANKE,
            "团课：团章学习",
            date(2025, 12, 20),
            [line(active, PRESENT), line(lapsed, PRESENT)],
            hours=Decimal("1.5"),
            lecturer="王老师",
        ),
        "march": meeting(
            MeetingKind.DAHUI,
            "2026年第1季度支部大会",
            date(2026, 3, 10),
            [line(active, PRESENT), line(lapsed, PRESENT)],
        ),
        "june": meeting(
            MeetingKind.DAHUI,
            "2026年第2季度支部大会",
            date(2026, 6, 15),
            [line(active, LEAVE, "出差"), line(lapsed, ABSENT, "无故缺席")],
        ),
        "september": meeting(
            MeetingKind.THEME_DAY,
            "9月主题团日",
            date(2026, 9, 20),
            [line(active, ABSENT, "未请假"), line(lapsed, ABSENT, "未请假")],
        ),
        "lesson_2026": meeting(
            MeetingKind.TUANKE,
            "团课：青年与时代",
            date(2026, 10, 25),
            [line(active, PRESENT), line(lapsed, LEAVE, "值班")],
            hours=Decimal("2.5"),
            lecturer="李书记",
        ),
    }
    services.reviews.save_evaluations(
        demo_branch.id,
        2025,
        [
            EvaluationInput(
                member_id=active,
                proposed_grade=Grade.QUALIFIED,
                approved_grade=Grade.QUALIFIED,
                decided_on=date(2025, 12, 28),
            )
        ],
    )
    services.reviews.save_registrations(
        demo_branch.id,
        2026,
        [RegistrationInput(active, RegistrationOutcome.REGISTERED, "", date(2026, 3, 15))],
    )
    return Story(demo_branch.id, active, lapsed, made)


@pytest.fixture
def make_dialog(qtbot, services, tmp_path):
    def make(member_id: int, events: AppEvents | None = None) -> MemberActivityDialog:
        dialog = MemberActivityDialog(services, member_id, tmp_path / "drafts", events)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def _cells(dialog: MemberActivityDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _years(dialog: MemberActivityDialog) -> list[list[str]]:
    table = dialog.ui.years_table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_every_meeting_newest_first_with_absences_tinted(qtbot, story, make_dialog):
    dialog = make_dialog(story.active)
    ModelTester(qtbot).check(dialog.model)  # type: ignore[no-untyped-call]
    assert _cells(dialog) == [
        ["2026-10-25", "团课", "团课：青年与时代", "出席", ""],
        ["2026-09-20", "主题团日", "9月主题团日", "缺席", "未请假"],
        ["2026-06-15", "支部大会", "2026年第2季度支部大会", "请假", "出差"],
        ["2026-03-10", "支部大会", "2026年第1季度支部大会", "出席", ""],
        ["2025-12-20", "团课", "团课：团章学习", "出席", ""],
    ]
    background = Qt.ItemDataRole.BackgroundRole
    tinted = [
        dialog.model.data(dialog.model.index(row, 0), background) is not None
        for row in range(dialog.model.rowCount())
    ]
    assert tinted == [False, True, True, False, False]
    assert dialog.model.line(0).meeting_id == story.meetings["lesson_2026"]


def test_the_yearly_summary_counts_attendance_and_lesson_hours(story, make_dialog):
    dialog = make_dialog(story.active)
    assert _years(dialog) == [
        ["2026", "2/4", "50.0%", "2.5", "", "注册"],
        ["2025", "1/1", "100.0%", "1.5", "合格", ""],
    ]
    assert "2025-12-20" not in dialog.ui.details_label.text()
    assert "2026-10-25" in dialog.ui.details_label.text()
    assert dialog.ui.lapse_label.isHidden()


def test_six_months_without_league_life_is_flagged(story, make_dialog):
    dialog = make_dialog(story.lapsed)
    label = dialog.ui.lapse_label
    assert label.isVisibleTo(dialog)
    # Last attended 2026-03-10; today is 2026-11-27: eight whole months.
    assert "8" in label.text() and "risk of lapsing" in label.text()
    assert _years(dialog)[0][:4] == ["2026", "1/4", "25.0%", "0"]


def test_double_click_opens_the_meeting_and_a_save_reloads(
    qtbot, story, make_dialog, monkeypatch, services
):
    opened: list[int] = []

    def fake_open(cls, parent, services_, meeting_id, drafts_dir):
        opened.append(meeting_id)
        return services.meetings.get(meeting_id)  # as if saved

    monkeypatch.setattr(meeting_dialog.MeetingDialog, "open_meeting", classmethod(fake_open))
    events = AppEvents()
    dialog = make_dialog(story.active, events)
    table = dialog.ui.meetings_table
    rect = table.visualRect(dialog.model.index(2, ActivityModel.COL_TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(events.meetings_changed, timeout=1000):
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [story.meetings["june"]]
    assert dialog.isVisible()


def test_enter_opens_the_meeting_without_closing_and_esc_closes(
    qtbot, story, make_dialog, monkeypatch
):
    opened: list[int] = []
    monkeypatch.setattr(
        meeting_dialog.MeetingDialog,
        "open_meeting",
        classmethod(lambda cls, parent, services, meeting_id, drafts: opened.append(meeting_id)),
    )
    dialog = make_dialog(story.active)
    table = dialog.ui.meetings_table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [story.meetings["lesson_2026"]]
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_meeting_that_cannot_be_opened_is_explained(
    qtbot, story, make_dialog, monkeypatch, message_boxes
):
    def gone(cls, parent, services, meeting_id, drafts_dir):
        raise NotFoundError("找不到该会议记录")

    monkeypatch.setattr(meeting_dialog.MeetingDialog, "open_meeting", classmethod(gone))
    dialog = make_dialog(story.active)
    table = dialog.ui.meetings_table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert message_boxes.kinds() == ["error"]
    assert dialog.isVisible()


def test_the_members_menu_action_needs_one_selected_member(
    qtbot, services, story, tmp_path, monkeypatch
):
    shown: list[int] = []
    monkeypatch.setattr(
        member_activity_dialog.MemberActivityDialog,
        "show_for",
        classmethod(lambda cls, parent, s, member_id, drafts=None, **kw: shown.append(member_id)),
    )
    window = MainWindow(services, AppPaths(tmp_path), services.branches.get(story.branch_id))
    qtbot.addWidget(window)
    window.show()
    action = window.ui.member_activity_action
    table = window.member_page.ui.members_table
    table.clearSelection()
    assert not action.isEnabled()
    table.selectRow(2)
    assert action.isEnabled()
    action.trigger()
    assert shown == [window.member_model.member_id(2)]
    table.selectAll()
    assert not action.isEnabled()
    table.selectRow(0)
    window.ui.show_trash_action.setChecked(True)
    assert not action.isEnabled()


def test_the_member_editor_button_opens_the_activity(qtbot, services, story):
    asked: list[int] = []
    member = services.members.get(story.lapsed)
    editor = MemberDialog(services.members, story.branch_id, member, [], show_activity=asked.append)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.ui.activity_button.isVisible()
    qtbot.mouseClick(editor.ui.activity_button, Qt.MouseButton.LeftButton)
    assert asked == [story.lapsed]
    for hidden in (
        MemberDialog(services.members, story.branch_id, None, [], show_activity=asked.append),
        MemberDialog(services.members, story.branch_id, member, []),
    ):
        qtbot.addWidget(hidden)
        assert not hidden.ui.activity_button.isVisibleTo(hidden)


def test_names_at_risk_on_the_home_page_are_links(qtbot, services, story):
    page = HomePage(services, story.branch_id, today=date(2026, 11, 27))
    qtbot.addWidget(page)
    assert f'href="member:{story.lapsed}"' in page.ui.watch_label.text()
    assert f'href="member:{story.active}"' not in page.ui.watch_label.text()
    with qtbot.waitSignal(page.member_requested, timeout=1000) as blocker:
        page.ui.watch_label.linkActivated.emit(f"member:{story.lapsed}")
    assert blocker.args == [story.lapsed]


def test_the_window_opens_the_activity_from_the_home_page(
    qtbot, services, story, tmp_path, monkeypatch
):
    shown: list[int] = []
    monkeypatch.setattr(
        member_activity_dialog.MemberActivityDialog,
        "show_for",
        classmethod(lambda cls, parent, s, member_id, drafts=None, **kw: shown.append(member_id)),
    )
    window = MainWindow(services, AppPaths(tmp_path), services.branches.get(story.branch_id))
    qtbot.addWidget(window)
    window.home_page.ui.watch_label.linkActivated.emit(f"member:{story.lapsed}")
    assert shown == [story.lapsed]
