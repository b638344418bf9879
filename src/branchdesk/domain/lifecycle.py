"""Leaving the League, 团纪处分 and 推优入党 (rules.md §5.4, §7.1, §7.2, §12.7).

Pure rules over plain values. Leaving kinds are the 团籍状态 codes a member leaves with
(vocab.MEMBER_STATUS); discipline kinds and outcomes are the codes fixed in notes/states.md.
Every number (leaving age, probation months, reminder days, 推优 age and 团龄) comes from the
branch's rule profile through :class:`LifecycleRules`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from branchdesk.domain import vocab
from branchdesk.domain.dates import YearMonth, add_months, age_on, nth_birthday
from branchdesk.domain.members import Issue, Severity
from branchdesk.domain.profiles import Profile
from branchdesk.domain.vocab import CodeList, Entry

# --- rules ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LifecycleRules:
    """The numbers of the leaving, discipline and 推优 rules, from the branch's profile."""

    leave_age: int = 28
    lapse_months: int = 6
    probation_months: tuple[int, ...] = (6, 12)
    probation_remind_days: int = 30
    tuiyou_min_age: int = 18
    tuiyou_min_years: int = 1
    tuiyou_valid_years: int = 2


def lifecycle_rules(profile: Profile) -> LifecycleRules:
    return LifecycleRules(
        leave_age=profile.int_value("retire.age"),
        lapse_months=profile.int_value("transfer.lapse_months"),
        probation_months=(
            profile.int_value("discipline.probation_short_months"),
            profile.int_value("discipline.probation_long_months"),
        ),
        probation_remind_days=profile.int_value("discipline.remind_days"),
        tuiyou_min_age=profile.int_value("tuiyou.min_age"),
        tuiyou_min_years=profile.int_value("tuiyou.min_years"),
        tuiyou_valid_years=profile.int_value("tuiyou.valid_years"),
    )


# --- leaving ----------------------------------------------------------------------------------


class LeaveKind(StrEnum):
    """How a member leaves; each value is also the 团籍状态 and MemberEvent.kind it leaves with."""

    AGED_OUT = "aged_out"
    WITHDRAWN = "withdrawn"
    LAPSED = "lapsed"
    REMOVED = "removed"
    EXPELLED = "expelled"


LEAVE_KINDS: Final = CodeList(
    "leave_kind",
    "离团方式",
    (
        Entry(LeaveKind.AGED_OUT, "超龄离团"),
        Entry(LeaveKind.WITHDRAWN, "自愿退团"),
        Entry(LeaveKind.LAPSED, "自行脱团（除名）"),
        Entry(LeaveKind.REMOVED, "除名"),
        Entry(LeaveKind.EXPELLED, "开除团籍"),
    ),
)

# Kinds the 支部大会 decides (团章 第八条; 开除团籍 §7.2): the record should name the meeting.
DECIDED_BY_MEETING: Final = frozenset(
    {LeaveKind.WITHDRAWN, LeaveKind.LAPSED, LeaveKind.REMOVED, LeaveKind.EXPELLED}
)
# Kinds that need a written reason.
NEEDS_REASON: Final = DECIDED_BY_MEETING


@dataclass(frozen=True)
class MemberFacts:
    """What the rules need to know about a member."""

    name: str
    status: str
    birth_date: date | None
    league_post: str | None
    join_month: YearMonth | None


@dataclass(frozen=True)
class LeaveRequest:
    kind: str
    on: date
    reason: str = ""
    meeting_id: int | None = None
    approved_on: date | None = None


def aged_out_on(birth: date, rules: LifecycleRules) -> date:
    """The day the member reaches the leaving age (the 28th birthday)."""
    return nth_birthday(birth, rules.leave_age)


def aged_out_block(member: MemberFacts, on: date, rules: LifecycleRules) -> str | None:
    """Why ``member`` cannot leave by 超龄离团 on ``on`` (None: eligible)."""
    if member.birth_date is None:
        return "没有出生日期，无法判断是否超龄"
    turns = aged_out_on(member.birth_date, rules)
    if turns > on:
        return f"{turns.isoformat()}才满{rules.leave_age}周岁"
    if member.league_post:
        post = vocab.LEAGUE_POST.name(member.league_post) or member.league_post
        return f"担任团内职务（{post}），保留团籍至离任"
    return None


def check_leave(
    member: MemberFacts, request: LeaveRequest, today: date, rules: LifecycleRules
) -> list[Issue]:
    """Errors block the step; warnings (no deciding meeting) are shown and saved."""
    issues: list[Issue] = []
    who = member.name
    if request.kind not in LEAVE_KINDS:
        return [Issue("kind", f"未知的离团方式：{request.kind}")]
    if member.status not in vocab.ACTIVE_STATUSES:
        state = vocab.MEMBER_STATUS.name(member.status) or member.status
        return [Issue("status", f"{who}的团籍状态已是“{state}”，不能再办理离团")]
    if member.status != "active":
        return [Issue("status", f"{who}正在办理组织关系转出，请先完成或撤回转接")]
    if request.on > today:
        issues.append(Issue("on", f"{who}的离团日期晚于今天"))
    if member.join_month is not None and request.on < member.join_month.first_day():
        issues.append(Issue("on", f"{who}的离团日期早于入团年月"))
    if request.kind == LeaveKind.AGED_OUT:
        block = aged_out_block(member, request.on, rules)
        if block is not None:
            issues.append(Issue("kind", f"{who}不能办理超龄离团：{block}"))
    if request.kind in NEEDS_REASON and not request.reason.strip():
        issues.append(Issue("reason", f"{LEAVE_KINDS.name(request.kind)}须填写原因"))
    if len(request.reason) > 2000:
        issues.append(Issue("reason", "原因过长（最多2000字）"))
    if request.approved_on is not None and request.approved_on < request.on:
        issues.append(Issue("approved_on", "上级批准日期早于决定日期"))
    if request.kind in DECIDED_BY_MEETING and request.meeting_id is None:
        issues.append(
            Issue(
                "meeting_id",
                f"{LEAVE_KINDS.name(request.kind)}应由支部大会决定，未关联会议记录",
                Severity.WARNING,
            )
        )
    return issues


def lapse_candidate(
    last_activity: date | None, joined: date | None, today: date, rules: LifecycleRules
) -> bool:
    """自行脱团 candidate: ``lapse_months`` months without 组织生活 (团费 is not kept here)."""
    start = last_activity or joined
    if start is None:
        return False
    return add_months(start, rules.lapse_months) <= today


# --- discipline -------------------------------------------------------------------------------


class DisciplineKind(StrEnum):
    WARNING = "warning"
    SERIOUS_WARNING = "serious_warning"
    POST_REMOVED = "post_removed"
    PROBATION = "probation"
    EXPELLED = "expelled"


DISCIPLINE_KINDS: Final = CodeList(
    "discipline_kind",
    "团纪处分",
    (
        Entry(DisciplineKind.WARNING, "警告"),
        Entry(DisciplineKind.SERIOUS_WARNING, "严重警告"),
        Entry(DisciplineKind.POST_REMOVED, "撤销团内职务"),
        Entry(DisciplineKind.PROBATION, "留团察看"),
        Entry(DisciplineKind.EXPELLED, "开除团籍"),
    ),
)


class Outcome(StrEnum):
    RESTORED = "restored"
    EXPELLED = "expelled"


OUTCOMES: Final = CodeList(
    "discipline_outcome",
    "察看结果",
    (Entry(Outcome.RESTORED, "恢复团员权利"), Entry(Outcome.EXPELLED, "开除团籍")),
)


@dataclass(frozen=True)
class DisciplineFacts:
    kind: str
    decided_on: date
    ends_on: date | None = None
    outcome: str | None = None
    closed_on: date | None = None


def probation_ends(decided_on: date, months: int) -> date:
    return add_months(decided_on, months)


def in_force(record: DisciplineFacts, day: date) -> bool:
    """A 留团察看 in force on ``day`` (notes/states.md): rights are suspended that day."""
    if record.kind != DisciplineKind.PROBATION or record.decided_on > day:
        return False
    if record.closed_on is not None and record.closed_on <= day:
        return False
    return record.ends_on is None or day < record.ends_on or record.outcome is None


def under_probation(records: Iterable[DisciplineFacts], day: date) -> bool:
    """True when one of a member's records is a 留团察看 in force on ``day``."""
    return any(in_force(record, day) for record in records)


def check_discipline(
    member: MemberFacts,
    kind: str,
    decided_on: date,
    months: int | None,
    reason: str,
    meeting_id: int | None,
    existing: Iterable[DisciplineFacts],
    today: date,
    rules: LifecycleRules,
) -> list[Issue]:
    issues: list[Issue] = []
    who = member.name
    if kind not in DISCIPLINE_KINDS:
        return [Issue("kind", f"未知的处分种类：{kind}")]
    if member.status not in vocab.ACTIVE_STATUSES:
        state = vocab.MEMBER_STATUS.name(member.status) or member.status
        return [Issue("status", f"{who}的团籍状态是“{state}”，不能给予团纪处分")]
    if decided_on > today:
        issues.append(Issue("decided_on", "处分决定日期晚于今天"))
    if not reason.strip():
        issues.append(Issue("reason", "团纪处分须填写事实和理由"))
    if kind == DisciplineKind.PROBATION:
        allowed = "或".join(str(m) for m in rules.probation_months)
        if months not in rules.probation_months:
            issues.append(Issue("months", f"留团察看期限应为{allowed}个月"))
        if under_probation(existing, decided_on):
            issues.append(Issue("kind", f"{who}正在留团察看期内，不能重复给予留团察看"))
    if kind == DisciplineKind.POST_REMOVED and not member.league_post:
        issues.append(Issue("kind", f"{who}没有团内职务，无法撤销团内职务"))
    if meeting_id is None:
        issues.append(
            Issue("meeting_id", "团纪处分应经支部大会讨论通过，未关联会议记录", Severity.WARNING)
        )
    return issues


def check_close(record: DisciplineFacts, outcome: str, on: date, today: date) -> list[Issue]:
    """Closing a 留团察看: rights restored, or 开除团籍."""
    if record.kind != DisciplineKind.PROBATION:
        return [Issue("kind", "只有留团察看需要作出期满结论")]
    if record.outcome is not None:
        return [Issue("outcome", "该留团察看已经作出结论")]
    if outcome not in OUTCOMES:
        return [Issue("outcome", f"未知的察看结论：{outcome}")]
    issues = []
    if on > today:
        issues.append(Issue("on", "结论日期晚于今天"))
    if on < record.decided_on:
        issues.append(Issue("on", "结论日期早于处分决定日期"))
    elif outcome == Outcome.RESTORED and record.ends_on is not None and on < record.ends_on:
        issues.append(
            Issue(
                "on",
                f"察看期到{record.ends_on.isoformat()}才届满，提前恢复权利请确认有依据",
                Severity.WARNING,
            )
        )
    return issues


@dataclass(frozen=True)
class ProbationDue:
    """A 留团察看 that ends soon or ended without a conclusion."""

    ends_on: date
    overdue: bool


def probation_due(
    record: DisciplineFacts, today: date, rules: LifecycleRules
) -> ProbationDue | None:
    if record.kind != DisciplineKind.PROBATION or record.outcome is not None:
        return None
    if record.ends_on is None:
        return None
    if record.ends_on <= today:
        return ProbationDue(record.ends_on, True)
    if (record.ends_on - today).days <= rules.probation_remind_days:
        return ProbationDue(record.ends_on, False)
    return None


# --- 推优入党 ----------------------------------------------------------------------------------


def check_recommendation(
    member: MemberFacts,
    recommended_on: date,
    confirmed_on: date | None,
    probation: bool,
    today: date,
    rules: LifecycleRules,
) -> list[Issue]:
    """推优 eligibility (rules.md §5.4): in the 团, ≥18, 团龄 ≥1 year, not under 留团察看."""
    issues: list[Issue] = []
    who = member.name
    if member.status not in vocab.ACTIVE_STATUSES:
        state = vocab.MEMBER_STATUS.name(member.status) or member.status
        return [Issue("status", f"{who}的团籍状态是“{state}”，不能推优")]
    if recommended_on > today:
        issues.append(Issue("recommended_on", "推荐日期晚于今天"))
    if member.birth_date is None:
        issues.append(Issue("birth_date", f"{who}没有出生日期，无法核对推优年龄"))
    elif age_on(member.birth_date, recommended_on) < rules.tuiyou_min_age:
        issues.append(Issue("birth_date", f"{who}推荐时未满{rules.tuiyou_min_age}周岁"))
    if member.join_month is None:
        issues.append(Issue("join_month", f"{who}没有入团年月，无法核对团龄"))
    else:
        start = member.join_month.first_day()
        if add_months(start, 12 * rules.tuiyou_min_years) > recommended_on:
            issues.append(
                Issue(
                    "join_month",
                    f"{who}团龄不满{rules.tuiyou_min_years}年（{member.join_month.chinese()}入团）",
                )
            )
    if probation:
        issues.append(Issue("status", f"{who}正在留团察看期内，不能推优"))
    if confirmed_on is not None and confirmed_on < recommended_on:
        issues.append(Issue("confirmed_on", "确定日期早于推荐日期"))
    return issues
