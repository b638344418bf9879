"""The composition root below the UI: one engine, the services that share it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Engine

from branchdesk.domain.members import MemberRules
from branchdesk.domain.profiles import Profile
from branchdesk.errors import StorageError
from branchdesk.paths import AppPaths
from branchdesk.services.annual_return import AnnualReturnService
from branchdesk.services.backups import BackupService, DamagedDatabaseError
from branchdesk.services.branches import BranchService
from branchdesk.services.calendar import CalendarService
from branchdesk.services.history import HistoryService
from branchdesk.services.imports import ImportService
from branchdesk.services.lifecycle import LifecycleService
from branchdesk.services.meetings import MeetingService
from branchdesk.services.members import MemberService
from branchdesk.services.profiles import ProfileService
from branchdesk.services.rating import RatingService
from branchdesk.services.recruitment import RecruitmentService
from branchdesk.services.reports import ReportService
from branchdesk.services.reviews import ReviewService
from branchdesk.services.transfers import TransferService
from branchdesk.store.engine import MSG_CORRUPT
from branchdesk.store.migrate import open_database


@dataclass
class Services:
    """Everything the UI and the CLI call; built once and passed down."""

    engine: Engine
    profiles: ProfileService
    branches: BranchService
    members: MemberService
    imports: ImportService
    meetings: MeetingService
    reviews: ReviewService
    calendar: CalendarService
    reports: ReportService
    annual_returns: AnnualReturnService
    history: HistoryService  # change history and undo (issue 7)
    recruitment: RecruitmentService  # 发展团员 (issue 6)
    lifecycle: LifecycleService  # 离团, 团纪处分, 推优, status history (issue 6)
    rating: RatingService  # 对标定级 (issue 5)
    transfers: TransferService  # 组织关系转接, 介绍信, 学社衔接 (issue 6)
    backups: BackupService | None = None  # None without a data directory (tests)
    today: Callable[[], date] = date.today

    def close(self) -> None:
        self.engine.dispose()


def build_services(
    engine: Engine, today: Callable[[], date] = date.today, paths: AppPaths | None = None
) -> Services:
    """Wire the services around an engine that is already migrated.

    Backups need the data directory (``paths``); without it ``Services.backups`` is ``None``.
    """
    profiles = ProfileService(engine)
    branches = BranchService(engine, known_profiles=frozenset(profiles.keys()))

    def rules(branch_id: int) -> MemberRules:
        return profiles.member_rules_for(branch_id)

    # Services call this before opening their own session (it opens one of its own).
    def profile(branch_id: int) -> Profile:
        return profiles.for_branch(branch_id)

    reviews = ReviewService(engine, profile=profile, today=today)
    members = MemberService(engine, rules=rules, today=today)
    meetings = MeetingService(engine, profile=profile, today=today)
    calendar = CalendarService(engine, profile=profile, reviews=reviews, today=today)
    return Services(
        engine=engine,
        profiles=profiles,
        branches=branches,
        members=members,
        imports=ImportService(engine, rules=rules, today=today),
        meetings=meetings,
        reviews=reviews,
        calendar=calendar,
        reports=ReportService(engine, profiles, today=today),
        annual_returns=AnnualReturnService(engine, profiles, today=today),
        history=HistoryService(engine, members=members, meetings=meetings),
        recruitment=RecruitmentService(engine, profile=profile, meetings=meetings, today=today),
        lifecycle=LifecycleService(engine, profile=profile, today=today),
        rating=RatingService(engine, profile=profile, calendar=calendar, today=today),
        transfers=TransferService(engine, profile=profile, today=today),
        backups=BackupService(engine, paths) if paths is not None else None,
        today=today,
    )


def open_services(paths: AppPaths) -> Services:
    """Open (creating and migrating as needed) the database of a data directory."""
    paths.ensure()
    engine = open_database(paths.database, paths.backups)
    return build_services(engine, paths=paths)


def open_checked_services(paths: AppPaths) -> Services:
    """:func:`open_services`, then ``PRAGMA quick_check`` of the database.

    A damaged file (also one that is not a database at all) raises
    :class:`~branchdesk.services.backups.DamagedDatabaseError`; other storage errors pass through.
    """
    try:
        services = open_services(paths)
    except StorageError as exc:
        if exc.message == MSG_CORRUPT:
            raise DamagedDatabaseError([exc.message]) from exc
        raise
    assert services.backups is not None
    problems = services.backups.quick_check()
    if problems:
        services.close()
        raise DamagedDatabaseError(problems)
    return services
