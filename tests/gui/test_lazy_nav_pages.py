"""Every page of the main window but the first loads its data when first shown (issue 9).

At a 团委's scale (bench/: 20,000 members in one branch) the 会议, 发展团员, 组织关系转接 and 报表
pages each cost up to 1.5 s at start-up when built eagerly; they now read nothing until shown,
and what they show then is the same as an eager load.
"""

from __future__ import annotations

from datetime import date

import pytest

from branchdesk.domain.meetings import MeetingKind
from branchdesk.paths import AppPaths
from branchdesk.services.meeting_schemas import AttendanceInput, MeetingInput
from branchdesk.ui.main_window import MainWindow


@pytest.fixture
def with_meetings(services, demo_branch):
    """Two 支委会 of this year (the meetings page and the report options list this year's)."""
    year = date.today().year
    for month in (3, 6):
        held_on = date(year, month, 2)
        committee = services.meetings.expected_roster(demo_branch.id, MeetingKind.ZHIWEI, held_on)
        services.meetings.create(
            demo_branch.id,
            MeetingInput(
                kind=MeetingKind.ZHIWEI,
                title=f"{month}月支委会",
                held_on=held_on,
                place="团委办公室",
                chair_id=committee[0].member_id,
                recorder_id=committee[1].member_id,
                attendance=tuple(
                    AttendanceInput(p.member_id, p.name, "present") for p in committee
                ),
            ),
        )
    return demo_branch


def _spy(monkeypatch, calls, target, name, label):
    real = getattr(target, name)

    def spy(*args, **kwargs):
        calls.append(label)
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, spy)


def test_pages_read_nothing_until_first_shown(
    qtbot, services, with_meetings, tmp_path, monkeypatch
):
    calls: list[str] = []
    _spy(monkeypatch, calls, services.meetings, "list", "meetings")
    _spy(monkeypatch, calls, services.transfers, "rows", "transfers")
    _spy(monkeypatch, calls, services.transfers, "graduates", "graduates")
    _spy(monkeypatch, calls, services.recruitment, "applicants", "recruitment")
    window = MainWindow(services, AppPaths(tmp_path), with_meetings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert calls == []  # the home page is on screen; no other page has read anything

    nav, pages = window.ui.nav_list, window.ui.pages
    nav.setCurrentRow(pages.indexOf(window.meetings_page))
    assert calls == ["meetings"]
    assert window.meetings_page.model.rowCount() > 0

    calls.clear()
    nav.setCurrentRow(pages.indexOf(window.recruitment_page))
    assert calls == ["recruitment"]
    calls.clear()
    nav.setCurrentRow(pages.indexOf(window.transfers_page))
    assert calls[0] == "transfers" and "graduates" in calls
    calls.clear()
    nav.setCurrentRow(pages.indexOf(window.reports_page))
    assert calls == ["meetings"]  # the meeting choices of the report options

    calls.clear()
    nav.setCurrentRow(pages.indexOf(window.meetings_page))
    assert calls == []  # shown again without a change: nothing to reload


def test_a_change_while_hidden_reloads_on_the_next_show(
    qtbot, services, with_meetings, tmp_path, monkeypatch
):
    window = MainWindow(services, AppPaths(tmp_path), with_meetings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    nav, pages = window.ui.nav_list, window.ui.pages
    nav.setCurrentRow(pages.indexOf(window.meetings_page))
    shown = window.meetings_page.model.rowCount()
    assert shown > 0
    nav.setCurrentRow(0)
    calls: list[str] = []
    _spy(monkeypatch, calls, services.meetings, "list", "meetings")
    window.meetings_page.reload()  # e.g. a meeting was saved elsewhere: marked, not read
    window.transfers_page.reload()
    assert calls == []
    nav.setCurrentRow(pages.indexOf(window.meetings_page))
    assert calls == ["meetings"]
    assert window.meetings_page.model.rowCount() == shown


def test_lazy_pages_show_what_an_eager_load_shows(qtbot, services, with_meetings, tmp_path):
    from branchdesk.ui.meetings_page import MeetingsPage
    from branchdesk.ui.transfers_page import TransfersPage

    window = MainWindow(services, AppPaths(tmp_path), with_meetings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    eager_meetings = MeetingsPage(services, with_meetings.id)  # no parent: loads at once
    eager_transfers = TransfersPage(services, with_meetings.id)
    qtbot.addWidget(eager_meetings)
    qtbot.addWidget(eager_transfers)
    nav, pages = window.ui.nav_list, window.ui.pages
    nav.setCurrentRow(pages.indexOf(window.meetings_page))
    nav.setCurrentRow(pages.indexOf(window.transfers_page))
    lazy_m, eager_m = window.meetings_page.model, eager_meetings.model
    assert lazy_m.rowCount() == eager_m.rowCount() > 0
    assert [lazy_m.meeting_row(r).id for r in range(lazy_m.rowCount())] == [
        eager_m.meeting_row(r).id for r in range(eager_m.rowCount())
    ]
    lazy_t, eager_t = window.transfers_page.ui, eager_transfers.ui
    assert lazy_t.transfers_table.rowCount() == eager_t.transfers_table.rowCount()
    assert lazy_t.graduates_table.rowCount() == eager_t.graduates_table.rowCount()
    combo = window.reports_page.ui.meeting_combo
    nav.setCurrentRow(pages.indexOf(window.reports_page))
    assert combo.count() == len(
        services.meetings.list(with_meetings.id, window.reports_page.ui.year_spin.value())
    )
