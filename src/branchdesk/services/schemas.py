"""Plain read models handed from services to the UI and the CLI (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from branchdesk.domain import vocab
from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import Issue, MemberInput, Overage


@dataclass(frozen=True)
class BranchInput:
    """What the first-run dialog and the settings ask for."""

    name: str
    parent_committee: str = ""
    kind: str = "other"
    secretary: str = ""
    profile_key: str = "national"
    industry: str | None = None  # 单位所属行业类别 (vocab.INDUSTRY)
    field_override: str | None = None  # a 领域 other than the industry's default
    school_stage: str | None = None  # schools only: 学段 (domain.recruitment.SCHOOL_STAGES)
    student_count: int | None = None  # schools only: students, for the 团学比


@dataclass(frozen=True)
class BranchRead:
    id: int
    name: str
    parent_committee: str
    kind: str
    secretary: str
    profile_key: str
    industry: str | None = None
    field_override: str | None = None
    school_stage: str | None = None
    student_count: int | None = None

    @property
    def league_domain(self) -> str | None:
        """The 领域 (vocab.LEAGUE_DOMAIN): the one chosen, else the industry's default."""
        return vocab.domain_of(self.industry, self.field_override)


@dataclass(frozen=True)
class MemberRead:
    """A member with every stored field plus what is derived from today's date."""

    id: int
    branch_id: int
    data: MemberInput
    initials: str
    deleted_at: datetime | None
    created_at: datetime
    updated_at: datetime
    age: int | None
    overage: Overage | None

    @property
    def name(self) -> str:
        return self.data.name


@dataclass(frozen=True)
class MemberRow:
    """One line of the roster list: only what the list shows."""

    id: int
    name: str
    gender: str | None
    ethnicity: str | None
    birth_date: date | None
    age: int | None
    id_number: str | None
    political_status: str | None
    join_month: YearMonth | None
    dev_number: str | None
    league_post: str | None
    group_name: str | None
    phone: str | None
    status: str
    overage: Overage | None
    deleted: bool


class SortKey(StrEnum):
    NAME = "name"
    GENDER = "gender"
    BIRTH_DATE = "birth_date"
    JOIN_MONTH = "join_month"
    POLITICAL_STATUS = "political_status"
    LEAGUE_POST = "league_post"
    GROUP = "group_name"
    STATUS = "status"
    PHONE = "phone"
    ID_NUMBER = "id_number"
    DEV_NUMBER = "dev_number"
    ETHNICITY = "ethnicity"


class OverageFilter(StrEnum):
    ANY = "any"
    OVER = "over"  # already 超龄, no post
    SOON = "soon"  # reaches the age within the reminder window
    OVER_OR_SOON = "over_or_soon"


@dataclass(frozen=True)
class MemberFilter:
    """What the roster list asks for. Empty values mean "no restriction"."""

    text: str = ""
    statuses: frozenset[str] = frozenset({"active", "transferring"})
    group_name: str | None = None
    political_status: str | None = None
    overage: OverageFilter = OverageFilter.ANY
    deleted: bool = False  # True shows the 回收站 instead of the roster
    sort: SortKey = SortKey.NAME
    descending: bool = False


@dataclass(frozen=True)
class SaveResult:
    """A saved member and the warnings that were accepted with it."""

    member: MemberRead
    warnings: tuple[Issue, ...] = ()


class RowAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REJECT = "reject"


@dataclass(frozen=True)
class PreviewRow:
    """One row of an import as it would be applied."""

    row_number: int
    name: str
    action: RowAction
    issues: tuple[Issue, ...]
    member: MemberInput | None  # what will be written (merged with the stored record on update)
    incoming: MemberInput | None = None  # the row as read from the file
    parse_issues: tuple[Issue, ...] = ()  # problems found while reading the cells
    existing_id: int | None = None
    raw: dict[str, str] = field(default_factory=dict)

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(issue for issue in self.issues if issue.is_error)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(issue for issue in self.issues if not issue.is_error)


@dataclass(frozen=True)
class ImportPreview:
    """Everything the preview dialog shows before anything is written."""

    path: str
    layout: str
    sheet_name: str
    org_names: tuple[str, ...]
    unknown_headers: tuple[str, ...]
    rows: tuple[PreviewRow, ...]

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action is action)

    @property
    def rejected(self) -> tuple[PreviewRow, ...]:
        return tuple(row for row in self.rows if row.action is RowAction.REJECT)

    @property
    def has_errors(self) -> bool:
        return any(row.action is RowAction.REJECT for row in self.rows)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    rejected: int
