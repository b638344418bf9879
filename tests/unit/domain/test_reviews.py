"""团员教育评议 and 团籍注册: grades, the 优秀 cap, re-evaluation and 暂缓 dates, registration."""

from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.domain.dates import add_months, days_in_month, months_elapsed
from branchdesk.domain.members import Severity
from branchdesk.domain.profiles import Profile, ProfileData, index_profiles, parse_profile, resolve
from branchdesk.domain.reviews import (
    GRADES,
    REGISTRATION_OUTCOMES,
    Grade,
    RegistrationOutcome,
    check_grades,
    check_recheck,
    check_registration,
    defer_until,
    excellent_cap,
    recheck_window,
    registration_eligible,
    registration_gap_issue,
)

PROFILE_DIR = Path(__file__).resolve().parents[3] / "resources" / "profiles"
PROFILE_KEYS = ("national", "jilin-2021")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


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


# --- add_months -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 1, 31), 3, date(2025, 4, 30)),
        (date(2025, 1, 31), 6, date(2025, 7, 31)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 1, 15), -1, date(2024, 12, 15)),
        (date(2025, 5, 20), 0, date(2025, 5, 20)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_days_in_month() -> None:
    assert [days_in_month(2024, month) for month in range(1, 13)] == [
        31,
        29,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ]
    assert days_in_month(2100, 2) == 28
    assert days_in_month(2000, 2) == 29


@given(st.dates(date(1900, 1, 1), date(2200, 12, 31)), st.integers(-240, 240))
def test_add_months_properties(day: date, months: int) -> None:
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day == min(day.day, calendar.monthrange(result.year, result.month)[1])
    if months >= 0:
        assert months_elapsed(day, result) == months


# --- 评议 -------------------------------------------------------------------------------------


def test_grades() -> None:
    assert GRADES.codes == ("excellent", "qualified", "basic", "unqualified")
    assert GRADES.names == ("优秀", "合格", "基本合格", "不合格")
    assert GRADES.lookup("基本合格") == Grade.BASIC


@pytest.mark.parametrize(
    ("evaluated", "cap"), [(0, 0), (3, 0), (4, 1), (10, 3), (13, 3), (14, 4), (20, 6), (33, 9)]
)
def test_excellent_cap(profile: Profile, evaluated: int, cap: int) -> None:
    assert excellent_cap(evaluated, profile) == cap


def test_excellent_cap_follows_the_profile() -> None:
    custom = resolve(SHIPPED, "national", {"pingyi.excellent_cap": 0.25})
    assert excellent_cap(14, custom) == 3
    assert excellent_cap(12, custom) == 3
    grades = [Grade.EXCELLENT] * 4 + [Grade.QUALIFIED] * 8
    (issue,) = check_grades(grades, custom)
    assert issue.message == "优秀人数4人，超过参评人数12人的25%（上限3人）"


def test_check_grades(profile: Profile) -> None:
    grades = [Grade.EXCELLENT] * 4 + [Grade.QUALIFIED] * 9 + [Grade.BASIC]
    assert check_grades(grades, profile) == []
    (issue,) = check_grades([Grade.EXCELLENT, *grades[1:], Grade.EXCELLENT], profile)
    assert issue.message == "优秀人数5人，超过参评人数15人的30%（上限4人）"
    assert issue.severity is Severity.WARNING
    assert issue.field == "grade"
    # Not evaluated (None) is not 参评: 5 优秀 of 14 evaluated is over the cap of 4.
    over = [Grade.EXCELLENT] * 5 + [Grade.QUALIFIED] * 9 + [None, None]
    (issue,) = check_grades(over, profile)
    assert issue.message == "优秀人数5人，超过参评人数14人的30%（上限4人）"
    assert check_grades([], profile) == []
    assert check_grades([None, None], profile) == []


def test_recheck_window_at_month_ends(profile: Profile) -> None:
    assert recheck_window(date(2025, 1, 31), profile) == (date(2025, 4, 30), date(2025, 7, 31))
    assert recheck_window(date(2024, 8, 31), profile) == (date(2024, 11, 30), date(2025, 2, 28))
    assert recheck_window(date(2023, 8, 31), profile) == (date(2023, 11, 30), date(2024, 2, 29))
    assert recheck_window(date(2024, 11, 30), profile) == (date(2025, 2, 28), date(2025, 5, 30))


def test_recheck_window_follows_the_profile() -> None:
    custom = resolve(
        SHIPPED, "national", {"pingyi.recheck_months": 1, "pingyi.recheck_max_months": 2}
    )
    assert recheck_window(date(2025, 1, 31), custom) == (date(2025, 2, 28), date(2025, 3, 31))


def test_check_recheck(profile: Profile) -> None:
    decided = date(2025, 1, 31)
    assert check_recheck(decided, date(2025, 4, 30), profile) == []
    assert check_recheck(decided, date(2025, 7, 31), profile) == []
    (early,) = check_recheck(decided, date(2025, 4, 29), profile)
    assert early.message == (
        "再评议日期2025-04-29不在评定“不合格”（2025-01-31）后3至6个月之间（2025-04-30至2025-07-31）"
    )
    assert early.severity is Severity.WARNING
    assert check_recheck(decided, date(2025, 8, 1), profile)


# --- 注册 -------------------------------------------------------------------------------------


def test_registration_outcomes() -> None:
    assert REGISTRATION_OUTCOMES.codes == ("registered", "deferred", "refused", "exempt")
    assert REGISTRATION_OUTCOMES.names[:3] == ("注册", "暂缓注册", "不予注册")
    assert "保留团籍的党员" in REGISTRATION_OUTCOMES.name("exempt")


@pytest.mark.parametrize(
    ("grade", "eligible"),
    [
        (Grade.EXCELLENT, True),
        (Grade.QUALIFIED, True),
        (Grade.BASIC, True),
        (Grade.UNQUALIFIED, False),
        (None, True),
    ],
)
def test_registration_eligible(grade: Grade | None, eligible: bool) -> None:
    assert registration_eligible(grade) is eligible


def messages(
    outcome: RegistrationOutcome,
    grade: Grade | None,
    reason: str | None = None,
    party_member: bool = False,
) -> list[tuple[str, str, Severity]]:
    return [
        (issue.field, issue.message, issue.severity)
        for issue in check_registration(outcome, grade, reason, party_member)
    ]


def test_check_registration() -> None:
    registered = RegistrationOutcome.REGISTERED
    deferred = RegistrationOutcome.DEFERRED
    refused = RegistrationOutcome.REFUSED
    exempt = RegistrationOutcome.EXEMPT
    assert messages(registered, Grade.BASIC) == []
    assert messages(registered, Grade.UNQUALIFIED) == [
        ("outcome", "评议等次为不合格，不能注册，应暂缓注册", Severity.ERROR)
    ]
    assert messages(registered, None) == [
        (
            "grade",
            "未记录本年度评议等次；注册须评议为基本合格及以上，请确认已参加评议",
            Severity.WARNING,
        )
    ]
    assert messages(deferred, Grade.UNQUALIFIED, "评议不合格") == []
    assert messages(deferred, Grade.UNQUALIFIED, "  ") == [
        ("reason", "暂缓注册须填写原因", Severity.ERROR)
    ]
    assert messages(refused, None, None) == [("reason", "不予注册须填写原因", Severity.ERROR)]
    assert messages(refused, Grade.QUALIFIED, "拒不参加组织生活") == []
    assert messages(exempt, None, party_member=True) == []
    assert messages(exempt, None) == [
        ("outcome", "只有保留团籍的党员可以不参加团籍注册", Severity.ERROR)
    ]
    assert messages(registered, Grade.EXCELLENT, party_member=True) == []


def test_defer_until_at_month_ends(profile: Profile) -> None:
    assert defer_until(date(2025, 1, 31), profile) == date(2025, 7, 31)
    assert defer_until(date(2024, 8, 31), profile) == date(2025, 2, 28)
    assert defer_until(date(2023, 8, 31), profile) == date(2024, 2, 29)
    custom = resolve(SHIPPED, "national", {"zhuce.defer_months": 1})
    assert defer_until(date(2025, 1, 31), custom) == date(2025, 2, 28)
    assert defer_until(date(2024, 1, 31), custom) == date(2024, 2, 29)


def test_registration_gap(profile: Profile) -> None:
    last = date(2023, 3, 1)  # due again by 2024-06-01 (15 months), invalid after 2025-06-01
    assert registration_gap_issue(None, date(2030, 1, 1), profile, "张三") is None
    assert registration_gap_issue(last, date(2024, 6, 1), profile, "张三") is None
    late = registration_gap_issue(last, date(2024, 6, 2), profile, "张三")
    assert late is not None
    assert late.severity is Severity.WARNING
    assert late.field == "registration"
    assert late.message == (
        "张三距上次团籍注册已超过15个月（上次注册2023-03-01，应于2024-06-01前再次注册）"
    )
    # Up to 12 months past that deadline the wording stays the same.
    assert registration_gap_issue(last, date(2025, 6, 1), profile, "张三") == late
    lapsed = registration_gap_issue(last, date(2025, 6, 2), profile, "张三")
    assert lapsed is not None
    assert lapsed.message == (
        "张三逾期未注册已超过12个月（上次注册2023-03-01，应于2024-06-01前再次注册）："
        "无正当理由的，团员证失效，按自行脱团处理，请核实"
    )


def test_registration_gap_at_month_ends(profile: Profile) -> None:
    # 30 November + 15 months = 28 February (29 in a leap year).
    assert registration_gap_issue(date(2023, 11, 30), date(2025, 2, 28), profile, "李四") is None
    assert registration_gap_issue(date(2023, 11, 30), date(2025, 3, 1), profile, "李四")
    assert registration_gap_issue(date(2022, 11, 30), date(2024, 2, 29), profile, "李四") is None


def test_registration_gap_follows_the_profile() -> None:
    custom = resolve(SHIPPED, "national", {"zhuce.max_gap_months": 12, "zhuce.lapse_months": 3})
    last = date(2024, 1, 10)
    assert registration_gap_issue(last, date(2025, 1, 10), custom, "王五") is None
    warn = registration_gap_issue(last, date(2025, 1, 11), custom, "王五")
    assert warn is not None
    assert "超过12个月" in warn.message
    strong = registration_gap_issue(last, date(2025, 4, 11), custom, "王五")
    assert strong is not None
    assert "逾期未注册已超过3个月" in strong.message


@given(st.dates(date(2000, 1, 1), date(2030, 12, 31)), st.integers(0, 2000))
def test_gap_issue_only_after_the_deadline(last: date, days: int) -> None:
    profile = PROFILES["national"]
    today = date.fromordinal(last.toordinal() + days)
    issue = registration_gap_issue(last, today, profile, "张三")
    deadline = add_months(last, profile.int_value("zhuce.max_gap_months"))
    assert (issue is None) == (today <= deadline)
    if issue is not None:
        assert CHINESE.search(issue.message)
        assert issue.severity is Severity.WARNING
