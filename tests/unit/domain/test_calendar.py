"""The 三会两制一课 calendar: requirements per profile, the year plan, the home-page summary, and
the six-months-without-组织生活 flag."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.domain import calendar as cal
from branchdesk.domain.calendar import (
    PeriodStatus,
    Requirement,
    carried_forward,
    lapse_months,
    lapse_risk,
    months_without,
    periods,
    requirements,
    summary,
    year_plan,
)
from branchdesk.domain.dates import add_months
from branchdesk.domain.profiles import Profile, ProfileData, index_profiles, parse_profile, resolve

PROFILE_DIR = Path(__file__).resolve().parents[3] / "resources" / "profiles"
PROFILE_KEYS = ("national", "jilin-2021")


def _shipped() -> dict[str, ProfileData]:
    return index_profiles(
        parse_profile(path.read_text(encoding="utf-8"))
        for path in sorted(PROFILE_DIR.glob("*.toml"))
    )


SHIPPED = _shipped()
PROFILES = {key: resolve(SHIPPED, key) for key in PROFILE_KEYS}


@pytest.fixture(params=PROFILE_KEYS)
def profile(request: pytest.FixtureRequest) -> Profile:
    return PROFILES[request.param]


def find(plan: Sequence[PeriodStatus], item: str, index: int) -> PeriodStatus:
    (status,) = [s for s in plan if s.item == item and s.index == index]
    return status


def states(plan: Sequence[PeriodStatus], item: str) -> list[str]:
    return [s.state for s in plan if s.item == item]


# --- requirements -----------------------------------------------------------------------------


def test_requirements_of_the_shipped_profiles(profile: Profile) -> None:
    assert requirements(profile) == [
        Requirement("dahui", "支部大会", "quarter", 1),
        Requirement("zhiwei", "支委会", "month", 1),
        Requirement("theme_day", "主题团日", "month", 1),
        Requirement("pingyi", "团员教育评议", "year", 1),
        Requirement("zhuce", "团籍注册", "year", 1),
    ]


def test_requirements_follow_overrides() -> None:
    custom = resolve(
        SHIPPED,
        "jilin-2021",
        {
            "meeting.dahui.per_quarter": 2,
            "meeting.zhiwei.per_month": 2,
            "meeting.xiaozu.per_month": 1,
            "meeting.tuanke.rule": {"count": 1, "per": "month"},
            "meeting.theme_day.per_month": 0,
        },
    )
    assert [(r.item, r.period, r.count) for r in requirements(custom)] == [
        ("dahui", "quarter", 2),
        ("zhiwei", "month", 2),
        ("xiaozu", "month", 1),
        ("tuanke", "month", 1),
        ("pingyi", "year", 1),
        ("zhuce", "year", 1),
    ]
    assert requirements(custom)[2].label == "团小组会"


@pytest.mark.parametrize(
    ("per", "period"),
    [
        ("quarter", "quarter"),
        ("half_year", "half_year"),
        ("semester", "half_year"),
        ("school_year", "year"),
        ("year", "year"),
    ],
)
def test_tuanke_periods(per: str, period: str) -> None:
    custom = resolve(SHIPPED, "national", {"meeting.tuanke.rule": {"count": 4, "per": per}})
    (tuanke,) = [r for r in requirements(custom) if r.item == "tuanke"]
    assert tuanke == Requirement("tuanke", "团课", period, 4)


# --- periods ----------------------------------------------------------------------------------


def test_periods() -> None:
    assert periods(2025, "quarter") == [
        (1, date(2025, 1, 1), date(2025, 3, 31)),
        (2, date(2025, 4, 1), date(2025, 6, 30)),
        (3, date(2025, 7, 1), date(2025, 9, 30)),
        (4, date(2025, 10, 1), date(2025, 12, 31)),
    ]
    assert periods(2025, "year") == [(1, date(2025, 1, 1), date(2025, 12, 31))]
    assert periods(2025, "half_year")[1] == (2, date(2025, 7, 1), date(2025, 12, 31))
    months = periods(2025, "month")
    assert len(months) == 12
    assert months[11] == (12, date(2025, 12, 1), date(2025, 12, 31))


def test_february_and_leap_years() -> None:
    assert periods(2024, "month")[1] == (2, date(2024, 2, 1), date(2024, 2, 29))
    assert periods(2025, "month")[1] == (2, date(2025, 2, 1), date(2025, 2, 28))
    assert periods(2100, "month")[1][2] == date(2100, 2, 28)  # not a leap year
    reqs = [Requirement("zhiwei", "支委会", "month", 1)]
    plan = year_plan(2024, reqs, {"zhiwei": [(date(2024, 2, 29), 7)]}, date(2024, 3, 1))
    february = find(plan, "zhiwei", 2)
    assert (february.state, february.record_ids) == ("done", (7,))
    assert find(plan, "zhiwei", 3).state == "due"
    # On 29 February itself the month is still open.
    plan = year_plan(2024, reqs, {}, date(2024, 2, 29))
    assert find(plan, "zhiwei", 2).state == "due"
    assert find(plan, "zhiwei", 1).state == "overdue"


# --- the year plan ----------------------------------------------------------------------------

TODAY = date(2025, 5, 15)


def fixture_held() -> dict[str, list[tuple[date, int]]]:
    """2025 up to mid-May: 支部大会 missed in Q1, 支委会 every month but May, 主题团日 missed in
    March; May's 主题团日 done early."""
    return {
        "dahui": [(date(2024, 12, 20), 1)],  # last year's: does not count
        "zhiwei": [(date(2025, month, 8), 10 + month) for month in (1, 2, 3, 4)],
        "theme_day": [
            (date(2025, 1, 31), 21),
            (date(2025, 2, 1), 22),
            (date(2025, 4, 30), 24),
            (date(2025, 5, 4), 25),
        ],
    }


def test_year_plan_on_a_fixture(profile: Profile) -> None:
    plan = year_plan(2025, requirements(profile), fixture_held(), TODAY)
    assert len(plan) == 4 + 12 + 12 + 1 + 1
    assert states(plan, "dahui") == ["overdue", "due", "upcoming", "upcoming"]
    assert states(plan, "zhiwei") == ["done"] * 4 + ["due"] + ["upcoming"] * 7
    assert (
        states(plan, "theme_day") == ["done", "done", "overdue", "done", "done"] + ["upcoming"] * 7
    )
    assert states(plan, "pingyi") == ["due"]
    april = find(plan, "zhiwei", 4)
    assert (april.start, april.end, april.required, april.done) == (
        date(2025, 4, 1),
        date(2025, 4, 30),
        1,
        1,
    )
    assert april.record_ids == (14,)
    assert april.missing == 0
    q1 = find(plan, "dahui", 1)
    assert (q1.done, q1.missing, q1.record_ids) == (0, 1, ())
    assert find(plan, "theme_day", 1).record_ids == (21,)
    assert find(plan, "theme_day", 2).record_ids == (22,)


def test_a_current_month_half_done() -> None:
    reqs = [Requirement("zhiwei", "支委会", "month", 2)]
    held = {"zhiwei": [(date(2025, 5, 6), 3)]}
    may = find(year_plan(2025, reqs, held, TODAY), "zhiwei", 5)
    assert (may.state, may.done, may.missing) == ("due", 1, 1)
    assert "本月还需召开支委会 1 次" in summary(year_plan(2025, reqs, held, TODAY), TODAY)
    # Two in one month cover that month only.
    held = {"zhiwei": [(date(2025, 5, 6), 3), (date(2025, 5, 9), 4), (date(2025, 5, 10), 5)]}
    plan = year_plan(2025, reqs, held, TODAY)
    assert find(plan, "zhiwei", 5).state == "done"
    assert find(plan, "zhiwei", 5).missing == 0
    assert find(plan, "zhiwei", 4).state == "overdue"


def test_a_future_month() -> None:
    reqs = [Requirement("theme_day", "主题团日", "month", 1)]
    plan = year_plan(2025, reqs, {}, TODAY)
    june = find(plan, "theme_day", 6)
    assert (june.state, june.done, june.missing) == ("upcoming", 0, 1)
    # Something already recorded for a future period counts as done.
    plan = year_plan(2025, reqs, {"theme_day": [(date(2025, 6, 1), 9)]}, TODAY)
    assert find(plan, "theme_day", 6).state == "done"


def test_the_last_day_of_a_period_is_still_due() -> None:
    reqs = [Requirement("dahui", "支部大会", "quarter", 1)]
    assert find(year_plan(2025, reqs, {}, date(2025, 3, 31)), "dahui", 1).state == "due"
    assert find(year_plan(2025, reqs, {}, date(2025, 4, 1)), "dahui", 1).state == "overdue"
    held = {"dahui": [(date(2025, 3, 31), 1)]}
    assert find(year_plan(2025, reqs, held, date(2025, 4, 1)), "dahui", 1).state == "done"


def test_a_past_year_is_all_done_or_overdue(profile: Profile) -> None:
    held = {
        "dahui": [(date(2023, 2, 1), 1), (date(2023, 5, 1), 2), (date(2023, 11, 1), 4)],
        "zhiwei": [(date(2023, month, 5), month) for month in range(1, 13)],
        "theme_day": [(date(2023, month, 5), month) for month in range(1, 13) if month != 7],
        "pingyi": [(date(2023, 12, 10), 1)],
        "zhuce": [(date(2024, 1, 10), 1)],  # next year's registration does not count for 2023
    }
    plan = year_plan(2023, requirements(profile), held, TODAY)
    assert {s.state for s in plan} == {"done", "overdue"}
    assert states(plan, "dahui") == ["done", "done", "overdue", "done"]
    assert find(plan, "theme_day", 7).state == "overdue"
    assert states(plan, "zhuce") == ["overdue"]
    assert summary(plan, TODAY) == [
        "2023年7月的主题团日未开展（已逾期）",
        "2023年第三季度的支部大会未召开（已逾期）",
        "2023年的团籍注册未完成（已逾期）",
    ]


def test_a_future_year_is_upcoming(profile: Profile) -> None:
    plan = year_plan(2026, requirements(profile), {}, TODAY)
    assert {s.state for s in plan} == {"upcoming"}
    assert carried_forward(plan, TODAY) == []


def test_carried_forward_oldest_first(profile: Profile) -> None:
    held: Mapping[str, Sequence[tuple[date, int]]] = {}
    plan = year_plan(2025, requirements(profile), held, TODAY)
    late = carried_forward(plan, TODAY)
    assert [(s.item, s.index) for s in late] == [
        ("zhiwei", 1),
        ("theme_day", 1),
        ("zhiwei", 2),
        ("theme_day", 2),
        ("dahui", 1),  # ends with March but began in January
        ("zhiwei", 3),
        ("theme_day", 3),
        ("zhiwei", 4),
        ("theme_day", 4),
    ]
    assert all(s.state == "overdue" for s in late)


# --- the summary ------------------------------------------------------------------------------


def test_summary_on_the_fixture(profile: Profile) -> None:
    plan = year_plan(2025, requirements(profile), fixture_held(), TODAY)
    assert summary(plan, TODAY) == [
        "第一季度的支部大会未召开（已逾期）",
        "3月的主题团日未开展（已逾期）",
        "本季度还需召开支部大会 1 次",
        "本月还需召开支委会 1 次",
        "今年的团员教育评议尚未完成",
        "今年的团籍注册尚未完成",
    ]


def test_summary_joins_runs_of_missed_periods(profile: Profile) -> None:
    held = {"zhiwei": [(date(2025, 2, 3), 1)], "theme_day": [(date(2025, 5, 3), 1)]}
    lines = summary(year_plan(2025, requirements(profile), held, TODAY), TODAY)
    assert lines[:3] == [
        "1月、3月、4月的支委会未召开（已逾期）",
        "1月至4月的主题团日未开展（已逾期）",
        "第一季度的支部大会未召开（已逾期）",
    ]


def test_summary_partly_done_overdue_period() -> None:
    reqs = [Requirement("zhiwei", "支委会", "month", 2)]
    held = {"zhiwei": [(date(2025, 4, 3), 1), (date(2025, 5, 3), 2), (date(2025, 5, 4), 3)]}
    plan = year_plan(2025, reqs, held, TODAY)
    assert summary(plan, TODAY) == [
        "1月至3月的支委会未召开（已逾期）",
        "4月的支委会还差 1 次（已逾期）",
    ]


def test_summary_when_all_is_done(profile: Profile) -> None:
    held = {
        "dahui": [(date(2025, 2, 1), 1), (date(2025, 4, 20), 2)],
        "zhiwei": [(date(2025, month, 8), month) for month in range(1, 6)],
        "theme_day": [(date(2025, month, 8), month) for month in range(1, 6)],
        "pingyi": [(date(2025, 3, 1), 1)],
        "zhuce": [(date(2025, 3, 2), 1)],
    }
    plan = year_plan(2025, requirements(profile), held, TODAY)
    assert summary(plan, TODAY) == ["本月各项组织生活均已完成"]
    past = year_plan(
        2024,
        [Requirement("pingyi", "团员教育评议", "year", 1)],
        {"pingyi": [(date(2024, 12, 1), 1)]},
        TODAY,
    )
    assert summary(past, TODAY) == ["2024年各项组织生活均已完成"]


def test_summary_of_other_periods() -> None:
    reqs = [
        Requirement("tuanke", "团课", "half_year", 2),
        Requirement("xiaozu", "团小组会", "month", 1),
        Requirement("tuanke", "团课", "year", 4),
    ]
    plan = year_plan(2025, reqs, {"tuanke": [(date(2025, 3, 1), 1)]}, date(2025, 1, 10))
    assert summary(plan, date(2025, 1, 10)) == [
        "上半年还需开展团课 1 次",
        "本月还需召开团小组会 1 次",
        "今年还需开展团课 3 次",
    ]


# --- six months without 组织生活 ---------------------------------------------------------------


def test_lapse_months_come_from_the_fee_rule(profile: Profile) -> None:
    assert lapse_months(profile) == profile.int_value("fee.lapse_months") == 6
    custom = resolve(SHIPPED, "national", {"fee.lapse_months": 4, "transfer.lapse_months": 9})
    assert lapse_months(custom) == 4


def test_months_without() -> None:
    dates = [date(2025, 1, 15), date(2024, 11, 2)]
    assert months_without(dates, date(2025, 7, 15), None) == 6
    assert months_without(dates, date(2025, 7, 14), None) == 5
    assert months_without(dates, date(2025, 1, 15), None) == 0
    # Activity after today is ignored; with none before, count from ``since``.
    assert months_without([date(2025, 8, 1)], date(2025, 7, 15), date(2025, 2, 1)) == 5
    # A member who joined after the last activity counts from joining.
    assert months_without(dates, date(2025, 7, 15), date(2025, 3, 20)) == 3
    assert months_without([], date(2025, 7, 15), None) == 0
    # Month ends: 31 August → 28 February is six whole months.
    assert months_without([date(2024, 8, 31)], date(2025, 2, 28), None) == 6
    assert months_without([date(2024, 8, 31)], date(2025, 2, 27), None) == 5


def test_lapse_risk(profile: Profile) -> None:
    months = lapse_months(profile)
    today = date(2025, 7, 15)
    assert lapse_risk(date(2025, 1, 15), None, today, months)
    assert not lapse_risk(date(2025, 1, 16), None, today, months)
    assert lapse_risk(None, date(2024, 12, 1), today, months)
    assert not lapse_risk(None, date(2025, 3, 1), today, months)
    assert not lapse_risk(date(2025, 1, 1), date(2025, 3, 1), today, months)
    assert not lapse_risk(None, None, today, months)


@given(st.dates(date(2000, 1, 1), date(2030, 12, 31)), st.integers(0, 40))
def test_months_without_counts_whole_months(start: date, months: int) -> None:
    later = add_months(start, months)
    assert months_without([start], later, None) == months
    if later > start:
        assert months_without([start], date.fromordinal(later.toordinal() - 1), None) < months


@given(st.integers(2000, 2030), st.dates(date(1999, 6, 1), date(2031, 6, 30)))
def test_every_period_state_is_consistent(year: int, today: date) -> None:
    reqs = cal.requirements(PROFILES["national"])
    plan = year_plan(year, reqs, {}, today)
    for status in plan:
        if status.end < today:
            assert status.state == "overdue"
        elif status.start > today:
            assert status.state == "upcoming"
        else:
            assert status.state == "due"
    assert len(carried_forward(plan, today)) == sum(s.state == "overdue" for s in plan)
    assert summary(plan, today)
