"""The tables. Codes come from :mod:`branchdesk.domain.vocab`; IDs and numbers are TEXT.

Several branches can live in one file (a 团委 may keep more than one); the UI works on one at a
time. Keep everything portable: the same schema must run on PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, DateTime, Index, UniqueConstraint
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
    group_name: str | None = Field(default=None, max_length=50)
    phone: str | None = Field(default=None, max_length=20)
    household: str | None = Field(default=None, max_length=200)
    unit_at_join: str | None = Field(default=None, max_length=200)
    note: str | None = Field(default=None, max_length=2000)
    status: str = Field(default="active", max_length=20)
    # soft delete: restorable from the 回收站
    deleted_at: datetime | None = Field(default=None, sa_type=_local_timestamp())
    created_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())
    updated_at: datetime = Field(default_factory=_now, sa_type=_local_timestamp())
