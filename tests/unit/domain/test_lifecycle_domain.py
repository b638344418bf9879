"""domain.lifecycle: leaving eligibility, probation in force, discipline and 推优 rules."""

from __future__ import annotations

from datetime import date

import pytest

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.lifecycle import (
    DisciplineFacts,
    LeaveRequest,
    LifecycleRules,
    MemberFacts,
    aged_out_block,
    check_close,
    check_discipline,
    check_leave,
    check_recommendation,
    in_force,
    lapse_candidate,
    lifecycle_rules,
    probation_due,
    under_probation,
)
from branchdesk.domain.profiles import index_profiles, parse_profile, resolve
from branchdesk.resources import resource_path

RULES = LifecycleRules()
TODAY = date(2026, 11, 27)


def member(**kw) -> MemberFacts:
    values = {
        "name": "张三",
        "status": "active",
        "birth_date": date(2000, 1, 1),
        "league_post": None,
        "join_month": YearMonth(2015, 5),
    }
    values.update(kw)
    return MemberFacts(**values)


def test_rules_come_from_the_profile():
    folder = resource_path("profiles")
    profiles = index_profiles(
        parse_profile(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.toml"))
    )
    rules = lifecycle_rules(resolve(profiles, "national"))
    assert rules == LifecycleRules(28, 6, (6, 12), 30, 18, 1, 2)


def test_aged_out_on_the_28th_birthday_and_not_with_a_post():
    born = date(1998, 11, 27)
    assert aged_out_block(member(birth_date=born), date(2026, 11, 26), RULES) == (
        "2026-11-27才满28周岁"
    )
    assert aged_out_block(member(birth_date=born), TODAY, RULES) is None
    assert "书记" in aged_out_block(member(birth_date=born, league_post="1"), TODAY, RULES)
    assert "出生日期" in aged_out_block(member(birth_date=None), TODAY, RULES)


def test_leave_of_a_member_already_out_is_one_error():
    issues = check_leave(
        member(status="transferred"), LeaveRequest("withdrawn", TODAY), TODAY, RULES
    )
    assert [i.message for i in issues] == ["张三的团籍状态已是“已转出”，不能再办理离团"]


def test_leave_date_before_joining_and_warning_without_meeting():
    issues = check_leave(member(), LeaveRequest("removed", date(2015, 4, 30), "x"), TODAY, RULES)
    assert [(i.field, i.is_error) for i in issues] == [("on", True), ("meeting_id", False)]
    assert check_leave(member(), LeaveRequest("removed", TODAY, "x", 5), TODAY, RULES) == []


def probation(decided, ends, outcome=None, closed=None):
    return DisciplineFacts("probation", decided, ends, outcome, closed)


@pytest.mark.parametrize(
    ("record", "day", "expected"),
    [
        (probation(date(2026, 1, 1), date(2026, 7, 1)), date(2025, 12, 31), False),
        (probation(date(2026, 1, 1), date(2026, 7, 1)), date(2026, 1, 1), True),
        (probation(date(2026, 1, 1), date(2026, 7, 1)), date(2026, 8, 1), True),  # no outcome
        (
            probation(date(2026, 1, 1), date(2026, 7, 1), "restored", date(2026, 7, 2)),
            date(2026, 6, 30),
            True,
        ),
        (
            probation(date(2026, 1, 1), date(2026, 7, 1), "restored", date(2026, 7, 2)),
            date(2026, 7, 2),
            False,
        ),
        (DisciplineFacts("warning", date(2026, 1, 1)), date(2026, 2, 1), False),
    ],
)
def test_in_force(record, day, expected):
    assert in_force(record, day) is expected
    assert under_probation([record], day) is expected


def test_discipline_checks():
    open_one = [probation(date(2026, 1, 1), date(2026, 7, 1))]
    issues = check_discipline(member(), "probation", TODAY, 3, "违纪", 1, open_one, TODAY, RULES)
    assert {i.message for i in issues} == {
        "留团察看期限应为6或12个月",
        "张三正在留团察看期内，不能重复给予留团察看",
    }
    assert check_discipline(member(), "probation", TODAY, 12, "违纪", 1, [], TODAY, RULES) == []
    gone = check_discipline(
        member(status="expelled"), "warning", TODAY, None, "x", 1, [], TODAY, RULES
    )
    assert "不能给予团纪处分" in gone[0].message


def test_closing_a_probation():
    record = probation(date(2026, 1, 1), date(2026, 7, 1))
    early = check_close(record, "restored", date(2026, 5, 1), TODAY)
    assert [i.is_error for i in early] == [False]
    assert (
        check_close(record, "restored", date(2025, 5, 1), TODAY)[0].message
        == "结论日期早于处分决定日期"
    )
    assert (
        check_close(DisciplineFacts("warning", TODAY), "restored", TODAY, TODAY)[0].field == "kind"
    )


def test_probation_due():
    soon = probation(date(2026, 6, 15), date(2026, 12, 15))
    assert probation_due(soon, TODAY, RULES).overdue is False
    assert probation_due(probation(date(2026, 1, 1), date(2027, 1, 1)), TODAY, RULES) is None
    assert probation_due(probation(date(2026, 1, 1), date(2026, 7, 1)), TODAY, RULES).overdue
    done = probation(date(2026, 1, 1), date(2026, 7, 1), "restored", date(2026, 7, 1))
    assert probation_due(done, TODAY, RULES) is None


def test_lapse_candidate_after_six_months():
    assert lapse_candidate(date(2026, 5, 27), None, TODAY, RULES)
    assert not lapse_candidate(date(2026, 5, 28), None, TODAY, RULES)
    assert lapse_candidate(None, date(2026, 1, 1), TODAY, RULES)
    assert not lapse_candidate(None, None, TODAY, RULES)


def test_recommendation_rules():
    ok = member(birth_date=date(2006, 1, 1), join_month=YearMonth(2021, 5))
    assert check_recommendation(ok, date(2026, 6, 1), None, False, TODAY, RULES) == []
    young = member(birth_date=date(2008, 7, 1), join_month=YearMonth(2022, 5))
    assert (
        "未满18周岁"
        in check_recommendation(young, date(2026, 6, 1), None, False, TODAY, RULES)[0].message
    )
    new = member(join_month=YearMonth(2025, 7))
    assert (
        "团龄不满1年"
        in check_recommendation(new, date(2026, 6, 1), None, False, TODAY, RULES)[0].message
    )
    found = check_recommendation(ok, date(2026, 6, 1), date(2026, 5, 1), True, TODAY, RULES)
    assert {i.field for i in found} == {"status", "confirmed_on"}
