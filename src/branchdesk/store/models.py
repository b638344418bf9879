"""The tables. Codes come from :mod:`branchdesk.domain.vocab`; IDs and numbers are TEXT.

Several branches can live in one file (a 团委 may keep more than one); the UI works on one at a
time. Keep everything portable: the same schema must run on PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Column, DateTime, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from branchdesk.domain.dates import YearMonth
from branchdesk.store.types import YearMonthType

# Name every constraint. SQLite keeps unnamed constraints nameless and PostgreSQL invents its own
# names, so a later migration could not drop or change them portably (Alembic batch mode needs a
# name to find a constraint). Must be set before the first table below is declared.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# Timestamps are naive local wall-clock time (what _now() returns). sqlmodel maps a bare
# ``datetime`` to its UTCDateTime type, which rejects naive values, so say DateTime explicitly
# (TIMESTAMP WITHOUT TIME ZONE on PostgreSQL).
def _local_timestamp() -> DateTime:
    return DateTime(timezone=False)


class Branch(SQLModel, table=True):
    """A 团支部: its full name, the 上级团委, kind, secretary and rule profile."""

    __tablename__ = "branch"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    parent_committee: str = Field(default="", max_length=200)
    kind: str = Field(default="other", max_length=20)
    secretary: str = Field(default="", max_length=50)
    profile_key: str = Field(default="national", max_length=50)
    # 单位所属行业类别 (vocab.INDUSTRY) and, when the user chose one, a 领域 other than the
    # default of the industry (vocab.DOMAIN_OF_INDUSTRY): the annual return prints both.
    industry: str | None = Field(default=None, max_length=2)
    field_override: str | None = Field(default=None, max_length=2)
    # 团学比 (rules.md §5.3): for a school branch, the stage of its classes (junior | senior |
    # vocational) and how many students they have; the admission check needs the head count.
    school_stage: str | None = Field(default=None, max_length=20)
    student_count: int | None = None
    # 对标定级 (rules.md §10): when the branch was set up and last elected its committee.
    founded_on: date | None = None
    election_on: date | None = None
    created_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


class Setting(SQLModel, table=True):
    """Application-wide key/value settings (e.g. the current branch)."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="", max_length=4000)


class Member(SQLModel, table=True):
    """One person on a branch's 团员名册."""

    __tablename__ = "member"
    __table_args__ = (
        UniqueConstraint("id_number", name="uq_member_id_number"),
        UniqueConstraint("dev_number", name="uq_member_dev_number"),
        Index("ix_member_branch_status", "branch_id", "status"),
        Index("ix_member_branch_name", "branch_id", "name"),
        Index("ix_member_initials", "initials"),
        Index("ix_member_phone", "phone"),
        Index("ix_member_birth", "birth_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    name: str = Field(max_length=40)
    initials: str = Field(default="", max_length=40)  # pinyin initials for search: 张三 → zs
    gender: str | None = Field(default=None, max_length=2)
    ethnicity: str | None = Field(default=None, max_length=2)
    birth_date: date | None = None
    id_type: str = Field(default="1", max_length=2)
    id_number: str | None = Field(default=None, max_length=30)
    political_status: str | None = Field(default=None, max_length=2)
    join_month: YearMonth | None = Field(default=None, sa_column=Column(YearMonthType()))
    dev_number: str | None = Field(default=None, max_length=20)
    card_number: str | None = Field(default=None, max_length=20)
    fulltime_education: str | None = Field(default=None, max_length=3)
    highest_education: str | None = Field(default=None, max_length=3)
    occupation: str | None = Field(default=None, max_length=3)
    league_post: str | None = Field(default=None, max_length=3)
    post_since: YearMonth | None = Field(default=None, sa_column=Column(YearMonthType()))
    cadre_nature: str | None = Field(default=None, max_length=2)  # 团干部性质 (with a post)
    group_name: str | None = Field(default=None, max_length=50)
    phone: str | None = Field(default=None, max_length=20)
    household: str | None = Field(default=None, max_length=200)
    unit_at_join: str | None = Field(default=None, max_length=200)
    note: str | None = Field(default=None, max_length=2000)
    status: str = Field(default="active", max_length=20)
    # 学社衔接 (rules.md §8.4): the month the member graduates and where they go (TRANSFER_REASON
    # code) with the receiving organisation, filled before the graduates' transfers are made.
    graduation_month: YearMonth | None = Field(default=None, sa_column=Column(YearMonthType()))
    destination: str | None = Field(default=None, max_length=20)
    destination_org: str | None = Field(default=None, max_length=200)
    # The day the member left the active roster (转出, 离团, ...): with join_month it rebuilds the
    # roster as it stood on any past date (meeting attendance, the year-end 评议 sheet).
    left_on: date | None = Field(default=None, index=True)
    # soft delete: restorable from the 回收站
    deleted_at: datetime | None = Field(default=None, sa_type=_local_timestamp())
    created_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())
    updated_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


# --- 三会两制一课 -------------------------------------------------------------------------------
# Codes (meeting kind, agenda topic, presence, vote kind, grade, registration outcome) come from
# branchdesk.domain.meetings / .reviews and are stored as TEXT. Counts are integers.


class Meeting(SQLModel, table=True):
    """One 会议记录: 支部大会, 支委会, 团小组会, 团课, 主题团日 or 组织生活会."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_branch_held_on", "branch_id", "held_on"),)

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    kind: str = Field(max_length=20)
    title: str = Field(default="", max_length=200)
    held_on: date
    start_time: time | None = None
    end_time: time | None = None
    place: str = Field(default="", max_length=200)
    online: bool = False
    chair_id: int | None = Field(default=None, foreign_key="member.id")
    recorder_id: int | None = Field(default=None, foreign_key="member.id")
    lecturer: str = Field(default="", max_length=100)  # 团课 主讲人
    hours_tenths: int | None = None  # 团课 学时 in tenths of an hour (1.5 学时 → 15)
    group_name: str | None = Field(default=None, max_length=50)  # 团小组会: which group
    content: str = Field(default="", sa_type=Text)  # 会议内容 / 讨论发言要点
    decisions: str = Field(default="", sa_type=Text)  # 总结 / 决议
    deleted_at: datetime | None = Field(default=None, sa_type=_local_timestamp())
    created_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())
    updated_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


class MeetingAgenda(SQLModel, table=True):
    """One 议题 of a meeting, in order."""

    __tablename__ = "meeting_agenda"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    position: int = 0
    topic: str = Field(max_length=30)
    text: str = Field(default="", sa_type=Text)


class Attendance(SQLModel, table=True):
    """Who was expected or came: a member (出席/请假/缺席) or a 列席 observer."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id", name="uq_attendance_meeting_member"),
        Index("ix_attendance_member", "member_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE")
    member_id: int | None = Field(default=None, foreign_key="member.id")  # None: non-member 列席
    name: str = Field(max_length=40)  # as it was on the day
    presence: str | None = Field(default=None, max_length=10)  # None for observers
    reason: str | None = Field(default=None, max_length=200)
    observer: bool = False
    can_vote: bool = True


class Resolution(SQLModel, table=True):
    """One 决议 of a meeting and, when it was voted on, the counts."""

    __tablename__ = "resolution"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    position: int = 0
    text: str = Field(default="", sa_type=Text)
    vote_kind: str | None = Field(default=None, max_length=20)  # None: no vote
    subject: str = Field(default="", max_length=200)
    expected: int | None = None
    present: int | None = None
    voters: int | None = None
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None


class Attachment(SQLModel, table=True):
    """A file kept with a meeting (签到表, photo, 课件): the bytes live in the database."""

    __tablename__ = "attachment"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    filename: str = Field(max_length=255)
    mime: str = Field(default="application/octet-stream", max_length=100)
    size: int = 0
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


class Evaluation(SQLModel, table=True):
    """One member's 团员教育评议 for one year."""

    __tablename__ = "evaluation"
    __table_args__ = (
        UniqueConstraint("member_id", "year", name="uq_evaluation_member_year"),
        Index("ix_evaluation_branch_year", "branch_id", "year"),
    )

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    member_id: int = Field(foreign_key="member.id", nullable=False)
    year: int
    self_note: str = Field(default="", sa_type=Text)  # 自评
    peer_note: str = Field(default="", sa_type=Text)  # 互评
    votes_excellent: int | None = None
    votes_qualified: int | None = None
    votes_basic: int | None = None
    votes_unqualified: int | None = None
    proposed_grade: str | None = Field(default=None, max_length=20)  # 支委会建议等次
    approved_grade: str | None = Field(default=None, max_length=20)  # 上级团委批准等次
    decided_on: date | None = None
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    recheck_due: date | None = None  # 不合格: re-evaluate by this day
    exempt: bool = False  # a party member keeping 团籍, not evaluated


class Registration(SQLModel, table=True):
    """One member's 团籍注册 for one year."""

    __tablename__ = "registration"
    __table_args__ = (
        UniqueConstraint("member_id", "year", name="uq_registration_member_year"),
        Index("ix_registration_branch_year", "branch_id", "year"),
    )

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    member_id: int = Field(foreign_key="member.id", nullable=False)
    year: int
    outcome: str = Field(max_length=20)
    reason: str = Field(default="", max_length=200)
    decided_on: date | None = None
    defer_until: date | None = None


# --- rule profiles (rules.md §17) -------------------------------------------------------------
# A branch's own values for settings of its rule profile. ``value_json`` holds the value as the
# profile TOML would write it (0.3 for 30%, "0.20" for money, {base, op, num, den} for a
# fraction, null for "not set"); domain.profiles.resolve() type-checks it on every read.


class ProfileOverride(SQLModel, table=True):
    """The branch's current value for one setting, with why and when it was changed."""

    __tablename__ = "profile_override"
    __table_args__ = (UniqueConstraint("branch_id", "key", name="uq_profile_override_branch_key"),)

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    key: str = Field(max_length=100)  # the setting key, e.g. pingyi.excellent_cap
    value_json: str = Field(sa_type=Text)
    reason: str = Field(sa_type=Text)
    changed_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


class ProfileOverrideLog(SQLModel, table=True):
    """Every change of an override, never edited: old and new value (NULL = the profile's)."""

    __tablename__ = "profile_override_log"
    __table_args__ = (Index("ix_profile_override_log_branch_changed", "branch_id", "changed_at"),)

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    key: str = Field(max_length=100)
    old_json: str | None = Field(default=None, sa_type=Text)
    new_json: str | None = Field(default=None, sa_type=Text)
    reason: str = Field(sa_type=Text)
    changed_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


# --- annual return (团内统计, forms.md §10) ---------------------------------------------------


class AnnualReturnNote(SQLModel, table=True):
    """The 原因说明 of one row of the 对比表 of a branch's return for a year (a fall explained)."""

    __tablename__ = "annual_return_note"
    __table_args__ = (
        UniqueConstraint(
            "branch_id", "year", "item", name="uq_annual_return_note_branch_year_item"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    year: int
    item: str = Field(max_length=40)  # the row key, e.g. "members" (domain.returns.ITEMS)
    reason: str = Field(default="", sa_type=Text)
    updated_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


# --- change history (issue 7) ------------------------------------------------------------------
# One line per create / update / delete / restore / import / undo of a record, written in the
# same transaction as the change itself (services/history.py). ``before_json`` / ``after_json``
# hold the record's editable state as JSON (NULL: the record did not exist / was not kept); an
# undo or redo points at the line it reverses with ``ref_id``; the lines of one multi-row
# operation (an import, a batch create) share ``batch`` and are undone together.


class ChangeLog(SQLModel, table=True):
    """One recorded change of a member, meeting, 评议 or 注册."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_entity", "entity", "entity_id"),
        Index("ix_change_log_branch_id", "branch_id", "id"),
        Index("ix_change_log_batch", "batch"),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    entity: str = Field(max_length=20)  # member | meeting | evaluation | registration
    entity_id: int
    action: str = Field(max_length=20)  # create | update | delete | restore | import | undo | redo
    before_json: str | None = Field(default=None, sa_type=Text)
    after_json: str | None = Field(default=None, sa_type=Text)
    summary: str = Field(default="", sa_type=Text)
    batch: str | None = Field(default=None, max_length=40)
    ref_id: int | None = Field(default=None, foreign_key="change_log.id")


# --- membership lifecycle (issue 6; rules.md §5, §7, §8) ---------------------------------------
# Every change of a member's 团籍状态 is a MemberEvent (never edited; a correction is a new
# event), so the roster as of any past day can be rebuilt. Transfers follow the 智慧团建 workflow
# with their TransferStep history; every 介绍信 number ever issued is a LetterNumber row, so a
# number is never reused (a spoiled letter stays as 作废).


class MemberEvent(SQLModel, table=True):
    """One step of a member's life in the League: joined, transferred, left, restored, ..."""

    __tablename__ = "member_event"
    __table_args__ = (
        Index("ix_member_event_member_on", "member_id", "occurred_on"),
        Index("ix_member_event_branch_on", "branch_id", "occurred_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    member_id: int = Field(foreign_key="member.id", nullable=False)
    occurred_on: date  # the day it took effect
    kind: str = Field(max_length=20)  # join | transfer_out | transfer_in | aged_out | ...
    status_before: str | None = Field(default=None, max_length=20)
    status_after: str = Field(max_length=20)
    reason: str = Field(default="", sa_type=Text)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    approved_on: date | None = None  # 上级团委 批准 / 备案
    note: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


class Transfer(SQLModel, table=True):
    """One 组织关系转接, out of or into the branch, in its 智慧团建 state."""

    __tablename__ = "transfer"
    __table_args__ = (
        Index("ix_transfer_branch_state", "branch_id", "state"),
        Index("ix_transfer_member", "member_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    # None for a transfer in whose member is created when it succeeds
    member_id: int | None = Field(default=None, foreign_key="member.id")
    direction: str = Field(max_length=3)  # out | in
    name: str = Field(max_length=40)  # as it was when the transfer was made
    id_number: str | None = Field(default=None, max_length=30)
    reason: str = Field(max_length=20)  # TRANSFER_REASON code
    reason_note: str = Field(default="", max_length=200)
    other_org: str = Field(default="", max_length=200)  # full name of the other 团组织
    other_committee: str = Field(default="", max_length=200)  # its 上级团委
    fee_paid_to: YearMonth | None = Field(default=None, sa_column=Column(YearMonthType()))
    applied_on: date
    state: str = Field(max_length=20)
    state_on: date  # when the current state was reached
    letter_number: str | None = Field(default=None, max_length=30)
    letter_issued_on: date | None = None
    letter_valid_days: int | None = None
    receipt_on: date | None = None  # 回执 received back
    done_on: date | None = None  # 接转成功
    cohort_year: int | None = None  # a 学社衔接 batch: the graduation year
    note: str = Field(default="", sa_type=Text)
    deleted_at: datetime | None = Field(default=None, sa_type=_local_timestamp())
    created_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())
    updated_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


class TransferStep(SQLModel, table=True):
    """One state change of a transfer, with the date it happened and why (退回 / 撤回)."""

    __tablename__ = "transfer_step"

    id: int | None = Field(default=None, primary_key=True)
    transfer_id: int = Field(foreign_key="transfer.id", ondelete="CASCADE", index=True)
    occurred_on: date
    state: str = Field(max_length=20)
    note: str = Field(default="", sa_type=Text)
    at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


class LetterNumber(SQLModel, table=True):
    """A 介绍信 number taken from the branch's sequence; never deleted, so never reused."""

    __tablename__ = "letter_number"
    __table_args__ = (
        UniqueConstraint("branch_id", "year", "serial", name="uq_letter_number_branch_year_serial"),
    )

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    year: int
    serial: int
    number: str = Field(max_length=30)  # as printed
    transfer_id: int | None = Field(default=None, foreign_key="transfer.id", ondelete="SET NULL")
    issued_on: date
    voided_on: date | None = None  # 作废
    void_reason: str = Field(default="", max_length=200)


class Applicant(SQLModel, table=True):
    """A person in the recruitment pipeline: 入团申请人 → 积极分子 → 发展对象 → 入团."""

    __tablename__ = "applicant"
    __table_args__ = (Index("ix_applicant_branch_stage", "branch_id", "stage"),)

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    name: str = Field(max_length=40)
    gender: str | None = Field(default=None, max_length=2)
    ethnicity: str | None = Field(default=None, max_length=2)
    birth_date: date | None = None
    id_number: str | None = Field(default=None, max_length=30)
    phone: str | None = Field(default=None, max_length=20)
    group_name: str | None = Field(default=None, max_length=50)
    stage: str = Field(max_length=20)  # applicant | activist | candidate | voted | admitted | ...
    applied_on: date
    talked_on: date | None = None  # 谈话
    activist_on: date | None = None  # 确定为入团积极分子
    contact1_id: int | None = Field(default=None, foreign_key="member.id")  # 培养联系人
    contact2_id: int | None = Field(default=None, foreign_key="member.id")
    candidate_on: date | None = None  # 确定为发展对象
    introducer1_id: int | None = Field(default=None, foreign_key="member.id")  # 入团介绍人
    introducer2_id: int | None = Field(default=None, foreign_key="member.id")
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    voted_on: date | None = None  # 支部大会 passed
    approved_on: date | None = None  # 上级团委 审批
    dev_number: str | None = Field(default=None, max_length=20)
    member_id: int | None = Field(default=None, foreign_key="member.id")  # once admitted
    dropped_on: date | None = None  # left the pipeline
    drop_reason: str = Field(default="", max_length=200)
    note: str = Field(default="", sa_type=Text)
    deleted_at: datetime | None = Field(default=None, sa_type=_local_timestamp())
    created_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())
    updated_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


class ApplicantCourse(SQLModel, table=True):
    """A 团课 an applicant attended (团前教育): one of the branch's, or one held elsewhere."""

    __tablename__ = "applicant_course"
    __table_args__ = (
        UniqueConstraint(
            "applicant_id", "meeting_id", name="uq_applicant_course_applicant_meeting"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    applicant_id: int = Field(foreign_key="applicant.id", ondelete="CASCADE", index=True)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    held_on: date
    title: str = Field(default="", max_length=200)
    hours_tenths: int = 0


class Discipline(SQLModel, table=True):
    """One 团纪处分: 警告, 严重警告, 撤销团内职务, 留团察看 (6 or 12 months) or 开除团籍."""

    __tablename__ = "discipline"
    __table_args__ = (Index("ix_discipline_member", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    member_id: int = Field(foreign_key="member.id", nullable=False)
    kind: str = Field(max_length=20)
    reason: str = Field(default="", sa_type=Text)
    decided_on: date  # 支部大会
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    approved_on: date | None = None
    months: int | None = None  # 留团察看: 6 or 12
    ends_on: date | None = None
    outcome: str | None = Field(default=None, max_length=20)  # restored | expelled
    closed_on: date | None = None
    note: str = Field(default="", sa_type=Text)
    deleted_at: datetime | None = Field(default=None, sa_type=_local_timestamp())
    created_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


class PartyRecommendation(SQLModel, table=True):
    """推优入党: a member recommended to the Party (团籍 is kept until 28)."""

    __tablename__ = "party_recommendation"

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    member_id: int = Field(foreign_key="member.id", nullable=False, index=True)
    applied_party_on: date | None = None  # 递交入党申请书
    recommended_on: date  # 推荐
    confirmed_on: date | None = None  # 确定 (by the Party branch)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    joined_party_on: date | None = None
    note: str = Field(default="", sa_type=Text)


# --- 对标定级 (issue 5; rules.md §10, forms.md §5) -------------------------------------------
# A year's rating keeps a copy of the criteria sheet it was scored with (``sheet_json``), so a
# later sheet never changes a past result. Points are stored in hundredths (89.99 → 8999).


class Rating(SQLModel, table=True):
    """A branch's 对标定级 for one year: 自评, the two signatures, the 团委's 复核, the star."""

    __tablename__ = "rating"
    __table_args__ = (UniqueConstraint("branch_id", "year", name="uq_rating_branch_year"),)

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    year: int
    sheet_key: str = Field(max_length=100)
    sheet_version: str = Field(default="", max_length=50)
    sheet_json: str = Field(sa_type=Text)  # the sheet as scored
    state: str = Field(default="draft", max_length=20)  # draft | signed | reviewed | final
    self_star: str | None = Field(default=None, max_length=20)  # set by hand (else computed)
    self_star_reason: str = Field(default="", sa_type=Text)
    secretary_name: str = Field(default="", max_length=40)
    rep_name: str = Field(default="", max_length=40)  # 团员代表
    signed_on: date | None = None
    reviewer: str = Field(default="", max_length=200)  # the 团委 that re-checked
    review_star: str | None = Field(default=None, max_length=20)
    review_remarks: str = Field(default="", sa_type=Text)
    reviewed_on: date | None = None
    final_star: str | None = Field(default=None, max_length=20)
    key_project: str = Field(default="", sa_type=Text)  # 5★: 重点工作项目 summary
    created_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())
    updated_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())


class RatingScore(SQLModel, table=True):
    """One row of a rating: an indicator's score (or a veto item's answer) with its evidence."""

    __tablename__ = "rating_score"
    __table_args__ = (UniqueConstraint("rating_id", "item_id", name="uq_rating_score_rating_item"),)

    id: int | None = Field(default=None, primary_key=True)
    rating_id: int = Field(foreign_key="rating.id", ondelete="CASCADE")
    item_id: str = Field(max_length=50)  # the sheet's stable row id
    auto_points: int | None = None  # what the ledger gave (hundredths)
    self_points: int | None = None  # the 自评分 (hundredths); differs from auto = overridden
    self_grade: str | None = Field(default=None, max_length=10)  # A-D / yes-no as chosen
    override_reason: str = Field(default="", sa_type=Text)
    evidence: str = Field(default="", sa_type=Text)  # 评分依据 as printed
    review_points: int | None = None  # the 复核分 (hundredths)
    vetoed: bool | None = None  # a 一票否决 item: answered yes


class YouthStudyIssue(SQLModel, table=True):
    """One 青年大学习 issue (期) as the branch recorded it: how many members took part."""

    __tablename__ = "youth_study_issue"
    __table_args__ = (Index("ix_youth_study_issue_branch_on", "branch_id", "held_on"),)

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    held_on: date  # the week's Monday
    label: str = Field(default="", max_length=50)  # e.g. 2026年第30期
    participants: int
    members: int  # 团员总数 that week


class VolunteerHours(SQLModel, table=True):
    """A member's 志愿服务 hours in a year (the platform is the system of record)."""

    __tablename__ = "volunteer_hours"
    __table_args__ = (UniqueConstraint("member_id", "year", name="uq_volunteer_hours_member_year"),)

    id: int | None = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", nullable=False)
    member_id: int = Field(foreign_key="member.id", nullable=False)
    year: int
    hours_tenths: int
    platform: str = Field(default="", max_length=50)
