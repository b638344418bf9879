"""The 三会两制一课 calendar of a branch and its home-page dashboard.

What counts as done (decisions):

- A meeting counts for its own kind only: 支部大会, 支委会, 团小组会 (any group), 团课, 主题团日.
  A 组织生活会 counts toward nothing but itself (it is not on the calendar): record the 支部大会
  it was held as separately if it was one.
- 团员教育评议 of a year is done when every non-optional member (not a 保留团籍的党员) on the roster
  on the day of the last decision has an approved grade (or is exempt); 团籍注册 likewise with an
  outcome. Each is dated within its year (a 评议 of 2025 decided in March 2026 is 2025's), and
  its record id is the latest ``Evaluation`` / ``Registration`` id, not a meeting id.
- The dashboard looks at this year and, for what is late, also at last year's periods that ended
  within the last :data:`CARRY_DAYS` days (December's 支委会 in January, last year's 评议 until
  March). It reports nothing as late that ended before the branch's first meeting record: a
  branch that starts using branchdesk in July is not told that January to June were missed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from branchdesk.domain import calendar
from branchdesk.domain.calendar import PeriodStatus
from branchdesk.domain.meetings import Presence
from branchdesk.domain.profiles import Profile
from branchdesk.services.meeting_schemas import Dashboard
from branchdesk.services.meetings import roster_joins
from branchdesk.services.reviews import (
    ReviewService,
    evaluation_complete,
    registration_complete,
    year_end,
)
from branchdesk.store.engine import session_scope
from branchdesk.store.models import Attendance, Meeting

ProfileProvider = Callable[[int], Profile]
Clock = Callable[[], date]

CARRY_DAYS: Final = 92
MEETING_ITEMS: Final = frozenset({"dahui", "zhiwei", "xiaozu", "tuanke", "theme_day"})


class CalendarService:
    """The year plan and the dashboard; every public method is one short transaction."""

    def __init__(
        self,
        engine: Engine,
        profile: ProfileProvider,
        reviews: ReviewService,
        today: Clock = date.today,
    ) -> None:
        self._engine = engine
        self._profile = profile
        self._reviews = reviews
        self._today = today

    def year_plan(self, branch_id: int, year: int) -> list[PeriodStatus]:
        """Every period of ``year`` for each requirement of the branch's profile."""
        profile = self._profile(branch_id)
        today = self._today()
        with session_scope(self._engine) as session:
            held = _held(session, branch_id, year)
        return calendar.year_plan(year, calendar.requirements(profile), held, today)

    def dashboard(self, branch_id: int) -> Dashboard:
        """Sentences for the home page, the late periods, 自行脱团 risks, 注册 warnings."""
        profile = self._profile(branch_id)
        today = self._today()
        reqs = calendar.requirements(profile)
        months = calendar.lapse_months(profile)
        with session_scope(self._engine) as session:
            plan = calendar.year_plan(
                today.year, reqs, _held(session, branch_id, today.year), today
            )
            first = session.exec(
                select(func.min(Meeting.held_on)).where(
                    col(Meeting.branch_id) == branch_id, col(Meeting.deleted_at).is_(None)
                )
            ).one()
            if first is not None:
                window = today - timedelta(days=CARRY_DAYS)
                last_year = calendar.year_plan(
                    today.year - 1, reqs, _held(session, branch_id, today.year - 1), today
                )
                plan = [s for s in last_year if s.end >= window] + plan
            # Nothing is late that ended before the first record (or at all, with no records).
            plan = [s for s in plan if s.end >= today or (first is not None and s.end >= first)]
            risks = _lapse_risks(session, branch_id, today, months, first) if first else []
        registration = self._reviews.registration_warnings(branch_id, today)
        return Dashboard(
            sentences=calendar.summary(plan, today),
            overdue=calendar.carried_forward(plan, today),
            lapse_risk=risks,
            registration=registration,
        )


def _held(session: Session, branch_id: int, year: int) -> dict[str, list[tuple[date, int]]]:
    held: dict[str, list[tuple[date, int]]] = defaultdict(list)
    meetings = session.exec(
        select(col(Meeting.kind), col(Meeting.held_on), col(Meeting.id)).where(
            col(Meeting.branch_id) == branch_id,
            col(Meeting.deleted_at).is_(None),
            col(Meeting.held_on) >= date(year, 1, 1),
            col(Meeting.held_on) <= year_end(year),
        )
    )
    for kind, held_on, meeting_id in meetings:
        if kind in MEETING_ITEMS and meeting_id is not None:
            held[kind].append((held_on, meeting_id))
    evaluation = evaluation_complete(session, branch_id, year)
    if evaluation is not None and evaluation.id is not None:
        held["pingyi"].append((_within(evaluation.decided_on, year), evaluation.id))
    registration = registration_complete(session, branch_id, year)
    if registration is not None and registration.id is not None:
        held["zhuce"].append((_within(registration.decided_on, year), registration.id))
    return held


def _within(day: date | None, year: int) -> date:
    """A decision's date counted within its year (a 2025 评议 decided in 2026 → 31 Dec 2025)."""
    if day is None or day.year > year:
        return year_end(year)
    if day.year < year:
        return date(year, 1, 1)
    return day


def _lapse_risks(
    session: Session, branch_id: int, today: date, months: int, first: date
) -> list[tuple[int, str]]:
    """(id, name) of members on today's roster with ``months`` whole months without 组织生活,
    counted from the last meeting attended, else from 入团 but not before ``first`` (the
    branch's first meeting record: earlier 组织生活 was simply not recorded here)."""
    people = roster_joins(session, branch_id, today)  # with 入团年月: one query (bench/)
    last: dict[int, date] = {}
    rows = session.exec(
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
    for member_id, held_on in rows:
        if member_id is not None and held_on is not None:
            last[member_id] = held_on
    return [
        (member_id, name)
        for member_id, name, joined in people
        if calendar.lapse_risk(
            last.get(member_id), max(joined, first) if joined else first, today, months
        )
    ]
