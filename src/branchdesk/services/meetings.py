"""会议记录: who was expected, check, save (one transaction), list, copy the last setup.

The roster of a meeting is rebuilt for the day it was held: members who had joined by that month,
not in the 回收站, and still in the 团 then (status 在团/转出中, or ``left_on`` after the day). A
member who left without a ``left_on`` (the status was changed before the field existed, or by
code that does not set it) counts until the day the record was last changed: that edit was made
on or after the day they left, so no earlier meeting loses them.
Every threshold comes from the branch's rule profile, which is looked up *before* a session is
opened (the profile service opens its own).
"""

from __future__ import annotations

import logging
import mimetypes
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Final

from sqlalchemy import ColumnElement, String, and_, delete, or_, type_coerce
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from branchdesk.domain import calendar, vocab
from branchdesk.domain.dates import YearMonth
from branchdesk.domain.meetings import (
    AGENDA_TYPES,
    MEETING_KINDS,
    PRESENCE,
    VOTE_KINDS,
    AttendanceCounts,
    AttendanceLine,
    MeetingKind,
    Presence,
    VoteCheck,
    VoteKind,
    VoteRecord,
    check_meeting,
    check_vote,
    count_attendance,
)
from branchdesk.domain.members import Issue, Severity, describe
from branchdesk.domain.profiles import Profile
from branchdesk.errors import NotFoundError, ValidationError
from branchdesk.services import history
from branchdesk.services.meeting_schemas import (
    ActivityLine,
    AgendaInput,
    AttachmentRead,
    AttendanceInput,
    MeetingInput,
    MeetingRead,
    MeetingRow,
    MemberActivity,
    NewAttachment,
    ResolutionInput,
    RosterEntry,
    YearGrade,
    YearRegistration,
)
from branchdesk.services.member_events import probation_member_ids
from branchdesk.store.engine import session_scope
from branchdesk.store.models import (
    Attachment,
    Attendance,
    Branch,
    Evaluation,
    Meeting,
    MeetingAgenda,
    Member,
    Registration,
    Resolution,
)

logger = logging.getLogger(__name__)

ProfileProvider = Callable[[int], Profile]
Clock = Callable[[], date]

MAX_ATTACHMENT_MB: Final = 20
MAX_ATTACHMENT_BYTES: Final = MAX_ATTACHMENT_MB * 1024 * 1024
MAX_HOURS: Final = Decimal("100")

# 团内职务 that sit on the 支委会 (书记 … 其他); 团小组长 (10) does not.
COMMITTEE_POSTS: Final = frozenset({"1", "2", "3", "4", "5", "6", "7", "8", "9"})

_TEXT_LIMITS: Final = (
    ("title", "会议名称", 200),
    ("place", "地点", 200),
    ("lecturer", "授课人", 100),
)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _post_rank(post: str | None) -> int:
    return int(post) if post is not None and post.isdigit() else 99


def roster_query_conditions(branch_id: int, on: date) -> list[ColumnElement[bool]]:
    """Who was on a branch's roster on ``on`` (see the module note), as SQL conditions."""
    next_day = datetime.combine(on + timedelta(days=1), datetime.min.time())
    return [
        col(Member.branch_id) == branch_id,
        col(Member.deleted_at).is_(None),
        or_(col(Member.join_month).is_(None), col(Member.join_month) <= YearMonth.of(on)),
        or_(
            col(Member.status).in_(sorted(vocab.ACTIVE_STATUSES)),
            col(Member.left_on) > on,
            and_(col(Member.left_on).is_(None), col(Member.updated_at) >= next_day),
        ),
    ]


def roster_on(
    session: Session,
    branch_id: int,
    on: date,
    kind: str = MeetingKind.DAHUI,
    group_name: str | None = None,
) -> list[RosterEntry]:
    """The members expected at a meeting of ``kind`` held on ``on``, 支委 first, then by name.

    支委会: members holding a 团内职务 among 书记 … 其他 (not 团小组长). 团小组会 with a
    ``group_name``: that group only. Members under 留团察看 on the day have no vote (§7.2).
    """
    # The six columns it needs, not whole members: a 团委's branch may have 20,000 (bench/).
    query = sa_select(
        col(Member.id),
        col(Member.name),
        col(Member.group_name),
        col(Member.league_post),
        col(Member.political_status),
        col(Member.initials),
    ).where(*roster_query_conditions(branch_id, on))
    if kind == MeetingKind.ZHIWEI:
        query = query.where(col(Member.league_post).in_(sorted(COMMITTEE_POSTS)))
    elif kind == MeetingKind.XIAOZU and group_name:
        query = query.where(col(Member.group_name) == group_name)
    rows = sorted(session.execute(query).all(), key=lambda m: (_post_rank(m[3]), m[5], m[0] or 0))
    suspended = probation_member_ids(session, branch_id, on)
    entries = []
    for member_id, name, group, post, political, _initials in rows:
        assert member_id is not None
        entries.append(
            RosterEntry(
                member_id=member_id,
                name=name,
                group_name=group,
                league_post=post,
                can_vote=member_id not in suspended,
                party_member=political in vocab.PARTY_CODES,
            )
        )
    return entries


def roster_joins(session: Session, branch_id: int, on: date) -> list[tuple[int, str, date | None]]:
    """(id, name, first day of the 入团 month) of everyone :func:`roster_on` lists for a 支部大会
    on ``on``, in its order: one query of five columns, for the home page's checks of a
    20,000-member branch (bench/), without the 留团察看 look-up or per-500 id chunks."""
    query = sa_select(
        col(Member.id),
        col(Member.name),
        type_coerce(col(Member.join_month), String),  # the stored YYYY-MM: no YearMonth each
        col(Member.league_post),
        col(Member.initials),
    ).where(*roster_query_conditions(branch_id, on))
    rows = sorted(session.execute(query).all(), key=lambda m: (_post_rank(m[3]), m[4], m[0] or 0))
    return [(m[0], m[1], _month_start(m[2])) for m in rows if m[0] is not None]


def _month_start(stored: str | None) -> date | None:
    """The first day of a stored ``YYYY-MM`` (what ``YearMonth.from_iso(…).first_day()`` gives)."""
    if not stored:
        return None
    year, month = stored.split("-")
    return date(int(year), int(month), 1)


@dataclass(frozen=True)
class _Checked:
    """What checking a meeting found: issues, per-resolution checks and the values to store."""

    issues: list[Issue]
    counts: AttendanceCounts
    vote_checks: tuple[VoteCheck | None, ...]
    resolutions: tuple[ResolutionInput, ...]  # counts filled in from the attendance sheet
    can_vote: dict[int, bool]
    hours_tenths: int | None

    @property
    def errors(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.is_error]


class MeetingService:
    """Use cases on 会议记录; every public method is one short transaction."""

    def __init__(self, engine: Engine, profile: ProfileProvider, today: Clock = date.today) -> None:
        self._engine = engine
        self._profile = profile
        self._today = today

    # ---- the roster ------------------------------------------------------------------------

    def expected_roster(
        self, branch_id: int, kind: str, on: date, group_name: str | None = None
    ) -> list[RosterEntry]:
        """The members expected at a meeting of ``kind`` on ``on``: the roster as it stood."""
        with session_scope(self._engine) as session:
            return roster_on(session, branch_id, on, kind, group_name)

    # ---- checking and writing ----------------------------------------------------------------

    def check(
        self, branch_id: int, meeting: MeetingInput, meeting_id: int | None = None
    ) -> list[Issue]:
        """Every error and warning the meeting would be saved with; writes nothing."""
        profile = self._profile(branch_id)
        today = self._today()
        with session_scope(self._engine) as session:
            return self._check(session, branch_id, meeting, profile, today, meeting_id).issues

    def create(self, branch_id: int, meeting: MeetingInput) -> MeetingRead:
        """Save a new meeting with its agenda, attendance, resolutions and attachments.

        Errors raise :class:`ValidationError` carrying every issue, and nothing is written;
        warnings (a quorum breach, a missing reason) are saved through and returned in
        ``MeetingRead.issues``.
        """
        profile = self._profile(branch_id)
        today = self._today()
        with session_scope(self._engine) as session:
            if session.get(Branch, branch_id) is None:
                raise NotFoundError(f"找不到编号为{branch_id}的团支部")
            checked = self._check(session, branch_id, meeting, profile, today, None)
            self._raise_errors(meeting, checked)
            row = Meeting(branch_id=branch_id, kind=meeting.kind, held_on=meeting.held_on)
            self._write(session, row, meeting, checked)
            history.record_meeting(session, "create", None, row, self._state(session, row))
            logger.info("meeting %s created", row.id)
            return self._read(session, row, profile, today)

    def update(self, meeting_id: int, meeting: MeetingInput) -> MeetingRead:
        """Replace a meeting's record (agenda, attendance and resolutions are rewritten; stored
        attachments not in ``keep_attachment_ids`` are removed). One transaction."""
        branch_id = self._branch_of(meeting_id)
        profile = self._profile(branch_id)
        today = self._today()
        with session_scope(self._engine) as session:
            row = session.get(Meeting, meeting_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("该会议记录不存在或已被删除")
            before = self._state(session, row)
            self._replace(session, row, meeting, profile)
            history.record_meeting(session, "update", before, row, self._state(session, row))
            return self._read(session, row, profile, today)

    def _replace(
        self, session: Session, row: Meeting, meeting: MeetingInput, profile: Profile
    ) -> None:
        """Check and rewrite a stored meeting (also used by undo, so its checks run)."""
        assert row.id is not None
        meeting_id = row.id
        checked = self._check(session, row.branch_id, meeting, profile, self._today(), meeting_id)
        self._raise_errors(meeting, checked)
        for table in (MeetingAgenda, Attendance, Resolution):
            session.exec(delete(table).where(col(table.meeting_id) == meeting_id))
        if meeting.keep_attachment_ids is not None:
            session.exec(
                delete(Attachment).where(
                    col(Attachment.meeting_id) == meeting_id,
                    col(Attachment.id).not_in(list(meeting.keep_attachment_ids)),
                )
            )
        row.updated_at = _now()
        self._write(session, row, meeting, checked)
        logger.info("meeting %s updated", meeting_id)

    def _state(self, session: Session, row: Meeting) -> history.State:
        """The meeting as the change history keeps it (no attachment bytes)."""
        data, attachments = self._data(session, row)
        names = [a.filename for a in attachments]
        return history.meeting_state(data, row.deleted_at is not None, names)

    def delete(self, meeting_id: int) -> None:
        """Move a meeting to the 回收站 (restorable)."""
        self._set_deleted(meeting_id, _now())

    def restore(self, meeting_id: int) -> None:
        self._set_deleted(meeting_id, None)

    def _set_deleted(self, meeting_id: int, when: datetime | None) -> None:
        with session_scope(self._engine) as session:
            row = session.get(Meeting, meeting_id)
            if row is None:
                raise NotFoundError(f"找不到编号为{meeting_id}的会议记录")
            before = self._state(session, row)
            row.deleted_at = when
            row.updated_at = _now()
            session.add(row)
            action = "delete" if when is not None else "restore"
            history.record_meeting(session, action, before, row, self._state(session, row))

    # ---- reading ---------------------------------------------------------------------------

    def get(self, meeting_id: int) -> MeetingRead:
        branch_id = self._branch_of(meeting_id)
        profile = self._profile(branch_id)
        today = self._today()
        with session_scope(self._engine) as session:
            row = session.get(Meeting, meeting_id)
            assert row is not None
            return self._read(session, row, profile, today)

    def previous_setup(self, branch_id: int, kind: str) -> MeetingInput | None:
        """A new meeting set up like the latest one of the same kind: place, online, times,
        chair, recorder, 授课人, 学时, 团小组 and the agenda topics (texts left empty); dated today,
        with everybody on today's roster marked 出席. None when there is no earlier meeting.
        A chair or recorder who is no longer on the roster is left out."""
        today = self._today()
        with session_scope(self._engine) as session:
            last = session.exec(
                select(Meeting)
                .where(
                    col(Meeting.branch_id) == branch_id,
                    col(Meeting.kind) == kind,
                    col(Meeting.deleted_at).is_(None),
                )
                .order_by(col(Meeting.held_on).desc(), col(Meeting.id).desc())
            ).first()
            if last is None:
                return None
            assert last.id is not None
            topics = session.exec(
                select(MeetingAgenda.topic)
                .where(col(MeetingAgenda.meeting_id) == last.id)
                .order_by(col(MeetingAgenda.position))
            ).all()
            roster = roster_on(session, branch_id, today, kind, last.group_name)
            everyone = {e.member_id for e in roster_on(session, branch_id, today)}
        return MeetingInput(
            kind=kind,
            title="",
            held_on=today,
            start_time=last.start_time,
            end_time=last.end_time,
            place=last.place,
            online=last.online,
            chair_id=last.chair_id if last.chair_id in everyone else None,
            recorder_id=last.recorder_id if last.recorder_id in everyone else None,
            lecturer=last.lecturer,
            hours=_hours(last.hours_tenths),
            group_name=last.group_name,
            agenda=tuple(AgendaInput(topic=topic, text="") for topic in topics),
            attendance=tuple(
                AttendanceInput(member_id=e.member_id, name=e.name, presence=Presence.PRESENT.value)
                for e in roster
            ),
        )

    def attachment_data(self, attachment_id: int) -> tuple[str, bytes]:
        """(file name, bytes) of a stored attachment."""
        with session_scope(self._engine) as session:
            row = session.exec(
                select(Attachment.filename, Attachment.data).where(
                    col(Attachment.id) == attachment_id
                )
            ).first()
            if row is None:
                raise NotFoundError("该附件不存在或已被删除")
            filename, data = row
            return filename, bytes(data)

    def member_activity(self, member_id: int) -> MemberActivity:
        """A member's 组织生活 at a glance (see :class:`MemberActivity`)."""
        with session_scope(self._engine) as session:
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError(f"找不到编号为{member_id}的成员")
            branch_id = member.branch_id
        profile = self._profile(branch_id)
        today = self._today()
        with session_scope(self._engine) as session:
            member = session.get(Member, member_id)
            assert member is not None
            attended = session.exec(
                select(Attendance, Meeting)
                .join(Meeting, col(Meeting.id) == col(Attendance.meeting_id))
                .where(col(Attendance.member_id) == member_id, col(Meeting.deleted_at).is_(None))
                .order_by(col(Meeting.held_on).desc(), col(Meeting.id).desc())
            ).all()
            evaluations = session.exec(
                select(Evaluation)
                .where(col(Evaluation.member_id) == member_id)
                .order_by(col(Evaluation.year).desc())
            ).all()
            registrations = session.exec(
                select(Registration)
                .where(col(Registration.member_id) == member_id)
                .order_by(col(Registration.year).desc())
            ).all()
        lines = []
        tenths: dict[int, int] = defaultdict(int)
        last_activity: date | None = None
        for line, meeting in attended:
            assert meeting.id is not None
            lines.append(
                ActivityLine(
                    meeting_id=meeting.id,
                    kind=meeting.kind,
                    title=meeting.title,
                    held_on=meeting.held_on,
                    presence=line.presence,
                    reason=line.reason,
                    observer=line.observer,
                )
            )
            if line.presence == Presence.PRESENT and not line.observer:
                if last_activity is None or meeting.held_on > last_activity:
                    last_activity = meeting.held_on
                if meeting.kind == MeetingKind.TUANKE and meeting.hours_tenths:
                    tenths[meeting.held_on.year] += meeting.hours_tenths
        active = member.deleted_at is None and member.status in vocab.ACTIVE_STATUSES
        joined = member.join_month.first_day() if member.join_month else None
        risk = active and calendar.lapse_risk(
            last_activity, joined, today, calendar.lapse_months(profile)
        )
        return MemberActivity(
            member_id=member_id,
            name=member.name,
            attendance=tuple(lines),
            tuanke_hours={year: Decimal(value) / 10 for year, value in sorted(tenths.items())},
            evaluations=tuple(
                YearGrade(
                    year=e.year,
                    proposed_grade=e.proposed_grade,
                    approved_grade=e.approved_grade,
                    decided_on=e.decided_on,
                    exempt=e.exempt,
                    recheck_due=e.recheck_due,
                )
                for e in evaluations
            ),
            registrations=tuple(
                YearRegistration(
                    year=r.year,
                    outcome=r.outcome,
                    reason=r.reason,
                    decided_on=r.decided_on,
                    defer_until=r.defer_until,
                )
                for r in registrations
            ),
            last_activity=last_activity,
            lapse_risk=risk,
        )

    # ---- helpers ---------------------------------------------------------------------------

    def _branch_of(self, meeting_id: int) -> int:
        with session_scope(self._engine) as session:
            row = session.get(Meeting, meeting_id)
            if row is None:
                raise NotFoundError(f"找不到编号为{meeting_id}的会议记录")
            return row.branch_id

    @staticmethod
    def _raise_errors(meeting: MeetingInput, checked: _Checked) -> None:
        errors = checked.errors
        if errors:
            title = meeting.title.strip() or MEETING_KINDS.name(meeting.kind) or "会议记录"
            raise ValidationError(f"“{title}”未保存：" + describe(errors), tuple(errors))

    def _check(
        self,
        session: Session,
        branch_id: int,
        meeting: MeetingInput,
        profile: Profile,
        today: date,
        meeting_id: int | None,
    ) -> _Checked:
        issues: list[Issue] = []

        def error(field: str, message: str) -> None:
            issues.append(Issue(field, message))

        def warn(field: str, message: str) -> None:
            issues.append(Issue(field, message, Severity.WARNING))

        kind: MeetingKind | None = None
        if meeting.kind in MEETING_KINDS:
            kind = MeetingKind(meeting.kind)
        else:
            error("kind", f"会议类型“{meeting.kind}”不在列表中")
        if not meeting.title.strip():
            error("title", "会议名称（主题）不能为空")
        for field, label, limit in _TEXT_LIMITS:
            if len(getattr(meeting, field)) > limit:
                error(field, f"{label}过长（最多{limit}字）")
        if meeting.group_name is not None and len(meeting.group_name) > 50:
            error("group_name", "团小组名称过长（最多50字）")
        if meeting.start_time and meeting.end_time and meeting.end_time <= meeting.start_time:
            error("end_time", "结束时间应晚于开始时间")
        hours_tenths = _hours_tenths(meeting.hours, error)
        if kind is MeetingKind.TUANKE:
            if meeting.hours is None:
                warn("hours", "团课未填写学时")
            if not meeting.lecturer.strip():
                warn("lecturer", "团课未填写授课人")
        if kind is MeetingKind.XIAOZU and not meeting.group_name:
            warn("group_name", "团小组会未选择团小组")
        for number, agenda_item in enumerate(meeting.agenda, start=1):
            if agenda_item.topic not in AGENDA_TYPES:
                error("agenda", f"第{number}项议题的类型“{agenda_item.topic}”不在列表中")

        # Attendance against the roster as it stood on the day.
        group = meeting.group_name if kind is MeetingKind.XIAOZU else None
        everyone = roster_on(session, branch_id, meeting.held_on)
        branch_ids = {e.member_id for e in everyone}
        expected = roster_on(session, branch_id, meeting.held_on, meeting.kind, group)
        expected_ids = {e.member_id: e for e in expected}
        lines, can_vote = self._lines(meeting.attendance, expected_ids, branch_ids, error)
        counts = count_attendance(lines)
        if kind is not None:
            issues.extend(
                check_meeting(
                    kind,
                    meeting.held_on,
                    today,
                    lines,
                    len(expected),
                    meeting.recorder_id,
                    meeting.chair_id,
                    branch_ids,
                    profile,
                )
            )

        # Resolutions and their votes.
        resolutions = []
        vote_checks: list[VoteCheck | None] = []
        for number, item in enumerate(meeting.resolutions, start=1):
            filled, check = self._check_resolution(
                number, item, counts, len(everyone), profile, issues
            )
            resolutions.append(filled)
            vote_checks.append(check)

        # Attachments.
        for attachment in meeting.new_attachments:
            if not attachment.filename.strip():
                error("attachments", "附件缺少文件名")
            elif len(attachment.filename) > 255:
                error("attachments", f"附件文件名过长：{attachment.filename[:40]}…")
            if len(attachment.data) > MAX_ATTACHMENT_BYTES:
                size = len(attachment.data) / (1024 * 1024)
                error(
                    "attachments",
                    f"附件“{attachment.filename}”有{size:.1f} MB，"
                    f"超过每个附件{MAX_ATTACHMENT_MB} MB的上限，请压缩或拆分后再添加",
                )
        if meeting.keep_attachment_ids:
            stored = set(
                session.exec(
                    select(Attachment.id).where(
                        col(Attachment.meeting_id) == (meeting_id if meeting_id is not None else -1)
                    )
                )
            )
            if set(meeting.keep_attachment_ids) - stored:
                error("attachments", "要保留的附件不属于这次会议，请刷新后重试")
        return _Checked(
            issues=issues,
            counts=counts,
            vote_checks=tuple(vote_checks),
            resolutions=tuple(resolutions),
            can_vote=can_vote,
            hours_tenths=hours_tenths,
        )

    @staticmethod
    def _lines(
        attendance: Sequence[AttendanceInput],
        expected: dict[int, RosterEntry],
        branch_ids: set[int],
        error: Callable[[str, str], None],
    ) -> tuple[list[AttendanceLine], dict[int, bool]]:
        lines = []
        can_vote: dict[int, bool] = {}
        for number, item in enumerate(attendance, start=1):
            who = item.name.strip() or f"第{number}行"
            presence: Presence | None = None
            if item.presence is not None:
                if item.presence in PRESENCE:
                    presence = Presence(item.presence)
                else:
                    error("attendance", f"{who}的出缺席“{item.presence}”不在列表中")
                    continue
            observer = item.observer or presence is None
            if item.member_id is not None:
                if item.member_id not in branch_ids:
                    error("attendance", f"{who}在会议当天不是本支部团员，只能作为非团员列席")
                    continue
                if not observer and item.member_id not in expected:
                    error("attendance", f"{who}不在本次会议的应到名单中（可记为列席）")
                    continue
            entry = expected.get(item.member_id) if item.member_id is not None else None
            vote = (entry.can_vote if entry else False) and not observer
            if item.member_id is not None:
                can_vote[item.member_id] = vote
            lines.append(
                AttendanceLine(
                    member_id=item.member_id,
                    name=item.name.strip(),
                    presence=presence,
                    reason=(item.reason or "").strip() or None,
                    observer=item.observer,
                    can_vote=vote,
                )
            )
            if item.reason is not None and len(item.reason) > 200:
                error("attendance", f"{who}的原因过长（最多200字）")
        return lines, can_vote

    @staticmethod
    def _check_resolution(
        number: int,
        item: ResolutionInput,
        counts: AttendanceCounts,
        total_members: int,
        profile: Profile,
        issues: list[Issue],
    ) -> tuple[ResolutionInput, VoteCheck | None]:
        where = f"第{number}项决议"
        field = f"resolutions.{number - 1}"
        if not item.text.strip() and not item.subject.strip():
            issues.append(Issue(field, f"{where}没有内容"))
        if len(item.subject) > 200:
            issues.append(Issue(field, f"{where}的表决对象过长（最多200字）"))
        if item.vote_kind is None:
            return item, None
        if item.vote_kind not in VOTE_KINDS:
            issues.append(Issue(field, f"{where}的表决类型“{item.vote_kind}”不在列表中"))
            return item, None
        if item.yes is None:
            issues.append(Issue(f"{field}.yes", f"{where}未填写赞成票数"))
        filled = ResolutionInput(
            text=item.text,
            vote_kind=item.vote_kind,
            subject=item.subject,
            expected=counts.expected if item.expected is None else item.expected,
            present=counts.present if item.present is None else item.present,
            voters=counts.voters_present if item.voters is None else item.voters,
            yes=0 if item.yes is None else item.yes,
            no=0 if item.no is None else item.no,
            abstain=0 if item.abstain is None else item.abstain,
        )
        if counts.expected and (filled.expected, filled.present) != (
            counts.expected,
            counts.present,
        ):
            issues.append(
                Issue(
                    field,
                    f"{where}：表决的应到{filled.expected}人、实到{filled.present}人，与出席名单"
                    f"（应到{counts.expected}人、实到{counts.present}人）不一致",
                    Severity.WARNING,
                )
            )
        check = check_vote(_vote_record(filled, counts, total_members), profile)
        for issue in check.issues:
            issues.append(
                Issue(f"{field}.{issue.field}", f"{where}：{issue.message}", issue.severity)
            )
        return filled, check

    def _write(
        self, session: Session, row: Meeting, meeting: MeetingInput, checked: _Checked
    ) -> None:
        row.kind = meeting.kind
        row.title = meeting.title.strip()
        row.held_on = meeting.held_on
        row.start_time = meeting.start_time
        row.end_time = meeting.end_time
        row.place = meeting.place.strip()
        row.online = meeting.online
        row.chair_id = meeting.chair_id
        row.recorder_id = meeting.recorder_id
        row.lecturer = meeting.lecturer.strip()
        row.hours_tenths = checked.hours_tenths
        row.group_name = (meeting.group_name or "").strip() or None
        row.content = meeting.content
        row.decisions = meeting.decisions
        session.add(row)
        session.flush()
        assert row.id is not None
        meeting_id = row.id
        for position, topic in enumerate(meeting.agenda):
            session.add(
                MeetingAgenda(
                    meeting_id=meeting_id, position=position, topic=topic.topic, text=topic.text
                )
            )
        for item in meeting.attendance:
            observer = item.observer or item.presence is None
            session.add(
                Attendance(
                    meeting_id=meeting_id,
                    member_id=item.member_id,
                    name=item.name.strip(),
                    presence=None if observer else item.presence,
                    reason=(item.reason or "").strip() or None,
                    observer=observer,
                    can_vote=checked.can_vote.get(item.member_id, False)
                    if item.member_id is not None
                    else False,
                )
            )
        for position, res in enumerate(checked.resolutions):
            session.add(
                Resolution(
                    meeting_id=meeting_id,
                    position=position,
                    text=res.text,
                    vote_kind=res.vote_kind,
                    subject=res.subject.strip(),
                    expected=res.expected,
                    present=res.present,
                    voters=res.voters,
                    yes=res.yes,
                    no=res.no,
                    abstain=res.abstain,
                )
            )
        for attachment in meeting.new_attachments:
            session.add(_attachment_row(meeting_id, attachment))
        session.flush()

    def _read(self, session: Session, row: Meeting, profile: Profile, today: date) -> MeetingRead:
        assert row.id is not None
        meeting_id = row.id
        data, attachments = self._data(session, row)
        # The stored record checked again (for a record in the past, the roster as it stood).
        checked = self._check(
            session, row.branch_id, data, profile, max(today, row.held_on), row.id
        )
        return MeetingRead(
            id=meeting_id,
            branch_id=row.branch_id,
            data=data,
            attachments=tuple(attachments),
            counts=checked.counts,
            vote_checks=checked.vote_checks,
            issues=tuple(checked.issues),
            created_at=row.created_at,
            updated_at=row.updated_at,
            deleted_at=row.deleted_at,
        )

    @staticmethod
    def _data(session: Session, row: Meeting) -> tuple[MeetingInput, list[AttachmentRead]]:
        """The stored meeting as an input, and its attachments (without their bytes)."""
        assert row.id is not None
        meeting_id = row.id
        agenda = session.exec(
            select(MeetingAgenda)
            .where(col(MeetingAgenda.meeting_id) == meeting_id)
            .order_by(col(MeetingAgenda.position))
        ).all()
        attendance = session.exec(
            select(Attendance)
            .where(col(Attendance.meeting_id) == meeting_id)
            .order_by(col(Attendance.id))
        ).all()
        resolutions = session.exec(
            select(Resolution)
            .where(col(Resolution.meeting_id) == meeting_id)
            .order_by(col(Resolution.position))
        ).all()
        attachments = [
            AttachmentRead(id=a_id, filename=name, size=size, mime=mime)
            for a_id, name, size, mime in session.exec(
                select(Attachment.id, Attachment.filename, Attachment.size, Attachment.mime)
                .where(col(Attachment.meeting_id) == meeting_id)
                .order_by(col(Attachment.id))
            )
            if a_id is not None
        ]
        data = MeetingInput(
            kind=row.kind,
            title=row.title,
            held_on=row.held_on,
            start_time=row.start_time,
            end_time=row.end_time,
            place=row.place,
            online=row.online,
            chair_id=row.chair_id,
            recorder_id=row.recorder_id,
            lecturer=row.lecturer,
            hours=_hours(row.hours_tenths),
            group_name=row.group_name,
            agenda=tuple(AgendaInput(topic=a.topic, text=a.text) for a in agenda),
            content=row.content,
            decisions=row.decisions,
            attendance=tuple(
                AttendanceInput(
                    member_id=a.member_id,
                    name=a.name,
                    presence=a.presence,
                    reason=a.reason,
                    observer=a.observer,
                )
                for a in attendance
            ),
            resolutions=tuple(_resolution_input(r) for r in resolutions),
            keep_attachment_ids=tuple(a.id for a in attachments),
        )
        return data, attachments

    @staticmethod
    def _lines_by_meeting(
        session: Session, meeting_ids: Sequence[int]
    ) -> dict[int, list[AttendanceLine]]:
        lines: dict[int, list[AttendanceLine]] = defaultdict(list)
        for chunk in _chunks(meeting_ids):
            for a in session.exec(select(Attendance).where(col(Attendance.meeting_id).in_(chunk))):
                presence = (
                    Presence(a.presence)
                    if a.presence is not None and a.presence in PRESENCE
                    else None
                )
                lines[a.meeting_id].append(
                    AttendanceLine(
                        member_id=a.member_id,
                        name=a.name,
                        presence=presence,
                        reason=a.reason,
                        observer=a.observer,
                        can_vote=a.can_vote,
                    )
                )
        return lines

    # Last in the class: below this point ``list`` would name this method, not the builtin.

    def list(
        self, branch_id: int, year: int | None = None, kind: str | None = None
    ) -> list[MeetingRow]:
        """The branch's meetings (not those in the 回收站), newest first.

        ``breach`` uses the record itself: the attendance sheet's 应到 stands for the roster
        size (the editor fills the sheet from the roster), and each vote's own counts.
        """
        profile = self._profile(branch_id)
        with session_scope(self._engine) as session:
            query = select(Meeting).where(
                col(Meeting.branch_id) == branch_id, col(Meeting.deleted_at).is_(None)
            )
            if year is not None:
                query = query.where(
                    col(Meeting.held_on) >= date(year, 1, 1),
                    col(Meeting.held_on) <= date(year, 12, 31),
                )
            if kind is not None:
                query = query.where(col(Meeting.kind) == kind)
            query = query.order_by(
                col(Meeting.held_on).desc(), col(Meeting.start_time).desc(), col(Meeting.id).desc()
            )
            meetings = list(session.exec(query))
            ids = [m.id for m in meetings if m.id is not None]
            lines = self._lines_by_meeting(session, ids)
            votes: dict[int, list[Resolution]] = defaultdict(list)
            for chunk in _chunks(ids):
                for res in session.exec(
                    select(Resolution).where(
                        col(Resolution.meeting_id).in_(chunk),
                        col(Resolution.vote_kind).is_not(None),
                    )
                ):
                    votes[res.meeting_id].append(res)
        rows = []
        for meeting in meetings:
            assert meeting.id is not None
            counts = count_attendance(lines.get(meeting.id, []))
            checks = [
                check_vote(_vote_record(_resolution_input(res), counts, counts.expected), profile)
                for res in votes.get(meeting.id, [])
                if res.vote_kind in VOTE_KINDS
            ]
            breach = any(not c.quorum_met for c in checks) or _attendance_breach(
                meeting.kind, counts, profile
            )
            rate = f"{counts.present}/{counts.expected}（{counts.rate_text}）"
            rows.append(
                MeetingRow(
                    id=meeting.id,
                    kind=meeting.kind,
                    title=meeting.title,
                    held_on=meeting.held_on,
                    expected=counts.expected,
                    present=counts.present,
                    rate_text=rate if counts.expected else "—",
                    breach=breach,
                )
            )
        return rows


# ---- module helpers --------------------------------------------------------------------------


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _hours(tenths: int | None) -> Decimal | None:
    return None if tenths is None else Decimal(tenths) / 10


def _hours_tenths(hours: Decimal | None, error: Callable[[str, str], None]) -> int | None:
    """学时 as integer tenths; an error for a negative, huge or too precise value."""
    if hours is None:
        return None
    try:
        tenths = Decimal(hours) * 10
    except (InvalidOperation, TypeError, ValueError):
        error("hours", f"学时“{hours}”不是数字")
        return None
    if not tenths.is_finite() or tenths < 0 or hours > MAX_HOURS:
        error("hours", f"学时应在0到{MAX_HOURS}之间（{hours}）")
        return None
    if tenths != tenths.to_integral_value():
        error("hours", f"学时最多保留一位小数（{hours}）")
        return None
    return int(tenths)


def _resolution_input(row: Resolution) -> ResolutionInput:
    return ResolutionInput(
        text=row.text,
        vote_kind=row.vote_kind,
        subject=row.subject,
        expected=row.expected,
        present=row.present,
        voters=row.voters,
        yes=row.yes,
        no=row.no,
        abstain=row.abstain,
    )


def _vote_record(res: ResolutionInput, counts: AttendanceCounts, total_members: int) -> VoteRecord:
    """A stored or entered vote as the domain counts it; missing numbers come from the sheet."""
    assert res.vote_kind is not None
    expected = counts.expected if res.expected is None else res.expected
    # 应到有表决权 is known from the sheet only when the vote counts the same people.
    voters_expected = counts.voters_expected if expected == counts.expected else None
    return VoteRecord(
        kind=VoteKind(res.vote_kind),
        subject=res.subject,
        expected=expected,
        present=counts.present if res.present is None else res.present,
        voters=counts.voters_present if res.voters is None else res.voters,
        yes=res.yes or 0,
        no=res.no or 0,
        abstain=res.abstain or 0,
        total_members=max(total_members, expected),
        voters_expected=voters_expected,
    )


def _attendance_breach(kind: str, counts: AttendanceCounts, profile: Profile) -> bool:
    """A 支部大会 whose 实到 misses ``quorum.dahui.attendance`` (roster size = the sheet's 应到)."""
    if kind != MeetingKind.DAHUI or not counts.expected:
        return False
    vote = VoteRecord(
        VoteKind.GENERAL,
        "",
        counts.expected,
        counts.present,
        counts.voters_present,
        0,
        0,
        0,
        voters_expected=counts.voters_expected,
    )
    return not check_vote(vote, profile).quorum_met


def _attachment_row(meeting_id: int, attachment: NewAttachment) -> Attachment:
    mime = mimetypes.guess_type(attachment.filename)[0] or "application/octet-stream"
    return Attachment(
        meeting_id=meeting_id,
        filename=attachment.filename.strip(),
        mime=mime,
        size=len(attachment.data),
        data=attachment.data,
    )
