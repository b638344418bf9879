"""Change a member's 团籍状态 and record it as a :class:`MemberEvent`, in the caller's session.

Every path that moves a member in or out of the active roster (a transfer, 超龄离团, 退团, 开除团籍,
admission, a reactivation) goes through :func:`change_status`, so ``Member.status``,
``Member.left_on`` and the event history never disagree. The roster as of a past day is rebuilt
from ``join_month`` / ``left_on`` (services.meetings.roster_on) and, in detail, from the events.
It does not commit: the caller's transaction makes the whole step one write.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from sqlalchemy import or_
from sqlmodel import Session, col, select

from branchdesk.domain import vocab
from branchdesk.errors import ValidationError
from branchdesk.services import history
from branchdesk.store.models import Discipline, Member, MemberEvent

logger = logging.getLogger(__name__)

_TRANSFER_KINDS = frozenset({"transfer_out", "transfer_in", "transfer_back"})


def change_status(
    session: Session,
    member: Member,
    new_status: str,
    on: date,
    kind: str,
    *,
    reason: str = "",
    meeting_id: int | None = None,
    approved_on: date | None = None,
    note: str = "",
) -> MemberEvent:
    """Set ``member.status`` to ``new_status`` from ``on`` and add the event that says so.

    ``kind`` names the step (join, transfer_out, transfer_in, aged_out, withdrawn, lapsed,
    removed, expelled, restored, ...). Leaving the active statuses sets ``left_on``; coming back
    clears it. Raises :class:`ValidationError` for an unknown status.
    """
    if new_status not in vocab.MEMBER_STATUS.codes:
        raise ValidationError(f"未知的团籍状态：{new_status}")
    assert member.id is not None
    before = member.status
    logged = history.member_state(member)
    was_active = before in vocab.ACTIVE_STATUSES
    now_active = new_status in vocab.ACTIVE_STATUSES
    member.status = new_status
    if was_active and not now_active:
        member.left_on = on
    elif now_active:
        member.left_on = None
    member.updated_at = datetime.now().replace(microsecond=0)
    session.add(member)
    event = MemberEvent(
        branch_id=member.branch_id,
        member_id=member.id,
        occurred_on=on,
        kind=kind,
        status_before=before,
        status_after=new_status,
        reason=reason,
        meeting_id=meeting_id,
        approved_on=approved_on,
        note=note,
    )
    session.add(event)
    session.flush()
    # The change history shows the step; undo refuses it and names where to handle it.
    area = history.TRANSFER if kind in _TRANSFER_KINDS else history.LIFECYCLE
    history.record_member(session, area, logged, member)
    logger.info("member %s: %s → %s (%s)", member.id, before, new_status, kind)
    return event


def events_of(session: Session, member_id: int) -> list[MemberEvent]:
    """A member's events, oldest first."""
    query = (
        select(MemberEvent)
        .where(MemberEvent.member_id == member_id)
        .order_by(col(MemberEvent.occurred_on), col(MemberEvent.id))
    )
    return list(session.exec(query))


def record_join(
    session: Session,
    member: Member,
    on: date,
    *,
    reason: str = "",
    meeting_id: int | None = None,
    approved_on: date | None = None,
) -> MemberEvent:
    """The "join" event of a member just admitted (no status before: the member is new)."""
    assert member.id is not None
    event = MemberEvent(
        branch_id=member.branch_id,
        member_id=member.id,
        occurred_on=on,
        kind="join",
        status_before=None,
        status_after=member.status,
        reason=reason,
        meeting_id=meeting_id,
        approved_on=approved_on,
    )
    session.add(event)
    session.flush()
    logger.info("member %s joined on %s", member.id, on)
    return event


def probation_member_ids(session: Session, branch_id: int, day: date) -> set[int]:
    """Members of a branch under 留团察看 on ``day`` (notes/states.md): no vote, no 介绍人.

    A probation is in force from ``decided_on`` until it is closed, and past ``ends_on`` until a
    conclusion (restored / expelled) is recorded.
    """
    query = select(Discipline.member_id).where(
        col(Discipline.branch_id) == branch_id,
        col(Discipline.kind) == "probation",
        col(Discipline.deleted_at).is_(None),
        col(Discipline.decided_on) <= day,
        or_(col(Discipline.closed_on).is_(None), col(Discipline.closed_on) > day),
        or_(
            col(Discipline.ends_on).is_(None),
            col(Discipline.ends_on) > day,
            col(Discipline.outcome).is_(None),
        ),
    )
    return set(session.exec(query))
