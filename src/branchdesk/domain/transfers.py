"""组织关系转接 (rules.md §8, forms.md §4.1): states, reasons, letter numbers, time limits.

Pure rules over plain values; the numbers come from the rule profile (``transfer.*``).

- **States** follow the 智慧团建 workflow (rules.md §8.2, /work/notes/states.md): 申请
  (``applied``) → 转出方审批通过 (``out_approved``) → 转入方审批通过 (``in_approved``) → 接转成功
  (``done``); at any pending step the transfer can be 退回 (``returned``, with a reason; it can be
  submitted again → ``applied``) or 撤回 (``withdrawn``, with a reason; final). The same flow
  serves transfers out of and into the branch.
- **Reasons** are the national 智慧团建 list for graduates (rules.md §8.3); "其他" needs a note.
- **Letter numbers** come from the issuer's own sequence, one per year: ``2026-007`` prints as
  "第2026-007号" on all three parts. A typed number is accepted as a plain serial (``7``) or as
  ``年份-序号``; a number once used is never used again (a spoiled letter is kept as 作废).
- **Time limits** (rules.md §8.6): a pending step older than ``transfer.pending_alert_days`` is
  reminded; a letter is valid ``letter_valid_days`` from its issue day (a warning above
  ``letter_valid_warn_days``); a 回执 not back ``receipt_due_days`` after the letter expired is
  reminded; a graduate whose relation has not moved ``lapse_months`` after graduation is
  reminded (按自行脱团处理 after half a year).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType
from typing import Final

from branchdesk.domain.dates import YearMonth, add_months
from branchdesk.domain.members import Issue, Severity
from branchdesk.domain.profiles import Profile
from branchdesk.domain.vocab import CodeList, Entry


class TransferState(StrEnum):
    """Transfer.state codes (fixed in /work/notes/states.md)."""

    APPLIED = "applied"
    OUT_APPROVED = "out_approved"
    IN_APPROVED = "in_approved"
    DONE = "done"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"


class Direction(StrEnum):
    OUT = "out"
    IN = "in"


STATE_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {
        TransferState.APPLIED: "申请",
        TransferState.OUT_APPROVED: "转出方审批通过",
        TransferState.IN_APPROVED: "转入方审批通过",
        TransferState.DONE: "接转成功",
        TransferState.RETURNED: "退回",
        TransferState.WITHDRAWN: "撤回",
    }
)
DIRECTION_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {Direction.OUT: "转出", Direction.IN: "转入"}
)

PENDING: Final = frozenset(
    {TransferState.APPLIED, TransferState.OUT_APPROVED, TransferState.IN_APPROVED}
)
# A transfer that still holds the member (a new one for the same member is refused).
OPEN: Final = PENDING | {TransferState.RETURNED}

# The regular next step of a pending transfer ("advance").
NEXT_STATE: Final[Mapping[str, str]] = MappingProxyType(
    {
        TransferState.APPLIED: TransferState.OUT_APPROVED,
        TransferState.OUT_APPROVED: TransferState.IN_APPROVED,
        TransferState.IN_APPROVED: TransferState.DONE,
    }
)

TRANSITIONS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        TransferState.APPLIED: frozenset(
            {TransferState.OUT_APPROVED, TransferState.RETURNED, TransferState.WITHDRAWN}
        ),
        TransferState.OUT_APPROVED: frozenset(
            {TransferState.IN_APPROVED, TransferState.RETURNED, TransferState.WITHDRAWN}
        ),
        TransferState.IN_APPROVED: frozenset(
            {TransferState.DONE, TransferState.RETURNED, TransferState.WITHDRAWN}
        ),
        TransferState.RETURNED: frozenset({TransferState.APPLIED, TransferState.WITHDRAWN}),
        TransferState.DONE: frozenset(),
        TransferState.WITHDRAWN: frozenset(),
    }
)
# Steps that must say why.
NEEDS_REASON: Final = frozenset({TransferState.RETURNED, TransferState.WITHDRAWN})


class TransferRuleError(ValueError):
    """A step or value that breaks a transfer rule; ``message`` is Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def state_name(state: str) -> str:
    return STATE_NAMES.get(state, state)


def check_transition(current: str, target: str, on: date, since: date, today: date) -> None:
    """Refuse a step the workflow does not allow or a date that cannot be.

    ``since`` is the day the current state was reached; a step cannot happen before it, nor
    after today.
    """
    if target not in TRANSITIONS.get(current, frozenset()):
        if current in (TransferState.DONE, TransferState.WITHDRAWN):
            raise TransferRuleError(
                f"该转接已{state_name(current)}，不能再改为“{state_name(target)}”"
            )
        raise TransferRuleError(
            f"转接当前为“{state_name(current)}”，不能直接改为“{state_name(target)}”"
        )
    if on > today:
        raise TransferRuleError(f"办理日期{on.isoformat()}晚于今天")
    if on < since:
        raise TransferRuleError(
            f"办理日期{on.isoformat()}早于上一步（{state_name(current)}，{since.isoformat()}）"
        )


# --- reasons (rules.md §8.3, national 智慧团建 list) ---------------------------------------------

TRANSFER_REASON = CodeList(
    "transfer_reason",
    "转接原因",
    (
        Entry("study", "升学"),
        Entry("work_org", "已落实工作单位（有团组织）"),
        Entry("work_no_org", "已落实工作单位（无团组织）"),
        Entry("abroad_public", "出国(境)（因公）"),
        Entry("abroad_private", "出国(境)（因私）"),
        Entry("unemployed", "未落实工作单位（未升学或未就业）"),
        Entry("military", "参军入伍/涉密单位"),
        Entry("other", "其他"),
    ),
    aliases={
        "升学": "study",
        "就业": "work_org",
        "工作": "work_org",
        "出国": "abroad_private",
        "出境": "abroad_private",
        "未就业": "unemployed",
        "未落实工作单位": "unemployed",
        "参军": "military",
        "参军入伍": "military",
        "涉密单位": "military",
    },
)
OTHER_REASON: Final = "other"


# --- input checks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TransferFacts:
    """What a new transfer says, as the checks need it."""

    direction: str
    name: str
    reason: str
    reason_note: str
    other_org: str
    applied_on: date
    fee_paid_to: YearMonth | None


# 团费 may be paid ahead, but not more than this many months beyond the current month.
FEE_AHEAD_MONTHS: Final = 12


def check_transfer(facts: TransferFacts, today: date, lapse_months: int) -> list[Issue]:
    """Errors (nothing is saved) and warnings of a new transfer."""
    issues: list[Issue] = []

    def error(field: str, message: str) -> None:
        issues.append(Issue(field, message))

    if facts.direction not in (Direction.OUT, Direction.IN):
        error("direction", f"转接方向“{facts.direction}”无效")
    if not facts.name.strip():
        error("name", "姓名不能为空")
    if facts.reason not in TRANSFER_REASON:
        error("reason", "请选择转接原因")
    elif facts.reason == OTHER_REASON and not facts.reason_note.strip():
        error("reason_note", "转接原因为“其他”时，请写明具体原因")
    if not facts.other_org.strip():
        which = "转入" if facts.direction == Direction.OUT else "转出"
        error("other_org", f"请填写{which}团组织的全称")
    elif len(facts.other_org) > 200:
        error("other_org", "团组织全称过长（最多200字）")
    if facts.applied_on > today:
        error("applied_on", f"申请日期{facts.applied_on.isoformat()}晚于今天")
    fee = facts.fee_paid_to
    if fee is not None:
        limit = YearMonth.of(add_months(today.replace(day=1), FEE_AHEAD_MONTHS))
        if fee > limit:
            error(
                "fee_paid_to",
                f"团费交至{fee.chinese()}不合理：最多只能预交到{limit.chinese()}",
            )
        elif add_months(fee.first_day(), lapse_months) <= facts.applied_on.replace(day=1):
            issues.append(
                Issue(
                    "fee_paid_to",
                    f"团费只交至{fee.chinese()}，已连续{lapse_months}个月以上未交纳团费，"
                    "请先补交（rules.md §7.1）",
                    Severity.WARNING,
                )
            )
    elif facts.direction == Direction.OUT:
        issues.append(
            Issue("fee_paid_to", "未填写团费交至年月（介绍信上须填写）", Severity.WARNING)
        )
    return issues


# --- letter numbers and validity (forms.md §4.1.3) --------------------------------------------

_TYPED_NUMBER = re.compile(r"^\s*(?:(\d{4})\s*[-－—年]\s*)?(?:第\s*)?(\d{1,5})\s*号?\s*$")


def format_letter_number(year: int, serial: int) -> str:
    """The number as printed between 第 and 号: ``2026-007``."""
    return f"{year}-{serial:03d}"


def parse_letter_number(text: str, default_year: int) -> tuple[int, int]:
    """(year, serial) of a typed number: ``7``, ``007``, ``2026-7`` or ``2026-007``."""
    match = _TYPED_NUMBER.match(text.translate(_FULL_WIDTH_DIGITS))
    if match is None or int(match.group(2)) == 0:
        raise TransferRuleError(
            f"介绍信编号“{text}”无法识别：应为序号（如 7）或“年份-序号”（如 2026-007）"
        )
    year = int(match.group(1)) if match.group(1) else default_year
    if not 1950 <= year <= 9998:
        raise TransferRuleError(f"介绍信编号中的年份{year}不合理")
    return year, int(match.group(2))


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def next_serial(used: Iterable[int]) -> int:
    """The next serial of a year's sequence: one after the highest ever used (voided included)."""
    return max(used, default=0) + 1


def check_valid_days(days: int, warn_days: int) -> list[Issue]:
    """有效期: at least one day, at most a year; a warning above ``warn_days`` (rules.md §8.6)."""
    if days < 1:
        return [Issue("letter_valid_days", "介绍信有效期至少为1天")]
    if days > 366:
        return [Issue("letter_valid_days", f"介绍信有效期{days}天不合理（最长一年）")]
    if days > warn_days:
        return [
            Issue(
                "letter_valid_days",
                f"介绍信有效期{days}天，超过{warn_days}天（党员介绍信最长不超过3个月）",
                Severity.WARNING,
            )
        ]
    return []


def valid_until(issued_on: date, valid_days: int) -> date:
    """The last day a letter is valid: the issue day counts as the first of its days."""
    return issued_on + timedelta(days=valid_days - 1)


# --- reminders (rules.md §8.6) ----------------------------------------------------------------


@dataclass(frozen=True)
class TransferLimits:
    """The profile's ``transfer.*`` numbers."""

    pending_alert_days: int = 10
    letter_valid_days: int = 30
    letter_valid_warn_days: int = 90
    receipt_due_days: int = 30
    lapse_months: int = 6
    graduate_rate_target: Fraction | None = None


def transfer_limits(profile: Profile) -> TransferLimits:
    target = (
        profile.ratio("transfer.graduate_rate_target")
        if profile.is_set("transfer.graduate_rate_target")
        else None
    )
    return TransferLimits(
        pending_alert_days=profile.int_value("transfer.pending_alert_days"),
        letter_valid_days=profile.int_value("transfer.letter_valid_days"),
        letter_valid_warn_days=profile.int_value("transfer.letter_valid_warn_days"),
        receipt_due_days=profile.int_value("transfer.receipt_due_days"),
        lapse_months=profile.int_value("transfer.lapse_months"),
        graduate_rate_target=target,
    )


@dataclass(frozen=True)
class TransferFact:
    """A stored transfer as the reminders see it."""

    transfer_id: int
    name: str
    direction: str
    state: str
    state_on: date
    letter_issued_on: date | None = None
    letter_valid_days: int | None = None
    letter_voided: bool = False
    receipt_on: date | None = None


@dataclass(frozen=True)
class GraduateFact:
    """A member with a 毕业时间, as the reminders and the cohort rate see them."""

    member_id: int
    name: str
    graduation_month: YearMonth
    status: str  # Member.status
    moved: bool  # an out-transfer reached 接转成功
    eligible: bool = True  # under the leaving age in the graduation month (rules.md §8.4)


@dataclass(frozen=True)
class Reminder:
    """One line for the home page; ``kind`` is pending | receipt | lapse."""

    kind: str
    text: str
    transfer_id: int | None = None
    member_id: int | None = None


def pending_days(fact: TransferFact, today: date) -> int:
    return (today - fact.state_on).days


def reminders(
    transfers: Iterable[TransferFact],
    graduates: Iterable[GraduateFact],
    today: date,
    limits: TransferLimits,
) -> list[Reminder]:
    """Pending steps past the limit, letters without a 回执, graduates whose relation stayed."""
    found: list[Reminder] = []
    for fact in transfers:
        what = DIRECTION_NAMES.get(fact.direction, "")
        if fact.state in PENDING and pending_days(fact, today) > limits.pending_alert_days:
            found.append(
                Reminder(
                    "pending",
                    f"{fact.name}的组织关系{what}“{state_name(fact.state)}”已"
                    f"{pending_days(fact, today)}天未处理（超过{limits.pending_alert_days}天）",
                    transfer_id=fact.transfer_id,
                )
            )
        if (
            fact.direction == Direction.OUT
            and fact.letter_issued_on is not None
            and not fact.letter_voided
            and fact.receipt_on is None
            and fact.state != TransferState.WITHDRAWN
        ):
            days = fact.letter_valid_days or limits.letter_valid_days
            due = valid_until(fact.letter_issued_on, days) + timedelta(days=limits.receipt_due_days)
            if today > due:
                found.append(
                    Reminder(
                        "receipt",
                        f"{fact.name}的介绍信有效期已过{limits.receipt_due_days}天以上，"
                        "仍未收到回执联",
                        transfer_id=fact.transfer_id,
                    )
                )
    for graduate in graduates:
        if graduate.moved or graduate.status not in ("active", "transferring"):
            continue
        due = add_months(graduate.graduation_month.first_day(), limits.lapse_months)
        if today >= due:
            found.append(
                Reminder(
                    "lapse",
                    f"{graduate.name}已于{graduate.graduation_month.chinese()}毕业，满"
                    f"{limits.lapse_months}个月组织关系仍未转出（逾期按自行脱团处理）",
                    member_id=graduate.member_id,
                )
            )
    return found


# --- 学社衔接 cohort rate (rules.md §8.4) -------------------------------------------------------


@dataclass(frozen=True)
class CohortRate:
    """A graduation year's 转接率 against the profile's goal."""

    year: int
    graduates: int  # eligible graduates
    moved: int
    target: Fraction | None

    @property
    def rate(self) -> Fraction | None:
        return Fraction(self.moved, self.graduates) if self.graduates else None

    @property
    def met(self) -> bool | None:
        if self.target is None or self.rate is None:
            return None
        return self.rate >= self.target

    def describe(self) -> str:
        rate = self.rate
        if rate is None:
            return f"{self.year}届毕业团员：尚无"
        text = (
            f"{self.year}届毕业团员{self.graduates}人，已转接{self.moved}人，转接率{percent(rate)}"
        )
        if self.target is not None:
            verdict = "已达到" if self.met else "未达到"
            text += f"（目标≥{percent(self.target)}，{verdict}）"
        return text


def percent(value: Fraction) -> str:
    """0.95 → ``95%``; one decimal when needed (``66.7%``)."""
    hundred = value * 100
    if hundred.denominator == 1:
        return f"{hundred.numerator}%"
    return f"{float(hundred):.1f}%"


def cohort_rate(
    year: int, graduates: Iterable[GraduateFact], target: Fraction | None
) -> CohortRate:
    """The share of ``year``'s eligible graduates whose relation moved (接转成功)."""
    cohort = [g for g in graduates if g.graduation_month.year == year and g.eligible]
    return CohortRate(year, len(cohort), sum(1 for g in cohort if g.moved), target)
