"""会议记录 and votes (rules.md §2.3–§2.5): kinds, agenda topics, attendance, quorum and passing.

Every threshold comes from the branch's :class:`~branchdesk.domain.profiles.Profile`:

- general: ``quorum.dahui.attendance``, ``quorum.dahui.pass``
- evaluation (评议): ``quorum.pingyi.attendance``, passing like general (``quorum.dahui.pass``)
- election (选举): ``quorum.election.attendance``, ``quorum.election.pass`` (per candidate)
- admission (接收新团员): ``quorum.admission.attendance``, ``quorum.admission.pass`` (per person)
- tuiyou (推优): ``quorum.tuiyou.attendance``, ``quorum.tuiyou.pass`` (per person)

Each rule is a :class:`~branchdesk.domain.profiles.Threshold`: an operator (``>`` is the strict
"more than" of the rules: exactly 1/2 is not enough), a fraction and the base counted against.

Who is counted:

- 应到 (expected) = every attendance line that is not 列席; 实到 = those marked 出席.
- 列席 observers (``presence is None`` or ``observer=True``) never count and never vote.
- 有表决权 (voters) = 实到 members with a vote; members under 留团察看 have none (§7.2).
- The attendance count compared with the rule is 实到, except that it is 实到有表决权 when the
  base counts voters (``voting_expected``, ``expected_voters``, ``present_voters``) and for
  elections, where the rule reads "有选举权的到会人数超过应到会人数的五分之四".

Impossible numbers (实到 > 应到, …) are errors. A quorum breach or a motion that did not pass is a
warning: the record still says what actually happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction
from typing import Final

from branchdesk.domain.members import Issue, Severity
from branchdesk.domain.profiles import THRESHOLD_BASES, Profile, Threshold
from branchdesk.domain.vocab import CodeList, Entry

# --- code lists -------------------------------------------------------------------------------


class MeetingKind(StrEnum):
    DAHUI = "dahui"
    ZHIWEI = "zhiwei"
    XIAOZU = "xiaozu"
    TUANKE = "tuanke"
    THEME_DAY = "theme_day"
    SHENGHUOHUI = "shenghuohui"


MEETING_KINDS: Final = CodeList(
    "meeting_kind",
    "会议类型",
    (
        Entry(MeetingKind.DAHUI, "支部大会"),
        Entry(MeetingKind.ZHIWEI, "支委会"),
        Entry(MeetingKind.XIAOZU, "团小组会"),
        Entry(MeetingKind.TUANKE, "团课"),
        Entry(MeetingKind.THEME_DAY, "主题团日"),
        Entry(MeetingKind.SHENGHUOHUI, "组织生活会"),
    ),
    aliases={
        "团员大会": "dahui",
        "支部委员会": "zhiwei",
        "支委会议": "zhiwei",
        "小组会": "xiaozu",
        "主题团日活动": "theme_day",
        "团日活动": "theme_day",
        "专题组织生活会": "shenghuohui",
    },
)

AGENDA_TYPES: Final = CodeList(
    "agenda_type",
    "议题类型",
    (
        Entry("study", "学习"),
        Entry("report", "审议工作报告"),
        Entry("election", "选举"),
        Entry("admission", "接收新团员"),
        Entry("evaluation", "团员教育评议"),
        Entry("registration", "团籍注册"),
        Entry("tuiyou", "推优"),
        Entry("reward", "奖励"),
        Entry("discipline", "处分"),
        Entry("removal", "除名"),
        Entry("life_meeting", "组织生活会"),
        Entry("assignment", "研究布置工作"),
        Entry("activist", "确定入团积极分子/发展对象"),
        Entry("other", "其他"),
    ),
    aliases={
        "评议": "evaluation",
        "民主评议": "evaluation",
        "注册": "registration",
        "推优入党": "tuiyou",
        "发展团员": "admission",
        "增补": "election",
        "罢免": "election",
        "布置工作": "assignment",
        "其它": "other",
    },
)

# rules.md §2.5: what each kind of meeting usually decides, in the order to offer. The UI shows
# these first and may offer the rest of AGENDA_TYPES after them.
_AGENDA_BY_KIND: Final[dict[MeetingKind, tuple[str, ...]]] = {
    MeetingKind.DAHUI: (
        "study",
        "report",
        "election",
        "admission",
        "evaluation",
        "registration",
        "tuiyou",
        "reward",
        "discipline",
        "removal",
        "life_meeting",
        "other",
    ),
    MeetingKind.ZHIWEI: (
        "assignment",
        "activist",
        "evaluation",
        "admission",
        "tuiyou",
        "reward",
        "discipline",
        "other",
    ),
    MeetingKind.XIAOZU: (
        "study",
        "assignment",
        "election",
        "evaluation",
        "admission",
        "tuiyou",
        "reward",
        "discipline",
        "life_meeting",
        "other",
    ),
    MeetingKind.TUANKE: ("study", "other"),
    MeetingKind.THEME_DAY: ("study", "other"),
    MeetingKind.SHENGHUOHUI: ("life_meeting", "evaluation", "registration", "study", "other"),
}


def agenda_types_for(kind: MeetingKind | str) -> tuple[str, ...]:
    """The agenda codes to offer first for a meeting kind (rules.md §2.5); all of them for an
    unknown kind."""
    try:
        return _AGENDA_BY_KIND[MeetingKind(kind)]
    except ValueError:
        return AGENDA_TYPES.codes


class Presence(StrEnum):
    PRESENT = "present"
    LEAVE = "leave"
    ABSENT = "absent"


PRESENCE: Final = CodeList(
    "presence",
    "出缺席",
    (
        Entry(Presence.PRESENT, "出席"),
        Entry(Presence.LEAVE, "请假"),
        Entry(Presence.ABSENT, "缺席"),
    ),
    aliases={"到": "present", "实到": "present", "假": "leave", "缺": "absent", "未到": "absent"},
)


class VoteKind(StrEnum):
    GENERAL = "general"
    EVALUATION = "evaluation"
    ELECTION = "election"
    ADMISSION = "admission"
    TUIYOU = "tuiyou"


VOTE_KINDS: Final = CodeList(
    "vote_kind",
    "表决类型",
    (
        Entry(VoteKind.GENERAL, "一般事项"),
        Entry(VoteKind.EVALUATION, "团员教育评议"),
        Entry(VoteKind.ELECTION, "选举"),
        Entry(VoteKind.ADMISSION, "接收新团员"),
        Entry(VoteKind.TUIYOU, "推优"),
    ),
)

# The profile keys of each vote kind: (attendance, pass).
VOTE_RULE_KEYS: Final[dict[VoteKind, tuple[str, str]]] = {
    VoteKind.GENERAL: ("quorum.dahui.attendance", "quorum.dahui.pass"),
    VoteKind.EVALUATION: ("quorum.pingyi.attendance", "quorum.dahui.pass"),
    VoteKind.ELECTION: ("quorum.election.attendance", "quorum.election.pass"),
    VoteKind.ADMISSION: ("quorum.admission.attendance", "quorum.admission.pass"),
    VoteKind.TUIYOU: ("quorum.tuiyou.attendance", "quorum.tuiyou.pass"),
}

_VOTE_BY_AGENDA: Final[dict[str, VoteKind]] = {
    "election": VoteKind.ELECTION,
    "admission": VoteKind.ADMISSION,
    "tuiyou": VoteKind.TUIYOU,
    "evaluation": VoteKind.EVALUATION,
}

# Decided one candidate at a time (rules.md §2.3 per_item).
PER_ITEM_KINDS: Final = frozenset({VoteKind.ADMISSION, VoteKind.TUIYOU})


def vote_kind_for_agenda(topic: str) -> VoteKind:
    """The vote rule an agenda topic uses (a code, or a name such as "选举"); general otherwise."""
    code = topic if topic in AGENDA_TYPES else AGENDA_TYPES.lookup(topic)
    return _VOTE_BY_AGENDA.get(code or "", VoteKind.GENERAL)


def vote_rules(kind: VoteKind, profile: Profile) -> tuple[Threshold, Threshold]:
    """The (attendance, passing) thresholds of a vote kind in ``profile``."""
    attendance, passing = VOTE_RULE_KEYS[kind]
    return profile.fraction(attendance), profile.fraction(passing)


# --- attendance -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceLine:
    """One person on the attendance sheet.

    ``presence is None`` or ``observer=True`` marks a 列席 observer, who never counts and never
    votes. ``can_vote`` is False for members under 留团察看.
    """

    member_id: int | None
    name: str
    presence: Presence | None
    reason: str | None = None
    observer: bool = False
    can_vote: bool = True

    @property
    def is_observer(self) -> bool:
        return self.observer or self.presence is None


@dataclass(frozen=True)
class AttendanceCounts:
    """应到 / 实到 / 请假 / 缺席 / 列席 and 实到有表决权.

    ``voters_expected`` (应到有表决权) is None when not counted; rules then fall back to 应到.
    """

    expected: int
    present: int
    leave: int
    absent: int
    observers: int
    voters_present: int
    voters_expected: int | None = None

    @property
    def rate(self) -> Fraction | None:
        """到会率 = 实到 / 应到; None when nobody was expected."""
        if self.expected <= 0:
            return None
        return Fraction(self.present, self.expected)

    @property
    def rate_text(self) -> str:
        """``91.7%`` (one decimal, half up); ``—`` when nobody was expected."""
        rate = self.rate
        return "—" if rate is None else percent_text(rate, decimals=1)


def percent_text(share: Fraction, decimals: int = 1) -> str:
    """A share as a percentage, rounded half up: 11/12 → ``91.7%``; ``decimals=0`` → ``92%``."""
    scale = 10**decimals
    tenths = (share * 100 * scale * 2 + 1) // 2  # half up, exact
    whole, part = divmod(int(tenths), scale)
    return f"{whole}.{part:0{decimals}d}%" if decimals else f"{whole}%"


def count_attendance(lines: Sequence[AttendanceLine]) -> AttendanceCounts:
    """Count an attendance sheet. Observers count only as 列席."""
    present = leave = absent = observers = voters_present = voters_expected = 0
    for line in lines:
        if line.is_observer:
            observers += 1
            continue
        if line.can_vote:
            voters_expected += 1
        if line.presence == Presence.PRESENT:
            present += 1
            if line.can_vote:
                voters_present += 1
        elif line.presence == Presence.LEAVE:
            leave += 1
        else:
            absent += 1
    return AttendanceCounts(
        expected=present + leave + absent,
        present=present,
        leave=leave,
        absent=absent,
        observers=observers,
        voters_present=voters_present,
        voters_expected=voters_expected,
    )


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def check_attendance(lines: Sequence[AttendanceLine], roster_size: int) -> list[Issue]:
    """Errors for sheets that cannot be right, warnings for 缺席/请假 without a reason.

    ``roster_size`` is the number of people who could be expected (the branch's members, or the
    支委 for a 支委会). Every issue has the field ``attendance``.
    """
    issues: list[Issue] = []

    def error(message: str) -> None:
        issues.append(Issue("attendance", message))

    def warn(message: str) -> None:
        issues.append(Issue("attendance", message, Severity.WARNING))

    counts = count_attendance(lines)
    if counts.expected > roster_size:
        error(f"应到{counts.expected}人，超过支部团员总数{roster_size}人")
    seen: dict[int, str] = {}
    for number, line in enumerate(lines, start=1):
        who = line.name.strip()
        if not who:
            error(f"出席名单第{number}行缺少姓名")
            who = f"第{number}行"
        if line.member_id is not None:
            if line.member_id in seen:
                error(f"{who}在出席名单中重复出现")
            seen[line.member_id] = who
        if line.observer and line.presence is not None:
            if line.member_id is not None and line.presence == Presence.PRESENT:
                error(f"{who}是本支部团员，已标记为出席，不能同时记为列席")
            else:
                error(f"{who}记为列席，不应再标记为{PRESENCE.name(line.presence)}")
            continue
        if line.is_observer:
            continue
        if line.member_id is None:
            error(f"{who}不是本支部团员，只能列席，不计入应到人数")
        if line.presence in (Presence.ABSENT, Presence.LEAVE) and _blank(line.reason):
            warn(f"{who}{PRESENCE.name(line.presence)}，未填写原因")
    return issues


# --- votes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VoteRecord:
    """The counts of one vote (one resolution, one candidate).

    ``voters`` = 实到有表决权 (members under 留团察看 excluded). ``total_members`` (支部团员总数)
    and ``voters_expected`` (应到有表决权) are the bases of some rules; when None, 应到 stands in.
    """

    kind: VoteKind
    subject: str
    expected: int
    present: int
    voters: int
    yes: int
    no: int
    abstain: int
    total_members: int | None = None
    voters_expected: int | None = None


@dataclass(frozen=True)
class VoteCheck:
    """``quorum_met`` and ``passed`` (the rule's yes votes reached *and* a valid quorum);
    ``votes_met`` says whether the yes votes alone reached the passing rule."""

    quorum_met: bool
    passed: bool
    issues: tuple[Issue, ...]
    explanation: str
    votes_met: bool = False


_VOTER_BASES: Final = frozenset({"voting_expected", "expected_voters", "present_voters"})

# How a base is named in a sentence: "应到24人".
_BASE_WORDS: Final[dict[str, str]] = {
    "total_members": "支部团员总数",
    "expected": "应到",
    "voting_expected": "应到有表决权",
    "expected_voters": "应到有表决权",
    "present": "实到",
    "present_voters": "实到有表决权",
}

_PASS_WORDS: Final[dict[VoteKind, tuple[str, str]]] = {
    VoteKind.GENERAL: ("表决通过", "未获通过"),
    VoteKind.EVALUATION: ("表决通过", "未获通过"),
    VoteKind.ELECTION: ("当选", "未当选"),
    VoteKind.ADMISSION: ("同意接收", "未获通过"),
    VoteKind.TUIYOU: ("同意推荐", "未获通过"),
}

_VERBS: Final[dict[str, tuple[str, str]]] = {">": ("超过", "未超过"), ">=": ("不少于", "少于")}

_SEVERAL_NAMES = re.compile(r"[、，,;；/]|\s+[和与]\s*")


def base_size(vote: VoteRecord, base: str) -> int:
    """The number of people a threshold base means for this vote."""
    if base == "total_members":
        return vote.expected if vote.total_members is None else vote.total_members
    if base == "expected":
        return vote.expected
    if base in ("voting_expected", "expected_voters"):
        return vote.expected if vote.voters_expected is None else vote.voters_expected
    if base == "present":
        return vote.present
    if base == "present_voters":
        return vote.voters
    raise ValueError(f"unknown threshold base {base!r}; known: {', '.join(THRESHOLD_BASES)}")


def _attendance_count(vote: VoteRecord, rule: Threshold) -> tuple[int, str]:
    if rule.base in _VOTER_BASES or vote.kind == VoteKind.ELECTION:
        return vote.voters, "实到有表决权"
    return vote.present, "实到"


def _compare(
    rule: Threshold, count: int, count_words: str, of: int, unit: str, verdict: tuple[str, str]
) -> tuple[bool, str]:
    """(met, "实到11人，未超过应到24人的1/2（至少需13人），不符合到会要求")."""
    met = rule.met(count, of)
    verb = _VERBS[rule.op][0 if met else 1]
    minimum = rule.minimum(of)
    base = _BASE_WORDS.get(rule.base, THRESHOLD_BASES.get(rule.base, rule.base))
    text = (
        f"{count_words}{count}{unit}，{verb}{base}{of}人的{rule.fraction}"
        f"（至少需{minimum}{unit}），{verdict[0] if met else verdict[1]}"
    )
    return met, text


def _number_errors(vote: VoteRecord) -> list[Issue]:
    issues: list[Issue] = []

    def error(field: str, message: str) -> None:
        issues.append(Issue(field, message))

    named = {
        "expected": ("应到", vote.expected),
        "present": ("实到", vote.present),
        "voters": ("有表决权", vote.voters),
        "yes": ("赞成", vote.yes),
        "no": ("反对", vote.no),
        "abstain": ("弃权", vote.abstain),
        "total_members": ("支部团员总数", vote.total_members),
        "voters_expected": ("应到有表决权", vote.voters_expected),
    }
    negative = False
    for field, (label, value) in named.items():
        if value is not None and value < 0:
            error(field, f"{label}人数不能为负数（{value}）")
            negative = True
    if negative:
        return issues
    if vote.total_members is not None and vote.expected > vote.total_members:
        error("expected", f"应到{vote.expected}人，多于支部团员总数{vote.total_members}人")
    if vote.present > vote.expected:
        error("present", f"实到{vote.present}人，多于应到{vote.expected}人")
    if vote.voters > vote.present:
        error("voters", f"有表决权的{vote.voters}人，多于实到{vote.present}人")
    if vote.voters_expected is not None:
        if vote.voters_expected > vote.expected:
            error(
                "voters_expected",
                f"应到有表决权{vote.voters_expected}人，多于应到{vote.expected}人",
            )
        elif vote.voters > vote.voters_expected:
            error(
                "voters",
                f"实到有表决权{vote.voters}人，多于应到有表决权{vote.voters_expected}人",
            )
    cast = vote.yes + vote.no + vote.abstain
    if cast > vote.voters:
        error(
            "yes",
            f"赞成{vote.yes}、反对{vote.no}、弃权{vote.abstain}，合计{cast}票，"
            f"多于有表决权的{vote.voters}人",
        )
    return issues


def _subject_errors(vote: VoteRecord) -> list[Issue]:
    if vote.kind not in PER_ITEM_KINDS and vote.kind != VoteKind.ELECTION:
        return []
    label = VOTE_KINDS.name(vote.kind)
    subject = vote.subject.strip()
    if not subject:
        return [Issue("subject", f"{label}的表决须写明表决对象（姓名）")]
    if vote.kind in PER_ITEM_KINDS:
        names = [part for part in _SEVERAL_NAMES.split(subject) if part.strip()]
        if len(names) > 1:
            return [
                Issue(
                    "subject",
                    f"{label}须逐个表决：“{subject}”含{len(names)}人，应分为{len(names)}次表决",
                )
            ]
    return []


def check_vote(vote: VoteRecord, profile: Profile) -> VoteCheck:
    """Check one vote against the profile's attendance and passing rules."""
    label = VOTE_KINDS.name(vote.kind)
    errors = _number_errors(vote) + _subject_errors(vote)
    if errors:
        return VoteCheck(
            quorum_met=False,
            passed=False,
            issues=tuple(errors),
            explanation=f"{label}的表决记录有误，无法判断是否有效：{errors[0].message}。",
        )
    attendance, passing = vote_rules(vote.kind, profile)
    count, count_words = _attendance_count(vote, attendance)
    quorum_met, quorum_text = _compare(
        attendance,
        count,
        count_words,
        base_size(vote, attendance.base),
        "人",
        ("符合到会要求", "不符合到会要求"),
    )
    subject = vote.subject.strip()
    prefix = f"{subject}：" if subject else ""
    votes_word = "得票" if vote.kind == VoteKind.ELECTION else "赞成"
    votes_met, pass_text = _compare(
        passing,
        vote.yes,
        votes_word,
        base_size(vote, passing.base),
        "票",
        _PASS_WORDS[vote.kind],
    )
    issues: list[Issue] = []
    if not quorum_met:
        issues.append(Issue("present", quorum_text, Severity.WARNING))
    if not votes_met:
        issues.append(Issue("yes", f"{prefix}{pass_text}", Severity.WARNING))
    passed = quorum_met and votes_met
    if quorum_met:
        explanation = f"{quorum_text}；{prefix}{pass_text}。"
    else:
        explanation = f"{quorum_text}，{label}的表决结果不能生效（{prefix}{pass_text}）。"
    return VoteCheck(
        quorum_met=quorum_met,
        passed=passed,
        issues=tuple(issues),
        explanation=explanation,
        votes_met=votes_met,
    )


# --- elections --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ElectionResult:
    """The outcome of one 支委 election round.

    ``elected`` in order of votes; ``tied`` candidates are level for the last seats and need a
    re-vote among themselves; ``unfilled`` seats go to 另行选举.
    """

    quorum_met: bool
    elected: tuple[str, ...]
    tied: tuple[str, ...]
    unfilled: int
    checks: tuple[VoteCheck, ...]
    issues: tuple[Issue, ...]
    explanation: str


def tally_election(
    tallies: Sequence[tuple[str, int]],
    seats: int,
    expected: int,
    present: int,
    voters: int,
    profile: Profile,
    ballots_issued: int | None = None,
    ballots_returned: int | None = None,
    total_members: int | None = None,
) -> ElectionResult:
    """Who is elected (rules.md §2.3): each winner needs votes passing ``quorum.election.pass``
    (more than half of the voters present); more qualified candidates than seats → the highest
    totals win; a tie for the last seat → re-vote; seats left → 另行选举.

    ``tallies`` = (candidate, votes for). Returned ballots more than issued → the round is void.
    """
    issues: list[Issue] = []
    if seats <= 0:
        issues.append(Issue("seats", f"应选名额须为正数（{seats}）"))
    if ballots_issued is not None and ballots_returned is not None:
        if ballots_returned > ballots_issued:
            issues.append(
                Issue(
                    "ballots",
                    f"收回选票{ballots_returned}张，多于发出的{ballots_issued}张，选举无效，应重新投票",
                )
            )
        elif ballots_returned > voters:
            issues.append(
                Issue("ballots", f"收回选票{ballots_returned}张，多于实到有表决权的{voters}人")
            )
    names = [name.strip() for name, _votes in tallies]
    for name in sorted({n for n in names if names.count(n) > 1}):
        issues.append(Issue("subject", f"候选人{name}重复出现"))
    total_votes = sum(votes for _name, votes in tallies)
    if seats > 0 and total_votes > voters * seats:
        issues.append(
            Issue(
                "yes",
                f"各候选人得票合计{total_votes}票，"
                f"多于{voters}人×应选{seats}名的{voters * seats}票",
            )
        )
    checks = tuple(
        check_vote(
            VoteRecord(
                kind=VoteKind.ELECTION,
                subject=name,
                expected=expected,
                present=present,
                voters=voters,
                yes=votes,
                no=0,
                abstain=0,
                total_members=total_members,
            ),
            profile,
        )
        for name, votes in tallies
    )
    for check in checks:
        issues.extend(issue for issue in check.issues if issue.is_error)
    if any(issue.is_error for issue in issues):
        return ElectionResult(
            quorum_met=False,
            elected=(),
            tied=(),
            unfilled=max(seats, 0),
            checks=checks,
            issues=tuple(issues),
            explanation=f"选举数字有误，无法确定当选人：{issues[0].message}。",
        )
    attendance, passing = vote_rules(VoteKind.ELECTION, profile)
    probe = VoteRecord(VoteKind.ELECTION, "", expected, present, voters, 0, 0, 0, total_members)
    count, count_words = _attendance_count(probe, attendance)
    quorum_met, quorum_text = _compare(
        attendance,
        count,
        count_words,
        base_size(probe, attendance.base),
        "人",
        ("符合到会要求", "不符合到会要求"),
    )
    if not quorum_met:
        issues.append(Issue("present", f"{quorum_text}，选举无效", Severity.WARNING))
        return ElectionResult(
            quorum_met=False,
            elected=(),
            tied=(),
            unfilled=seats,
            checks=checks,
            issues=tuple(issues),
            explanation=f"{quorum_text}，选举无效。",
        )
    qualified = sorted(
        (
            (name.strip(), votes)
            for (name, votes), check in zip(tallies, checks, strict=True)
            if check.votes_met
        ),
        key=lambda item: -item[1],
    )
    elected: list[str]
    tied: list[str] = []
    if len(qualified) <= seats:
        elected = [name for name, _votes in qualified]
    else:
        cutoff = qualified[seats - 1][1]
        elected = [name for name, votes in qualified if votes > cutoff]
        level = [name for name, votes in qualified if votes == cutoff]
        if len(elected) + len(level) <= seats:
            elected += level
        else:
            tied = level
    unfilled = 0 if tied else seats - len(elected)
    need = passing.minimum(base_size(probe, passing.base))
    parts = [f"{quorum_text}；当选须得票{passing.describe()}（至少{need}票）"]
    parts.append(f"当选：{'、'.join(elected)}" if elected else "无人当选")
    if tied:
        open_seats = seats - len(elected)
        parts.append(f"{'、'.join(tied)}得票相等，须就剩余{open_seats}个名额再次投票")
        issues.append(
            Issue(
                "yes",
                f"{'、'.join(tied)}得票相等，争夺剩余{open_seats}个名额，须再次投票",
                Severity.WARNING,
            )
        )
    if unfilled:
        parts.append(f"尚缺{unfilled}名，应另行选举")
        issues.append(
            Issue("yes", f"当选人数不足应选名额，尚缺{unfilled}名，应另行选举", Severity.WARNING)
        )
    return ElectionResult(
        quorum_met=True,
        elected=tuple(elected),
        tied=tuple(tied),
        unfilled=unfilled,
        checks=checks,
        issues=tuple(issues),
        explanation="；".join(parts) + "。",
    )


# --- the meeting as a whole -------------------------------------------------------------------


def check_meeting(
    kind: MeetingKind,
    held_on: date,
    today: date,
    lines: Sequence[AttendanceLine],
    roster_size: int,
    recorder_id: int | None,
    chair_id: int | None,
    member_ids: set[int],
    profile: Profile | None = None,
) -> list[Issue]:
    """Check a 会议记录 before saving: date, chair, recorder, attendance.

    ``member_ids`` = the branch's members on the day. A 团课's chair may be from outside (the
    党支部书记 often lectures), so only its recorder must be a member. With a ``profile``, a
    支部大会 is also checked against ``quorum.dahui.attendance`` (base: ``roster_size``), as a
    warning.
    """
    issues: list[Issue] = []
    if held_on > today:
        issues.append(
            Issue(
                "held_on",
                f"会议日期{held_on.isoformat()}晚于今天（{today.isoformat()}），不能记录尚未召开的会议",
            )
        )
    if recorder_id is None:
        issues.append(Issue("recorder_id", "未填写记录人", Severity.WARNING))
    elif recorder_id not in member_ids:
        issues.append(Issue("recorder_id", "记录人必须是本支部团员"))
    if chair_id is None:
        issues.append(Issue("chair_id", "未填写主持人", Severity.WARNING))
    elif chair_id not in member_ids and kind != MeetingKind.TUANKE:
        issues.append(Issue("chair_id", "主持人必须是本支部团员"))
    issues.extend(check_attendance(lines, roster_size))
    if not lines:
        issues.append(Issue("attendance", "未登记出席情况（应到、实到）", Severity.WARNING))
    elif profile is not None and kind == MeetingKind.DAHUI:
        counts = count_attendance(lines)
        rule = profile.fraction("quorum.dahui.attendance")
        vote = VoteRecord(
            VoteKind.GENERAL,
            "",
            counts.expected,
            counts.present,
            counts.voters_present,
            0,
            0,
            0,
            total_members=max(roster_size, counts.expected),
            voters_expected=counts.voters_expected,
        )
        count, words = _attendance_count(vote, rule)
        met, text = _compare(
            rule,
            count,
            words,
            base_size(vote, rule.base),
            "人",
            ("符合到会要求", "不符合到会要求"),
        )
        if not met:
            issues.append(Issue("attendance", text, Severity.WARNING))
    return issues
