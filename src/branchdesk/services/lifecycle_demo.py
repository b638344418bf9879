"""Demo data of the recruitment pipeline, discipline and 推优 (issue 6), relative to today.

Five applicants at different stages: one through the 支部大会 vote (a meeting record of its own)
and the 上级团委's approval, waiting only for 入团 with its 团员发展编号 — admitting a member here
would change the sample roster of 30 the other demos and tests rely on —, one 发展对象 with 团课
学时, one 入团积极分子 and two 入团申请人, one of them with an overdue 谈话 (a home-page
reminder). Also a 留团察看 and a 推优. The probation and the vote come after the last sample
meeting, so no earlier record changes (a probation takes the member's vote away).
"""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

from branchdesk.domain import idcard, vocab
from branchdesk.domain.dates import YearMonth, add_months
from branchdesk.domain.meetings import MeetingKind, VoteKind
from branchdesk.services.container import Services
from branchdesk.services.lifecycle import DisciplineInput, RecommendationInput
from branchdesk.services.meeting_schemas import (
    AgendaInput,
    AttendanceInput,
    MeetingInput,
    ResolutionInput,
)
from branchdesk.services.recruitment import ApplicantInput, StepInput
from branchdesk.services.schemas import MemberFilter


def _id(region: str, born: date, serial: int, female: bool) -> str:
    sequence = serial * 2 + (0 if female else 1)
    first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
    return first17 + idcard.check_char(first17)


def load_demo_lifecycle(services: Services, branch_id: int, today: date) -> None:
    """Applicants, a 留团察看 and a 推优 for the demo branch (needs its members and meetings)."""
    ids = services.members.list_ids(branch_id, MemberFilter(statuses=frozenset({"active"})))
    rows = services.members.rows(ids)
    plain = [
        r
        for r in rows
        if r.league_post is None
        and r.political_status not in vocab.PARTY_CODES
        and r.age is not None
        and 19 <= r.age < 27
        and r.join_month is not None
        and r.join_month <= YearMonth.of(add_months(today, -24))
    ]
    introducers = (plain[0].id, plain[1].id)
    on_probation, recommended = plain[2].id, plain[3].id

    # 留团察看 for six months, decided after the last sample meeting (no earlier vote changes).
    meetings = services.meetings.list(branch_id)
    last = max((m.held_on for m in meetings), default=today - timedelta(days=30))
    decided = min(last + timedelta(days=1), today)
    services.lifecycle.add_discipline(
        on_probation,
        DisciplineInput(
            "probation",
            decided,
            "连续三个月无故不参加组织生活，经批评教育仍不改正",
            months=6,
        ),
    )
    # 推优入党, recommended and confirmed.
    services.lifecycle.recommend(
        recommended,
        RecommendationInput(
            recommended_on=today - timedelta(days=75),
            applied_party_on=today - timedelta(days=200),
            confirmed_on=today - timedelta(days=40),
        ),
    )

    lessons = services.recruitment.tuanke_meetings(branch_id)
    vote_day = min(decided + timedelta(days=1), today)
    people = [
        ("孟晓雨", True, today - timedelta(days=20), None),  # 谈话 not yet due
        ("邓子涵", False, today - timedelta(days=45), None),  # 谈话 overdue: a reminder
        ("宋佳怡", True, today - timedelta(days=150), "activist"),
        ("罗嘉豪", False, today - timedelta(days=330), "candidate"),
        ("方若溪", True, vote_day - timedelta(days=240), "approved"),
    ]
    for serial, (name, female, applied, goal) in enumerate(people, start=61):
        born = applied - timedelta(days=365 * 19 + 40 * serial)
        person = services.recruitment.create(
            branch_id,
            ApplicantInput(
                name=name,
                applied_on=applied,
                id_number=_id("220102", born, serial, female),
                phone=f"139{serial:04d}{serial * 37 % 10000:04d}",
                group_name="冲压车间团小组",
                talked_on=applied + timedelta(days=12) if goal else None,
                contact1_id=introducers[0],
                introducer1_id=introducers[0],
                introducer2_id=introducers[1],
            ),
        )
        if goal is None:
            continue
        services.recruitment.advance(person.id, StepInput("activist", applied + timedelta(days=30)))
        if goal == "activist":
            continue
        for lesson in lessons:
            if applied <= lesson.held_on <= vote_day:
                services.recruitment.add_course(person.id, meeting_id=lesson.id)
        services.recruitment.add_course(
            person.id,
            held_on=applied + timedelta(days=60),
            title="公司团委入团积极分子培训班",
            hours=Decimal("6"),
        )
        services.recruitment.advance(
            person.id, StepInput("candidate", applied + timedelta(days=30 + 125))
        )
        if goal == "candidate":
            continue
        meeting_id = _admission_meeting(services, branch_id, vote_day, name)
        services.recruitment.advance(person.id, StepInput("voted", vote_day, meeting_id))
        services.recruitment.advance(person.id, StepInput("approved", today))


def _admission_meeting(services: Services, branch_id: int, day: date, name: str) -> int:
    roster = services.meetings.expected_roster(branch_id, MeetingKind.DAHUI, day)
    sheet = tuple(AttendanceInput(e.member_id, e.name, "present") for e in roster)
    voters = sum(e.can_vote for e in roster)
    meeting = MeetingInput(
        kind=MeetingKind.DAHUI,
        title="接收新团员支部大会",
        held_on=day,
        start_time=time(16, 30),
        end_time=time(17, 30),
        place="团员活动室",
        chair_id=roster[0].member_id if roster else None,
        recorder_id=roster[1].member_id if len(roster) > 1 else None,
        agenda=(AgendaInput("admission", f"讨论接收{name}为共青团员"),),
        content=f"{name}宣读入团志愿书，介绍人介绍其情况，支委会报告审查情况，与会团员讨论。",
        attendance=sheet,
        resolutions=(
            ResolutionInput(
                f"同意接收{name}为中国共产主义青年团团员，报上级团委审批",
                vote_kind=VoteKind.ADMISSION,
                subject=name,
                yes=voters,
            ),
        ),
    )
    return services.meetings.create(branch_id, meeting).id
