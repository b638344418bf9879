"""The 团员名册: list, find, create, edit, soft-delete and restore members."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from branchdesk.domain import idcard, members, names, roster, vocab
from branchdesk.domain.dates import age_on, birthday_in_year
from branchdesk.domain.members import Issue, MemberInput, MemberRules, Overage
from branchdesk.errors import NotFoundError, ValidationError
from branchdesk.services import history
from branchdesk.services.schemas import (
    MemberFilter,
    MemberRead,
    MemberRow,
    OverageFilter,
    SaveResult,
    SortKey,
)
from branchdesk.store.engine import session_scope
from branchdesk.store.models import Member

logger = logging.getLogger(__name__)

INPUT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(MemberInput))

RulesProvider = Callable[[int], MemberRules]
Clock = Callable[[], date]


def _default_rules(_branch_id: int) -> MemberRules:
    return MemberRules()


def to_input(row: Member) -> MemberInput:
    """The editable part of a stored member."""
    return MemberInput(**{name: getattr(row, name) for name in INPUT_FIELDS})


def to_values(member: MemberInput) -> dict[str, Any]:
    """Column values for a member input, including the derived search key."""
    values = {name: getattr(member, name) for name in INPUT_FIELDS}
    values["initials"] = names.initials(member.name)
    return values


class MemberService:
    """Use cases on members; every method is one short transaction."""

    def __init__(
        self,
        engine: Engine,
        rules: RulesProvider = _default_rules,
        today: Clock = date.today,
    ) -> None:
        self._engine = engine
        self._rules = rules
        self._today = today

    # ---- reading -------------------------------------------------------------------------

    def get(self, member_id: int) -> MemberRead:
        with session_scope(self._engine) as session:
            row = session.get(Member, member_id)
            if row is None:
                raise NotFoundError(f"找不到编号为{member_id}的成员")
        return self._read(row, self._rules(row.branch_id))

    def list_ids(self, branch_id: int, flt: MemberFilter) -> list[int]:
        """The ids of the members that match, in display order (fast at 100,000 members)."""
        with session_scope(self._engine) as session:
            query = select(col(Member.id)).where(*self._conditions(branch_id, flt))
            query = query.order_by(*self._ordering(flt))
            return [member_id for member_id in session.exec(query) if member_id is not None]

    def rows(self, member_ids: Sequence[int]) -> list[MemberRow]:
        """List rows for the given ids, in the same order (ids that vanished are skipped)."""
        if not member_ids:
            return []
        today = self._today()
        found: dict[int, Member] = {}
        with session_scope(self._engine) as session:
            for start in range(0, len(member_ids), 500):
                chunk = list(member_ids[start : start + 500])
                for row in session.exec(select(Member).where(col(Member.id).in_(chunk))):
                    assert row.id is not None
                    found[row.id] = row
        # Rules are looked up after the session: they may need a session of their own.
        rules = {
            branch_id: self._rules(branch_id) for branch_id in {r.branch_id for r in found.values()}
        }
        return [
            self._row(found[member_id], today, rules[found[member_id].branch_id])
            for member_id in member_ids
            if member_id in found
        ]

    def count(self, branch_id: int, flt: MemberFilter | None = None) -> int:
        flt = flt or MemberFilter()
        with session_scope(self._engine) as session:
            query = (
                select(func.count()).select_from(Member).where(*self._conditions(branch_id, flt))
            )
            return int(session.exec(query).one())

    def count_overage(self, branch_id: int) -> int:
        """Members in the 团 who reached the leaving age without a post (应办理超龄离团)."""
        return self.count(branch_id, MemberFilter(overage=OverageFilter.OVER))

    def resolve(self, branch_id: int, text: str) -> int:
        """The id of the member of a branch that ``text`` names: a 身份证号 (15 or 18 characters),
        a name unique in the branch, or the internal member number (digits) the CLI always took.

        Raises:
            NotFoundError: nobody matches (names containing the text are offered).
            ValidationError: the name is shared; the candidates are listed with masked IDs.
        """
        raw = text.strip()
        number = idcard.normalise(raw)
        with session_scope(self._engine) as session:
            in_branch = select(Member).where(
                col(Member.branch_id) == branch_id, col(Member.deleted_at).is_(None)
            )
            if _ID_SHAPE.fullmatch(number):
                try:
                    number = idcard.parse(number).number
                except idcard.IdCardError as exc:
                    raise ValidationError(f"身份证号“{idcard.mask(number)}”有误：{exc}") from None
                found = session.exec(in_branch.where(col(Member.id_number) == number)).first()
                if found is None or found.id is None:
                    raise NotFoundError(f"本团支部没有身份证号为{idcard.mask(number)}的团员")
                return found.id
            if raw.isascii() and raw.isdigit():
                row = session.get(Member, int(raw))
                if row is None or row.id is None or row.branch_id != branch_id:
                    raise NotFoundError(f"本团支部没有编号为{raw}的团员")
                return row.id
            if not raw:
                raise ValidationError("请填写团员的身份证号或姓名")
            same = list(
                session.exec(in_branch.where(col(Member.name) == raw).order_by(col(Member.id)))
            )
            if len(same) == 1 and same[0].id is not None:
                return same[0].id
            if same:
                raise ValidationError(
                    f"本团支部有{len(same)}名团员叫“{raw}”，请改用身份证号指定："
                    + "；".join(_candidate(row) for row in same)
                )
            like = f"%{_escape_like(raw)}%"
            near = list(
                session.exec(
                    in_branch.where(col(Member.name).like(like, escape="\\"))
                    .order_by(col(Member.id))
                    .limit(_CANDIDATES)
                )
            )
        message = f"本团支部没有姓名为“{raw}”的团员"
        if near:
            message += "，姓名相近的有：" + "；".join(_candidate(row) for row in near)
        raise NotFoundError(message)

    def groups(self, branch_id: int) -> list[str]:
        """The 团小组 names in use in a branch, sorted."""
        with session_scope(self._engine) as session:
            query = (
                select(Member.group_name)
                .where(Member.branch_id == branch_id, col(Member.group_name).is_not(None))
                .where(col(Member.deleted_at).is_(None))
                .distinct()
            )
            return sorted(str(name) for name in session.exec(query) if name)

    # ---- checking and writing ----------------------------------------------------------------

    def check(
        self, branch_id: int, member: MemberInput, member_id: int | None = None
    ) -> tuple[MemberInput, list[Issue]]:
        """Normalise and check a member as the editor would save it; writes nothing."""
        normalised = members.normalise(member, self._today())
        issues = members.validate(normalised, self._today(), self._rules(branch_id))
        with session_scope(self._engine) as session:
            issues.extend(self._conflicts(session, normalised, member_id))
            if member_id is not None:
                row = session.get(Member, member_id)
                if row is not None:
                    issues.extend(_status_issues(row, normalised))
        return normalised, issues

    def create(self, branch_id: int, member: MemberInput) -> SaveResult:
        """Add a member. Errors raise :class:`ValidationError`; warnings come back."""
        today = self._today()
        rules = self._rules(branch_id)
        normalised = members.normalise(member, today)
        issues = members.validate(normalised, today, rules)
        with session_scope(self._engine) as session:
            issues.extend(self._conflicts(session, normalised, None))
            self._raise_errors(normalised, issues)
            row = Member(branch_id=branch_id, **to_values(normalised))
            session.add(row)
            session.flush()
            history.record_member(session, "create", None, row)
            logger.info("member %s created", row.id)
        return SaveResult(self._read(row, rules), tuple(issues))

    def create_many(self, branch_id: int, batch: Sequence[MemberInput]) -> list[SaveResult]:
        """Add several members in one transaction: all of them or, on any error, none."""
        today = self._today()
        rules = self._rules(branch_id)
        results = []
        batch_id = history.new_batch() if len(batch) > 1 else None
        with session_scope(self._engine) as session:
            for member in batch:
                normalised = members.normalise(member, today)
                issues = members.validate(normalised, today, rules)
                issues.extend(self._conflicts(session, normalised, None))
                self._raise_errors(normalised, issues)
                row = Member(branch_id=branch_id, **to_values(normalised))
                session.add(row)
                session.flush()
                history.record_member(session, "create", None, row, batch_id)
                results.append(SaveResult(self._read(row, rules), tuple(issues)))
        return results

    def update(self, member_id: int, member: MemberInput) -> SaveResult:
        """Replace a member's fields with ``member`` (one transaction)."""
        rules = self._rules(self.get(member_id).branch_id)
        with session_scope(self._engine) as session:
            row = session.get(Member, member_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("该成员不存在或已被删除")
            before = history.member_state(row)
            refused = _status_issues(row, member)
            if refused:
                raise ValidationError(f"“{row.name}”未保存：{refused[0].message}", tuple(refused))
            issues = self._write(session, row, member, rules)
            history.record_member(session, "update", before, row)
        return SaveResult(self._read(row, rules), tuple(issues))

    def _write(
        self, session: Session, row: Member, member: MemberInput, rules: MemberRules
    ) -> list[Issue]:
        """Check and write a stored member's fields (also used by undo, so its checks run)."""
        today = self._today()
        normalised = members.normalise(member, today)
        issues = members.validate(normalised, today, rules)
        issues.extend(self._conflicts(session, normalised, row.id))
        self._raise_errors(normalised, issues)
        was_active = row.status in vocab.ACTIVE_STATUSES
        for key, value in to_values(normalised).items():
            setattr(row, key, value)
        now_active = row.status in vocab.ACTIVE_STATUSES
        if was_active and not now_active:
            row.left_on = today  # the roster as of a past date depends on it
        elif now_active:
            row.left_on = None
        row.updated_at = datetime.now().replace(microsecond=0)
        session.add(row)
        session.flush()
        logger.info("member %s updated", row.id)
        return issues

    def delete(self, member_ids: Iterable[int]) -> int:
        """Move members to the 回收站 (restorable). Returns how many were deleted."""
        return self._set_deleted(member_ids, datetime.now().replace(microsecond=0))

    def restore(self, member_ids: Iterable[int]) -> int:
        """Bring members back from the 回收站."""
        return self._set_deleted(member_ids, None)

    def _set_deleted(self, member_ids: Iterable[int], when: datetime | None) -> int:
        ids = list(member_ids)
        with session_scope(self._engine) as session:
            rows = list(session.exec(select(Member).where(col(Member.id).in_(ids))))
            if len(rows) != len(set(ids)):
                raise NotFoundError("部分成员已不存在，请刷新后重试")
            changed = 0
            batch_id = history.new_batch() if len(rows) > 1 else None
            for row in rows:
                if (row.deleted_at is None) != (when is None):
                    before = history.member_state(row)
                    row.deleted_at = when
                    row.updated_at = datetime.now().replace(microsecond=0)
                    session.add(row)
                    action = "delete" if when is not None else "restore"
                    history.record_member(session, action, before, row, batch_id)
                    changed += 1
            return changed

    # ---- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _raise_errors(member: MemberInput, issues: list[Issue]) -> None:
        errors = [issue for issue in issues if issue.is_error]
        if errors:
            raise ValidationError(
                f"“{member.name or '未命名'}”未保存：" + members.describe(errors), tuple(errors)
            )

    @staticmethod
    def _conflicts(session: Session, member: MemberInput, member_id: int | None) -> list[Issue]:
        issues = []
        for field in roster.UNIQUE_FIELDS:
            value = getattr(member, field)
            if not value:
                continue
            query = select(Member).where(getattr(Member, field) == value)
            if member_id is not None:
                query = query.where(Member.id != member_id)
            other = session.exec(query).first()
            if other is not None:
                issues.append(
                    roster.conflict_issue(field, value, other.name, other.deleted_at is not None)
                )
        return issues

    def _read(self, row: Member, rules: MemberRules) -> MemberRead:
        assert row.id is not None
        today = self._today()
        return MemberRead(
            id=row.id,
            branch_id=row.branch_id,
            data=to_input(row),
            initials=row.initials,
            deleted_at=row.deleted_at,
            created_at=row.created_at,
            updated_at=row.updated_at,
            age=age_on(row.birth_date, today) if row.birth_date else None,
            overage=self._overage(row, today, rules),
        )

    @staticmethod
    def _overage(row: Member, today: date, rules: MemberRules) -> Overage | None:
        if row.birth_date is None or row.status not in ("active", "transferring"):
            return None
        return members.overage(row.birth_date, row.league_post, today, rules)

    def _row(self, row: Member, today: date, rules: MemberRules) -> MemberRow:
        assert row.id is not None
        return MemberRow(
            id=row.id,
            name=row.name,
            gender=row.gender,
            ethnicity=row.ethnicity,
            birth_date=row.birth_date,
            age=age_on(row.birth_date, today) if row.birth_date else None,
            id_number=row.id_number,
            political_status=row.political_status,
            join_month=row.join_month,
            dev_number=row.dev_number,
            league_post=row.league_post,
            group_name=row.group_name,
            phone=row.phone,
            status=row.status,
            overage=self._overage(row, today, rules),
            deleted=row.deleted_at is not None,
        )

    def _conditions(self, branch_id: int, flt: MemberFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [col(Member.branch_id) == branch_id]
        if flt.deleted:
            conditions.append(col(Member.deleted_at).is_not(None))
        else:
            conditions.append(col(Member.deleted_at).is_(None))
            if flt.statuses:
                conditions.append(col(Member.status).in_(sorted(flt.statuses)))
        if flt.group_name is not None:
            conditions.append(col(Member.group_name) == flt.group_name)
        if flt.political_status is not None:
            conditions.append(col(Member.political_status) == flt.political_status)
        if flt.overage is not OverageFilter.ANY:
            conditions.append(self._overage_condition(branch_id, flt.overage))
        text = flt.text.strip()
        if text:
            conditions.append(_search_condition(text))
        return conditions

    def _overage_condition(self, branch_id: int, which: OverageFilter) -> ColumnElement[bool]:
        """超龄 as SQL: born on or before the cut-off day, no post, still in the 团."""
        rules = self._rules(branch_id)
        today = self._today()
        # Born on or before ``over_cutoff`` means the leaving age has been reached by today.
        over_cutoff = birthday_in_year(today, today.year - rules.leave_age)
        horizon = today + timedelta(days=rules.retire_remind_days)
        soon_cutoff = birthday_in_year(horizon, horizon.year - rules.leave_age)
        no_post = col(Member.league_post).is_(None)
        over = and_(col(Member.birth_date) <= over_cutoff, no_post)
        soon = and_(
            col(Member.birth_date) > over_cutoff, col(Member.birth_date) <= soon_cutoff, no_post
        )
        if which is OverageFilter.OVER:
            return over
        if which is OverageFilter.SOON:
            return soon
        return or_(over, soon)

    @staticmethod
    def _ordering(flt: MemberFilter) -> list[Any]:
        column: Any
        if flt.sort is SortKey.NAME:
            column = col(Member.initials)
            keys = [column, col(Member.name)]
        else:
            keys = [getattr(Member, flt.sort.value)]
        if flt.descending:
            keys = [key.desc() for key in keys]
        return [*keys, col(Member.id)]


_ID_SHAPE = re.compile(r"[0-9]{17}[0-9X]|[0-9]{15}")
_CANDIDATES = 10  # names offered when nobody matches exactly


def _candidate(row: Member) -> str:
    """A member named in a choice: 张伟（身份证号 2201**********1234，团籍状态 在团）."""
    number = idcard.mask(row.id_number) if row.id_number else "无身份证号"
    state = vocab.MEMBER_STATUS.name(row.status) or row.status
    return f"{row.name}（身份证号 {number}，{state}）"


STATUS_HINT = (
    "团籍状态不能在编辑团员时修改，请通过“组织关系转接”或“团员”菜单中的办理离团、"
    "团纪处分等办理（会记入团籍变动记录）"
)


def _status_issues(row: Member, member: MemberInput) -> list[Issue]:
    """An edit keeps the stored 团籍状态: it changes only through member_events.change_status."""
    if member.status == row.status:
        return []
    return [Issue("status", STATUS_HINT)]


def _search_condition(text: str) -> ColumnElement[bool]:
    """Search as you type: by name, pinyin initials (zs → 张三), ID or phone digits."""
    query = idcard.normalise(text)
    like = f"%{_escape_like(query)}%"
    if query.isascii() and query.replace("X", "").isdigit():
        return or_(
            col(Member.id_number).like(like, escape="\\"),
            col(Member.phone).like(like, escape="\\"),
            col(Member.dev_number).like(like, escape="\\"),
        )
    if query.isascii() and query.isalpha():
        lower = query.lower()
        prefix = f"{_escape_like(lower)}%"
        return or_(
            col(Member.initials).like(prefix, escape="\\"),
            col(Member.name).like(f"%{_escape_like(text.strip())}%", escape="\\"),
        )
    return col(Member.name).like(f"%{_escape_like(text.strip())}%", escape="\\")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
