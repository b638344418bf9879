"""发展团员: the recruitment pipeline and the checks of each step (rules.md §5.1–5.3, §6).

入团申请人 → 入团积极分子 → 发展对象 → 支部大会通过 → 上级团委批准 → 入团. Moving an applicant to
a stage runs the checks of that stage (:func:`checks`); each :class:`Check` says whether it passed,
and a failed ``error`` check blocks the step while a failed ``warning`` is shown and accepted.
Every number comes from the branch's rule profile (:func:`recruitment_rules`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction
from typing import Final, Protocol

from branchdesk.domain.dates import YearMonth, add_months, age_on
from branchdesk.domain.members import MemberRules, Severity, check_dev_number
from branchdesk.domain.profiles import Profile, member_rules
from branchdesk.domain.vocab import CodeList, Entry


class Stage(StrEnum):
    APPLICANT = "applicant"
    ACTIVIST = "activist"
    CANDIDATE = "candidate"
    VOTED = "voted"
    APPROVED = "approved"
    ADMITTED = "admitted"
    DROPPED = "dropped"


STAGES: Final = CodeList(
    "applicant_stage",
    "发展阶段",
    (
        Entry(Stage.APPLICANT, "入团申请人"),
        Entry(Stage.ACTIVIST, "入团积极分子"),
        Entry(Stage.CANDIDATE, "发展对象"),
        Entry(Stage.VOTED, "支部大会通过"),
        Entry(Stage.APPROVED, "上级团委批准"),
        Entry(Stage.ADMITTED, "已入团"),
        Entry(Stage.DROPPED, "已退出"),
    ),
)

PIPELINE: Final = (
    Stage.APPLICANT,
    Stage.ACTIVIST,
    Stage.CANDIDATE,
    Stage.VOTED,
    Stage.APPROVED,
    Stage.ADMITTED,
)

# Branch.school_stage → the 团学比 setting of its graduating classes.
RATIO_KEYS: Final = {
    "junior": "fazhan.ratio.junior_grad",
    "senior": "fazhan.ratio.senior_grad",
    "vocational": "fazhan.ratio.vocational",
}
SCHOOL_STAGES: Final = CodeList(
    "school_stage",
    "学段",
    (Entry("junior", "初中"), Entry("senior", "高中"), Entry("vocational", "中职")),
)


def next_stage(stage: str) -> Stage | None:
    """The stage after ``stage`` in the pipeline (None after 入团 or for 已退出)."""
    if stage not in PIPELINE:
        return None
    index = PIPELINE.index(Stage(stage))
    return PIPELINE[index + 1] if index + 1 < len(PIPELINE) else None


@dataclass(frozen=True)
class RecruitmentRules:
    min_age: int = 14
    max_age: int = 28
    talk_days: int = 30
    observe_months: int = 3
    tuanke_tenths: int = 80  # 学时 in tenths
    introducers: int = 2
    ratio_limit: Fraction | None = None  # 团学比 of the branch's graduating classes
    members: MemberRules = MemberRules()


def recruitment_rules(profile: Profile, school_stage: str | None = None) -> RecruitmentRules:
    key = RATIO_KEYS.get(school_stage or "")
    limit = profile.ratio(key) if key is not None and profile.is_set(key) else None
    return RecruitmentRules(
        min_age=profile.int_value("fazhan.min_age"),
        max_age=profile.int_value("fazhan.max_age"),
        talk_days=profile.int_value("fazhan.talk_days"),
        observe_months=profile.int_value("fazhan.observe_months"),
        tuanke_tenths=round(profile.number_value("fazhan.tuanke_hours") * 10),
        introducers=profile.int_value("fazhan.introducers"),
        ratio_limit=limit,
        members=member_rules(profile),
    )


@dataclass(frozen=True)
class Introducer:
    """A 入团介绍人 as they stood on the vote day."""

    name: str
    active: bool  # 在团
    probation: bool  # under 留团察看
    deferred: bool  # 暂缓注册


@dataclass(frozen=True)
class Vote:
    """The 支部大会 linked to the applicant and its admission vote."""

    held_on: date
    is_dahui: bool
    passed: bool | None  # None: no admission vote for this applicant in the meeting


@dataclass(frozen=True)
class ApplicantFacts:
    name: str
    birth_date: date | None
    applied_on: date
    talked_on: date | None = None
    activist_on: date | None = None
    contacts: int = 0
    candidate_on: date | None = None
    introducers: tuple[Introducer, ...] = ()
    hours_tenths: int = 0
    vote: Vote | None = None
    approved_on: date | None = None
    dev_number: str | None = None
    dev_number_holder: str | None = None  # who already holds the number
    members_after: int | None = None  # 团员 of the branch once admitted (团学比)
    students: int | None = None


@dataclass(frozen=True)
class Check:
    key: str
    label: str
    passed: bool
    message: str = ""
    severity: Severity = Severity.ERROR

    @property
    def blocking(self) -> bool:
        return not self.passed and self.severity is Severity.ERROR


def _hours(tenths: int) -> str:
    return f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths / 10:.1f}"


def checks(
    facts: ApplicantFacts, target: str, on: date, today: date, rules: RecruitmentRules
) -> list[Check]:
    """The checks of moving ``facts`` to ``target`` on ``on`` (cumulative from 发展对象 on)."""
    out: list[Check] = []

    def add(
        key: str, label: str, passed: bool, message: str, severity: Severity = Severity.ERROR
    ) -> None:
        out.append(Check(key, label, passed, "" if passed else message, severity))

    add("date", "日期", on <= today, "日期晚于今天")
    if target == Stage.ACTIVIST:
        _activist_checks(facts, on, rules, add)
    elif target == Stage.CANDIDATE:
        _candidate_checks(facts, on, rules, add, Severity.WARNING)
    elif target in (Stage.VOTED, Stage.APPROVED, Stage.ADMITTED):
        _vote_checks(facts, on, rules, add)
        if target in (Stage.APPROVED, Stage.ADMITTED):
            approved = facts.approved_on if target == Stage.ADMITTED else on
            voted = facts.vote.held_on if facts.vote else None
            add(
                "approved_on",
                "上级团委审批",
                approved is not None and (voted is None or approved >= voted),
                "上级团委尚未审批" if approved is None else "审批日期早于支部大会日期",
            )
        if target == Stage.ADMITTED:
            _admit_checks(facts, rules, add)
    return out


def _activist_checks(facts: ApplicantFacts, on: date, rules: RecruitmentRules, add: _Add) -> None:
    if facts.birth_date is None:
        add("age", "年龄", False, "没有出生日期，无法核对年龄")
    else:
        age = age_on(facts.birth_date, facts.applied_on)
        add("age", "年龄", age >= rules.min_age, f"申请时{age}周岁，未满{rules.min_age}周岁")
    add("order", "日期顺序", on >= facts.applied_on, "确定为积极分子的日期早于申请日期")
    due = facts.applied_on + timedelta(days=rules.talk_days)
    if facts.talked_on is None:
        add("talk", "谈话", False, f"尚未谈话（应在{due.isoformat()}前谈话）", Severity.WARNING)
    else:
        add(
            "talk",
            "谈话",
            facts.talked_on <= due,
            f"收到申请后{rules.talk_days}天内应谈话，实际{facts.talked_on.isoformat()}",
            Severity.WARNING,
        )
    add("contacts", "培养联系人", 1 <= facts.contacts <= 2, "应确定1至2名培养联系人")


def _candidate_checks(
    facts: ApplicantFacts, on: date, rules: RecruitmentRules, add: _Add, hours_severity: Severity
) -> None:
    if facts.activist_on is None:
        add("observe", "培养考察期", False, "尚未确定为入团积极分子")
    else:
        ready = add_months(facts.activist_on, rules.observe_months)
        add(
            "observe",
            "培养考察期",
            ready <= on,
            f"入团积极分子培养考察不满{rules.observe_months}个月（{ready.isoformat()}起满）",
        )
    add(
        "hours",
        "团课学时",
        facts.hours_tenths >= rules.tuanke_tenths,
        f"团课{_hours(facts.hours_tenths)}学时，不足{_hours(rules.tuanke_tenths)}学时",
        hours_severity,
    )


def _vote_checks(facts: ApplicantFacts, on: date, rules: RecruitmentRules, add: _Add) -> None:
    """The vote and what must hold on its day (``on`` until a meeting is linked)."""
    vote = facts.vote
    if vote is None:
        add("vote", "支部大会表决", False, "未关联支部大会会议记录")
    elif not vote.is_dahui:
        add("vote", "支部大会表决", False, "关联的会议不是支部大会")
    elif vote.passed is None:
        add("vote", "支部大会表决", False, f"该支部大会没有对{facts.name}的接收新团员表决")
    else:
        add("vote", "支部大会表决", vote.passed, "支部大会表决未通过")
    day = vote.held_on if vote is not None else on
    if facts.candidate_on is not None:
        add("order", "日期顺序", day >= facts.candidate_on, "支部大会日期早于确定为发展对象的日期")
    else:
        add("order", "日期顺序", False, "尚未确定为发展对象")
    if facts.birth_date is None:
        add("age", "年龄", False, "没有出生日期，无法核对年龄")
    else:
        age = age_on(facts.birth_date, day)
        add("age", "年龄", age >= rules.min_age, f"支部大会时{age}周岁，未满{rules.min_age}周岁")
        if age >= rules.min_age:
            add("age_max", "年龄上限", age < rules.max_age, f"支部大会时已满{rules.max_age}周岁")
    _candidate_checks(facts, day, rules, add, Severity.ERROR)
    good = [i for i in facts.introducers if i.active and not i.probation and not i.deferred]
    problems = []
    for person in facts.introducers:
        if not person.active:
            problems.append(f"{person.name}不是在团团员")
        elif person.probation:
            problems.append(f"{person.name}正在留团察看期内")
        elif person.deferred:
            problems.append(f"{person.name}暂缓注册")
    message = "；".join(problems) if problems else f"应有{rules.introducers}名入团介绍人"
    if not problems and len(good) != rules.introducers:
        message = f"应有{rules.introducers}名入团介绍人，现有{len(good)}名"
    add(
        "introducers",
        "入团介绍人",
        not problems and len(good) == rules.introducers,
        f"入团介绍人不符合要求：{message}",
    )


def _admit_checks(facts: ApplicantFacts, rules: RecruitmentRules, add: _Add) -> None:
    join = YearMonth.of(facts.vote.held_on) if facts.vote is not None else None
    issues = check_dev_number(facts.dev_number, join, rules.members)
    if not issues:
        add("dev_number", "团员发展编号", True, "")
    for issue in issues:
        add("dev_number", "团员发展编号", False, issue.message, issue.severity)
    if facts.dev_number_holder is not None:
        add(
            "dev_number_taken",
            "团员发展编号",
            False,
            f"团员发展编号{facts.dev_number}已被{facts.dev_number_holder}使用",
        )
    if rules.ratio_limit is not None and facts.students and facts.members_after is not None:
        ratio = Fraction(facts.members_after, facts.students)
        add(
            "ratio",
            "团学比",
            ratio <= rules.ratio_limit,
            f"接收后团学比为{float(ratio):.0%}，超过{float(rules.ratio_limit):.0%}的上限",
            Severity.WARNING,
        )


class _Add(Protocol):  # the ``add`` callback of :func:`checks`
    def __call__(
        self, key: str, label: str, passed: bool, message: str, severity: Severity = ...
    ) -> None: ...


def blocking(found: list[Check]) -> list[Check]:
    return [check for check in found if check.blocking]


def describe(found: list[Check]) -> str:
    return "；".join(check.message for check in found if not check.passed)
