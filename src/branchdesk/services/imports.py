"""Importing and exporting the roster as .xlsx (智慧团建 layout and our full layout).

An import is planned first — every row read, checked and matched against the roster — and shown
as a preview; nothing is written until :meth:`ImportService.commit`, which applies the plan in one
transaction: all rows, or only the valid ones when the user explicitly asks for that.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, Table, func, insert
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from branchdesk.domain import member_import, members, roster, vocab
from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import Issue, MemberInput, MemberRules, Severity
from branchdesk.errors import ValidationError
from branchdesk.io import excel_read, excel_write, layouts
from branchdesk.services import history
from branchdesk.services.members import INPUT_FIELDS, Clock, RulesProvider, to_input, to_values
from branchdesk.services.schemas import ImportPreview, ImportResult, PreviewRow, RowAction
from branchdesk.store.engine import session_scope
from branchdesk.store.models import Branch, Member

logger = logging.getLogger(__name__)

LAYOUTS = ("zhtj", "full")
_MEMBER_TABLE: Table = Member.__table__  # type: ignore[attr-defined]  # sqlmodel's


@dataclass(frozen=True)
class _Parsed:
    row_number: int
    name: str
    member: MemberInput | None
    issues: tuple[Issue, ...]
    present: frozenset[str]  # fields the file gave a value for
    raw: dict[str, str]
    org_name: str | None


def _display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


class ImportService:
    """Plans, previews and applies roster imports; writes roster exports."""

    def __init__(self, engine: Engine, rules: RulesProvider, today: Clock = date.today) -> None:
        self._engine = engine
        self._rules = rules
        self._today = today
        # The last preview's checks, reused by its commit when the inputs are equal (they are
        # pure functions of them): a 10,000-row file is normalised and checked once, not twice.
        self._checked: _Checks = _Checks()

    # ---- import ----------------------------------------------------------------------------

    def preview(self, branch_id: int, path: Path) -> ImportPreview:
        """Read and check a file; writes nothing."""
        sheet = excel_read.read_roster(path)
        parsed = [self._parse(raw) for raw in sheet.rows]
        rules = self._rules(branch_id)
        self._checked = _Checks()
        with session_scope(self._engine) as session:
            rows = self._plan(session, branch_id, parsed, rules)
        org_names = tuple(sorted({p.org_name for p in parsed if p.org_name}))
        return ImportPreview(
            path=str(path),
            layout=sheet.layout_guess,
            sheet_name=sheet.sheet_name,
            org_names=org_names,
            unknown_headers=tuple(sheet.unknown_headers),
            rows=tuple(rows),
        )

    def commit(self, branch_id: int, preview: ImportPreview, valid_only: bool) -> ImportResult:
        """Apply a previewed import in one transaction.

        The plan is made again inside the transaction, so a roster that changed since the preview
        is taken into account. Without ``valid_only`` any rejected row stops the whole import.
        """
        parsed = [self._reparse(row) for row in preview.rows]
        rules = self._rules(branch_id)
        with session_scope(self._engine) as session:
            rows = self._plan(session, branch_id, parsed, rules)
            rejected = [row for row in rows if row.action is RowAction.REJECT]
            if rejected and not valid_only:
                raise ValidationError(
                    f"有{len(rejected)}行存在错误，未导入任何数据", tuple(rejected)
                )
            updated = [
                r.existing_id for r in rows if r.action is RowAction.UPDATE and r.existing_id
            ]
            with history.import_batch(session, branch_id, updated):  # one undoable batch
                result = self._apply(session, branch_id, rows)
        self._checked = _Checks()  # applied: free the remembered checks
        logger.info(
            "import into branch %s: %s created, %s updated, %s unchanged, %s rejected",
            branch_id,
            result.created,
            result.updated,
            result.unchanged,
            result.rejected,
        )
        return result

    def import_file(
        self, branch_id: int, path: Path, valid_only: bool
    ) -> tuple[ImportResult, ImportPreview]:
        """Preview and commit in one go (the CLI)."""
        preview = self.preview(branch_id, path)
        if preview.has_errors and not valid_only:
            return ImportResult(0, 0, 0, len(preview.rejected)), preview
        return self.commit(branch_id, preview, valid_only), preview

    def write_rejected(self, preview: ImportPreview, path: Path) -> None:
        """Save the rejected rows with a 错误原因 column, for fixing in Excel."""
        columns = layouts.get_layout(preview.layout).all_columns
        rows = [
            ([row.raw.get(spec.key, "") for spec in columns], members.describe(list(row.errors)))
            for row in preview.rejected
        ]
        excel_write.write_error_rows(path, [spec.header for spec in columns], rows)

    def _parse(self, raw: excel_read.RawRow) -> _Parsed:
        member, issues = member_import.from_row(raw.values)
        present = frozenset(k for k, v in raw.values.items() if v is not None and _display(v))
        org = raw.values.get("org_name")
        return _Parsed(
            row_number=raw.row_number,
            name=_display(raw.values.get("name")),
            member=member,
            issues=tuple(issues),
            present=present,
            raw={key: _display(value) for key, value in raw.values.items()},
            org_name=_display(org) or None,
        )

    @staticmethod
    def _reparse(row: PreviewRow) -> _Parsed:
        present = frozenset(k for k, v in row.raw.items() if v)
        return _Parsed(
            row_number=row.row_number,
            name=row.name,
            member=row.incoming,
            issues=row.parse_issues,
            present=present,
            raw=row.raw,
            org_name=row.raw.get("org_name") or None,
        )

    def _plan(
        self, session: Session, branch_id: int, parsed: Sequence[_Parsed], rules: MemberRules
    ) -> list[PreviewRow]:
        today = self._today()
        branch = session.get(Branch, branch_id)
        branch_name = branch.name if branch else ""
        checks = self._checked
        normalised = [checks.normalise(p.member, today) if p.member else None for p in parsed]
        duplicates = roster.batch_duplicates(normalised)
        existing = _Existing.load(session, [m for m in normalised if m is not None])

        rows: list[PreviewRow] = []
        for index, (item, member) in enumerate(zip(parsed, normalised, strict=True)):
            issues: list[Issue] = list(item.issues)
            if member is None:
                rows.append(_reject(item, issues, None))
                continue
            if index in duplicates:
                issues.append(roster.duplicate_row_issue(parsed[duplicates[index]].row_number))
            if item.org_name and branch_name and item.org_name != branch_name:
                issues.append(
                    Issue(
                        "org_name",
                        f"组织全称“{item.org_name}”与当前团支部“{branch_name}”不同",
                        Severity.WARNING,
                    )
                )
            match = existing.match(member)
            action = RowAction.CREATE
            target = member
            if match is not None:
                if match.branch_id != branch_id:
                    issues.append(
                        Issue("id_number", f"此人已在其他团支部的名册中（“{match.name}”）")
                    )
                elif match.deleted_at is not None:
                    issues.append(
                        Issue("name", f"此人在回收站中（“{match.name}”），请先在回收站中恢复")
                    )
                else:
                    stored = to_input(match)
                    target = _merge(stored, member, item.present)
                    if target.status != stored.status:
                        # 团籍 changes are lifecycle steps with a date, a reason and an event
                        # (services/member_events): an import never makes them.
                        issues.append(_status_not_imported(stored.status, target.status))
                        target = replace(target, status=stored.status)
                    action = RowAction.UNCHANGED if target == stored else RowAction.UPDATE
            issues.extend(checks.validate(target, today, rules))
            issues.extend(existing.conflicts(target, match.id if match else None))
            if any(issue.is_error for issue in issues):
                rows.append(_reject(item, issues, member))
                continue
            rows.append(
                PreviewRow(
                    row_number=item.row_number,
                    name=target.name,
                    action=action,
                    issues=tuple(issues),
                    member=target,
                    incoming=item.member,
                    parse_issues=item.issues,
                    existing_id=match.id if match else None,
                    raw=item.raw,
                )
            )
        return rows

    @staticmethod
    def _apply(session: Session, branch_id: int, rows: Sequence[PreviewRow]) -> ImportResult:
        creates = [row for row in rows if row.action is RowAction.CREATE]
        updates = [row for row in rows if row.action is RowAction.UPDATE]
        now = datetime.now().replace(microsecond=0)
        if creates:
            values = []
            for row in creates:
                assert row.member is not None
                values.append(
                    {
                        **to_values(row.member),
                        "branch_id": branch_id,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            session.execute(insert(_MEMBER_TABLE), values)  # Core: no ORM bulk overhead
        for row in updates:
            assert row.member is not None and row.existing_id is not None
            stored = session.get(Member, row.existing_id)
            assert stored is not None
            for key, value in to_values(row.member).items():
                setattr(stored, key, value)
            stored.updated_at = now
            session.add(stored)
        return ImportResult(
            created=len(creates),
            updated=len(updates),
            unchanged=sum(1 for row in rows if row.action is RowAction.UNCHANGED),
            rejected=sum(1 for row in rows if row.action is RowAction.REJECT),
        )

    # ---- export ----------------------------------------------------------------------------

    def export(self, branch_id: int, path: Path, layout: str = "zhtj") -> int:
        """Write the roster; ``zhtj`` holds members in the 团, ``full`` every record kept."""
        if layout not in LAYOUTS:
            raise ValidationError(f"未知的导出格式“{layout}”，可选：zhtj、full")
        with session_scope(self._engine) as session:
            branch = session.get(Branch, branch_id)
            assert branch is not None
            query = select(Member).where(
                Member.branch_id == branch_id, col(Member.deleted_at).is_(None)
            )
            if layout == "zhtj":
                query = query.where(col(Member.status).in_(sorted(vocab.ACTIVE_STATUSES)))
            stored = list(session.exec(query.order_by(col(Member.initials), col(Member.id))))
            rows = [format_row(to_input(m), branch.name) for m in stored]
        excel_write.write_roster(path, layout, rows)
        return len(rows)


def format_row(member: MemberInput, org_name: str) -> dict[str, str]:
    """A member as the display strings an export writes (codes as names, dates as text)."""
    row: dict[str, str] = {"org_name": org_name}
    code_lists = member_import.CODE_FIELDS
    for key in INPUT_FIELDS:
        value = getattr(member, key)
        if key in code_lists:
            row[key] = code_lists[key].name(value)
        elif value is None:
            row[key] = ""
        elif isinstance(value, date):
            row[key] = value.isoformat()
        else:
            row[key] = str(value)
    return row


def _reject(item: _Parsed, issues: list[Issue], member: MemberInput | None) -> PreviewRow:
    return PreviewRow(
        row_number=item.row_number,
        name=item.name or (member.name if member else ""),
        action=RowAction.REJECT,
        issues=tuple(issues),
        member=member,
        incoming=item.member,
        parse_issues=item.issues,
        raw=item.raw,
    )


def _status_not_imported(stored: str, incoming: str) -> Issue:
    """The warning for a row whose 团籍状态 differs from the roster's (the rest of it imports)."""
    return Issue(
        "status",
        f"团籍状态“{vocab.MEMBER_STATUS.name(incoming)}”与名册中的"
        f"“{vocab.MEMBER_STATUS.name(stored)}”不同，未导入：团籍变动请在“组织关系转接”"
        "或“团员 → 办理离团”中办理",
        Severity.WARNING,
    )


def _merge(current: MemberInput, incoming: MemberInput, present: frozenset[str]) -> MemberInput:
    """Take from the file only the fields it filled in; keep the rest as stored."""
    changes = {key: getattr(incoming, key) for key in INPUT_FIELDS if key in present}
    same_month = (
        current.birth_date is not None
        and incoming.birth_date is not None
        and (current.birth_date.year, current.birth_date.month)
        == (incoming.birth_date.year, incoming.birth_date.month)
    )
    if "birth_date" in present and "id_number" not in present and same_month:
        # A bare 出生年月 was read as the 1st of the month: keep the exact stored day.
        changes.pop("birth_date")
    return replace(current, **changes)


class _Checks:
    """:func:`members.normalise` and :func:`members.validate` remembered by their arguments."""

    def __init__(self) -> None:
        self._normal: dict[tuple[MemberInput, date], MemberInput] = {}
        self._issues: dict[tuple[MemberInput, date, MemberRules], tuple[Issue, ...]] = {}

    def normalise(self, member: MemberInput, today: date) -> MemberInput:
        key = (member, today)
        found = self._normal.get(key)
        if found is None:
            found = self._normal[key] = members.normalise(member, today)
        return found

    def validate(self, member: MemberInput, today: date, rules: MemberRules) -> list[Issue]:
        key = (member, today, rules)
        found = self._issues.get(key)
        if found is None:
            found = self._issues[key] = tuple(members.validate(member, today, rules))
        return list(found)


def _json_values(values: Sequence[str | int]) -> Select[tuple[Any]]:
    """``SELECT value FROM json_each(?)``: a list of any length as one bound parameter, for
    ``column IN (…)`` (SQLite searches an indexed column once per value, scans others once)."""
    table = func.json_each(json.dumps(list(values), ensure_ascii=False)).table_valued("value")
    return sa_select(table.c.value)


class _Existing:
    """The stored members an import can collide with, loaded in a few queries."""

    def __init__(self, rows: Sequence[Member]) -> None:
        self._by_id_number = {m.id_number: m for m in rows if m.id_number}
        self._by_dev_number = {m.dev_number: m for m in rows if m.dev_number}
        self._by_identity: dict[tuple[str, ...], Member] = {}
        for m in rows:
            key = roster.identity_key(replace(to_input(m), id_number=None))
            if key is not None:
                self._by_identity.setdefault(key, m)

    @classmethod
    def load(cls, session: Session, batch: Sequence[MemberInput]) -> _Existing:
        """One query per key, each value list passed as one JSON parameter (no chunks).

        身份证号 and 团员发展编号 are unique and indexed: only their owners come back. A name is
        neither (a 团委 holds thousands of 张伟): the name query reads four columns only, and
        whole rows are loaded just for the members whose 姓名 + 出生年月 + 发展编号 key is one
        of the file's (:func:`roster.identity_key`, the only use of a name match)."""
        id_numbers = sorted({m.id_number for m in batch if m.id_number})
        dev_numbers = sorted({m.dev_number for m in batch if m.dev_number})
        names = sorted({m.name for m in batch})
        keys = {roster.identity_key(replace(m, id_number=None)) for m in batch}
        found: dict[int, Member] = {}
        for column, values in (
            (col(Member.id_number), id_numbers),
            (col(Member.dev_number), dev_numbers),
        ):
            if values:
                for row in session.exec(select(Member).where(column.in_(_json_values(values)))):
                    assert row.id is not None
                    found[row.id] = row
        named: list[int] = []
        if names:
            light = select(
                col(Member.id), col(Member.name), col(Member.birth_date), col(Member.dev_number)
            ).where(col(Member.name).in_(_json_values(names)))
            for member_id, name, born, dev in session.exec(light):
                if born is not None and member_id is not None and member_id not in found:
                    key = ("name", name, YearMonth.of(born).isoformat(), dev or "")
                    if key in keys:
                        named.append(member_id)
        if named:  # in the name query's order, as before
            query = select(Member).where(col(Member.id).in_(_json_values(named)))
            by_id = {row.id: row for row in session.exec(query)}
            found.update((member_id, by_id[member_id]) for member_id in named)
        return cls(list(found.values()))

    def match(self, member: MemberInput) -> Member | None:
        if member.id_number:
            hit = self._by_id_number.get(member.id_number)
            if hit is not None:
                return hit
        key = roster.identity_key(replace(member, id_number=None))
        hit = self._by_identity.get(key) if key else None
        if (
            hit is not None
            and member.id_number
            and hit.id_number
            and hit.id_number != member.id_number
        ):
            return None  # same name and month but a different person
        return hit

    def conflicts(self, member: MemberInput, own_id: int | None) -> list[Issue]:
        issues = []
        for field, index in (
            ("id_number", self._by_id_number),
            ("dev_number", self._by_dev_number),
        ):
            value = getattr(member, field)
            other = index.get(value) if value else None
            if other is not None and other.id != own_id:
                issues.append(
                    roster.conflict_issue(field, value, other.name, other.deleted_at is not None)
                )
        return issues
