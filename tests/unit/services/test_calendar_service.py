"""CalendarService: the year plan counted from stored meetings, 评议 and 注册; the dashboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers.ids import make_id

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.services.container import build_services
from branchdesk.services.meeting_schemas import (
    AttendanceInput,
    EvaluationInput,
    MeetingInput,
    RegistrationInput,
)
from branchdesk.services.schemas import BranchInput
from branchdesk.store.engine import make_engine
from branchdesk.store.models import SQLModel

TODAY = date(2026, 6, 20)


@pytest.fixture
def engine():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def services(engine):
    return build_services(engine, today=lambda: TODAY)


@pytest.fixture
def branch(services):
    return services.branches.create(BranchInput(name="测试团支部", kind="enterprise"))


@pytest.fixture
def people(services, branch):
    def add(name, seq, **kw):
        born = date(2001, 3, seq)
        member = MemberInput(
            name=name,
            id_number=make_id(born, seq=seq),
            join_month=YearMonth(2019, 5),
            dev_number=f"201900{seq:06d}",
            **kw,
        )
        return services.members.create(branch.id, member).member.id

    return {
        "书记": add("王书记", 1, league_post="1"),
        "组委": add("李组委", 2, league_post="3"),
        "甲": add("陈甲", 3),
        "乙": add("周乙", 4),
        "党员": add("吴党员", 5, political_status="01"),
    }


def hold(services, branch, people, kind, day, absent=()):
    lines = tuple(
        AttendanceInput(
            e.member_id,
            e.name,
            "absent" if e.name in absent else "present",
            "病假" if e.name in absent else None,
        )
        for e in services.meetings.expected_roster(branch.id, kind, day)
    )
    meeting = MeetingInput(
        kind=kind,
        title=f"{day.month}月{kind}",
        held_on=day,
        chair_id=people["书记"],
        recorder_id=people["组委"],
        lecturer="王书记" if kind == "tuanke" else "",
        attendance=lines,
    )
    return services.meetings.create(branch.id, meeting).id


@pytest.fixture
def first_half(services, branch, people):
    """2026 up to 20 June: 支委会 every month but March, 主题团日 January–May, one 支部大会 in
    February, an 组织生活会 in March."""
    for month in (1, 2, 4, 5):
        hold(services, branch, people, "zhiwei", date(2026, month, 8))
    for month in (1, 2, 3, 4, 5):
        hold(services, branch, people, "theme_day", date(2026, month, 20))
    hold(services, branch, people, "dahui", date(2026, 2, 25))
    hold(services, branch, people, "shenghuohui", date(2026, 3, 12))


def cells(plan, item):
    return {s.index: (s.done, s.required, s.state) for s in plan if s.item == item}


def test_year_plan_counts_meetings_per_period(services, branch, people, first_half):
    plan = services.calendar.year_plan(branch.id, 2026)
    assert {s.item for s in plan} == {"dahui", "zhiwei", "theme_day", "pingyi", "zhuce"}
    zhiwei = cells(plan, "zhiwei")
    assert zhiwei[1] == (1, 1, "done") and zhiwei[2] == (1, 1, "done")
    assert zhiwei[3] == (0, 1, "overdue")
    assert zhiwei[6] == (0, 1, "due") and zhiwei[7] == (0, 1, "upcoming")
    assert cells(plan, "dahui") == {
        1: (1, 1, "done"),
        2: (0, 1, "due"),
        3: (0, 1, "upcoming"),
        4: (0, 1, "upcoming"),
    }
    theme = cells(plan, "theme_day")
    assert [theme[m][2] for m in range(1, 7)] == ["done"] * 5 + ["due"]
    assert cells(plan, "pingyi") == {1: (0, 1, "due")}
    # the 组织生活会 in March counts toward nothing: March has only its 主题团日
    assert sum(s.done for s in plan if s.index == 3 and s.period == "month") == 1


def test_deleted_meetings_do_not_count(services, branch, people):
    meeting_id = hold(services, branch, people, "zhiwei", date(2026, 3, 8))
    assert cells(services.calendar.year_plan(branch.id, 2026), "zhiwei")[3][2] == "done"
    services.meetings.delete(meeting_id)
    assert cells(services.calendar.year_plan(branch.id, 2026), "zhiwei")[3][2] == "overdue"


def test_evaluation_is_done_when_every_non_optional_member_is_graded(services, branch, people):
    def grade(*names):
        services.reviews.save_evaluations(
            branch.id,
            2025,
            [
                EvaluationInput(people[n], approved_grade="qualified", decided_on=date(2026, 1, 15))
                for n in names
            ],
        )

    grade("书记", "组委", "甲")
    assert cells(services.calendar.year_plan(branch.id, 2025), "pingyi")[1][:2] == (0, 1)
    grade("乙")  # the party member is optional
    plan = services.calendar.year_plan(branch.id, 2025)
    [pingyi] = [s for s in plan if s.item == "pingyi"]
    assert pingyi.state == "done" and len(pingyi.record_ids) == 1
    # decided in January 2026, it is still 2025's 评议
    assert cells(services.calendar.year_plan(branch.id, 2026), "pingyi")[1][0] == 0


def test_registration_is_done_when_everybody_has_an_outcome(services, branch, people):
    services.reviews.save_registrations(
        branch.id,
        2026,
        [
            RegistrationInput(people[n], "registered", decided_on=date(2026, 3, 1))
            for n in ("书记", "组委", "甲")
        ],
    )
    assert cells(services.calendar.year_plan(branch.id, 2026), "zhuce")[1][2] == "due"
    services.reviews.save_registrations(
        branch.id,
        2026,
        [RegistrationInput(people["乙"], "deferred", "外出务工未参加评议", date(2026, 3, 1))],
    )
    assert cells(services.calendar.year_plan(branch.id, 2026), "zhuce")[1] == (1, 1, "done")


def test_dashboard_names_what_is_late(services, branch, people, first_half):
    board = services.calendar.dashboard(branch.id)
    assert [(s.item, s.index) for s in board.overdue] == [("zhiwei", 3)]
    assert board.sentences[0] == "3月的支委会未召开（已逾期）"
    assert "本月还需召开支委会 1 次" in board.sentences
    assert "本季度还需召开支部大会 1 次" in board.sentences
    assert "今年的团员教育评议尚未完成" in board.sentences
    assert board.lapse_risk == []
    assert board.registration == []


def test_dashboard_flags_a_member_who_stopped_coming(services, branch, people, first_half):
    # 周乙 misses the June 主题团日; the others attend it. Six whole months after 周乙's last
    # meeting (20 May) only 周乙 is at risk of 自行脱团.
    hold(services, branch, people, "theme_day", date(2026, 6, 20), absent=("周乙",))
    july = build_services(services.engine, today=lambda: date(2026, 7, 9))
    assert july.calendar.dashboard(branch.id).lapse_risk == []
    november = build_services(services.engine, today=lambda: date(2026, 11, 21))
    assert november.calendar.dashboard(branch.id).lapse_risk == [(people["乙"], "周乙")]


def test_dashboard_carries_last_years_late_items_into_january(engine, branch, people):
    january = build_services(engine, today=lambda: date(2026, 1, 10))
    november = build_services(engine, today=lambda: date(2025, 11, 30))
    hold(november, branch, people, "zhiwei", date(2025, 11, 5))
    hold(november, branch, people, "theme_day", date(2025, 11, 6))
    hold(november, branch, people, "dahui", date(2025, 11, 7))
    board = january.calendar.dashboard(branch.id)
    late = [(s.start.year, s.item, s.index) for s in board.overdue]
    assert (2025, "zhiwei", 12) in late and (2025, "theme_day", 12) in late
    assert (2025, "pingyi", 1) in late
    assert not any(year == 2025 and index == 10 for year, _item, index in late)  # before records
    assert not any(item == "dahui" for _year, item, _index in late)  # Q4 was held
    assert "2025年12月的支委会未召开（已逾期）" in board.sentences


def test_a_branch_without_records_is_not_told_everything_is_late(services, branch, people):
    board = services.calendar.dashboard(branch.id)
    assert board.overdue == [] and board.lapse_risk == []
    assert "本月还需召开支委会 1 次" in board.sentences


@pytest.mark.parametrize("today", [date(2026, 11, 27), date(2027, 1, 3), date(2028, 2, 29)])
def test_demo_has_a_year_of_meetings_and_exactly_one_late_committee_meeting(engine, today):
    from branchdesk.errors import ConflictError
    from branchdesk.services.demo import load_demo

    services = build_services(engine, today=lambda: today)
    demo = load_demo(services)
    board = services.calendar.dashboard(demo.id)
    missed = today.replace(day=1) - timedelta(days=1)
    assert [(s.item, s.start.year, s.index) for s in board.overdue] == [
        ("zhiwei", missed.year, missed.month)
    ]
    assert board.lapse_risk == []
    rows = services.meetings.list(demo.id)
    kinds = {row.kind for row in rows}
    assert kinds == {"dahui", "zhiwei", "xiaozu", "tuanke", "theme_day"}
    assert not any(row.breach for row in rows)
    assert all(row.held_on <= today for row in rows)
    assert any(row.present < row.expected for row in rows)  # a few 请假/缺席
    last_year = services.reviews.evaluation_sheet(demo.id, today.year - 1)
    graded = [r.approved_grade for r in last_year if not r.optional]
    assert all(graded) and graded.count("excellent") * 10 <= len(graded) * 3
    assert all(r.exempt for r in last_year if r.optional)
    registered = services.reviews.registration_sheet(demo.id, today.year)
    assert all(r.outcome for r in registered)
    assert [r.outcome for r in registered if not r.eligible] == ["deferred"]
    with pytest.raises(ConflictError):
        load_demo(services)
