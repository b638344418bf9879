"""Leaving the League, 团纪处分, 推优入党, a member's status history and the roster of a past day.

Every change of 团籍状态 goes through :func:`member_events.change_status` inside one transaction,
so a refused step (an error in any member of a batch) changes nothing. The roster as of a past
day is rebuilt from the ``MemberEvent`` history and ``join_month`` (:meth:`roster_as_of`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from branchdesk.domain import lifecycle, vocab
from branchdesk.domain.dates import YearMonth, add_months
from branchdesk.domain.lifecycle import (
    DISCIPLINE_KINDS,
    OUTCOMES,
    DisciplineFacts,
    DisciplineKind,
    LeaveKind,
    LeaveRequest,
    LifecycleRules,
    MemberFacts,
    Outcome,
)
from branchdesk.domain.meetings import MEETING_KINDS, Presence
from branchdesk.domain.members import Issue, Severity, describe
from branchdesk.domain.profiles import Profile
from branchdesk.domain.recruitment import STAGES
from branchdesk.errors import NotFoundError, ValidationError
from branchdesk.services import history
from branchdesk.services.member_events import change_status, events_of, probation_member_ids
from branchdesk.store.engine import session_scope
from branchdesk.store.models import (
    Applicant,
    Attendance,
    Discipline,
    Meeting,
    Member,
    MemberEvent,
    PartyRecommendation,
)

logger = logging.getLogger(__name__)

ProfileProvider = Callable[[int], Profile]
Clock = Callable[[], date]

EVENT_LABELS: dict[str, str] = {
    "join": "入团",
    "transfer_out": "转出",
    "transfer_in": "转入",
    "transfer_back": "转接退回/撤回",
    "aged_out": "超龄离团",
    "withdrawn": "自愿退团",
    "lapsed": "自行脱团（除名）",
    "removed": "除名",
    "expelled": "开除团籍",
    "restored": "恢复团籍",
    "party_joined": "入党（保留团籍）",
}


@dataclass(frozen=True)
class LeaveResult:
    names: tuple[str, ...]
    warnings: tuple[Issue, ...]


@dataclass(frozen=True)
class AgedOutRow:
    """A member in the 团 who has reached the leaving age; ``reason`` says why they are skipped."""

    member_id: int
    name: str
    birth_date: date
    turned_on: date
    league_post: str | None
    eligible: bool
    reason: str


@dataclass(frozen=True)
class BatchResult:
    left: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...]  # (name, why)


@dataclass(frozen=True)
class LapseRow:
    member_id: int
    name: str
    last_activity: date | None


@dataclass(frozen=True)
class DisciplineInput:
    kind: str
    decided_on: date
    reason: str
    months: int | None = None
    meeting_id: int | None = None
    approved_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class DisciplineRead:
    id: int
    member_id: int
    member_name: str
    kind: str
    kind_name: str
    reason: str
    decided_on: date
    meeting_id: int | None
    approved_on: date | None
    months: int | None
    ends_on: date | None
    outcome: str | None
    outcome_name: str
    closed_on: date | None
    in_force_today: bool


@dataclass(frozen=True)
class RecommendationInput:
    recommended_on: date
    applied_party_on: date | None = None
    confirmed_on: date | None = None
    meeting_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class RecommendationRead:
    id: int
    member_id: int
    member_name: str
    applied_party_on: date | None
    recommended_on: date
    confirmed_on: date | None
    meeting_id: int | None
    joined_party_on: date | None


@dataclass(frozen=True)
class StatusLine:
    """One line of a member's status history."""

    on: date
    kind: str
    label: str
    status_before: str
    status_after: str
    reason: str
    meeting: str
    approved_on: date | None


@dataclass(frozen=True)
class RosterLine:
    member_id: int
    name: str
    status: str


@dataclass(frozen=True)
class Reminder:
    text: str
    member_id: int | None = None
    applicant_id: int | None = None


def _facts(row: Member) -> MemberFacts:
    return MemberFacts(
        name=row.name,
        status=row.status,
        birth_date=row.birth_date,
        league_post=row.league_post,
        join_month=row.join_month,
    )


def _discipline_facts(row: Discipline) -> DisciplineFacts:
    return DisciplineFacts(row.kind, row.decided_on, row.ends_on, row.outcome, row.closed_on)


def _meeting_label(session: Session, meeting_id: int | None) -> str:
    if meeting_id is None:
        return ""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return ""
    kind = MEETING_KINDS.name(meeting.kind) or meeting.kind
    return f"{meeting.held_on.isoformat()} {kind} {meeting.title}".strip()


class LifecycleService:
    """Use cases of leaving, discipline and 推优; every public method is one short transaction."""

    def __init__(self, engine: Engine, profile: ProfileProvider, today: Clock = date.today) -> None:
        self._engine = engine
        self._profile = profile
        self._today = today

    def rules(self, branch_id: int) -> LifecycleRules:
        return lifecycle.lifecycle_rules(self._profile(branch_id))

    # ---- leaving ---------------------------------------------------------------------------

    def check_leave(self, member_ids: Sequence[int], request: LeaveRequest) -> list[Issue]:
        """Every problem :meth:`leave` would refuse or warn about; writes nothing."""
        with session_scope(self._engine) as session:
            rows = self._members(session, member_ids)
        if not rows:
            return [Issue("members", "没有选择团员")]
        rules = self.rules(rows[0].branch_id)
        today = self._today()
        issues: list[Issue] = []
        for row in rows:
            issues.extend(lifecycle.check_leave(_facts(row), request, today, rules))
        return issues

    def leave(self, member_ids: Sequence[int], request: LeaveRequest) -> LeaveResult:
        """Members leave the League the same way on the same day: all of them, or none."""
        if not member_ids:
            raise ValidationError("没有选择团员")
        with session_scope(self._engine) as session:
            first = self._members(session, member_ids[:1])[0]
        rules = self.rules(first.branch_id)
        today = self._today()
        with session_scope(self._engine) as session:
            rows = self._members(session, member_ids)
            issues: list[Issue] = []
            for row in rows:
                issues.extend(lifecycle.check_leave(_facts(row), request, today, rules))
            errors = [i for i in issues if i.is_error]
            if errors:
                raise ValidationError("未办理离团：" + describe(errors), tuple(errors))
            for row in rows:
                change_status(
                    session,
                    row,
                    request.kind,
                    request.on,
                    request.kind,
                    reason=request.reason.strip(),
                    meeting_id=request.meeting_id,
                    approved_on=request.approved_on,
                )
                if request.kind == LeaveKind.EXPELLED:  # 开除团籍 is also a 团纪处分 on record
                    assert row.id is not None
                    session.add(
                        Discipline(
                            branch_id=row.branch_id,
                            member_id=row.id,
                            kind=DisciplineKind.EXPELLED,
                            reason=request.reason.strip(),
                            decided_on=request.on,
                            meeting_id=request.meeting_id,
                            approved_on=request.approved_on,
                        )
                    )
            names = tuple(row.name for row in rows)
        logger.info("%d member(s) left: %s", len(names), request.kind)
        return LeaveResult(names, tuple(i for i in issues if not i.is_error))

    def aged_out_candidates(self, branch_id: int, on: date | None = None) -> list[AgedOutRow]:
        """Members in the 团 who reached the leaving age by ``on``; post holders marked skipped."""
        on = on or self._today()
        rules = self.rules(branch_id)
        out = []
        with session_scope(self._engine) as session:
            for row in self._active(session, branch_id):
                if row.birth_date is None:
                    continue
                turned = lifecycle.aged_out_on(row.birth_date, rules)
                if turned > on:
                    continue
                assert row.id is not None
                block = lifecycle.aged_out_block(_facts(row), on, rules)
                if block is None and row.status != "active":
                    block = "正在办理组织关系转出"
                out.append(
                    AgedOutRow(
                        member_id=row.id,
                        name=row.name,
                        birth_date=row.birth_date,
                        turned_on=turned,
                        league_post=row.league_post,
                        eligible=block is None,
                        reason=block or "",
                    )
                )
        return sorted(out, key=lambda r: (not r.eligible, r.turned_on, r.member_id))

    def leave_aged_out(
        self,
        branch_id: int,
        on: date,
        member_ids: Sequence[int] | None = None,
        meeting_id: int | None = None,
        approved_on: date | None = None,
        reason: str = "",
    ) -> BatchResult:
        """超龄离团 for a batch (all eligible when ``member_ids`` is None); post holders skipped."""
        rows = self.aged_out_candidates(branch_id, on)
        if member_ids is not None:
            wanted = set(member_ids)
            rows = [r for r in rows if r.member_id in wanted]
        skipped = tuple((r.name, r.reason) for r in rows if not r.eligible)
        ids = [r.member_id for r in rows if r.eligible]
        if not ids:
            raise ValidationError("没有可以办理超龄离团的团员")
        request = LeaveRequest(
            kind=LeaveKind.AGED_OUT,
            on=on,
            reason=reason.strip() or "年满28周岁，未担任团内职务",
            meeting_id=meeting_id,
            approved_on=approved_on,
        )
        done = self.leave(ids, request)
        return BatchResult(done.names, skipped)

    def lapse_candidates(self, branch_id: int) -> list[LapseRow]:
        """自行脱团 candidates: no 组织生活 attendance for ``transfer.lapse_months`` months.

        Counted from the last meeting attended, else from 入团, but not before the branch's first
        meeting record. 团费 is not kept in this ledger: check it before deciding.
        """
        rules = self.rules(branch_id)
        today = self._today()
        with session_scope(self._engine) as session:
            first = session.exec(
                select(func.min(Meeting.held_on)).where(
                    col(Meeting.branch_id) == branch_id, col(Meeting.deleted_at).is_(None)
                )
            ).one()
            if first is None:
                return []
            last: dict[int, date] = {}
            query = (
                select(Attendance.member_id, func.max(Meeting.held_on))
                .join(Meeting, col(Meeting.id) == col(Attendance.meeting_id))
                .where(
                    col(Meeting.branch_id) == branch_id,
                    col(Meeting.deleted_at).is_(None),
                    col(Meeting.held_on) <= today,
                    col(Attendance.presence) == Presence.PRESENT,
                    col(Attendance.observer).is_(False),
                )
                .group_by(col(Attendance.member_id))
            )
            for member_id, held_on in session.exec(query):
                if member_id is not None and held_on is not None:
                    last[member_id] = held_on
            out = []
            for row in self._active(session, branch_id):
                assert row.id is not None
                joined = max(row.join_month.first_day(), first) if row.join_month else first
                seen = last.get(row.id)
                if lifecycle.lapse_candidate(seen, joined, today, rules):
                    out.append(LapseRow(row.id, row.name, seen))
        return out

    # ---- discipline ------------------------------------------------------------------------

    def check_discipline(self, member_id: int, data: DisciplineInput) -> list[Issue]:
        branch_id = self._branch_of(member_id)
        rules = self.rules(branch_id)
        with session_scope(self._engine) as session:
            return self._discipline_issues(session, member_id, data, rules)

    def _discipline_issues(
        self, session: Session, member_id: int, data: DisciplineInput, rules: LifecycleRules
    ) -> list[Issue]:
        row = self._member(session, member_id)
        existing = [_discipline_facts(d) for d in self._disciplines(session, member_id)]
        issues = lifecycle.check_discipline(
            _facts(row),
            data.kind,
            data.decided_on,
            data.months,
            data.reason,
            data.meeting_id,
            existing,
            self._today(),
            rules,
        )
        if data.approved_on is not None and data.approved_on < data.decided_on:
            issues.append(Issue("approved_on", "上级批准日期早于处分决定日期"))
        return issues

    def add_discipline(self, member_id: int, data: DisciplineInput) -> DisciplineRead:
        """Record a 处分. 撤销团内职务 clears the post; 开除团籍 ends the 团籍 the same day."""
        branch_id = self._branch_of(member_id)
        rules = self.rules(branch_id)
        with session_scope(self._engine) as session:
            issues = self._discipline_issues(session, member_id, data, rules)
            errors = [i for i in issues if i.is_error]
            if errors:
                raise ValidationError("未保存团纪处分：" + describe(errors), tuple(errors))
            member = self._member(session, member_id)
            ends_on = None
            months = None
            if data.kind == DisciplineKind.PROBATION:
                months = data.months
                assert months is not None
                ends_on = lifecycle.probation_ends(data.decided_on, months)
            record = Discipline(
                branch_id=branch_id,
                member_id=member_id,
                kind=data.kind,
                reason=data.reason.strip(),
                decided_on=data.decided_on,
                meeting_id=data.meeting_id,
                approved_on=data.approved_on,
                months=months,
                ends_on=ends_on,
                note=data.note,
            )
            session.add(record)
            if data.kind == DisciplineKind.POST_REMOVED:
                before = history.member_state(member)
                member.league_post = None
                member.post_since = None
                member.cadre_nature = None
                session.add(member)
                session.flush()
                history.record_member(session, history.LIFECYCLE, before, member)
            elif data.kind == DisciplineKind.EXPELLED:
                change_status(
                    session,
                    member,
                    "expelled",
                    data.decided_on,
                    "expelled",
                    reason=data.reason.strip(),
                    meeting_id=data.meeting_id,
                    approved_on=data.approved_on,
                )
            session.flush()
            return self._discipline_read(session, record, member.name)

    def close_probation(
        self,
        discipline_id: int,
        outcome: str,
        on: date,
        meeting_id: int | None = None,
        reason: str = "",
    ) -> DisciplineRead:
        """Conclude a 留团察看: rights restored, or 开除团籍 (the member leaves that day)."""
        with session_scope(self._engine) as session:
            record = session.get(Discipline, discipline_id)
            if record is None or record.deleted_at is not None:
                raise NotFoundError("找不到该团纪处分记录")
            issues = lifecycle.check_close(_discipline_facts(record), outcome, on, self._today())
            errors = [i for i in issues if i.is_error]
            if errors:
                raise ValidationError("未保存察看结论：" + describe(errors), tuple(errors))
            member = self._member(session, record.member_id)
            if outcome == Outcome.EXPELLED:
                if member.status not in vocab.ACTIVE_STATUSES:
                    raise ValidationError(f"{member.name}已不在团内，无法开除团籍")
                change_status(
                    session,
                    member,
                    "expelled",
                    on,
                    "expelled",
                    reason=reason.strip() or "留团察看期满仍无悔改表现",
                    meeting_id=meeting_id,
                )
            record.outcome = outcome
            record.closed_on = on
            if reason.strip():
                record.note = (record.note + "\n" + reason.strip()).strip()
            session.add(record)
            session.flush()
            return self._discipline_read(session, record, member.name)

    def disciplines(self, member_id: int) -> list[DisciplineRead]:
        with session_scope(self._engine) as session:
            member = self._member(session, member_id)
            return [
                self._discipline_read(session, d, member.name)
                for d in self._disciplines(session, member_id)
            ]

    def open_probations(self, branch_id: int) -> list[DisciplineRead]:
        """留团察看 records of the branch still without a conclusion."""
        with session_scope(self._engine) as session:
            rows = session.exec(
                select(Discipline, Member)
                .join(Member, col(Member.id) == col(Discipline.member_id))
                .where(
                    col(Discipline.branch_id) == branch_id,
                    col(Discipline.kind) == DisciplineKind.PROBATION,
                    col(Discipline.outcome).is_(None),
                    col(Discipline.deleted_at).is_(None),
                )
                .order_by(col(Discipline.ends_on))
            ).all()
            return [self._discipline_read(session, d, m.name) for d, m in rows]

    def under_probation(self, branch_id: int, day: date) -> set[int]:
        with session_scope(self._engine) as session:
            return probation_member_ids(session, branch_id, day)

    def _discipline_read(self, session: Session, row: Discipline, name: str) -> DisciplineRead:
        assert row.id is not None
        return DisciplineRead(
            id=row.id,
            member_id=row.member_id,
            member_name=name,
            kind=row.kind,
            kind_name=DISCIPLINE_KINDS.name(row.kind),
            reason=row.reason,
            decided_on=row.decided_on,
            meeting_id=row.meeting_id,
            approved_on=row.approved_on,
            months=row.months,
            ends_on=row.ends_on,
            outcome=row.outcome,
            outcome_name=OUTCOMES.name(row.outcome) if row.outcome else "",
            closed_on=row.closed_on,
            in_force_today=lifecycle.in_force(_discipline_facts(row), self._today()),
        )

    # ---- 推优入党 ------------------------------------------------------------------------------

    def check_recommendation(self, member_id: int, data: RecommendationInput) -> list[Issue]:
        rules = self.rules(self._branch_of(member_id))
        with session_scope(self._engine) as session:
            return self._recommendation_issues(session, member_id, data, rules)

    def _recommendation_issues(
        self, session: Session, member_id: int, data: RecommendationInput, rules: LifecycleRules
    ) -> list[Issue]:
        row = self._member(session, member_id)
        probation = member_id in probation_member_ids(session, row.branch_id, data.recommended_on)
        issues = lifecycle.check_recommendation(
            _facts(row), data.recommended_on, data.confirmed_on, probation, self._today(), rules
        )
        if data.applied_party_on is not None and data.applied_party_on > data.recommended_on:
            issues.append(Issue("applied_party_on", "递交入党申请书的日期晚于推荐日期"))
        valid_years = rules.tuiyou_valid_years
        earlier = session.exec(
            select(PartyRecommendation).where(
                col(PartyRecommendation.member_id) == member_id,
                col(PartyRecommendation.joined_party_on).is_(None),
            )
        ).all()
        for rec in earlier:
            if add_months(rec.recommended_on, 12 * valid_years) > data.recommended_on:
                issues.append(
                    Issue(
                        "recommended_on",
                        f"{row.name}已于{rec.recommended_on.isoformat()}推优，"
                        f"推优结果{valid_years}年内有效",
                        Severity.WARNING,
                    )
                )
        return issues

    def recommend(self, member_id: int, data: RecommendationInput) -> RecommendationRead:
        """推优入党: record the 推荐 (and, when known, the Party branch's 确定)."""
        rules = self.rules(self._branch_of(member_id))
        with session_scope(self._engine) as session:
            issues = self._recommendation_issues(session, member_id, data, rules)
            errors = [i for i in issues if i.is_error]
            if errors:
                raise ValidationError("未保存推优：" + describe(errors), tuple(errors))
            member = self._member(session, member_id)
            row = PartyRecommendation(
                branch_id=member.branch_id,
                member_id=member_id,
                applied_party_on=data.applied_party_on,
                recommended_on=data.recommended_on,
                confirmed_on=data.confirmed_on,
                meeting_id=data.meeting_id,
                note=data.note,
            )
            session.add(row)
            session.flush()
            return self._recommendation_read(row, member.name)

    def confirm_recommendation(self, recommendation_id: int, on: date) -> RecommendationRead:
        with session_scope(self._engine) as session:
            row = self._recommendation(session, recommendation_id)
            if on < row.recommended_on:
                raise ValidationError("确定日期早于推荐日期")
            if on > self._today():
                raise ValidationError("确定日期晚于今天")
            row.confirmed_on = on
            session.add(row)
            member = self._member(session, row.member_id)
            return self._recommendation_read(row, member.name)

    def party_joined(self, recommendation_id: int, on: date) -> RecommendationRead:
        """The member joined the Party (预备党员): 团籍 is kept (保留团籍) until the leaving age."""
        with session_scope(self._engine) as session:
            row = self._recommendation(session, recommendation_id)
            member = self._member(session, row.member_id)
            if row.joined_party_on is not None:
                raise ValidationError(f"{member.name}的入党日期已经登记")
            if on < row.recommended_on or on > self._today():
                raise ValidationError("入党日期应在推荐日期之后、今天之前")
            if member.status not in vocab.ACTIVE_STATUSES:
                raise ValidationError(f"{member.name}已不在团内")
            row.joined_party_on = on
            session.add(row)
            before = history.member_state(member)
            if member.political_status not in vocab.PARTY_CODES:
                member.political_status = "02"  # 中共预备党员
                session.add(member)
                session.flush()
                history.record_member(session, history.LIFECYCLE, before, member)
            change_status(
                session, member, member.status, on, "party_joined", reason="推优入党，保留团籍"
            )
            return self._recommendation_read(row, member.name)

    def recommendations(self, branch_id: int) -> list[RecommendationRead]:
        with session_scope(self._engine) as session:
            rows = session.exec(
                select(PartyRecommendation, Member)
                .join(Member, col(Member.id) == col(PartyRecommendation.member_id))
                .where(col(PartyRecommendation.branch_id) == branch_id)
                .order_by(col(PartyRecommendation.recommended_on).desc())
            ).all()
            return [self._recommendation_read(r, m.name) for r, m in rows]

    @staticmethod
    def _recommendation(session: Session, recommendation_id: int) -> PartyRecommendation:
        row = session.get(PartyRecommendation, recommendation_id)
        if row is None:
            raise NotFoundError("找不到该推优记录")
        return row

    @staticmethod
    def _recommendation_read(row: PartyRecommendation, name: str) -> RecommendationRead:
        assert row.id is not None
        return RecommendationRead(
            id=row.id,
            member_id=row.member_id,
            member_name=name,
            applied_party_on=row.applied_party_on,
            recommended_on=row.recommended_on,
            confirmed_on=row.confirmed_on,
            meeting_id=row.meeting_id,
            joined_party_on=row.joined_party_on,
        )

    # ---- history and the past roster --------------------------------------------------------

    def status_history(self, member_id: int) -> list[StatusLine]:
        """A member's 团籍 events, oldest first (join, transfers, leaving, 入党, ...)."""
        with session_scope(self._engine) as session:
            self._member(session, member_id)
            return [
                StatusLine(
                    on=e.occurred_on,
                    kind=e.kind,
                    label=EVENT_LABELS.get(e.kind, e.kind),
                    status_before=vocab.MEMBER_STATUS.name(e.status_before)
                    if e.status_before
                    else "",
                    status_after=vocab.MEMBER_STATUS.name(e.status_after),
                    reason=e.reason,
                    meeting=_meeting_label(session, e.meeting_id),
                    approved_on=e.approved_on,
                )
                for e in events_of(session, member_id)
            ]

    def roster_as_of(self, branch_id: int, day: date) -> list[RosterLine]:
        """The branch's members in the 团 on ``day``, rebuilt from the events and 入团年月.

        A member's status on the day is the ``status_after`` of the last event on or before it;
        with none, the ``status_before`` of the first later event; with no events at all, the
        current status. Members admitted after the day's month (or deleted) are not counted.
        """
        month = YearMonth.of(day)
        with session_scope(self._engine) as session:
            members = session.exec(
                select(Member).where(
                    col(Member.branch_id) == branch_id, col(Member.deleted_at).is_(None)
                )
            ).all()
            events: dict[int, list[MemberEvent]] = {}
            for event in session.exec(
                select(MemberEvent)
                .where(col(MemberEvent.branch_id) == branch_id)
                .order_by(col(MemberEvent.occurred_on), col(MemberEvent.id))
            ):
                events.setdefault(event.member_id, []).append(event)
        out = []
        for row in members:
            assert row.id is not None
            if row.join_month is not None and row.join_month > month:
                continue
            mine = events.get(row.id, [])
            before = [e for e in mine if e.occurred_on <= day]
            if before:
                status = before[-1].status_after
            elif mine:
                status = mine[0].status_before or ""
                if mine[0].kind == "join":
                    status = ""  # not a member yet
            else:
                status = row.status
            if status in vocab.ACTIVE_STATUSES:
                out.append(RosterLine(row.id, row.name, status))
        return sorted(out, key=lambda line: (line.name, line.member_id))

    # ---- reminders --------------------------------------------------------------------------

    def reminders(self, branch_id: int) -> list[Reminder]:
        """Probations ending within the reminder window or ended without a conclusion, and
        applicants whose 谈话 is overdue (收到申请后 ``fazhan.talk_days`` 天)."""
        rules = self.rules(branch_id)
        talk_days = self._profile(branch_id).int_value("fazhan.talk_days")
        today = self._today()
        out: list[Reminder] = []
        for record in self.open_probations(branch_id):
            due = lifecycle.probation_due(
                DisciplineFacts(record.kind, record.decided_on, record.ends_on, None, None),
                today,
                rules,
            )
            if due is None:
                continue
            if due.overdue:
                text = (
                    f"{record.member_name}的留团察看已于{due.ends_on.isoformat()}期满，"
                    "尚未作出恢复权利或开除团籍的结论"
                )
            else:
                text = f"{record.member_name}的留团察看将于{due.ends_on.isoformat()}期满"
            out.append(Reminder(text, member_id=record.member_id))
        with session_scope(self._engine) as session:
            applicants = session.exec(
                select(Applicant).where(
                    col(Applicant.branch_id) == branch_id,
                    col(Applicant.deleted_at).is_(None),
                    col(Applicant.stage) == "applicant",
                    col(Applicant.talked_on).is_(None),
                )
            ).all()
            for person in applicants:
                due_on = person.applied_on.toordinal() + talk_days
                if due_on < today.toordinal():
                    out.append(
                        Reminder(
                            f"{person.name}（{STAGES.name(person.stage)}）"
                            f"递交申请已超过{talk_days}天，尚未谈话",
                            applicant_id=person.id,
                        )
                    )
        return out

    # ---- helpers ---------------------------------------------------------------------------

    def _branch_of(self, member_id: int) -> int:
        with session_scope(self._engine) as session:
            return self._member(session, member_id).branch_id

    @staticmethod
    def _member(session: Session, member_id: int) -> Member:
        row = session.get(Member, member_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("该团员不存在或已被删除")
        return row

    @staticmethod
    def _members(session: Session, member_ids: Sequence[int]) -> list[Member]:
        rows = list(session.exec(select(Member).where(col(Member.id).in_(list(member_ids)))))
        if len(rows) != len(set(member_ids)) or any(r.deleted_at is not None for r in rows):
            raise NotFoundError("部分团员已不存在，请刷新后重试")
        order = {member_id: i for i, member_id in enumerate(member_ids)}
        return sorted(rows, key=lambda r: order.get(r.id or 0, 0))

    @staticmethod
    def _active(session: Session, branch_id: int) -> list[Member]:
        return list(
            session.exec(
                select(Member)
                .where(
                    col(Member.branch_id) == branch_id,
                    col(Member.deleted_at).is_(None),
                    col(Member.status).in_(sorted(vocab.ACTIVE_STATUSES)),
                )
                .order_by(col(Member.initials), col(Member.id))
            )
        )

    @staticmethod
    def _disciplines(session: Session, member_id: int) -> list[Discipline]:
        return list(
            session.exec(
                select(Discipline)
                .where(col(Discipline.member_id) == member_id, col(Discipline.deleted_at).is_(None))
                .order_by(col(Discipline.decided_on), col(Discipline.id))
            )
        )
