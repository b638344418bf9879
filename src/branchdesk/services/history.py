"""Change history and undo (issue 7).

Every create, update, delete, restore and import of a member or a meeting writes one
:class:`~branchdesk.store.models.ChangeLog` line *inside the transaction of the change*
(:func:`record_member`, :func:`record_meeting`, :func:`import_batch`; a 评议 or 注册 save logs
one line per row it created or changed, all in one batch, via :func:`record_review`), so the
change and its line commit or roll back together. A line keeps the record's editable state
before and after as JSON (dates as ISO text, codes as codes; a meeting without its attachments'
bytes) and a Chinese summary.

Undo is one rule for every line: put the record back into the line's *before* state (a line with
no before state — a create — soft-deletes the record), through the owning service's checks, and
log that as a new line (action ``undo``, ``ref_id`` = the line undone). Redo reverses an undo line
the same way (action ``redo``). A line is undone only while the record is still as the line left
it; otherwise the undo is refused with nothing changed. The lines of one batch (an import, a
batch create, a multi-row delete, a 评议 or 注册 save) are undone together in one transaction.
评议 and 注册 rows have no 回收站: undoing the save that created one deletes the row, redoing it
puts the row back under its old id. Attachments are not part
of an undo: removed files are gone, added files stay.

Lifecycle steps (:data:`LIFECYCLE_ACTIONS`: a transfer, 入团, 离团 / 团纪处分 / 推优入党) log the
member side with their own action and are refused by undo with where to handle them; undo and redo
never change 团籍状态 (only ``member_events.change_status`` does, with its event).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from branchdesk.domain import member_import, vocab
from branchdesk.domain.dates import YearMonth
from branchdesk.domain.meetings import MEETING_KINDS
from branchdesk.domain.members import FIELD_LABELS, MemberInput
from branchdesk.domain.reviews import GRADES, REGISTRATION_OUTCOMES
from branchdesk.errors import ConflictError, NotFoundError, ValidationError
from branchdesk.services.meeting_schemas import (
    AgendaInput,
    AttendanceInput,
    MeetingInput,
    ResolutionInput,
)
from branchdesk.store.engine import session_scope
from branchdesk.store.models import ChangeLog, Evaluation, Meeting, Member, Registration

if TYPE_CHECKING:
    from branchdesk.services.meetings import MeetingService
    from branchdesk.services.members import MemberService

logger = logging.getLogger(__name__)

State = dict[str, Any]

MEMBER = "member"
MEETING = "meeting"
EVALUATION = "evaluation"
REGISTRATION = "registration"
ENTITIES: tuple[str, ...] = (MEMBER, MEETING, EVALUATION, REGISTRATION)
# The member side of a lifecycle step (transfers, 入团, 离团 / 团纪处分 / 推优入党) is logged with
# its own action so the history shows it, and undo refuses it: the step's own records (transfer,
# applicant, MemberEvent, Discipline) would stay behind. The text names where to handle it.
TRANSFER, ADMIT, LIFECYCLE = "transfer", "admit", "lifecycle"
LIFECYCLE_ACTIONS: dict[str, str] = {
    TRANSFER: "这是组织关系转接的办理结果，请在“组织关系转接”中处理",
    ADMIT: "该团员由发展团员（入团）创建，请在“发展团员”中处理",
    LIFECYCLE: "这是团籍变动（离团、团纪处分或推优入党）的一部分，已记入该团员的团籍变动记录，"
    "请通过“团员”菜单中的办理离团、团纪处分等处理",
}
ACTIONS: tuple[str, ...] = (
    "create",
    "update",
    "delete",
    "restore",
    "import",
    "undo",
    "redo",
    *LIFECYCLE_ACTIONS,
)

MEMBER_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(MemberInput))
_DATE_FIELDS = frozenset({"birth_date"})
_MONTH_FIELDS = frozenset({"join_month", "post_since"})
DELETED = "deleted"  # the state key: in the 回收站 or not

MEETING_LABELS: dict[str, str] = {
    "kind": "会议类型",
    "title": "会议主题",
    "held_on": "会议日期",
    "start_time": "开始时间",
    "end_time": "结束时间",
    "place": "地点",
    "online": "线上会议",
    "chair_id": "主持人",
    "recorder_id": "记录人",
    "lecturer": "主讲人",
    "hours": "学时",
    "group_name": "团小组",
    "agenda": "议题",
    "content": "会议内容",
    "decisions": "总结/决议",
    "attendance": "出席情况",
    "resolutions": "表决事项",
    "attachments": "附件",
}
EVALUATION_LABELS: dict[str, str] = {
    "self_note": "自评",
    "peer_note": "互评",
    "votes_excellent": "优秀票数",
    "votes_qualified": "合格票数",
    "votes_basic": "基本合格票数",
    "votes_unqualified": "不合格票数",
    "proposed_grade": "建议等次",
    "approved_grade": "批准等次",
    "decided_on": "批准日期",
    "meeting_id": "评议会议",
    "recheck_due": "复评期限",
    "exempt": "不参加评议",
}
REGISTRATION_LABELS: dict[str, str] = {
    "outcome": "注册结果",
    "reason": "原因",
    "decided_on": "注册日期",
    "defer_until": "暂缓注册至",
}
# The stored fields of a 评议 / 注册 row (its identity ``member_id`` and ``year`` included).
_REVIEW_MODELS: dict[str, type[Evaluation] | type[Registration]] = {
    EVALUATION: Evaluation,
    REGISTRATION: Registration,
}
_REVIEW_FIELDS: dict[str, tuple[str, ...]] = {
    EVALUATION: ("member_id", "year", *EVALUATION_LABELS),
    REGISTRATION: ("member_id", "year", *REGISTRATION_LABELS),
}
_REVIEW_DATES = frozenset({"decided_on", "recheck_due", "defer_until"})
_REVIEW_NOUNS = {EVALUATION: "团员教育评议", REGISTRATION: "团籍注册"}
_LABELS = {
    MEMBER: {**FIELD_LABELS, DELETED: "在回收站"},
    MEETING: {**MEETING_LABELS, DELETED: "在回收站"},
    EVALUATION: EVALUATION_LABELS,
    REGISTRATION: REGISTRATION_LABELS,
}
_SUMMARY_FIELDS = 3  # field changes named in a summary; the rest are counted
_VALUE_CHARS = 16  # a value longer than this is cut in a summary


@dataclass(frozen=True)
class FieldChange:
    """One field of a change: its label and the old and new value as display text."""

    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class ChangeRow:
    """One line of the change history, with its field-by-field differences."""

    id: int
    at: datetime
    branch_id: int
    entity: str
    entity_id: int
    action: str
    summary: str
    batch: str | None
    ref_id: int | None
    changes: tuple[FieldChange, ...]

    @property
    def title(self) -> str:
        """The summary without its field details: 修改团员“张三”."""
        if self.action in ("undo", "redo"):
            return self.summary
        return self.summary.split("：", 1)[0]


@dataclass(frozen=True)
class Operation:
    """One undoable step: a single line or a whole batch (``change_id`` is its first line)."""

    change_id: int
    last_id: int
    title: str
    count: int
    entity: str


# ---- serialisation ------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, YearMonth):
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def member_input_state(member: MemberInput, deleted: bool = False) -> State:
    """A member's editable fields as JSON-ready values (dates and months as ISO text)."""
    state = {name: _plain(getattr(member, name)) for name in MEMBER_FIELDS}
    state[DELETED] = deleted
    return state


def member_state(row: Member) -> State:
    state = {name: _plain(getattr(row, name)) for name in MEMBER_FIELDS}
    state[DELETED] = row.deleted_at is not None
    return state


def member_input(state: State) -> MemberInput:
    """The inverse of :func:`member_input_state`."""
    values: dict[str, Any] = {}
    for name in MEMBER_FIELDS:
        if name not in state:
            continue
        value = state[name]
        if value is not None and name in _DATE_FIELDS:
            value = date.fromisoformat(value)
        elif value is not None and name in _MONTH_FIELDS:
            value = YearMonth.from_iso(value)
        values[name] = value
    return MemberInput(**values)


def meeting_state(data: MeetingInput, deleted: bool, attachments: Sequence[str] = ()) -> State:
    """A meeting as JSON-ready values: no attachment bytes, only the stored files' names."""
    raw = asdict(data)
    raw.pop("new_attachments", None)
    raw.pop("keep_attachment_ids", None)
    state: State = {}
    for key, value in raw.items():
        if isinstance(value, list | tuple):
            state[key] = [{k: _plain(v) for k, v in item.items()} for item in value]
        else:
            state[key] = _plain(value)
    state["attachments"] = list(attachments)
    state[DELETED] = deleted
    return state


def meeting_input(state: State) -> MeetingInput:
    """The inverse of :func:`meeting_state`; stored attachments are kept as they are."""

    def opt(value: Any, parse: Any) -> Any:
        return None if value is None else parse(value)

    return MeetingInput(
        kind=state["kind"],
        title=state["title"],
        held_on=date.fromisoformat(state["held_on"]),
        start_time=opt(state.get("start_time"), time.fromisoformat),
        end_time=opt(state.get("end_time"), time.fromisoformat),
        place=state.get("place", ""),
        online=bool(state.get("online", False)),
        chair_id=state.get("chair_id"),
        recorder_id=state.get("recorder_id"),
        lecturer=state.get("lecturer", ""),
        hours=opt(state.get("hours"), Decimal),
        group_name=state.get("group_name"),
        agenda=tuple(AgendaInput(**item) for item in state.get("agenda", [])),
        content=state.get("content", ""),
        decisions=state.get("decisions", ""),
        attendance=tuple(AttendanceInput(**item) for item in state.get("attendance", [])),
        resolutions=tuple(ResolutionInput(**item) for item in state.get("resolutions", [])),
        keep_attachment_ids=None,
    )


def review_state(entity: str, row: Evaluation | Registration) -> State:
    """A 评议 or 注册 row's stored fields as JSON-ready values (dates as ISO text)."""
    return {name: _plain(getattr(row, name)) for name in _REVIEW_FIELDS[entity]}


def _review_values(entity: str, state: State) -> dict[str, Any]:
    """The inverse of :func:`review_state`: column values to set on a row."""
    values: dict[str, Any] = {}
    for name in _REVIEW_FIELDS[entity]:
        value = state.get(name)
        if value is not None and name in _REVIEW_DATES:
            value = date.fromisoformat(value)
        values[name] = value
    if entity == EVALUATION:
        values["self_note"] = values["self_note"] or ""
        values["peer_note"] = values["peer_note"] or ""
        values["exempt"] = bool(values["exempt"])
    else:
        values["reason"] = values["reason"] or ""
    return values


def _dump(state: State | None) -> str | None:
    return None if state is None else json.dumps(state, ensure_ascii=False, sort_keys=True)


def _load(text: str | None) -> State | None:
    return None if text is None else dict(json.loads(text))


def new_batch() -> str:
    return uuid.uuid4().hex


# ---- display ------------------------------------------------------------------------------------


def _display(entity: str, key: str, value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if entity == MEMBER and key in member_import.CODE_FIELDS:
        return member_import.CODE_FIELDS[key].name(value) or str(value)
    if entity == MEETING and key == "kind":
        return MEETING_KINDS.name(value) or str(value)
    if entity == EVALUATION and key in ("proposed_grade", "approved_grade"):
        return GRADES.name(value) or str(value)
    if entity == REGISTRATION and key == "outcome":
        return REGISTRATION_OUTCOMES.name(value) or str(value)
    if entity == EVALUATION and key == "meeting_id":
        return f"会议{value}"
    if isinstance(value, list):
        return f"{len(value)}项"
    return str(value)


def diff(entity: str, before: State | None, after: State | None) -> list[FieldChange]:
    """Field-by-field differences (a create lists every filled field against empty)."""
    labels = _LABELS.get(entity, {})
    old_state = before or {}
    new_state = after or {}
    changes = []
    for key, label in labels.items():
        old, new = old_state.get(key), new_state.get(key)
        if before is None and key == DELETED:
            continue
        if before is None and entity in _REVIEW_MODELS and new is False:
            continue  # a new 评议 row: 不参加评议 否 says nothing
        if old == new or (old in (None, "", []) and new in (None, "", [])):
            continue
        old_text, new_text = _display(entity, key, old), _display(entity, key, new)
        if isinstance(old, list) and isinstance(new, list) and old_text == new_text:
            old_text, new_text = old_text, f"{new_text}（内容已改）"
        changes.append(FieldChange(key, label, old_text, new_text))
    return changes


def _short(text: str) -> str:
    return text if len(text) <= _VALUE_CHARS else text[: _VALUE_CHARS - 1] + "…"


def _diff_text(changes: Sequence[FieldChange]) -> str:
    parts = [f"{c.label} {_short(c.old)} → {_short(c.new)}" for c in changes[:_SUMMARY_FIELDS]]
    text = "；".join(parts)
    if len(changes) > _SUMMARY_FIELDS:
        text += f"等{len(changes)}项"
    return text


def _summary(entity: str, action: str, before: State | None, after: State | None) -> str:
    state = after or before or {}
    if entity == MEMBER:
        noun, what = "团员", f"“{state.get('name', '')}”"
    else:
        kind = MEETING_KINDS.name(state.get("kind")) or "会议"
        noun, what = "会议记录", f"“{state.get('title') or kind}”（{state.get('held_on', '')}）"
    details = _diff_text([c for c in diff(entity, before, after) if c.field != DELETED])
    if action == TRANSFER and before is None:
        return f"组织关系转入新增{noun}{what}"
    if action == ADMIT:
        return f"入团新增{noun}{what}"
    if action in LIFECYCLE_ACTIONS:
        step = "组织关系转接" if action == TRANSFER else "团籍变动"
        return f"{step}（{noun}{what}）：{details}" if details else f"{step}（{noun}{what}）"
    if action == "create":
        return f"新增{noun}{what}"
    if action == "delete":
        return f"删除{noun}{what}（移入回收站）"
    if action == "restore":
        return f"从回收站恢复{noun}{what}"
    if action == "import":
        if before is None:
            return f"导入新增{noun}{what}"
        return f"导入更新{noun}{what}：{details}" if details else f"导入更新{noun}{what}"
    return f"修改{noun}{what}：{details}" if details else f"修改{noun}{what}"


# ---- recording (inside the caller's transaction) ------------------------------------------------


def record(
    session: Session,
    *,
    branch_id: int,
    entity: str,
    entity_id: int,
    action: str,
    before: State | None,
    after: State | None,
    summary: str | None = None,
    batch: str | None = None,
    ref_id: int | None = None,
) -> ChangeLog:
    """Add one history line to ``session`` (it commits or rolls back with the change)."""
    if entity not in ENTITIES or action not in ACTIONS:
        raise ValueError(f"unknown change {entity}/{action}")
    line = ChangeLog(
        branch_id=branch_id,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before_json=_dump(before),
        after_json=_dump(after),
        summary=summary if summary is not None else _summary(entity, action, before, after),
        batch=batch,
        ref_id=ref_id,
    )
    session.add(line)
    return line


def record_member(
    session: Session, action: str, before: State | None, row: Member, batch: str | None = None
) -> ChangeLog | None:
    """Log a member write; an update that changed nothing logs nothing."""
    assert row.id is not None
    after = member_state(row)
    if before == after:
        return None
    return record(
        session,
        branch_id=row.branch_id,
        entity=MEMBER,
        entity_id=row.id,
        action=action,
        before=before,
        after=after,
        batch=batch,
    )


def record_meeting(
    session: Session, action: str, before: State | None, row: Meeting, after: State
) -> ChangeLog | None:
    """Log a meeting write (``after`` from ``MeetingService._state``); no change, no line."""
    assert row.id is not None
    if before == after:
        return None
    return record(
        session,
        branch_id=row.branch_id,
        entity=MEETING,
        entity_id=row.id,
        action=action,
        before=before,
        after=after,
    )


def record_review(
    session: Session,
    entity: str,
    before: State | None,
    row: Evaluation | Registration,
    name: str,
    batch: str,
) -> ChangeLog | None:
    """Log a 评议 / 注册 row written by a save (``before`` None: the save created it), with
    ``name`` the member's name; a row the save left as it was logs nothing."""
    assert row.id is not None
    after = review_state(entity, row)
    if before == after:
        return None
    action = "create" if before is None else "update"
    details = _diff_text(diff(entity, before, after))
    verb = "新增" if before is None else "修改"
    summary = f"{verb}{row.year}年{_REVIEW_NOUNS[entity]}：{name}"
    if details:
        summary += f" {details}"
    return record(
        session,
        branch_id=row.branch_id,
        entity=entity,
        entity_id=row.id,
        action=action,
        before=before,
        after=after,
        summary=summary,
        batch=batch,
    )


@contextmanager
def import_batch(session: Session, branch_id: int, updated_ids: Sequence[int]) -> Iterator[str]:
    """Log an import applied inside the block: one ``import`` line per member it created or
    updated, all with one batch id. Members created are those with an id above the largest
    before the block (the import runs in one write transaction)."""
    batch = new_batch()
    before: dict[int, State] = {}
    for member_id in updated_ids:
        row = session.get(Member, member_id)
        if row is not None:
            before[member_id] = member_state(row)
    top = session.exec(select(func.max(Member.id))).one() or 0
    yield batch
    session.flush()
    for member_id, state in before.items():
        row = session.get(Member, member_id)
        assert row is not None
        record_member(session, "import", state, row, batch)
    created = session.exec(
        select(Member)
        .where(col(Member.branch_id) == branch_id, col(Member.id) > top)
        .order_by(col(Member.id))
    )
    # The same lines as record_member(), written in one bulk insert: a 10,000-row import spent
    # more time building ChangeLog objects than importing (bench/).
    session.flush()  # the update lines above keep their place before these
    now = datetime.now().replace(microsecond=0)
    lines = []
    for row in created:
        assert row.id is not None
        after = member_state(row)
        lines.append(
            {
                "at": now,
                "branch_id": row.branch_id,
                "entity": MEMBER,
                "entity_id": row.id,
                "action": "import",
                "before_json": None,
                "after_json": _dump(after),
                "summary": _summary(MEMBER, "import", None, after),
                "batch": batch,
                "ref_id": None,
            }
        )
    if lines:
        session.execute(insert(ChangeLog), lines)


# ---- the service --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    id: int
    branch_id: int
    entity: str
    entity_id: int
    action: str
    before: State | None
    after: State | None
    summary: str
    batch: str | None


class HistoryService:
    """Reads the change history and undoes / redoes recorded changes."""

    record = staticmethod(record)

    def __init__(self, engine: Engine, members: MemberService, meetings: MeetingService) -> None:
        self._engine = engine
        self._members = members
        self._meetings = meetings

    # ---- reading -------------------------------------------------------------------------

    def history(self, entity: str, entity_id: int) -> list[ChangeRow]:
        """Every line of one record, newest first."""
        with session_scope(self._engine) as session:
            rows = session.exec(
                select(ChangeLog)
                .where(col(ChangeLog.entity) == entity, col(ChangeLog.entity_id) == entity_id)
                .order_by(col(ChangeLog.id).desc())
            ).all()
            return [_change_row(row) for row in rows]

    def recent(self, branch_id: int, limit: int = 50) -> list[ChangeRow]:
        """The branch's latest lines, newest first."""
        with session_scope(self._engine) as session:
            rows = session.exec(
                select(ChangeLog)
                .where(col(ChangeLog.branch_id) == branch_id)
                .order_by(col(ChangeLog.id).desc())
                .limit(limit)
            ).all()
            return [_change_row(row) for row in rows]

    def get(self, change_id: int) -> ChangeRow:
        with session_scope(self._engine) as session:
            row = session.get(ChangeLog, change_id)
            if row is None:
                raise NotFoundError(f"找不到编号为{change_id}的修改记录")
            return _change_row(row)

    def latest_id(self, branch_id: int) -> int:
        """The id of the branch's newest line (0 when there is none)."""
        with session_scope(self._engine) as session:
            query = select(func.max(ChangeLog.id)).where(col(ChangeLog.branch_id) == branch_id)
            return int(session.exec(query).one() or 0)

    def operations_since(self, branch_id: int, after_id: int) -> list[Operation]:
        """The undoable steps logged after ``after_id``, oldest first (undo/redo lines left out:
        they belong to the steps they reverse)."""
        with session_scope(self._engine) as session:
            rows = session.exec(
                select(ChangeLog)
                .where(col(ChangeLog.branch_id) == branch_id, col(ChangeLog.id) > after_id)
                .order_by(col(ChangeLog.id))
            ).all()
            steps: dict[str, list[ChangeLog]] = {}
            for row in rows:
                if row.action in ("undo", "redo"):
                    continue
                steps.setdefault(row.batch or f"#{row.id}", []).append(row)
            return [_operation(lines) for lines in steps.values()]

    # ---- undo and redo ---------------------------------------------------------------------

    def undo(self, change_id: int) -> ChangeRow:
        """Put the record(s) of a line (and its batch) back as they were before it."""
        return self._revert(change_id, "undo")

    def redo(self, undo_id: int) -> ChangeRow:
        """Reverse an undo line (and its batch): the change it undid is made again."""
        return self._revert(undo_id, "redo")

    def _revert(self, change_id: int, action: str) -> ChangeRow:
        with session_scope(self._engine) as session:
            first = session.get(ChangeLog, change_id)
            if first is None:
                raise NotFoundError(f"找不到编号为{change_id}的修改记录")
            rows = [first]
            if first.batch is not None:
                rows = list(
                    session.exec(
                        select(ChangeLog)
                        .where(col(ChangeLog.batch) == first.batch)
                        .order_by(col(ChangeLog.id))
                    )
                )
            lines = [_line(row) for row in rows]
        if action == "redo" and lines[0].action != "undo":
            raise ConflictError("只能重做已撤销的操作")
        for line in lines:
            if line.action in LIFECYCLE_ACTIONS:
                raise ConflictError(f"无法撤销“{_reverted_title(line)}”：{_lifecycle_reason(line)}")
        branch_id = lines[0].branch_id
        entities = {line.entity for line in lines}
        unsupported = entities - {MEMBER, MEETING, EVALUATION, REGISTRATION}
        if unsupported:
            raise ConflictError("这类修改暂不能撤销")
        # Rules and profiles open sessions of their own: look them up before the write.
        rules = self._members._rules(branch_id) if MEMBER in entities else None
        profile = self._meetings._profile(branch_id) if MEETING in entities else None
        verb = "撤销" if action == "undo" else "重做"
        batch = new_batch() if len(lines) > 1 else None
        with session_scope(self._engine) as session:
            written: list[ChangeLog] = []
            for line in reversed(lines):
                target_summary = f"{verb}：{_reverted_title(line)}"
                try:
                    new: tuple[State | None, State | None]
                    if line.entity == MEMBER:
                        assert rules is not None
                        new = self._revert_member(session, line, rules)
                    elif line.entity in _REVIEW_MODELS:
                        new = self._revert_review(session, line)
                    else:
                        assert profile is not None
                        new = self._revert_meeting(session, line, profile)
                except ValidationError as exc:
                    raise ConflictError(
                        f"无法{verb}“{_reverted_title(line)}”：{exc.message}"
                    ) from exc
                before, after = new
                written.append(
                    record(
                        session,
                        branch_id=line.branch_id,
                        entity=line.entity,
                        entity_id=line.entity_id,
                        action=action,
                        before=before,
                        after=after,
                        summary=target_summary,
                        batch=batch,
                        ref_id=line.id,
                    )
                )
            session.flush()
            result = _change_row(written[-1])
        logger.info("%s of change %s (%s line(s))", action, change_id, len(lines))
        return result

    def _target(self, line: _Line, current: State, what: str, verb: str) -> State:
        if line.after is not None and current != line.after:
            raise ConflictError(f"无法{verb}：{what}在这次修改之后又有改动，请先撤销后来的修改")
        if line.before is not None:
            return line.before
        return {**current, DELETED: True}

    def _revert_member(self, session: Session, line: _Line, rules: Any) -> tuple[State, State]:
        row = session.get(Member, line.entity_id)
        if row is None:
            raise NotFoundError("该团员记录已不存在，无法撤销")
        current = member_state(row)
        verb = "撤销" if line.action != "undo" else "重做"
        _check_status(line, current, row.name, verb)
        target = self._target(line, current, f"团员“{row.name}”", verb)
        fields_now = {k: v for k, v in current.items() if k != DELETED}
        fields_then = {k: v for k, v in target.items() if k != DELETED}
        now = datetime.now().replace(microsecond=0)
        if fields_now != fields_then:
            self._members._write(session, row, member_input(target), rules)
        if bool(target.get(DELETED)) != current[DELETED]:
            row.deleted_at = now if target.get(DELETED) else None
            row.updated_at = now
            session.add(row)
            session.flush()
        return current, member_state(row)

    def _revert_review(self, session: Session, line: _Line) -> tuple[State | None, State | None]:
        """Put a 评议 / 注册 row back as ``line`` found it: its before state, or (before None:
        the line created it) no row at all; a row the line deleted comes back under its id."""
        entity = line.entity
        model = _REVIEW_MODELS[entity]
        verb = "撤销" if line.action != "undo" else "重做"
        row: Evaluation | Registration | None = (
            session.get(Evaluation, line.entity_id)
            if entity == EVALUATION
            else session.get(Registration, line.entity_id)
        )
        current = None if row is None else review_state(entity, row)
        state = line.after or line.before or {}
        member = session.get(Member, state.get("member_id"))
        what = f"{member.name if member else ''}的{state.get('year', '')}年{_REVIEW_NOUNS[entity]}"
        if current != line.after:
            raise ConflictError(f"无法{verb}：{what}在这次修改之后又有改动，请先撤销后来的修改")
        target = line.before
        if target is None:
            assert row is not None
            session.delete(row)
            session.flush()
            return current, None
        values = _review_values(entity, target)
        if row is None:
            clash = session.exec(
                select(model).where(
                    col(model.member_id) == values["member_id"], col(model.year) == values["year"]
                )
            ).first()
            if clash is not None:
                raise ConflictError(f"无法{verb}：{what}已另有记录，请先撤销后来的修改")
            row = model(id=line.entity_id, branch_id=line.branch_id, **values)
        else:
            for name, value in values.items():
                setattr(row, name, value)
        session.add(row)
        session.flush()
        return current, review_state(entity, row)

    def _revert_meeting(self, session: Session, line: _Line, profile: Any) -> tuple[State, State]:
        row = session.get(Meeting, line.entity_id)
        if row is None:
            raise NotFoundError("该会议记录已不存在，无法撤销")
        meetings = self._meetings
        current = meetings._state(session, row)
        verb = "撤销" if line.action != "undo" else "重做"
        target = self._target(line, current, f"会议记录“{row.title}”", verb)
        ignore = {DELETED, "attachments"}
        if {k: v for k, v in current.items() if k not in ignore} != {
            k: v for k, v in target.items() if k not in ignore
        }:
            meetings._replace(session, row, meeting_input(target), profile)
        if bool(target.get(DELETED)) != current[DELETED]:
            now = datetime.now().replace(microsecond=0)
            row.deleted_at = now if target.get(DELETED) else None
            row.updated_at = now
            session.add(row)
            session.flush()
        return current, meetings._state(session, row)


def _line(row: ChangeLog) -> _Line:
    assert row.id is not None
    return _Line(
        id=row.id,
        branch_id=row.branch_id,
        entity=row.entity,
        entity_id=row.entity_id,
        action=row.action,
        before=_load(row.before_json),
        after=_load(row.after_json),
        summary=row.summary,
        batch=row.batch,
    )


def _lifecycle_reason(line: _Line) -> str:
    if line.action == TRANSFER and line.before is None:
        return "该团员由组织关系转入创建，请在“组织关系转接”中处理"
    return LIFECYCLE_ACTIONS[line.action]


def _check_status(line: _Line, current: State, name: str, verb: str) -> None:
    """团籍状态 changes only through ``member_events.change_status`` (with its event): an undo or
    redo never sets it. Refused when the member's status moved since the line (a transfer, 离团,
    ...: the later step is not undone by this) or when the line itself changed it (an edit made
    before the editor stopped offering the status); an import's own change is put back as the
    import made it."""
    status_now = current.get("status")
    if line.after is not None and line.after.get("status") != status_now:
        now_name = vocab.MEMBER_STATUS.name(status_now) or str(status_now)
        raise ConflictError(
            f"无法{verb}：团员“{name}”此后团籍状态已变为“{now_name}”（由组织关系转接、离团等办理，"
            "见该团员的团籍变动记录），这次修改不能再撤销或重做"
        )
    target = line.before if line.before is not None else line.after
    if line.action != "import" and target is not None and target.get("status") != status_now:
        raise ConflictError(
            f"无法{verb}：这次修改改变了团员“{name}”的团籍状态，团籍状态须通过组织关系转接、"
            "办理离团等改变"
        )


def _reverted_title(line: _Line) -> str:
    """What an undo of ``line`` names: the change itself, or for an undo line what it undid."""
    if line.action in ("undo", "redo"):
        return line.summary.split("：", 1)[1] if "：" in line.summary else line.summary
    return line.summary.split("：", 1)[0]


def _change_row(row: ChangeLog) -> ChangeRow:
    assert row.id is not None
    return ChangeRow(
        id=row.id,
        at=row.at,
        branch_id=row.branch_id,
        entity=row.entity,
        entity_id=row.entity_id,
        action=row.action,
        summary=row.summary,
        batch=row.batch,
        ref_id=row.ref_id,
        changes=tuple(diff(row.entity, _load(row.before_json), _load(row.after_json))),
    )


def _operation(lines: Sequence[ChangeLog]) -> Operation:
    first, last = lines[0], lines[-1]
    assert first.id is not None and last.id is not None
    if len(lines) == 1:
        title = first.summary.split("：", 1)[0]
    elif first.action == "import":
        created = sum(1 for line in lines if line.before_json is None)
        title = f"导入名册（新增{created}人，更新{len(lines) - created}人）"
    elif first.entity in _REVIEW_NOUNS:
        state = _load(first.after_json) or _load(first.before_json) or {}
        title = f"保存{state.get('year', '')}年{_REVIEW_NOUNS[first.entity]}（{len(lines)}人）"
    else:
        verbs = {"create": "新增", "delete": "删除", "restore": "恢复", "update": "修改"}
        noun = "名团员" if first.entity == MEMBER else "条会议记录"
        title = f"{verbs.get(first.action, '修改')}{len(lines)}{noun}"
    return Operation(
        change_id=first.id, last_id=last.id, title=title, count=len(lines), entity=first.entity
    )
