"""Plain data for 三会两制一课: meetings, 团员教育评议, 团籍注册 and the calendar.

Inputs are what an editor hands to a service; reads are what a service hands back. All frozen
dataclasses, codes as text (``domain.meetings`` / ``domain.reviews`` code lists), never ORM rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

from branchdesk.domain.calendar import PeriodStatus
from branchdesk.domain.meetings import AttendanceCounts, VoteCheck
from branchdesk.domain.members import Issue

# --- meetings -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaInput:
    """One 议题: an ``AGENDA_TYPES`` code and its text."""

    topic: str
    text: str = ""


@dataclass(frozen=True)
class AttendanceInput:
    """One line of the attendance sheet.

    A member has ``presence`` "present" / "leave" / "absent" (出席/请假/缺席). A 列席 observer has
    ``observer=True`` and ``presence=None``; a non-member observer also has ``member_id=None``.
    """

    member_id: int | None
    name: str
    presence: str | None
    reason: str | None = None
    observer: bool = False


@dataclass(frozen=True)
class ResolutionInput:
    """One 决议; with ``vote_kind`` (a ``VOTE_KINDS`` code) it was voted on and the counts apply.

    Counts left None on a vote are filled from the attendance sheet when saved: 应到, 实到 and
    有表决权 (实到 members with a vote). 赞成/反对/弃权 left None count as 0.
    """

    text: str
    vote_kind: str | None = None
    subject: str = ""
    expected: int | None = None
    present: int | None = None
    voters: int | None = None
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None


@dataclass(frozen=True)
class NewAttachment:
    """A file to store with the meeting (at most 20 MB). The MIME type is guessed from the name."""

    filename: str
    data: bytes


@dataclass(frozen=True)
class AttachmentRead:
    id: int
    filename: str
    size: int
    mime: str


@dataclass(frozen=True)
class MeetingInput:
    """A 会议记录 as the editor reads it.

    ``hours`` is the 团课 学时 (one decimal place). ``keep_attachment_ids``: on update, the stored
    attachments to keep (None keeps all of them); new files go in ``new_attachments``.
    """

    kind: str
    title: str
    held_on: date
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    online: bool = False
    chair_id: int | None = None
    recorder_id: int | None = None
    lecturer: str = ""
    hours: Decimal | None = None
    group_name: str | None = None
    agenda: tuple[AgendaInput, ...] = ()
    content: str = ""
    decisions: str = ""
    attendance: tuple[AttendanceInput, ...] = ()
    resolutions: tuple[ResolutionInput, ...] = ()
    new_attachments: tuple[NewAttachment, ...] = ()
    keep_attachment_ids: tuple[int, ...] | None = None


@dataclass(frozen=True)
class MeetingRead:
    """A stored meeting. ``data.keep_attachment_ids`` lists the stored attachments' ids (so the
    editor can compare what it reads back with ``data``); ``vote_checks`` has one entry per
    resolution (None where there was no vote); ``issues`` are the checks' findings on the stored
    record — warnings such as a quorum breach, which were accepted when it was saved."""

    id: int
    branch_id: int
    data: MeetingInput
    attachments: tuple[AttachmentRead, ...]
    counts: AttendanceCounts
    vote_checks: tuple[VoteCheck | None, ...]
    issues: tuple[Issue, ...]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(issue for issue in self.issues if not issue.is_error)


@dataclass(frozen=True)
class MeetingRow:
    """One line of the meeting list. ``rate_text`` is ``"11/12（91.7%）"`` (``"—"`` with no
    attendance); ``breach`` is True when the attendance or a vote missed its quorum."""

    id: int
    kind: str
    title: str
    held_on: date
    expected: int
    present: int
    rate_text: str
    breach: bool


@dataclass(frozen=True)
class RosterEntry:
    """A member who is expected at a meeting (the roster as it stood on the day)."""

    member_id: int
    name: str
    group_name: str | None
    league_post: str | None
    can_vote: bool
    party_member: bool


@dataclass(frozen=True)
class ActivityLine:
    """One meeting a member was on the sheet of."""

    meeting_id: int
    kind: str
    title: str
    held_on: date
    presence: str | None
    reason: str | None
    observer: bool


@dataclass(frozen=True)
class YearGrade:
    """A member's 评议 of one year."""

    year: int
    proposed_grade: str | None
    approved_grade: str | None
    decided_on: date | None
    exempt: bool
    recheck_due: date | None


@dataclass(frozen=True)
class YearRegistration:
    """A member's 团籍注册 of one year."""

    year: int
    outcome: str
    reason: str
    decided_on: date | None
    defer_until: date | None


@dataclass(frozen=True)
class MemberActivity:
    """A member's 组织生活: meetings newest first, 团课 学时 per year, 评议 and 注册 per year
    (newest first). ``last_activity`` is the last meeting attended (出席); ``lapse_risk`` is True
    after ``fee.lapse_months`` whole months without one (counted from 入团 when there is none)."""

    member_id: int
    name: str
    attendance: tuple[ActivityLine, ...]
    tuanke_hours: Mapping[int, Decimal]
    evaluations: tuple[YearGrade, ...]
    registrations: tuple[YearRegistration, ...]
    last_activity: date | None
    lapse_risk: bool


# --- 团员教育评议 ------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvaluationInput:
    """One member's 评议 as entered on the sheet. ``decided_on`` defaults to today when an
    approved grade is given without one. ``exempt``: a party member not evaluated."""

    member_id: int
    self_note: str = ""
    peer_note: str = ""
    votes_excellent: int | None = None
    votes_qualified: int | None = None
    votes_basic: int | None = None
    votes_unqualified: int | None = None
    proposed_grade: str | None = None
    approved_grade: str | None = None
    decided_on: date | None = None
    meeting_id: int | None = None
    exempt: bool = False


@dataclass(frozen=True)
class EvaluationRow:
    """One line of the 评议 sheet: a member on the roster at the end of the year and what is
    stored for them (``saved`` False: nothing yet). ``optional``: a party member, counted in
    应到 but not necessarily evaluated."""

    member_id: int
    name: str
    group_name: str | None
    optional: bool
    saved: bool
    self_note: str = ""
    peer_note: str = ""
    votes_excellent: int | None = None
    votes_qualified: int | None = None
    votes_basic: int | None = None
    votes_unqualified: int | None = None
    proposed_grade: str | None = None
    approved_grade: str | None = None
    decided_on: date | None = None
    meeting_id: int | None = None
    recheck_due: date | None = None
    exempt: bool = False

    def to_input(self) -> EvaluationInput:
        return EvaluationInput(
            member_id=self.member_id,
            self_note=self.self_note,
            peer_note=self.peer_note,
            votes_excellent=self.votes_excellent,
            votes_qualified=self.votes_qualified,
            votes_basic=self.votes_basic,
            votes_unqualified=self.votes_unqualified,
            proposed_grade=self.proposed_grade,
            approved_grade=self.approved_grade,
            decided_on=self.decided_on,
            meeting_id=self.meeting_id,
            exempt=self.exempt,
        )


# --- 团籍注册 -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegistrationInput:
    """One member's 注册 decision (a ``REGISTRATION_OUTCOMES`` code). ``decided_on`` defaults to
    today; 暂缓 gets ``defer_until`` from the profile."""

    member_id: int
    outcome: str
    reason: str = ""
    decided_on: date | None = None


@dataclass(frozen=True)
class RegistrationRow:
    """One line of the 注册 sheet.

    ``grade`` is the approved 评议 grade it rests on and ``grade_year`` its year: the same year's
    评议 when one is approved (a branch that evaluates and registers together in the autumn),
    otherwise the previous year's (evaluate in winter, register in spring). ``eligible`` follows
    from the grade (基本合格 or better; a member with no 评议 yet — e.g. admitted this year — is
    eligible). ``last_registered`` is the year and ``last_registered_on`` the day of the latest
    注册 before this year.
    """

    member_id: int
    name: str
    group_name: str | None
    party_member: bool
    grade: str | None
    grade_year: int | None
    eligible: bool
    last_registered: int | None
    last_registered_on: date | None
    saved: bool
    outcome: str | None = None
    reason: str = ""
    decided_on: date | None = None
    defer_until: date | None = None


# --- calendar ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    """The home page: plain sentences, the periods that ended short (oldest first), members at
    risk of 自行脱团 (id, name) and 注册 warnings."""

    sentences: list[str]
    overdue: list[PeriodStatus]
    lapse_risk: list[tuple[int, str]]
    registration: list[Issue] = field(default_factory=list)
