"""发展团员: applicants through the pipeline, their 团课 学时, and admission as a member.

Each step (:meth:`RecruitmentService.advance`) runs the checks of domain.recruitment for the
target stage inside the write transaction and refuses the whole step on a failed error check.
Admission creates the member (checked like ``MemberService.create``: normalise, validate,
duplicate 身份证号 / 团员发展编号) with 入团年月 = the month of the 支部大会, plus its "join" event.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from branchdesk.domain import idcard, members, recruitment, vocab
from branchdesk.domain.dates import YearMonth
from branchdesk.domain.meetings import MeetingKind, VoteKind
from branchdesk.domain.members import Issue, MemberInput
from branchdesk.domain.profiles import Profile
from branchdesk.domain.recruitment import (
    STAGES,
    ApplicantFacts,
    Check,
    Introducer,
    RecruitmentRules,
    Stage,
    Vote,
)
from branchdesk.domain.reviews import RegistrationOutcome
from branchdesk.errors import NotFoundError, ValidationError
from branchdesk.services import history
from branchdesk.services.meetings import MeetingService
from branchdesk.services.member_events import probation_member_ids, record_join
from branchdesk.services.members import MemberService, to_values
from branchdesk.store.engine import session_scope
from branchdesk.store.models import (
    Applicant,
    ApplicantCourse,
    Branch,
    Meeting,
    Member,
    Registration,
)

logger = logging.getLogger(__name__)

ProfileProvider = Callable[[int], Profile]
Clock = Callable[[], date]


@dataclass(frozen=True)
class ApplicantInput:
    """The applicant's own data and the people around them, as the dialog enters them."""

    name: str
    applied_on: date
    gender: str | None = None
    ethnicity: str | None = None
    birth_date: date | None = None
    id_number: str | None = None
    phone: str | None = None
    group_name: str | None = None
    talked_on: date | None = None
    contact1_id: int | None = None
    contact2_id: int | None = None
    introducer1_id: int | None = None
    introducer2_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class CourseRead:
    id: int
    meeting_id: int | None
    held_on: date
    title: str
    hours_tenths: int


@dataclass(frozen=True)
class ApplicantRead:
    id: int
    branch_id: int
    data: ApplicantInput
    stage: str
    stage_name: str
    activist_on: date | None
    candidate_on: date | None
    meeting_id: int | None
    voted_on: date | None
    approved_on: date | None
    dev_number: str | None
    member_id: int | None
    dropped_on: date | None
    drop_reason: str
    courses: tuple[CourseRead, ...]
    hours_tenths: int


@dataclass(frozen=True)
class ApplicantRow:
    id: int
    name: str
    stage: str
    stage_name: str
    applied_on: date
    since: date  # the day the current stage was reached
    hours_tenths: int


@dataclass(frozen=True)
class StepInput:
    """Move an applicant to ``target`` on ``on``. 支部大会: ``meeting_id`` (its day is the vote
    day); 入团: ``dev_number`` (and ``approved_on`` when the approval is entered at once)."""

    target: str
    on: date
    meeting_id: int | None = None
    approved_on: date | None = None
    dev_number: str | None = None


@dataclass(frozen=True)
class TuankeMeeting:
    id: int
    held_on: date
    title: str
    hours_tenths: int


def _since(row: Applicant) -> date:
    for day in (row.dropped_on, row.approved_on, row.voted_on, row.candidate_on, row.activist_on):
        if day is not None:
            return day
    return row.applied_on


class RecruitmentService:
    """Use cases on the recruitment pipeline; every public method is one short transaction."""

    def __init__(
        self,
        engine: Engine,
        profile: ProfileProvider,
        meetings: MeetingService,
        today: Clock = date.today,
    ) -> None:
        self._engine = engine
        self._profile = profile
        self._meetings = meetings
        self._today = today

    def rules(self, branch_id: int) -> RecruitmentRules:
        with session_scope(self._engine) as session:
            branch = session.get(Branch, branch_id)
            stage = branch.school_stage if branch is not None else None
        return recruitment.recruitment_rules(self._profile(branch_id), stage)

    # ---- reading ---------------------------------------------------------------------------

    def applicants(self, branch_id: int, stage: str | None = None) -> list[ApplicantRow]:
        with session_scope(self._engine) as session:
            query = select(Applicant).where(
                col(Applicant.branch_id) == branch_id, col(Applicant.deleted_at).is_(None)
            )
            if stage is not None:
                query = query.where(col(Applicant.stage) == stage)
            rows = session.exec(query.order_by(col(Applicant.applied_on), col(Applicant.id))).all()
            hours = self._hours_by_applicant(session, [r.id for r in rows if r.id is not None])
            return [
                ApplicantRow(
                    id=r.id or 0,
                    name=r.name,
                    stage=r.stage,
                    stage_name=STAGES.name(r.stage),
                    applied_on=r.applied_on,
                    since=_since(r),
                    hours_tenths=hours.get(r.id or 0, 0),
                )
                for r in rows
            ]

    def get(self, applicant_id: int) -> ApplicantRead:
        with session_scope(self._engine) as session:
            return self._read(session, self._applicant(session, applicant_id))

    def tuanke_meetings(self, branch_id: int) -> list[TuankeMeeting]:
        """The branch's 团课 records, newest first, for linking an applicant's attendance."""
        return self._meetings_of_kind(branch_id, MeetingKind.TUANKE)

    def dahui_meetings(self, branch_id: int) -> list[TuankeMeeting]:
        """The branch's 支部大会 records, newest first (the admission vote is one of them)."""
        return [
            replace(m, hours_tenths=0) for m in self._meetings_of_kind(branch_id, MeetingKind.DAHUI)
        ]

    def _meetings_of_kind(self, branch_id: int, kind: str) -> list[TuankeMeeting]:
        with session_scope(self._engine) as session:
            rows = session.exec(
                select(Meeting)
                .where(
                    col(Meeting.branch_id) == branch_id,
                    col(Meeting.kind) == kind,
                    col(Meeting.deleted_at).is_(None),
                )
                .order_by(col(Meeting.held_on).desc())
            ).all()
            return [TuankeMeeting(m.id or 0, m.held_on, m.title, m.hours_tenths or 0) for m in rows]

    # ---- writing the applicant ----------------------------------------------------------------

    def create(self, branch_id: int, data: ApplicantInput) -> ApplicantRead:
        data = self._normalise(data)
        with session_scope(self._engine) as session:
            self._raise(self._input_issues(session, branch_id, data, None), data.name)
            row = Applicant(branch_id=branch_id, stage=Stage.APPLICANT, **self._values(data))
            session.add(row)
            session.flush()
            logger.info("applicant %s created", row.id)
            return self._read(session, row)

    def update(self, applicant_id: int, data: ApplicantInput) -> ApplicantRead:
        data = self._normalise(data)
        with session_scope(self._engine) as session:
            row = self._applicant(session, applicant_id)
            if row.stage in (Stage.ADMITTED, Stage.DROPPED):
                raise ValidationError(f"{row.name}已{STAGES.name(row.stage)}，不能再修改")
            self._raise(self._input_issues(session, row.branch_id, data, applicant_id), data.name)
            for key, value in self._values(data).items():
                setattr(row, key, value)
            row.updated_at = datetime.now().replace(microsecond=0)
            session.add(row)
            session.flush()
            return self._read(session, row)

    def check_input(
        self, branch_id: int, data: ApplicantInput, applicant_id: int | None = None
    ) -> list[Issue]:
        """What :meth:`create` / :meth:`update` would refuse; writes nothing."""
        data = self._normalise(data)
        with session_scope(self._engine) as session:
            return self._input_issues(session, branch_id, data, applicant_id)

    def delete(self, applicant_id: int) -> None:
        with session_scope(self._engine) as session:
            row = self._applicant(session, applicant_id)
            if row.stage == Stage.ADMITTED:
                raise ValidationError(f"{row.name}已入团，不能删除发展记录")
            row.deleted_at = datetime.now().replace(microsecond=0)
            session.add(row)

    def drop(self, applicant_id: int, on: date, reason: str) -> ApplicantRead:
        """The applicant leaves the pipeline (withdrew, moved away, not admitted)."""
        with session_scope(self._engine) as session:
            row = self._applicant(session, applicant_id)
            if row.stage in (Stage.ADMITTED, Stage.DROPPED):
                raise ValidationError(f"{row.name}已{STAGES.name(row.stage)}")
            if not reason.strip():
                raise ValidationError("请填写退出发展的原因")
            if on < row.applied_on or on > self._today():
                raise ValidationError("退出日期应在申请日期之后、今天之前")
            row.stage = Stage.DROPPED
            row.dropped_on = on
            row.drop_reason = reason.strip()[:200]
            session.add(row)
            session.flush()
            return self._read(session, row)

    def add_course(
        self,
        applicant_id: int,
        meeting_id: int | None = None,
        held_on: date | None = None,
        title: str = "",
        hours: Decimal | None = None,
    ) -> ApplicantRead:
        """A 团课 the applicant attended: one of the branch's (its 学时 are the meeting's) or one
        held elsewhere, entered with its date, title and 学时."""
        with session_scope(self._engine) as session:
            row = self._applicant(session, applicant_id)
            if meeting_id is not None:
                meeting = session.get(Meeting, meeting_id)
                if meeting is None or meeting.deleted_at is not None:
                    raise NotFoundError("找不到该团课记录")
                if meeting.kind != MeetingKind.TUANKE or meeting.branch_id != row.branch_id:
                    raise ValidationError("只能关联本支部的团课记录")
                taken = session.exec(
                    select(ApplicantCourse).where(
                        col(ApplicantCourse.applicant_id) == applicant_id,
                        col(ApplicantCourse.meeting_id) == meeting_id,
                    )
                ).first()
                if taken is not None:
                    raise ValidationError("这次团课已经登记过")
                course = ApplicantCourse(
                    applicant_id=applicant_id,
                    meeting_id=meeting_id,
                    held_on=meeting.held_on,
                    title=meeting.title,
                    hours_tenths=meeting.hours_tenths or 0,
                )
            else:
                if held_on is None or not title.strip() or hours is None:
                    raise ValidationError("外出参加的团课须填写日期、名称和学时")
                if held_on > self._today():
                    raise ValidationError("团课日期晚于今天")
                tenths = hours * 10
                if tenths != tenths.to_integral_value() or not 0 < hours <= 100:
                    raise ValidationError("学时应为0.1至100之间、最多一位小数的数")
                course = ApplicantCourse(
                    applicant_id=applicant_id,
                    held_on=held_on,
                    title=title.strip()[:200],
                    hours_tenths=int(tenths),
                )
            session.add(course)
            session.flush()
            return self._read(session, row)

    def remove_course(self, course_id: int) -> ApplicantRead:
        with session_scope(self._engine) as session:
            course = session.get(ApplicantCourse, course_id)
            if course is None:
                raise NotFoundError("找不到该团课记录")
            row = self._applicant(session, course.applicant_id)
            session.delete(course)
            session.flush()
            return self._read(session, row)

    # ---- the pipeline ------------------------------------------------------------------------

    def evaluate(self, applicant_id: int, step: StepInput) -> list[Check]:
        """The checks moving the applicant to ``step.target`` would run; writes nothing."""
        branch_id = self.get(applicant_id).branch_id
        rules = self.rules(branch_id)
        vote = self._vote(applicant_id, step)
        with session_scope(self._engine) as session:
            row = self._applicant(session, applicant_id)
            facts = self._facts(session, row, step, vote)
            return recruitment.checks(facts, step.target, step.on, self._today(), rules)

    def advance(self, applicant_id: int, step: StepInput) -> ApplicantRead:
        """Move the applicant one stage on; 入团 creates the member. All or nothing."""
        current = self.get(applicant_id)
        expected = recruitment.next_stage(current.stage)
        if expected is None or step.target != expected:
            wanted = STAGES.name(step.target) or step.target
            raise ValidationError(
                f"{current.data.name}目前是“{current.stage_name}”，不能直接转为“{wanted}”"
            )
        rules = self.rules(current.branch_id)
        vote = self._vote(applicant_id, step)
        with session_scope(self._engine) as session:
            row = self._applicant(session, applicant_id)
            if row.stage != current.stage:
                raise ValidationError("发展记录已被修改，请刷新后重试")
            facts = self._facts(session, row, step, vote)
            found = recruitment.checks(facts, step.target, step.on, self._today(), rules)
            failed = recruitment.blocking(found)
            if failed:
                raise ValidationError(
                    f"{row.name}未能转为“{STAGES.name(step.target)}”："
                    + recruitment.describe(failed)
                )
            target = Stage(step.target)
            if target is Stage.ACTIVIST:
                row.activist_on = step.on
            elif target is Stage.CANDIDATE:
                row.candidate_on = step.on
            elif target is Stage.VOTED:
                assert vote is not None
                row.meeting_id = step.meeting_id
                row.voted_on = vote.held_on
            elif target is Stage.APPROVED:
                row.approved_on = step.on
            elif target is Stage.ADMITTED:
                if step.approved_on is not None:
                    row.approved_on = step.approved_on
                row.dev_number = facts.dev_number
                row.member_id = self._admit(session, row, rules)
            row.stage = target
            row.updated_at = datetime.now().replace(microsecond=0)
            session.add(row)
            session.flush()
            logger.info("applicant %s → %s", row.id, target)
            return self._read(session, row)

    def _admit(self, session: Session, row: Applicant, rules: RecruitmentRules) -> int:
        assert row.voted_on is not None
        today = self._today()
        data = MemberInput(
            name=row.name,
            gender=row.gender,
            ethnicity=row.ethnicity,
            birth_date=row.birth_date,
            id_number=row.id_number,
            political_status=vocab.LEAGUE_MEMBER,
            join_month=YearMonth.of(row.voted_on),
            dev_number=row.dev_number,
            group_name=row.group_name,
            phone=row.phone,
        )
        normalised = members.normalise(data, today)
        issues = members.validate(normalised, today, rules.members)
        issues.extend(MemberService._conflicts(session, normalised, None))
        errors = members.errors_only(issues)
        if errors:
            raise ValidationError(
                f"{row.name}未能接收入团：" + members.describe(errors), tuple(errors)
            )
        member = Member(branch_id=row.branch_id, **to_values(normalised))
        session.add(member)
        session.flush()
        history.record_member(session, history.ADMIT, None, member)
        record_join(
            session,
            member,
            row.voted_on,
            reason="支部大会通过接收为新团员",
            meeting_id=row.meeting_id,
            approved_on=row.approved_on,
        )
        assert member.id is not None
        return member.id

    # ---- helpers ---------------------------------------------------------------------------

    def _vote(self, applicant_id: int, step: StepInput) -> Vote | None:
        """The 支部大会 of the step (or the one already linked) and its admission vote."""
        with session_scope(self._engine) as session:
            row = self._applicant(session, applicant_id)
            meeting_id = step.meeting_id if step.target == Stage.VOTED else row.meeting_id
            name = row.name
        if meeting_id is None:
            return None
        meeting = self._meetings.get(meeting_id)
        if meeting.data.kind != MeetingKind.DAHUI:
            return Vote(meeting.data.held_on, False, None)
        passed: bool | None = None
        for resolution, check in zip(meeting.data.resolutions, meeting.vote_checks, strict=True):
            if resolution.vote_kind != VoteKind.ADMISSION or check is None:
                continue
            text = resolution.subject + resolution.text
            if name in text:
                passed = check.passed
                break
        return Vote(meeting.data.held_on, True, passed)

    def _facts(
        self, session: Session, row: Applicant, step: StepInput, vote: Vote | None
    ) -> ApplicantFacts:
        assert row.id is not None
        day = vote.held_on if vote is not None else step.on
        suspended = probation_member_ids(session, row.branch_id, day)
        introducers = []
        for member_id in (row.introducer1_id, row.introducer2_id):
            if member_id is None:
                continue
            member = session.get(Member, member_id)
            if member is None:
                continue
            active = member.deleted_at is None and (
                member.status in vocab.ACTIVE_STATUSES
                or (member.left_on is not None and member.left_on > day)
            )
            introducers.append(
                Introducer(
                    name=member.name,
                    active=active,
                    probation=member_id in suspended,
                    deferred=self._deferred(session, member_id, day),
                )
            )
        dev_number = (
            (step.dev_number or "").strip() or None
            if step.target == Stage.ADMITTED
            else row.dev_number
        )
        holder = None
        if dev_number:
            other = session.exec(select(Member).where(col(Member.dev_number) == dev_number)).first()
            holder = other.name if other is not None else None
        branch = session.get(Branch, row.branch_id)
        members_now = session.exec(
            select(func.count())
            .select_from(Member)
            .where(
                col(Member.branch_id) == row.branch_id,
                col(Member.deleted_at).is_(None),
                col(Member.status).in_(sorted(vocab.ACTIVE_STATUSES)),
            )
        ).one()
        approved = step.approved_on if step.target == Stage.ADMITTED else row.approved_on
        return ApplicantFacts(
            name=row.name,
            birth_date=row.birth_date,
            applied_on=row.applied_on,
            talked_on=row.talked_on,
            activist_on=row.activist_on,
            contacts=sum(1 for c in (row.contact1_id, row.contact2_id) if c is not None),
            candidate_on=row.candidate_on,
            introducers=tuple(introducers),
            hours_tenths=self._hours_by_applicant(session, [row.id]).get(row.id, 0),
            vote=vote,
            approved_on=approved or row.approved_on,
            dev_number=dev_number,
            dev_number_holder=holder,
            members_after=int(members_now) + 1,
            students=branch.student_count if branch is not None else None,
        )

    @staticmethod
    def _deferred(session: Session, member_id: int, day: date) -> bool:
        """暂缓注册 in force on ``day``: the latest 注册 decision is 暂缓 and not yet over."""
        latest = session.exec(
            select(Registration)
            .where(col(Registration.member_id) == member_id, col(Registration.year) <= day.year)
            .order_by(col(Registration.year).desc())
        ).first()
        if latest is None or latest.outcome != RegistrationOutcome.DEFERRED:
            return False
        if latest.decided_on is not None and latest.decided_on > day:
            return False
        return latest.defer_until is None or latest.defer_until >= day

    @staticmethod
    def _hours_by_applicant(session: Session, ids: list[int]) -> dict[int, int]:
        if not ids:
            return {}
        out: dict[int, int] = {}
        rows = session.exec(
            select(ApplicantCourse, Meeting)
            .join(Meeting, col(Meeting.id) == col(ApplicantCourse.meeting_id), isouter=True)
            .where(col(ApplicantCourse.applicant_id).in_(ids))
        ).all()
        for course, meeting in rows:
            if course.meeting_id is not None and meeting is not None:
                if meeting.deleted_at is not None:
                    continue
                hours = meeting.hours_tenths or 0
            else:
                hours = course.hours_tenths
            out[course.applicant_id] = out.get(course.applicant_id, 0) + hours
        return out

    def _normalise(self, data: ApplicantInput) -> ApplicantInput:
        """Tidy what was typed; a valid ID fills the birth date and sex (an invalid one is kept
        as typed so that :meth:`_input_issues` can explain it)."""
        number = idcard.normalise(data.id_number) if data.id_number else ""
        birth = data.birth_date
        gender = data.gender
        if number:
            try:
                card = idcard.parse(number, today=self._today())
            except idcard.IdCardError:
                pass
            else:
                number = card.number
                birth = birth or card.birth_date
                gender = gender or card.gender_code
        return ApplicantInput(
            name=data.name.strip(),
            applied_on=data.applied_on,
            gender=gender,
            ethnicity=data.ethnicity,
            birth_date=birth,
            id_number=number or None,
            phone=(data.phone or "").strip() or None,
            group_name=(data.group_name or "").strip() or None,
            talked_on=data.talked_on,
            contact1_id=data.contact1_id,
            contact2_id=data.contact2_id,
            introducer1_id=data.introducer1_id,
            introducer2_id=data.introducer2_id,
            note=data.note,
        )

    def _input_issues(
        self, session: Session, branch_id: int, data: ApplicantInput, applicant_id: int | None
    ) -> list[Issue]:
        issues: list[Issue] = []
        today = self._today()
        if not data.name:
            issues.append(Issue("name", "姓名不能为空"))
        elif len(data.name) > 40:
            issues.append(Issue("name", "姓名过长"))
        if data.applied_on > today:
            issues.append(Issue("applied_on", "申请日期晚于今天"))
        if data.birth_date is not None and data.birth_date >= data.applied_on:
            issues.append(Issue("birth_date", "出生日期晚于申请日期"))
        if data.talked_on is not None:
            if data.talked_on < data.applied_on:
                issues.append(Issue("talked_on", "谈话日期早于申请日期"))
            if data.talked_on > today:
                issues.append(Issue("talked_on", "谈话日期晚于今天"))
        if data.id_number:
            try:
                idcard.parse(data.id_number, today=today)
            except idcard.IdCardError as exc:
                issues.append(Issue("id_number", f"身份证号有误：{exc}"))
            taken = session.exec(
                select(Member).where(col(Member.id_number) == data.id_number)
            ).first()
            if taken is not None:
                issues.append(Issue("id_number", f"身份证号已是团员{taken.name}的"))
            query = select(Applicant).where(
                col(Applicant.id_number) == data.id_number,
                col(Applicant.deleted_at).is_(None),
                col(Applicant.stage) != Stage.DROPPED,
            )
            if applicant_id is not None:
                query = query.where(col(Applicant.id) != applicant_id)
            other = session.exec(query).first()
            if other is not None:
                issues.append(Issue("id_number", f"身份证号与发展对象名单中的{other.name}重复"))
        contacts = [c for c in (data.contact1_id, data.contact2_id) if c is not None]
        intros = [c for c in (data.introducer1_id, data.introducer2_id) if c is not None]
        if len(set(contacts)) != len(contacts):
            issues.append(Issue("contact2_id", "两名培养联系人是同一人"))
        if len(set(intros)) != len(intros):
            issues.append(Issue("introducer2_id", "两名入团介绍人是同一人"))
        for member_id in contacts + intros:
            member = session.get(Member, member_id)
            if member is None or member.branch_id != branch_id or member.deleted_at is not None:
                issues.append(Issue("introducer1_id", "培养联系人和入团介绍人须是本支部团员"))
                break
        return issues

    @staticmethod
    def _raise(issues: list[Issue], name: str) -> None:
        errors = members.errors_only(issues)
        if errors:
            raise ValidationError(
                f"“{name or '未命名'}”未保存：" + members.describe(errors), tuple(errors)
            )

    @staticmethod
    def _values(data: ApplicantInput) -> dict[str, Any]:
        return {
            "name": data.name,
            "applied_on": data.applied_on,
            "gender": data.gender,
            "ethnicity": data.ethnicity,
            "birth_date": data.birth_date,
            "id_number": data.id_number,
            "phone": data.phone,
            "group_name": data.group_name,
            "talked_on": data.talked_on,
            "contact1_id": data.contact1_id,
            "contact2_id": data.contact2_id,
            "introducer1_id": data.introducer1_id,
            "introducer2_id": data.introducer2_id,
            "note": data.note,
        }

    @staticmethod
    def _applicant(session: Session, applicant_id: int) -> Applicant:
        row = session.get(Applicant, applicant_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("找不到该发展对象记录")
        return row

    def _read(self, session: Session, row: Applicant) -> ApplicantRead:
        assert row.id is not None
        courses = session.exec(
            select(ApplicantCourse)
            .where(col(ApplicantCourse.applicant_id) == row.id)
            .order_by(col(ApplicantCourse.held_on), col(ApplicantCourse.id))
        ).all()
        return ApplicantRead(
            id=row.id,
            branch_id=row.branch_id,
            data=ApplicantInput(
                name=row.name,
                applied_on=row.applied_on,
                gender=row.gender,
                ethnicity=row.ethnicity,
                birth_date=row.birth_date,
                id_number=row.id_number,
                phone=row.phone,
                group_name=row.group_name,
                talked_on=row.talked_on,
                contact1_id=row.contact1_id,
                contact2_id=row.contact2_id,
                introducer1_id=row.introducer1_id,
                introducer2_id=row.introducer2_id,
                note=row.note,
            ),
            stage=row.stage,
            stage_name=STAGES.name(row.stage),
            activist_on=row.activist_on,
            candidate_on=row.candidate_on,
            meeting_id=row.meeting_id,
            voted_on=row.voted_on,
            approved_on=row.approved_on,
            dev_number=row.dev_number,
            member_id=row.member_id,
            dropped_on=row.dropped_on,
            drop_reason=row.drop_reason,
            courses=tuple(
                CourseRead(c.id or 0, c.meeting_id, c.held_on, c.title, c.hours_tenths)
                for c in courses
            ),
            hours_tenths=self._hours_by_applicant(session, [row.id]).get(row.id, 0),
        )
