"""Document data for the 三会两制一课 reports: 会议记录, 签到表, 会议台账, 评议 and 注册 summaries.

:class:`MeetingReports` reads through the other services (plain data only) and hands the plain
data to the pure ``*_doc`` functions below, which format every string for paper
(``reports.meeting_documents``). The ``*_tables`` functions turn a document into the sheets of
its ``.xlsx`` (``io.report_xlsx``).

Decisions:

- 会议记录: 缺席人数 = 请假 + 缺席; the absentee lines keep the two apart. Each 决议 voted on
  prints its counts and the rule check's sentence, quorum met or not: the record says what
  actually happened.
- 会议台账: meetings oldest first. The plan table counts per quarter; an item required per
  month or quarter shows "已开/应开" with the quarter's state, an item required per half-year or
  year only its count (its state is in the 完成情况 column). Kinds the profile does not require
  (组织生活会, 团小组会 "按需") are listed with their counts and "不作要求".
- 评议: 应参评 = everyone on the year's sheet except 保留团籍的党员 who did not take part;
  实参评 = those with a grade (approved, else proposed — as the cap check counts). 自评等次 is
  not recorded (only the 自评 text is), so its column is left blank for the secretary.
- 注册: 应注册 = everyone except 保留团籍的党员 marked 不参加; 注册率 = 已注册 / 应注册. 团费 is not
  tracked yet: 团费交至 is blank.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Final, Protocol

from branchdesk.domain import vocab
from branchdesk.domain.calendar import DONE, DUE, OVERDUE, PeriodStatus, period_runs
from branchdesk.domain.dates import YearMonth
from branchdesk.domain.meetings import (
    AGENDA_TYPES,
    MEETING_KINDS,
    VOTE_KINDS,
    MeetingKind,
    Presence,
    VoteKind,
    percent_text,
)
from branchdesk.domain.profiles import Profile
from branchdesk.domain.reviews import (
    GRADES,
    Grade,
    RegistrationOutcome,
    check_grades,
    excellent_cap,
    registration_eligible,
)
from branchdesk.errors import NotFoundError, ValidationError
from branchdesk.io.report_xlsx import ReportTable, write_report_tables
from branchdesk.reports.meeting_documents import (
    BLANK_FORM,
    EMPTY_YEAR,
    EVALUATION_GROUPS,
    EVALUATION_HEADERS,
    EVALUATION_WIDTHS,
    LEDGER_HEADERS,
    LEDGER_WIDTHS,
    PLAN_HEADERS,
    PLAN_WIDTHS,
    REGISTRATION_HEADERS,
    REGISTRATION_WIDTHS,
    SIGN_IN_HEADERS,
    SIGN_IN_WIDTHS,
    CheckItem,
    EvaluationLine,
    EvaluationSummaryDoc,
    LedgerRow,
    MeetingLedgerDoc,
    MinutesDoc,
    PlanRow,
    RegistrationLine,
    RegistrationSummaryDoc,
    SignInDoc,
    SignInRow,
    VoteLine,
    chinese_date,
    chinese_month,
    clock,
)
from branchdesk.services.branches import BranchService
from branchdesk.services.calendar import CalendarService
from branchdesk.services.meeting_schemas import (
    EvaluationRow,
    MeetingRead,
    MeetingRow,
    RegistrationRow,
)
from branchdesk.services.meetings import MeetingService
from branchdesk.services.members import MemberService
from branchdesk.services.profiles import ProfileService
from branchdesk.services.reviews import ReviewService
from branchdesk.services.schemas import BranchRead

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from branchdesk.reports.fonts import FontSet

ProfileProvider = Callable[[int], Profile]
Clock = Callable[[], date]

# The 会议类型 row of forms.md §6, in its order and wording.
KIND_BOXES: Final = (
    (MeetingKind.DAHUI, "支部大会"),
    (MeetingKind.ZHIWEI, "支部委员会"),
    (MeetingKind.XIAOZU, "团小组会"),
    (MeetingKind.TUANKE, "团课"),
    (MeetingKind.SHENGHUOHUI, "组织生活会"),
    (MeetingKind.THEME_DAY, "主题团日"),
)

SIGN_IN_EXTRA_ROWS: Final = 5  # forms.md §6: blank rows to 应到 + 5

_PERIOD_WORDS: Final = {"month": "每月", "quarter": "每季度", "half_year": "每半年", "year": "每年"}
_MEETING_ITEMS: Final = ("dahui", "zhiwei", "xiaozu", "tuanke", "theme_day")


@dataclass(frozen=True)
class MemberFacts:
    """What the summaries print about a member beyond the sheets' rows."""

    gender: str
    birth: date | None
    joined: YearMonth | None
    dev_number: str
    card_number: str
    party_member: bool


# --- small formatting helpers -------------------------------------------------------------------


def _people(count: int) -> str:
    return f"{count}人"


def _hours_text(hours: Decimal | None) -> str | None:
    if hours is None:
        return None
    text = f"{hours:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}学时"


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip())


def _time_span(start: time | None, end: time | None) -> str:
    first = clock(start)
    last = clock(end)
    if first and last:
        return f"{first}—{last}"
    if first:
        return f"{first}起"
    return f"至{last}" if last else ""


def _place(place: str, online: bool) -> str:
    place = place.strip()
    if not online:
        return place
    return f"{place}（线上）" if place else "线上"


# --- 会议记录 ----------------------------------------------------------------------------------


def minutes_doc(branch: BranchRead, meeting: MeetingRead, names: Mapping[int, str]) -> MinutesDoc:
    """The 会议记录 of one stored meeting. ``names``: member id → name (chair, recorder)."""
    data = meeting.data
    counts = meeting.counts
    kind = data.kind
    title = data.title.strip()
    if kind == MeetingKind.XIAOZU and data.group_name and data.group_name not in title:
        title = f"{title}（{data.group_name}）"
    by_presence: dict[str, list[str]] = defaultdict(list)
    observers: list[str] = []
    for line in data.attendance:
        if line.observer or line.presence is None:
            observers.append(line.name)
            continue
        if line.presence in (Presence.LEAVE, Presence.ABSENT):
            reason = (line.reason or "").strip() or "原因未记录"
            by_presence[line.presence].append(f"{line.name}（{reason}）")
    absentees = tuple(
        f"{label}（{len(by_presence[code])}人）：{'、'.join(by_presence[code])}"
        for code, label in ((Presence.LEAVE, "请假"), (Presence.ABSENT, "缺席"))
        if by_presence[code]
    ) or ("无",)
    agenda = []
    for number, item in enumerate(data.agenda, start=1):
        topic = AGENDA_TYPES.name(item.topic) or item.topic
        text = item.text.strip()
        agenda.append(f"{number}. {topic}：{text}" if text else f"{number}. {topic}")
    votes = []
    for number, (res, check) in enumerate(
        zip(data.resolutions, meeting.vote_checks, strict=False), start=1
    ):
        text = res.text.strip()
        subject = res.subject.strip()
        if subject and subject not in text:
            text = f"{text}（表决对象：{subject}）" if text else f"表决对象：{subject}"
        if res.vote_kind is None or check is None:
            votes.append(VoteLine(f"{number}. {text}", "", "", None))
            continue
        kind_name = VOTE_KINDS.name(res.vote_kind)
        if res.vote_kind != VoteKind.GENERAL:
            text = f"{text}〔{kind_name}〕"
        counts_line = "　".join(
            (
                f"应到{res.expected}人",
                f"实到{res.present}人",
                f"有表决权{res.voters}人",
                f"赞成{res.yes or 0}票",
                f"反对{res.no or 0}票",
                f"弃权{res.abstain or 0}票",
            )
        )
        votes.append(VoteLine(f"{number}. {text}", counts_line, check.explanation, check.passed))
    tuanke = kind == MeetingKind.TUANKE
    date_text = chinese_date(data.held_on)
    return MinutesDoc(
        title=f"{branch.name}会议记录",
        kinds=tuple(CheckItem(label, kind == code) for code, label in KIND_BOXES),
        kind_name=MEETING_KINDS.name(kind) or kind,
        meeting_title=title,
        date_text=date_text,
        time_text=_time_span(data.start_time, data.end_time),
        place=_place(data.place, data.online),
        chair=names.get(data.chair_id, "") if data.chair_id is not None else "",
        recorder=names.get(data.recorder_id, "") if data.recorder_id is not None else "",
        expected=_people(counts.expected),
        present=_people(counts.present),
        absent=_people(counts.leave + counts.absent),
        observers="、".join(observers) if observers else "无",
        absentees=absentees,
        agenda=tuple(agenda),
        content=_paragraphs(data.content),
        decisions=_paragraphs(data.decisions),
        votes=tuple(votes),
        lecturer=data.lecturer.strip() if tuanke else None,
        hours=(_hours_text(data.hours) or "") if tuanke else None,
        rate=counts.rate_text,
        footer=f"{branch.name}　会议记录　{date_text}",
        warnings=tuple(issue.message for issue in meeting.warnings),
    )


# --- 签到表 -------------------------------------------------------------------------------------


def sign_in_doc(
    branch: BranchRead,
    kind: str | None,
    on: date,
    people: Sequence[tuple[str, str]],
    expected: int,
    *,
    meeting_title: str = "",
    time_text: str = "",
    place: str = "",
) -> SignInDoc:
    """A 签到表: ``people`` = (name, 备注) in order, then blank rows up to 应到 + 5 in all (for
    列席 and late-comers). ``kind`` None leaves 会议类型 to be filled in by hand."""
    total = max(expected + SIGN_IN_EXTRA_ROWS, len(people))
    rows = []
    for number in range(1, total + 1):
        name, note = people[number - 1] if number <= len(people) else ("", "")
        rows.append(SignInRow(str(number), name, note))
    date_text = chinese_date(on)
    return SignInDoc(
        title=f"{branch.name}会议签到表",
        meeting_title=meeting_title,
        kind_name=(MEETING_KINDS.name(kind) or kind) if kind else "",
        date_text=date_text,
        time_text=time_text,
        place=place,
        expected=_people(expected),
        rows=tuple(rows),
        footer=f"{branch.name}　会议签到表　{date_text}",
    )


def meeting_sign_in_doc(branch: BranchRead, meeting: MeetingRead) -> SignInDoc:
    """The 签到表 of a recorded meeting: its sheet's members (请假 noted), then 列席."""
    members: list[tuple[str, str]] = []
    observers: list[tuple[str, str]] = []
    for line in meeting.data.attendance:
        if line.observer or line.presence is None:
            observers.append((line.name, "列席"))
        elif line.presence == Presence.LEAVE:
            reason = (line.reason or "").strip()
            members.append((line.name, f"请假（{reason}）" if reason else "请假"))
        else:
            members.append((line.name, ""))
    data = meeting.data
    return sign_in_doc(
        branch,
        data.kind,
        data.held_on,
        members + observers,
        meeting.counts.expected,
        meeting_title=data.title.strip(),
        time_text=_time_span(data.start_time, data.end_time),
        place=_place(data.place, data.online),
    )


def sign_in_tables(doc: SignInDoc) -> list[ReportTable]:
    subtitle = "　".join(
        part
        for part in (
            f"会议名称：{doc.meeting_title}" if doc.meeting_title else "",
            f"会议类型：{doc.kind_name}" if doc.kind_name else "",
            f"时间：{doc.date_text} {doc.time_text}".rstrip(),
            f"地点：{doc.place}" if doc.place else "",
            f"应到：{doc.expected}",
        )
        if part
    )
    return [
        ReportTable(
            sheet="签到表",
            title=doc.title,
            subtitle=subtitle,
            headers=SIGN_IN_HEADERS,
            rows=tuple((r.number, r.name, "", r.note) for r in doc.rows),
            widths_mm=SIGN_IN_WIDTHS,
        )
    ]


# --- 会议台账 ------------------------------------------------------------------------------------


def ledger_doc(
    branch: BranchRead,
    profile_name: str,
    year: int,
    meetings: Sequence[tuple[MeetingRow, MeetingRead]],
    names: Mapping[int, str],
    plan: Sequence[PeriodStatus],
    today: date,
) -> MeetingLedgerDoc:
    """The year's 会议台账: ``meetings`` in any order (printed oldest first), ``plan`` from
    ``CalendarService.year_plan``."""
    ordered = sorted(
        meetings, key=lambda pair: (pair[0].held_on, pair[1].data.start_time is None, pair[0].id)
    )
    rows = []
    short = 0
    for number, (row, read) in enumerate(ordered, start=1):
        data = read.data
        notes = []
        if row.breach:
            notes.append("到会不足")
            short += 1
        if any(c is not None and c.quorum_met and not c.passed for c in read.vote_checks):
            notes.append("有表决事项未通过")
        if data.kind == MeetingKind.TUANKE:
            lecture = "、".join(
                part for part in (data.lecturer.strip(), _hours_text(data.hours) or "") if part
            )
            if lecture:
                notes.append(lecture)
        if data.online:
            notes.append("线上")
        chair = names.get(data.chair_id, "") if data.chair_id is not None else ""
        voted = sum(1 for res in data.resolutions if res.vote_kind is not None)
        counts = read.counts
        rows.append(
            LedgerRow(
                number=str(number),
                date_text=chinese_date(row.held_on),
                kind=MEETING_KINDS.name(row.kind) or row.kind,
                title=row.title,
                chair=chair,
                expected=str(counts.expected) if counts.expected else "—",
                present=str(counts.present) if counts.expected else "—",
                rate=counts.rate_text,
                votes=str(voted),
                note="；".join(notes),
            )
        )
    by_kind = Counter(row.kind for row, _read in meetings)
    summary = f"{year}年共记录会议{len(meetings)}次"
    if meetings:
        parts = [
            f"{MEETING_KINDS.name(code)}{by_kind[code]}次"
            for code in MEETING_KINDS.codes
            if by_kind[code]
        ]
        summary += "（" + "、".join(parts) + "）"
        summary += f"，其中到会不足{short}次。" if short else "，均符合到会要求。"
    else:
        summary += "。"
    quarters_of = _quarter_counts(row for row, _read in meetings)
    plan_rows = _plan_rows(plan, quarters_of, today)
    for code in MEETING_KINDS.codes:
        if code in {status.item for status in plan}:
            continue
        counts_q = quarters_of.get(code, (0, 0, 0, 0))
        if not any(counts_q) and code != MeetingKind.SHENGHUOHUI:
            continue
        plan_rows.append(
            PlanRow(
                item=MEETING_KINDS.name(code),
                requirement="按需召开",
                quarters=_four(str(n) for n in counts_q),
                year_total=str(sum(counts_q)),
                status="不作要求",
            )
        )
    return MeetingLedgerDoc(
        title=f"{branch.name}{year}年度“三会两制一课”记录簿（台账）",
        subtitle=f"规则：{profile_name}　　制表日期：{chinese_date(today)}",
        rows=tuple(rows),
        summary=summary,
        plan_title=f"{year}年度“三会两制一课”完成情况（按季度）",
        plan_rows=tuple(plan_rows),
        plan_note=(
            "注：按月或按季度要求的项目填“已开/应开”及本季度完成情况；按半年或按年要求的项目"
            "填本季度次数，完成情况见末列。一次会议只计入其本身的类型。"
        ),
        footer=f"{branch.name}　{year}年度“三会两制一课”台账　打印日期：{chinese_date(today)}",
    )


def _four(values: Iterable[str]) -> tuple[str, str, str, str]:
    a, b, c, d = values
    return (a, b, c, d)


def _quarter_counts(rows: Iterable[MeetingRow]) -> dict[str, tuple[int, int, int, int]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        counts[row.kind][(row.held_on.month - 1) // 3] += 1
    return {kind: (c[0], c[1], c[2], c[3]) for kind, c in counts.items()}


def _state_word(statuses: Sequence[PeriodStatus]) -> str:
    states = {status.state for status in statuses}
    if states == {DONE}:
        return "完成"
    if OVERDUE in states:
        return "未完成"
    if DUE in states:
        return "进行中"
    return "未开始"


def _plan_rows(
    plan: Sequence[PeriodStatus],
    quarters_of: Mapping[str, tuple[int, int, int, int]],
    today: date,
) -> list[PlanRow]:
    items: dict[str, list[PeriodStatus]] = {}
    for status in plan:
        items.setdefault(status.item, []).append(status)
    rows = []
    for item, statuses in items.items():
        first = statuses[0]
        period = first.period
        requirement = f"{_PERIOD_WORDS.get(period, '')}{first.required}次"
        quarters: list[str] = []
        for quarter in range(1, 5):
            if period in ("month", "quarter"):
                inside = [s for s in statuses if (s.start.month - 1) // 3 + 1 == quarter]
                done = sum(s.done for s in inside)
                required = sum(s.required for s in inside)
                quarters.append(f"{done}/{required}　{_state_word(inside)}")
            elif item in _MEETING_ITEMS:
                quarters.append(str(quarters_of.get(item, (0, 0, 0, 0))[quarter - 1]))
            else:
                quarters.append("—")
        done_total = sum(s.done for s in statuses)
        required_total = sum(s.required for s in statuses)
        late = [s for s in statuses if s.state == OVERDUE]
        word = _state_word(statuses)
        if late:
            word = "未完成" if first.period == "year" else f"未完成（{period_runs(late)}不足）"
        rows.append(
            PlanRow(
                item=first.label,
                requirement=requirement,
                quarters=_four(quarters),
                year_total=f"{done_total}/{required_total}",
                status=word,
            )
        )
    return rows


def ledger_tables(doc: MeetingLedgerDoc) -> list[ReportTable]:
    rows = tuple(
        (
            r.number,
            r.date_text,
            r.kind,
            r.title,
            r.chair,
            r.expected,
            r.present,
            r.rate,
            r.votes,
            r.note,
        )
        for r in doc.rows
    ) or ((EMPTY_YEAR,),)
    return [
        ReportTable(
            sheet="会议台账",
            title=doc.title,
            subtitle=doc.subtitle,
            headers=LEDGER_HEADERS,
            rows=rows,
            widths_mm=LEDGER_WIDTHS,
            notes=(doc.summary,),
        ),
        ReportTable(
            sheet="完成情况",
            title=doc.plan_title,
            headers=PLAN_HEADERS,
            rows=tuple(
                (p.item, p.requirement, *p.quarters, p.year_total, p.status) for p in doc.plan_rows
            ),
            widths_mm=PLAN_WIDTHS,
            notes=(doc.plan_note,),
        ),
    ]


# --- 评议汇总表 ----------------------------------------------------------------------------------


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def evaluation_doc(
    branch: BranchRead,
    year: int,
    rows: Sequence[EvaluationRow],
    facts: Mapping[int, MemberFacts],
    profile: Profile,
    meeting: MeetingRead | None,
    today: date,
) -> EvaluationSummaryDoc:
    """团员教育评议结果汇总表 of ``year`` from the year's sheet
    (``ReviewService.evaluation_sheet``)."""
    lines = []
    grades: list[Grade | None] = []
    expected = 0
    started = any(row.saved for row in rows)
    for number, row in enumerate(rows, start=1):
        fact = facts.get(row.member_id)
        grade = _grade(row.approved_grade) or _grade(row.proposed_grade)
        took_part = not row.exempt and (not row.optional or grade is not None)
        if took_part:
            expected += 1
            grades.append(grade)
        approved = _grade(row.approved_grade)
        if row.exempt:
            may_register = "—"
        elif approved is None:
            may_register = ""
        elif registration_eligible(approved):
            may_register = "是"
        else:
            may_register = "否（暂缓注册）"
        notes = []
        if row.exempt:
            notes.append("保留团籍的党员，未参加评议")
        elif row.optional and grade is None:
            notes.append("保留团籍的党员")
        elif started and grade is None:
            notes.append("未评议")
        if approved == Grade.UNQUALIFIED and row.recheck_due is not None:
            notes.append(f"{chinese_date(row.recheck_due)}起复评")
        lines.append(
            EvaluationLine(
                number=str(number),
                name=row.name,
                gender=fact.gender if fact else "",
                dev_number=fact.dev_number if fact else "",
                self_grade="",
                votes=(
                    _count(row.votes_excellent),
                    _count(row.votes_qualified),
                    _count(row.votes_basic),
                    _count(row.votes_unqualified),
                ),
                proposed=GRADES.name(row.proposed_grade),
                approved=GRADES.name(row.approved_grade),
                may_register=may_register,
                note="；".join(notes),
            )
        )
    graded = [g for g in grades if g is not None]
    evaluated = len(graded)
    tally = Counter(graded)
    excellent = tally[Grade.EXCELLENT]
    share = percent_text(Fraction(excellent, evaluated), decimals=1) if evaluated else "—"
    totals = "　".join(
        (
            f"应参评{expected}人",
            f"实参评{evaluated}人",
            f"优秀{excellent}人（{share}）",
            f"合格{tally[Grade.QUALIFIED]}人",
            f"基本合格{tally[Grade.BASIC]}人",
            f"不合格{tally[Grade.UNQUALIFIED]}人",
        )
    )
    issues = check_grades(graded, profile)
    cap_share = percent_text(profile.ratio("pingyi.excellent_cap"), decimals=0)
    cap = excellent_cap(evaluated, profile)
    if not evaluated:
        cap_check = f"本年度尚无评议等次（优秀比例不超过实参评人数的{cap_share}）。"
    elif issues:
        cap_check = f"{issues[0].message}，不符合比例要求，请复核。"
    else:
        cap_check = (
            f"优秀{excellent}人，未超过实参评人数{evaluated}人的{cap_share}"
            f"（上限{cap}人），符合比例要求。"
        )
    return EvaluationSummaryDoc(
        title=f"{branch.name}{year}年度团员教育评议结果汇总表",
        subtitle=f"团支部：{branch.name}　　评议年度：{year}年",
        lines=tuple(lines),
        totals=totals,
        cap_check=cap_check,
        cap_exceeded=bool(issues),
        meeting_note=_evaluation_meeting_note(meeting),
        footer=f"{branch.name}　{year}年度团员教育评议结果汇总表　打印日期：{chinese_date(today)}",
        status_note="" if started or not rows else f"本年度尚未录入评议结果。{BLANK_FORM}",
    )


def _evaluation_meeting_note(meeting: MeetingRead | None) -> str:
    if meeting is None:
        return ""
    data = meeting.data
    head = f"评议会议：{chinese_date(data.held_on)}　{data.title.strip()}"
    for res, check in zip(data.resolutions, meeting.vote_checks, strict=False):
        if check is not None and res.vote_kind == VoteKind.EVALUATION:
            return f"{head}。{check.explanation}"
    counts = meeting.counts
    return f"{head}。应到{counts.expected}人，实到{counts.present}人，到会率{counts.rate_text}。"


def evaluation_tables(doc: EvaluationSummaryDoc) -> list[ReportTable]:
    rows = tuple(
        (
            line.number,
            line.name,
            line.gender,
            line.dev_number,
            line.self_grade,
            *line.votes,
            line.proposed,
            line.approved,
            line.may_register,
            line.note,
        )
        for line in doc.lines
    ) or ((EMPTY_YEAR,),)
    notes = tuple(n for n in (doc.status_note, doc.totals, doc.cap_check, doc.meeting_note) if n)
    return [
        ReportTable(
            sheet="评议汇总表",
            title=doc.title,
            subtitle=doc.subtitle,
            headers=EVALUATION_HEADERS,
            groups=EVALUATION_GROUPS,
            rows=rows,
            widths_mm=EVALUATION_WIDTHS,
            notes=notes,
        )
    ]


# --- 注册汇总表 ----------------------------------------------------------------------------------


_OUTCOME_SHORT: Final = {
    RegistrationOutcome.REGISTERED: "注册",
    RegistrationOutcome.DEFERRED: "暂缓注册",
    RegistrationOutcome.REFUSED: "不予注册",
    RegistrationOutcome.EXEMPT: "不参加",
}


def registration_doc(
    branch: BranchRead,
    year: int,
    rows: Sequence[RegistrationRow],
    facts: Mapping[int, MemberFacts],
    today: date,
) -> RegistrationSummaryDoc:
    """团籍注册汇总表 of ``year`` from the year's sheet
    (``ReviewService.registration_sheet``)."""
    lines = []
    tally: Counter[str] = Counter()
    started = any(row.saved for row in rows)
    for number, row in enumerate(rows, start=1):
        fact = facts.get(row.member_id)
        outcome = row.outcome if row.saved else None
        tally[outcome or "open"] += 1
        grade = GRADES.name(row.grade)
        if grade and row.grade_year is not None and row.grade_year != year - 1:
            grade = f"{grade}（{row.grade_year}年度）"
        card = ""
        if fact is not None:
            card = " / ".join(part for part in (fact.card_number, fact.dev_number) if part)
        notes = []
        if row.party_member:
            notes.append("保留团籍的党员")
        if outcome == RegistrationOutcome.DEFERRED and row.defer_until is not None:
            notes.append(f"暂缓至{chinese_date(row.defer_until)}")
        if outcome is None and started:
            notes.append("尚未办理")
        lines.append(
            RegistrationLine(
                number=str(number),
                name=row.name,
                gender=fact.gender if fact else "",
                birth=chinese_month(fact.birth) if fact else "",
                joined=chinese_month(fact.joined) if fact else "",
                card=card,
                grade=grade,
                fee_paid_to="",
                outcome=_OUTCOME_SHORT.get(RegistrationOutcome(outcome), "") if outcome else "",
                reason=row.reason.strip(),
                note="；".join(notes),
            )
        )
    expected = len(rows) - tally[RegistrationOutcome.EXEMPT]
    registered = tally[RegistrationOutcome.REGISTERED]
    rate = percent_text(Fraction(registered, expected), decimals=1) if expected else "—"
    parts = [
        f"应注册{expected}人",
        f"已注册{registered}人",
        f"暂缓{tally[RegistrationOutcome.DEFERRED]}人",
        f"不予注册{tally[RegistrationOutcome.REFUSED]}人",
    ]
    if tally["open"]:
        parts.append(f"尚未办理{tally['open']}人")
    parts.append(f"注册率{rate}")
    return RegistrationSummaryDoc(
        title=f"{branch.name}{year}年度团籍注册汇总表",
        subtitle=f"团支部：{branch.name}　　注册年度：{year}年",
        lines=tuple(lines),
        totals="　".join(parts),
        footer=f"{branch.name}　{year}年度团籍注册汇总表　打印日期：{chinese_date(today)}",
        status_note="" if started or not rows else f"本年度尚未办理团籍注册。{BLANK_FORM}",
    )


def registration_tables(doc: RegistrationSummaryDoc) -> list[ReportTable]:
    rows = tuple(
        (
            line.number,
            line.name,
            line.gender,
            line.birth,
            line.joined,
            line.card,
            line.grade,
            line.fee_paid_to,
            line.outcome,
            line.reason,
            line.note,
        )
        for line in doc.lines
    ) or ((EMPTY_YEAR,),)
    return [
        ReportTable(
            sheet="注册汇总表",
            title=doc.title,
            subtitle=doc.subtitle,
            headers=REGISTRATION_HEADERS,
            rows=rows,
            widths_mm=REGISTRATION_WIDTHS,
            notes=tuple(n for n in (doc.status_note, doc.totals) if n),
        )
    ]


def _grade(code: str | None) -> Grade | None:
    return Grade(code) if code is not None and code in GRADES else None


# --- the builder ----------------------------------------------------------------------------------


class MeetingReports:
    """Builds the document data of the 三会两制一课 reports from the services' plain data."""

    def __init__(
        self,
        *,
        branches: BranchService,
        members: MemberService,
        meetings: MeetingService,
        reviews: ReviewService,
        calendar: CalendarService,
        profile: ProfileProvider,
        today: Clock = date.today,
    ) -> None:
        self._branches = branches
        self._members = members
        self._meetings = meetings
        self._reviews = reviews
        self._calendar = calendar
        self._profile = profile
        self._today = today

    def minutes(self, meeting_id: int, branch_id: int | None = None) -> MinutesDoc:
        """The 会议记录 of a meeting (of ``branch_id``, when given)."""
        meeting = self._meeting(meeting_id, branch_id)
        branch = self._branches.get(meeting.branch_id)
        return minutes_doc(branch, meeting, self._names(meeting))

    def sign_in(
        self,
        branch_id: int,
        *,
        meeting_id: int | None = None,
        kind: str | None = None,
        on: date | None = None,
        group_name: str | None = None,
    ) -> SignInDoc:
        """The 签到表 of a recorded meeting, or — for a meeting not held yet — of ``kind`` on
        ``on`` (default today) from the roster as it stands that day. Without a ``kind``: every
        member (expected at a 支部大会, 团课, 主题团日 or 组织生活会), 会议类型 left blank."""
        if meeting_id is not None:
            meeting = self._meeting(meeting_id, branch_id)
            return meeting_sign_in_doc(self._branches.get(meeting.branch_id), meeting)
        if kind is not None and kind not in MEETING_KINDS:
            raise ValidationError(f"会议类型“{kind}”不在列表中")
        on = on or self._today()
        branch = self._branches.get(branch_id)
        roster = self._meetings.expected_roster(
            branch_id, kind or MeetingKind.DAHUI, on, group_name
        )
        people = [(entry.name, "") for entry in roster]
        return sign_in_doc(branch, kind, on, people, len(roster))

    def ledger(self, branch_id: int, year: int) -> MeetingLedgerDoc:
        branch = self._branches.get(branch_id)
        profile = self._profile(branch_id)
        listed = self._meetings.list(branch_id, year)
        pairs = [(row, self._meetings.get(row.id)) for row in listed]
        names = self._member_names(
            {read.data.chair_id for _row, read in pairs if read.data.chair_id is not None}
        )
        plan = self._calendar.year_plan(branch_id, year)
        return ledger_doc(branch, profile.display_name, year, pairs, names, plan, self._today())

    def evaluation(self, branch_id: int, year: int) -> EvaluationSummaryDoc:
        branch = self._branches.get(branch_id)
        profile = self._profile(branch_id)
        rows = self._reviews.evaluation_sheet(branch_id, year)
        meeting_ids = Counter(row.meeting_id for row in rows if row.meeting_id is not None)
        meeting = None
        if meeting_ids:
            try:
                meeting = self._meetings.get(meeting_ids.most_common(1)[0][0])
            except NotFoundError:
                meeting = None
            if meeting is not None and meeting.deleted_at is not None:
                meeting = None
        facts = self._facts([row.member_id for row in rows], with_card=False)
        return evaluation_doc(branch, year, rows, facts, profile, meeting, self._today())

    def registration(self, branch_id: int, year: int) -> RegistrationSummaryDoc:
        branch = self._branches.get(branch_id)
        rows = self._reviews.registration_sheet(branch_id, year)
        facts = self._facts([row.member_id for row in rows], with_card=True)
        return registration_doc(branch, year, rows, facts, self._today())

    # ---- helpers ---------------------------------------------------------------------------

    def _meeting(self, meeting_id: int, branch_id: int | None = None) -> MeetingRead:
        meeting = self._meetings.get(meeting_id)
        if meeting.deleted_at is not None:
            raise NotFoundError(f"编号为{meeting_id}的会议记录已移入回收站")
        if branch_id is not None and meeting.branch_id != branch_id:
            name = self._branches.get(branch_id).name
            raise NotFoundError(f"编号为{meeting_id}的会议记录不属于“{name}”")
        return meeting

    def _names(self, meeting: MeetingRead) -> dict[int, str]:
        names = {
            line.member_id: line.name
            for line in meeting.data.attendance
            if line.member_id is not None
        }
        wanted = {meeting.data.chair_id, meeting.data.recorder_id} - set(names) - {None}
        names.update(self._member_names({i for i in wanted if i is not None}))
        return names

    def _member_names(self, ids: set[int]) -> dict[int, str]:
        return {row.id: row.name for row in self._members.rows(sorted(ids))} if ids else {}

    def _facts(self, member_ids: Sequence[int], *, with_card: bool) -> dict[int, MemberFacts]:
        """The members' 性别, dates and numbers; 团员证号 (only in the full record) on request."""
        facts = {}
        for row in self._members.rows(member_ids):
            card = (self._members.get(row.id).data.card_number or "") if with_card else ""
            facts[row.id] = MemberFacts(
                gender=vocab.GENDER.name(row.gender),
                birth=row.birth_date,
                joined=row.join_month,
                dev_number=row.dev_number or "",
                card_number=card,
                party_member=row.political_status in vocab.PARTY_CODES,
            )
        return facts


# --- the report registry's side -------------------------------------------------------------


@dataclass(frozen=True)
class MeetingReportInfo:
    """A 三会两制一课 report as the report list shows it (``services.reports`` registers it)."""

    name: str
    title: str
    description: str
    needs_year: bool = False
    needs_date: bool = False
    needs_meeting: bool = False
    xlsx: bool = False


MEETING_REPORTS: Final = (
    MeetingReportInfo(
        "minutes",
        "会议记录",
        "一次会议的会议记录：会议类型、时间地点、主持人和记录人、应到实到和缺席人员及原因、议题、"
        "会议内容、决议和表决情况（含到会人数是否符合要求）、签名栏；A4 纵向，内容长时续页。",
        needs_meeting=True,
    ),
    MeetingReportInfo(
        "sign-in",
        "会议签到表",
        "会前打印的签到表：序号、姓名、签名、备注，另留5行空白供列席人员签到。指定会议时列出该会"
        "应到人员；未指定时列出所选日期在册的全体团员。",
        needs_date=True,
        xlsx=True,
    ),
    MeetingReportInfo(
        "meetings",
        "“三会两制一课”台账",
        "一年内的全部会议（日期、类型、主题、主持人、应到、实到、到会率、表决事项数），"
        "以及按季度对照规则要求的完成情况；A4 横向。",
        needs_year=True,
        xlsx=True,
    ),
    MeetingReportInfo(
        "evaluation",
        "团员教育评议汇总表",
        "一年的团员教育评议：测评得票、支委会建议等次、上级审批等次、是否准予注册；"
        "合计人数和优秀比例核查，团支部书记签字和团委审核意见（盖章）栏；A4 横向。",
        needs_year=True,
        xlsx=True,
    ),
    MeetingReportInfo(
        "registration",
        "团籍注册汇总表",
        "一年的团籍注册：出生年月、入团年月、团员证号、上年评议等次、注册结果和原因；"
        "应注册、已注册、暂缓、不予注册人数和注册率，签字和盖章栏；A4 横向。",
        needs_year=True,
        xlsx=True,
    ),
)


class ReportOptions(Protocol):
    """The options of a report run (``services.reports.ReportRequest``)."""

    @property
    def branch_id(self) -> int: ...
    @property
    def year(self) -> int | None: ...
    @property
    def as_of(self) -> date | None: ...
    @property
    def meeting_id(self) -> int | None: ...


@dataclass(frozen=True)
class RenderedReport:
    """PDF bytes with the page count, the title and warnings (unprintable characters)."""

    pdf: bytes
    pages: int
    title: str
    warnings: tuple[str, ...]


class MeetingReportRunner:
    """Builds, renders and writes the reports of :data:`MEETING_REPORTS`.

    reportlab is imported only here, on the first report (platform.md §9).
    """

    def __init__(
        self,
        engine: Engine,
        profiles: ProfileService,
        today: Clock,
        fonts: Callable[[], FontSet],
    ) -> None:
        reviews = ReviewService(engine, profile=profiles.for_branch, today=today)
        self.builder = MeetingReports(
            branches=BranchService(engine),
            members=MemberService(engine, rules=profiles.member_rules_for, today=today),
            meetings=MeetingService(engine, profile=profiles.for_branch, today=today),
            reviews=reviews,
            calendar=CalendarService(
                engine, profile=profiles.for_branch, reviews=reviews, today=today
            ),
            profile=profiles.for_branch,
            today=today,
        )
        self._fonts = fonts

    def pdf(
        self, name: str, options: ReportOptions, progress: Callable[[int, int], None] | None
    ) -> RenderedReport:
        from branchdesk.reports import (
            base,
            evaluation_pdf,
            meetings_pdf,
            minutes_pdf,
            registration_pdf,
            signin_pdf,
        )
        from branchdesk.services.reports import glyph_warnings  # imports this module

        fonts = self._fonts()
        builder = self.builder
        data: bytes
        names: list[tuple[str, Sequence[str]]]
        if name == "minutes":
            assert options.meeting_id is not None
            minutes = builder.minutes(options.meeting_id, options.branch_id)
            title = f"{minutes.title}（{minutes.meeting_title}）"
            data = minutes_pdf.render(minutes, fonts)
            names = [
                (
                    "会议记录",
                    (minutes.chair, minutes.recorder, minutes.observers, *minutes.absentees),
                )
            ]
        elif name == "sign-in":
            sign_in = self._sign_in(options)
            title = sign_in.title
            data = signin_pdf.render(sign_in, fonts)
            names = [(row.name, (row.name,)) for row in sign_in.rows if row.name]
        elif name == "meetings":
            ledger = builder.ledger(options.branch_id, _year(options))
            title = ledger.title
            data = meetings_pdf.render(ledger, fonts, progress)
            names = [(row.title, (row.chair, row.title)) for row in ledger.rows]
        elif name == "evaluation":
            evaluation = builder.evaluation(options.branch_id, _year(options))
            title = evaluation.title
            data = evaluation_pdf.render(evaluation, fonts)
            names = [(line.name, (line.name,)) for line in evaluation.lines]
        elif name == "registration":
            registration = builder.registration(options.branch_id, _year(options))
            title = registration.title
            data = registration_pdf.render(registration, fonts)
            names = [(line.name, (line.name,)) for line in registration.lines]
        else:
            raise NotFoundError(f"没有名为“{name}”的报表")
        warnings = glyph_warnings(names, fonts, "song")
        return RenderedReport(data, base.page_count(data), title, warnings)

    def xlsx(self, name: str, options: ReportOptions, out: Path) -> tuple[str, ...]:
        builder = self.builder
        tables: list[ReportTable]
        if name == "sign-in":
            tables = sign_in_tables(self._sign_in(options))
        elif name == "meetings":
            tables = ledger_tables(builder.ledger(options.branch_id, _year(options)))
        elif name == "evaluation":
            tables = evaluation_tables(builder.evaluation(options.branch_id, _year(options)))
        elif name == "registration":
            tables = registration_tables(builder.registration(options.branch_id, _year(options)))
        else:
            raise ValidationError(f"报表“{name}”只能保存为 PDF（.pdf）")
        write_report_tables(out, tables)
        return ()

    def _sign_in(self, options: ReportOptions) -> SignInDoc:
        return self.builder.sign_in(
            options.branch_id, meeting_id=options.meeting_id, on=options.as_of
        )


def _year(options: ReportOptions) -> int:
    if options.year is None:
        raise ValidationError("请指定年度（例如 --year 2025）")
    return options.year
