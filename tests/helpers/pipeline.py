"""Test data for the recruitment pipeline and leaving: members, 团课 and 支部大会 with a vote."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.services.meeting_schemas import AttendanceInput, MeetingInput, ResolutionInput
from branchdesk.services.recruitment import ApplicantInput, StepInput
from helpers.ids import make_id

JOINED = YearMonth(2020, 5)


def add_member(services, branch_id, name, seq, born=None, joined=JOINED, **kw) -> int:
    born = born or date(2002, 1, 1 + seq)
    member = MemberInput(
        name=name,
        id_number=make_id(born, seq=seq),
        join_month=joined,
        dev_number=f"{joined.year}00{seq:06d}",
        **kw,
    )
    return services.members.create(branch_id, member).member.id


def roster_sheet(services, branch_id, on) -> tuple[AttendanceInput, ...]:
    return tuple(
        AttendanceInput(e.member_id, e.name, "present")
        for e in services.meetings.expected_roster(branch_id, "dahui", on)
    )


def tuanke(services, branch_id, on, hours="4", title="团课") -> int:
    meeting = MeetingInput(
        kind="tuanke",
        title=title,
        held_on=on,
        start_time=time(14, 0),
        end_time=time(16, 0),
        place="活动室",
        lecturer="王老师",
        hours=Decimal(hours),
        content="讲授团的基本知识。",
        attendance=roster_sheet(services, branch_id, on),
    )
    return services.meetings.create(branch_id, meeting).id


def admission_dahui(services, branch_id, on, names, yes=None, no=0) -> int:
    sheet = roster_sheet(services, branch_id, on)
    voters = sum(e.can_vote for e in services.meetings.expected_roster(branch_id, "dahui", on))
    votes = tuple(
        ResolutionInput(
            f"同意接收{name}为共青团员",
            vote_kind="admission",
            subject=name,
            yes=voters if yes is None else yes,
            no=no,
        )
        for name in names
    )
    meeting = MeetingInput(
        kind="dahui",
        title="接收新团员支部大会",
        held_on=on,
        start_time=time(14, 0),
        end_time=time(15, 0),
        place="会议室",
        content="讨论接收新团员。",
        attendance=sheet,
        resolutions=votes,
    )
    return services.meetings.create(branch_id, meeting).id


def applicant(services, branch_id, name, seq, born=date(2008, 3, 1), **kw):
    data = ApplicantInput(
        name=name,
        applied_on=kw.pop("applied_on", date(2025, 9, 1)),
        id_number=make_id(born, seq=seq),
        talked_on=kw.pop("talked_on", date(2025, 9, 15)),
        **kw,
    )
    return services.recruitment.create(branch_id, data)


def through_candidate(services, branch_id, person, tuanke_ids):
    """An applicant moved to 发展对象 with the 团课 attended (activist 2025-10-01)."""
    services.recruitment.advance(person.id, StepInput("activist", date(2025, 10, 1)))
    for meeting_id in tuanke_ids:
        services.recruitment.add_course(person.id, meeting_id=meeting_id)
    return services.recruitment.advance(person.id, StepInput("candidate", date(2026, 3, 1)))
