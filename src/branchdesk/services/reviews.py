"""团员教育评议 and 团籍注册: the yearly sheets, saving them, and registration reminders.

Decisions (rules.md §3, §4):

- The 评议 sheet of a year lists everybody on the roster at the end of that year (plus anybody
  already evaluated that year who has left since). 保留团籍的党员 are ``optional``: counted in
  应到, evaluated only if they choose to (``exempt=True`` otherwise).
- The 注册 of a year rests on the approved grade of the **same year's** 评议 when there is one
  (branches that evaluate and register together in the autumn), otherwise on the **previous
  year's** (evaluate in winter, register in spring) — in both cases only a grade approved on or
  before the day of the 注册 (today, for a member not registered yet): a registration in March
  cannot rest on the December 评议 of the same year. The row says which year it used.
- A 不合格 grade sets ``recheck_due`` to the first day of the re-evaluation window
  (``pingyi.recheck_months`` after the decision); 暂缓注册 sets ``defer_until``
  (``zhuce.defer_months``).
- Registration gap warnings count from the last 注册 (else from 入团, but never from before the
  branch's first recorded 注册: a branch that has just started keeping the register is not told
  that everybody lapsed years ago).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from branchdesk.domain import vocab
from branchdesk.domain.members import Issue, Severity, describe
from branchdesk.domain.profiles import Profile
from branchdesk.domain.reviews import (
    GRADES,
    REGISTRATION_OUTCOMES,
    Grade,
    RegistrationOutcome,
    check_grades,
    check_registration,
    defer_until,
    recheck_window,
    registration_eligible,
    registration_gap_issue,
)
from branchdesk.errors import NotFoundError, ValidationError
from branchdesk.services import history
from branchdesk.services.meeting_schemas import (
    EvaluationInput,
    EvaluationRow,
    RegistrationInput,
    RegistrationRow,
)
from branchdesk.services.meetings import roster_joins, roster_on
from branchdesk.store.engine import session_scope
from branchdesk.store.models import Branch, Evaluation, Meeting, Member, Registration

logger = logging.getLogger(__name__)

ProfileProvider = Callable[[int], Profile]
Clock = Callable[[], date]

_VOTE_FIELDS = ("votes_excellent", "votes_qualified", "votes_basic", "votes_unqualified")


@dataclass(frozen=True)
class _Person:
    member_id: int
    name: str
    group_name: str | None
    party_member: bool


def _grade(code: str | None) -> Grade | None:
    return Grade(code) if code is not None and code in GRADES else None


def year_end(year: int) -> date:
    return date(year, 12, 31)


def evaluation_complete(session: Session, branch_id: int, year: int) -> Evaluation | None:
    """The year's latest 评议 record when every non-optional member on the roster on the day of
    the last decision (at the latest 31 December) has an approved grade or is exempt."""
    stored = list(
        session.exec(
            select(Evaluation).where(
                col(Evaluation.branch_id) == branch_id, col(Evaluation.year) == year
            )
        )
    )
    done = {e.member_id for e in stored if e.approved_grade is not None or e.exempt}
    if not done:
        return None
    decided = [e.decided_on for e in stored if e.decided_on is not None]
    on = min(max(decided), year_end(year)) if decided else year_end(year)
    needed = {p.member_id for p in roster_on(session, branch_id, on) if not p.party_member}
    if needed - done:
        return None
    return max(stored, key=lambda e: (e.decided_on or date.min, e.id or 0))


def registration_complete(session: Session, branch_id: int, year: int) -> Registration | None:
    """The year's latest 注册 record when every non-party member on the roster on the day of the
    last decision (at the latest 31 December) has an outcome."""
    stored = list(
        session.exec(
            select(Registration).where(
                col(Registration.branch_id) == branch_id, col(Registration.year) == year
            )
        )
    )
    if not stored:
        return None
    decided = [r.decided_on for r in stored if r.decided_on is not None]
    on = min(max(decided), year_end(year)) if decided else year_end(year)
    needed = {p.member_id for p in roster_on(session, branch_id, on) if not p.party_member}
    if needed - {r.member_id for r in stored}:
        return None
    return max(stored, key=lambda r: (r.decided_on or date.min, r.id or 0))


class ReviewService:
    """Use cases on the yearly 评议 and 注册; every public method is one short transaction."""

    def __init__(self, engine: Engine, profile: ProfileProvider, today: Clock = date.today) -> None:
        self._engine = engine
        self._profile = profile
        self._today = today

    # ---- 评议 ------------------------------------------------------------------------------

    def evaluation_sheet(self, branch_id: int, year: int) -> list[EvaluationRow]:
        """Every member on the roster at the end of ``year`` with what is stored for them."""
        with session_scope(self._engine) as session:
            stored = {
                e.member_id: e
                for e in session.exec(
                    select(Evaluation).where(
                        col(Evaluation.branch_id) == branch_id, col(Evaluation.year) == year
                    )
                )
            }
            people = self._people(session, branch_id, year_end(year), stored)
        rows = []
        for person in people:
            e = stored.get(person.member_id)
            if e is None:
                rows.append(
                    EvaluationRow(
                        member_id=person.member_id,
                        name=person.name,
                        group_name=person.group_name,
                        optional=person.party_member,
                        saved=False,
                    )
                )
                continue
            rows.append(
                EvaluationRow(
                    member_id=person.member_id,
                    name=person.name,
                    group_name=person.group_name,
                    optional=person.party_member,
                    saved=True,
                    self_note=e.self_note,
                    peer_note=e.peer_note,
                    votes_excellent=e.votes_excellent,
                    votes_qualified=e.votes_qualified,
                    votes_basic=e.votes_basic,
                    votes_unqualified=e.votes_unqualified,
                    proposed_grade=e.proposed_grade,
                    approved_grade=e.approved_grade,
                    decided_on=e.decided_on,
                    meeting_id=e.meeting_id,
                    recheck_due=e.recheck_due,
                    exempt=e.exempt,
                )
            )
        return rows

    def save_evaluations(
        self, branch_id: int, year: int, rows: Sequence[EvaluationInput]
    ) -> list[Issue]:
        """Store the given members' 评议 of ``year`` (others are left as they are), in one
        transaction, logging one history line per row created or changed (one batch per save).
        Errors raise :class:`ValidationError` with every issue and write nothing; warnings
        (优秀 over the cap, …) are returned."""
        profile = self._profile(branch_id)
        today = self._today()
        issues: list[Issue] = []
        with session_scope(self._engine) as session:
            members = self._branch_members(session, branch_id, [r.member_id for r in rows])
            meetings = self._branch_meetings(session, branch_id)
            self._check_year(year, today, issues)
            seen: set[int] = set()
            for row in rows:
                issues.extend(self._check_evaluation(row, members, meetings, seen, today))
            stored = {
                e.member_id: e
                for e in session.exec(
                    select(Evaluation).where(
                        col(Evaluation.branch_id) == branch_id, col(Evaluation.year) == year
                    )
                )
            }
            # The cap counts the whole sheet after this save: approved grades, else proposed.
            effective: dict[int, Grade | None] = {
                member_id: _grade(e.approved_grade or e.proposed_grade)
                for member_id, e in stored.items()
                if not e.exempt
            }
            for row in rows:
                effective[row.member_id] = (
                    None if row.exempt else _grade(row.approved_grade or row.proposed_grade)
                )
            issues.extend(check_grades(list(effective.values()), profile))
            errors = [issue for issue in issues if issue.is_error]
            if errors:
                raise ValidationError(f"{year}年度评议未保存：" + describe(errors), tuple(errors))
            batch = history.new_batch()
            for row in rows:
                old = stored.get(row.member_id)
                before = None if old is None else history.review_state(history.EVALUATION, old)
                record = old or Evaluation(branch_id=branch_id, member_id=row.member_id, year=year)
                decided_on = row.decided_on
                if decided_on is None and row.approved_grade is not None:
                    decided_on = today
                record.self_note = row.self_note
                record.peer_note = row.peer_note
                for name in _VOTE_FIELDS:
                    setattr(record, name, getattr(row, name))
                record.proposed_grade = row.proposed_grade
                record.approved_grade = row.approved_grade
                record.decided_on = decided_on
                record.meeting_id = row.meeting_id
                record.exempt = row.exempt
                record.recheck_due = (
                    recheck_window(decided_on, profile)[0]
                    if row.approved_grade == Grade.UNQUALIFIED and decided_on is not None
                    else None
                )
                session.add(record)
                session.flush()
                history.record_review(
                    session,
                    history.EVALUATION,
                    before,
                    record,
                    members[row.member_id].name,
                    batch,
                )
            logger.info(
                "evaluations of %s saved for branch %s (%s rows)", year, branch_id, len(rows)
            )
        return [issue for issue in issues if not issue.is_error]

    # ---- 注册 ------------------------------------------------------------------------------

    def registration_sheet(self, branch_id: int, year: int) -> list[RegistrationRow]:
        """Every member on the roster (today, or at the end of a past ``year``) with the grade
        the registration rests on, whether it allows registering, and the last registration."""
        today = self._today()
        on = min(today, year_end(year))
        with session_scope(self._engine) as session:
            stored = {
                r.member_id: r
                for r in session.exec(
                    select(Registration).where(
                        col(Registration.branch_id) == branch_id, col(Registration.year) == year
                    )
                )
            }
            people = self._people(session, branch_id, on, stored)
            ids = [p.member_id for p in people]
            cutoff = {
                member_id: (stored[member_id].decided_on if member_id in stored else None) or today
                for member_id in ids
            }
            grades = self._grades(session, cutoff, year)
            last = self._last_registered(session, ids, year)
        rows = []
        for person in people:
            grade, grade_year = grades.get(person.member_id, (None, None))
            last_year, last_on = last.get(person.member_id, (None, None))
            r = stored.get(person.member_id)
            rows.append(
                RegistrationRow(
                    member_id=person.member_id,
                    name=person.name,
                    group_name=person.group_name,
                    party_member=person.party_member,
                    grade=grade,
                    grade_year=grade_year,
                    eligible=registration_eligible(_grade(grade)),
                    last_registered=last_year,
                    last_registered_on=last_on,
                    saved=r is not None,
                    outcome=r.outcome if r else None,
                    reason=r.reason if r else "",
                    decided_on=r.decided_on if r else None,
                    defer_until=r.defer_until if r else None,
                )
            )
        return rows

    def save_registrations(
        self, branch_id: int, year: int, rows: Sequence[RegistrationInput]
    ) -> list[Issue]:
        """Store the given members' 注册 of ``year`` in one transaction, logging one history line
        per row created or changed (one batch per save). Errors (registering a
        不合格 member, 暂缓 without a reason, …) raise :class:`ValidationError` and write nothing;
        warnings are returned."""
        profile = self._profile(branch_id)
        today = self._today()
        issues: list[Issue] = []
        with session_scope(self._engine) as session:
            members = self._branch_members(session, branch_id, [r.member_id for r in rows])
            grades = self._grades(session, {r.member_id: r.decided_on or today for r in rows}, year)
            self._check_year(year, today, issues)
            seen: set[int] = set()
            for row in rows:
                member = members.get(row.member_id)
                if member is None:
                    issues.append(Issue("member_id", f"编号为{row.member_id}的成员不在本支部"))
                    continue
                who = member.name
                if row.member_id in seen:
                    issues.append(Issue("member_id", f"{who}在注册表中重复出现"))
                seen.add(row.member_id)
                if row.outcome not in REGISTRATION_OUTCOMES:
                    issues.append(Issue("outcome", f"{who}：注册结果“{row.outcome}”不在列表中"))
                    continue
                if len(row.reason) > 200:
                    issues.append(Issue("reason", f"{who}：原因过长（最多200字）"))
                if row.decided_on is not None and row.decided_on > today:
                    issues.append(Issue("decided_on", f"{who}：注册日期晚于今天"))
                grade = _grade(grades.get(row.member_id, (None, None))[0])
                party = member.political_status in vocab.PARTY_CODES
                for issue in check_registration(
                    RegistrationOutcome(row.outcome), grade, row.reason, party
                ):
                    issues.append(Issue(issue.field, f"{who}：{issue.message}", issue.severity))
            errors = [issue for issue in issues if issue.is_error]
            if errors:
                raise ValidationError(
                    f"{year}年度团籍注册未保存：" + describe(errors), tuple(errors)
                )
            stored = {
                r.member_id: r
                for r in session.exec(
                    select(Registration).where(
                        col(Registration.member_id).in_([row.member_id for row in rows]),
                        col(Registration.year) == year,
                    )
                )
            }
            batch = history.new_batch()
            for row in rows:
                old = stored.get(row.member_id)
                before = None if old is None else history.review_state(history.REGISTRATION, old)
                record = old or Registration(
                    branch_id=branch_id, member_id=row.member_id, year=year, outcome=row.outcome
                )
                decided_on = row.decided_on or today
                record.outcome = row.outcome
                record.reason = row.reason.strip()
                record.decided_on = decided_on
                record.defer_until = (
                    defer_until(decided_on, profile)
                    if row.outcome == RegistrationOutcome.DEFERRED
                    else None
                )
                session.add(record)
                session.flush()
                history.record_review(
                    session,
                    history.REGISTRATION,
                    before,
                    record,
                    members[row.member_id].name,
                    batch,
                )
            logger.info("registrations of %s saved for branch %s", year, branch_id)
        return [issue for issue in issues if not issue.is_error]

    def registration_warnings(self, branch_id: int, today: date | None = None) -> list[Issue]:
        """Members on today's roster past the allowed gap since their last 注册, and 暂缓注册
        whose term has ended. Members whose latest 注册 says 不参加 (党员) are skipped."""
        profile = self._profile(branch_id)
        today = today or self._today()
        with session_scope(self._engine) as session:
            people = roster_joins(session, branch_id, today)  # with 入团年月: one query
            ids = [member_id for member_id, _name, _joined in people]
            records: dict[int, list[Registration]] = {}
            for chunk in _chunks(ids):
                for r in session.exec(
                    select(Registration)
                    .where(col(Registration.member_id).in_(chunk))
                    .order_by(col(Registration.year))
                ):
                    records.setdefault(r.member_id, []).append(r)
            first = session.exec(
                select(func.min(Registration.decided_on)).where(
                    col(Registration.branch_id) == branch_id
                )
            ).one()
        issues: list[Issue] = []
        for member_id, name, start in people:
            history = records.get(member_id, [])
            if history and history[-1].outcome == RegistrationOutcome.EXEMPT:
                continue
            latest = history[-1] if history else None
            if (
                latest is not None
                and latest.outcome == RegistrationOutcome.DEFERRED
                and latest.defer_until is not None
                and latest.defer_until < today
            ):
                issues.append(
                    Issue(
                        "registration",
                        f"{name}的暂缓注册已于{latest.defer_until.isoformat()}期满，"
                        "请重新评议并办理注册",
                        Severity.WARNING,
                    )
                )
            registered = [
                r.decided_on or date(r.year, 1, 1)
                for r in history
                if r.outcome == RegistrationOutcome.REGISTERED
            ]
            since: date | None
            if registered:
                since = max(registered)
            elif first is None:
                continue  # the branch has not started its register: nothing to count from
            else:
                since = max(start, first) if start is not None else first
            issue = registration_gap_issue(since, today, profile, name)
            if issue is not None:
                issues.append(issue)
        return issues

    # ---- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _check_year(year: int, today: date, issues: list[Issue]) -> None:
        if not 1949 < year <= today.year + 1:
            issues.append(Issue("year", f"年度{year}不合理"))

    @staticmethod
    def _people(session: Session, branch_id: int, on: date, stored: Iterable[int]) -> list[_Person]:
        """The roster on ``on``, then members with a stored record who are no longer on it."""
        people = [
            _Person(e.member_id, e.name, e.group_name, e.party_member)
            for e in roster_on(session, branch_id, on)
        ]
        listed = {p.member_id for p in people}
        extra = sorted(set(stored) - listed)
        if extra:
            for m in session.exec(select(Member).where(col(Member.id).in_(extra))):
                assert m.id is not None
                people.append(
                    _Person(m.id, m.name, m.group_name, m.political_status in vocab.PARTY_CODES)
                )
        return people

    @staticmethod
    def _branch_members(
        session: Session, branch_id: int, member_ids: Sequence[int]
    ) -> dict[int, Member]:
        if session.get(Branch, branch_id) is None:
            raise NotFoundError(f"找不到编号为{branch_id}的团支部")
        found: dict[int, Member] = {}
        for chunk in _chunks(list(member_ids)):
            for m in session.exec(
                select(Member).where(
                    col(Member.id).in_(chunk),
                    col(Member.branch_id) == branch_id,
                    col(Member.deleted_at).is_(None),
                )
            ):
                assert m.id is not None
                found[m.id] = m
        return found

    @staticmethod
    def _branch_meetings(session: Session, branch_id: int) -> set[int]:
        return {
            meeting_id
            for meeting_id in session.exec(
                select(Meeting.id).where(
                    col(Meeting.branch_id) == branch_id, col(Meeting.deleted_at).is_(None)
                )
            )
            if meeting_id is not None
        }

    @staticmethod
    def _check_evaluation(
        row: EvaluationInput,
        members: dict[int, Member],
        meetings: set[int],
        seen: set[int],
        today: date,
    ) -> list[Issue]:
        member = members.get(row.member_id)
        if member is None:
            return [Issue("member_id", f"编号为{row.member_id}的成员不在本支部")]
        who = member.name
        issues: list[Issue] = []

        def error(field: str, message: str) -> None:
            issues.append(Issue(field, f"{who}：{message}"))

        if row.member_id in seen:
            error("member_id", "在评议表中重复出现")
        seen.add(row.member_id)
        for field, label in (("proposed_grade", "建议等次"), ("approved_grade", "批准等次")):
            value = getattr(row, field)
            if value is not None and value not in GRADES:
                error(field, f"{label}“{value}”不在列表中")
        for field in _VOTE_FIELDS:
            value = getattr(row, field)
            if value is not None and value < 0:
                error(field, f"得票数不能为负数（{value}）")
        if row.exempt:
            if member.political_status not in vocab.PARTY_CODES:
                error("exempt", "只有保留团籍的党员可以不参加评议")
            if row.proposed_grade is not None or row.approved_grade is not None:
                error("exempt", "不参加评议的党员不应有评议等次")
        if row.decided_on is not None and row.decided_on > today:
            error("decided_on", f"批准日期{row.decided_on.isoformat()}晚于今天")
        if row.meeting_id is not None and row.meeting_id not in meetings:
            error("meeting_id", "所选的评议会议不属于本支部或已被删除")
        return issues

    @staticmethod
    def _grades(
        session: Session, cutoff: dict[int, date], year: int
    ) -> dict[int, tuple[str | None, int | None]]:
        """member → (approved grade, its year): this year's 评议 if approved by the member's
        cutoff day, else last year's (see the module note)."""
        best: dict[int, tuple[str | None, int | None]] = {}
        for chunk in _chunks(list(cutoff)):
            for e in session.exec(
                select(Evaluation).where(
                    col(Evaluation.member_id).in_(chunk),
                    col(Evaluation.year).in_([year - 1, year]),
                    col(Evaluation.approved_grade).is_not(None),
                )
            ):
                if e.decided_on is not None and e.decided_on > cutoff[e.member_id]:
                    continue
                current = best.get(e.member_id)
                if current is None or (current[1] or 0) < e.year:
                    best[e.member_id] = (e.approved_grade, e.year)
        return best

    @staticmethod
    def _last_registered(
        session: Session, member_ids: Sequence[int], year: int
    ) -> dict[int, tuple[int, date | None]]:
        last: dict[int, tuple[int, date | None]] = {}
        for chunk in _chunks(list(member_ids)):
            for r in session.exec(
                select(Registration).where(
                    col(Registration.member_id).in_(chunk),
                    col(Registration.year) < year,
                    col(Registration.outcome) == RegistrationOutcome.REGISTERED,
                )
            ):
                if r.member_id not in last or last[r.member_id][0] < r.year:
                    last[r.member_id] = (r.year, r.decided_on)
        return last


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])
