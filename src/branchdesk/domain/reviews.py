"""团员教育评议 and 团籍注册 (rules.md §3, §4): grades, the 优秀 cap, re-evaluation, registration.

Numbers come from the profile: ``pingyi.excellent_cap`` (优秀 share of those evaluated),
``pingyi.recheck_months`` / ``pingyi.recheck_max_months`` (不合格 re-evaluation window),
``zhuce.defer_months`` (暂缓注册), ``zhuce.max_gap_months`` (longest gap between registrations)
and ``zhuce.lapse_months`` (time past the deadline after which the 团员证 is invalid).

Who may register without a grade: rules.md §4 makes 评议 "基本合格 or better" the condition and
names 不合格 as the grade that leads to 暂缓注册. A member with no grade this year (admitted after
the 评议, a 保留团籍的党员 who joined voluntarily, a 流动团员 evaluated elsewhere) is therefore not
barred: :func:`registration_eligible` returns True for None, and :func:`check_registration` warns
so that the secretary confirms the member was evaluated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Final

from branchdesk.domain.dates import add_months
from branchdesk.domain.meetings import percent_text
from branchdesk.domain.members import Issue, Severity
from branchdesk.domain.profiles import Profile
from branchdesk.domain.vocab import CodeList, Entry

__all__ = [
    "GRADES",
    "REGISTRATION_OUTCOMES",
    "Grade",
    "RegistrationOutcome",
    "add_months",
    "check_grades",
    "check_recheck",
    "check_registration",
    "defer_until",
    "excellent_cap",
    "recheck_window",
    "registration_eligible",
    "registration_gap_issue",
]

# --- 评议 -------------------------------------------------------------------------------------


class Grade(StrEnum):
    EXCELLENT = "excellent"
    QUALIFIED = "qualified"
    BASIC = "basic"
    UNQUALIFIED = "unqualified"


GRADES: Final = CodeList(
    "grade",
    "评议等次",
    (
        Entry(Grade.EXCELLENT, "优秀"),
        Entry(Grade.QUALIFIED, "合格"),
        Entry(Grade.BASIC, "基本合格"),
        Entry(Grade.UNQUALIFIED, "不合格"),
    ),
)

# 基本合格 or better may register (rules.md §4).
_REGISTRABLE: Final = frozenset({Grade.EXCELLENT, Grade.QUALIFIED, Grade.BASIC})


def excellent_cap(evaluated: int, profile: Profile) -> int:
    """The most 优秀 allowed: ⌊evaluated × pingyi.excellent_cap⌋ (14 × 30% → 4)."""
    return math.floor(max(evaluated, 0) * profile.ratio("pingyi.excellent_cap"))


def check_grades(grades: Sequence[Grade | None], profile: Profile) -> list[Issue]:
    """A warning when 优秀 exceeds the cap. None = not evaluated (not counted as 参评)."""
    evaluated = sum(1 for grade in grades if grade is not None)
    excellent = sum(1 for grade in grades if grade == Grade.EXCELLENT)
    cap = excellent_cap(evaluated, profile)
    if excellent <= cap:
        return []
    share = percent_text(profile.ratio("pingyi.excellent_cap"), decimals=0)
    return [
        Issue(
            "grade",
            f"优秀人数{excellent}人，超过参评人数{evaluated}人的{share}（上限{cap}人）",
            Severity.WARNING,
        )
    ]


def recheck_window(decided_on: date, profile: Profile) -> tuple[date, date]:
    """The earliest and latest day to re-evaluate a member graded 不合格 on ``decided_on``."""
    return (
        add_months(decided_on, profile.int_value("pingyi.recheck_months")),
        add_months(decided_on, profile.int_value("pingyi.recheck_max_months")),
    )


def check_recheck(decided_on: date, recheck_on: date, profile: Profile) -> list[Issue]:
    """A warning when a re-evaluation date falls outside :func:`recheck_window`."""
    first, last = recheck_window(decided_on, profile)
    if first <= recheck_on <= last:
        return []
    low = profile.int_value("pingyi.recheck_months")
    high = profile.int_value("pingyi.recheck_max_months")
    return [
        Issue(
            "recheck_due",
            f"再评议日期{recheck_on.isoformat()}不在评定“不合格”（{decided_on.isoformat()}）后"
            f"{low}至{high}个月之间（{first.isoformat()}至{last.isoformat()}）",
            Severity.WARNING,
        )
    ]


# --- 注册 -------------------------------------------------------------------------------------


class RegistrationOutcome(StrEnum):
    REGISTERED = "registered"
    DEFERRED = "deferred"
    REFUSED = "refused"
    EXEMPT = "exempt"


REGISTRATION_OUTCOMES: Final = CodeList(
    "registration_outcome",
    "注册结果",
    (
        Entry(RegistrationOutcome.REGISTERED, "注册"),
        Entry(RegistrationOutcome.DEFERRED, "暂缓注册"),
        Entry(RegistrationOutcome.REFUSED, "不予注册"),
        Entry(RegistrationOutcome.EXEMPT, "不参加（保留团籍的党员）"),
    ),
    aliases={"已注册": "registered", "暂缓": "deferred", "不参加": "exempt"},
)


def registration_eligible(grade: Grade | None) -> bool:
    """基本合格 or better; None (no grade this year) is eligible — see the module note."""
    return grade is None or grade in _REGISTRABLE


def check_registration(
    outcome: RegistrationOutcome,
    grade: Grade | None,
    reason: str | None,
    party_member: bool,
) -> list[Issue]:
    """Errors: registering a 不合格 member, 暂缓/不予 without a reason, 不参加 for a non-member of
    the Party. Warning: registering without a grade."""
    issues: list[Issue] = []
    if outcome == RegistrationOutcome.REGISTERED:
        if not registration_eligible(grade):
            issues.append(Issue("outcome", f"评议等次为{GRADES.name(grade)}，不能注册，应暂缓注册"))
        elif grade is None:
            issues.append(
                Issue(
                    "grade",
                    "未记录本年度评议等次；注册须评议为基本合格及以上，请确认已参加评议",
                    Severity.WARNING,
                )
            )
    if outcome in (RegistrationOutcome.DEFERRED, RegistrationOutcome.REFUSED) and (
        reason is None or not reason.strip()
    ):
        issues.append(Issue("reason", f"{REGISTRATION_OUTCOMES.name(outcome)}须填写原因"))
    if outcome == RegistrationOutcome.EXEMPT and not party_member:
        issues.append(Issue("outcome", "只有保留团籍的党员可以不参加团籍注册"))
    return issues


def defer_until(decided_on: date, profile: Profile) -> date:
    """When a 暂缓注册 decided on ``decided_on`` ends (``zhuce.defer_months`` later)."""
    return add_months(decided_on, profile.int_value("zhuce.defer_months"))


def registration_gap_issue(
    last_registered: date | None, today: date, profile: Profile, name: str
) -> Issue | None:
    """A warning once ``zhuce.max_gap_months`` have passed since the last registration; stronger
    wording once ``zhuce.lapse_months`` more have passed since that deadline (团员证 invalid,
    treated as 自行脱团 unless there is a valid reason). None when on time or never registered
    (pass the day a member joined to count from it)."""
    if last_registered is None:
        return None
    gap = profile.int_value("zhuce.max_gap_months")
    deadline = add_months(last_registered, gap)
    if today <= deadline:
        return None
    lapse = profile.int_value("zhuce.lapse_months")
    since = f"上次注册{last_registered.isoformat()}，应于{deadline.isoformat()}前再次注册"
    if today > add_months(deadline, lapse):
        return Issue(
            "registration",
            f"{name}逾期未注册已超过{lapse}个月（{since}）：无正当理由的，团员证失效，"
            f"按自行脱团处理，请核实",
            Severity.WARNING,
        )
    return Issue(
        "registration",
        f"{name}距上次团籍注册已超过{gap}个月（{since}）",
        Severity.WARNING,
    )
