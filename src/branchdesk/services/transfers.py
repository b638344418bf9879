"""组织关系转接: transfers out and in, their 智慧团建 workflow, 介绍信 and 学社衔接.

Every public method is one short transaction; a refused step changes nothing.

Member status (through :func:`services.member_events.change_status`, decisions):

- transfer out **applied** (also re-submitted after 退回): ``active`` → ``transferring`` (转出中,
  still on the roster), event kind ``transfer_out`` with note "转出申请";
- transfer out **done**: ``transferring`` → ``transferred`` with ``left_on`` = the done day, event
  kind ``transfer_out`` with note "接转成功" (the event whose ``status_after`` is ``transferred``
  is the one that took the member off the roster); the member and their history stay;
- transfer out **returned** / **withdrawn**: back to ``active``, kind ``transfer_back``;
- transfer in **done**: a former member with the same 身份证号 is reactivated (kind
  ``transfer_in``); otherwise the member is created from a :class:`MemberInput`, normalised,
  validated and checked for duplicates exactly as the roster does, with a ``transfer_in`` event.

Every state change adds a :class:`TransferStep`. A 介绍信 number comes from the branch's
sequence for the issue year and is a :class:`LetterNumber` row forever: a voided letter keeps
its number, and the transfer can get a new one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from branchdesk.domain import idcard, members, roster, vocab
from branchdesk.domain.dates import YearMonth, age_on
from branchdesk.domain.members import Issue, MemberInput, MemberRules
from branchdesk.domain.profiles import Profile, member_rules
from branchdesk.domain.transfers import (
    NEEDS_REASON,
    NEXT_STATE,
    OPEN,
    PENDING,
    TRANSFER_REASON,
    CohortRate,
    Direction,
    GraduateFact,
    Reminder,
    TransferFact,
    TransferFacts,
    TransferLimits,
    TransferRuleError,
    TransferState,
    check_transfer,
    check_transition,
    check_valid_days,
    cohort_rate,
    format_letter_number,
    next_serial,
    parse_letter_number,
    reminders,
    state_name,
    transfer_limits,
    valid_until,
)
from branchdesk.errors import ConflictError, NotFoundError, ValidationError
from branchdesk.reports.transfer_letter_documents import LetterBatch, TransferLetter
from branchdesk.services import history
from branchdesk.services.member_events import change_status
from branchdesk.services.members import to_values
from branchdesk.store.engine import session_scope
from branchdesk.store.models import (
    Branch,
    LetterNumber,
    Member,
    MemberEvent,
    Transfer,
    TransferStep,
)

logger = logging.getLogger(__name__)

ProfileProvider = Callable[[int], Profile]
Clock = Callable[[], date]


# --- plain data in and out ----------------------------------------------------------------------


@dataclass(frozen=True)
class TransferOutInput:
    """A transfer out of the branch for one member."""

    member_id: int
    reason: str
    other_org: str  # 转入组织全称
    applied_on: date
    fee_paid_to: YearMonth | None = None
    other_committee: str = ""  # the receiving 团委 (抬头 of the letter); default other_org
    reason_note: str = ""
    note: str = ""
    cohort_year: int | None = None


@dataclass(frozen=True)
class TransferInInput:
    """A transfer into the branch: who comes and from where."""

    name: str
    id_number: str
    reason: str
    other_org: str  # 转出组织全称
    applied_on: date
    fee_paid_to: YearMonth | None = None
    other_committee: str = ""
    reason_note: str = ""
    note: str = ""


@dataclass(frozen=True)
class TransferRow:
    id: int
    branch_id: int
    member_id: int | None
    direction: str
    name: str
    id_number: str | None
    reason: str
    reason_note: str
    other_org: str
    other_committee: str
    fee_paid_to: YearMonth | None
    applied_on: date
    state: str
    state_on: date
    letter_number: str | None
    letter_issued_on: date | None
    letter_valid_days: int | None
    receipt_on: date | None
    done_on: date | None
    cohort_year: int | None
    note: str
    pending_days: int | None  # days in the current pending state
    overdue: bool  # pending longer than the profile's limit

    @property
    def state_name(self) -> str:
        return state_name(self.state)

    @property
    def reason_name(self) -> str:
        return TRANSFER_REASON.name(self.reason)

    @property
    def pending(self) -> bool:
        return self.state in PENDING


@dataclass(frozen=True)
class StepRow:
    occurred_on: date
    state: str
    note: str

    @property
    def state_name(self) -> str:
        return state_name(self.state)


@dataclass(frozen=True)
class LetterRow:
    """A number of the branch's letter sequence."""

    number: str
    transfer_id: int | None
    name: str
    issued_on: date
    voided_on: date | None
    void_reason: str


@dataclass(frozen=True)
class SaveOutcome:
    """A saved transfer with the warnings the user should see."""

    transfer: TransferRow
    warnings: tuple[Issue, ...] = ()


@dataclass(frozen=True)
class GraduateRow:
    member_id: int
    name: str
    group_name: str | None
    graduation_month: YearMonth | None
    destination: str | None
    destination_org: str | None
    status: str
    transfer_state: str | None  # the latest out-transfer's state

    @property
    def destination_name(self) -> str:
        return TRANSFER_REASON.name(self.destination)


def _raise(issues: Sequence[Issue], what: str) -> None:
    errors = [issue for issue in issues if issue.is_error]
    if errors:
        raise ValidationError(f"{what}未保存：" + members.describe(errors), tuple(errors))


def _rule(exc: TransferRuleError) -> ValidationError:
    return ValidationError(exc.message)


class TransferService:
    """Transfers of one file; ``profile`` gives a branch's rule profile."""

    def __init__(self, engine: Engine, profile: ProfileProvider, today: Clock = date.today) -> None:
        self._engine = engine
        self._profile = profile
        self._today = today

    def limits(self, branch_id: int) -> TransferLimits:
        return transfer_limits(self._profile(branch_id))

    # ---- reading ---------------------------------------------------------------------------------

    def rows(
        self,
        branch_id: int,
        states: Iterable[str] | None = None,
        direction: str | None = None,
        cohort_year: int | None = None,
    ) -> list[TransferRow]:
        """The branch's transfers, newest application first."""
        limits = self.limits(branch_id)
        with session_scope(self._engine) as session:
            query = select(Transfer).where(
                Transfer.branch_id == branch_id, col(Transfer.deleted_at).is_(None)
            )
            if states is not None:
                query = query.where(col(Transfer.state).in_(list(states)))
            if direction is not None:
                query = query.where(Transfer.direction == direction)
            if cohort_year is not None:
                query = query.where(Transfer.cohort_year == cohort_year)
            query = query.order_by(col(Transfer.applied_on).desc(), col(Transfer.id).desc())
            return [self._row(t, limits) for t in session.exec(query)]

    def get(self, transfer_id: int) -> TransferRow:
        with session_scope(self._engine) as session:
            transfer = self._load(session, transfer_id)
        return self._row(transfer, self.limits(transfer.branch_id))

    def steps(self, transfer_id: int) -> list[StepRow]:
        """The transfer's history, oldest first."""
        with session_scope(self._engine) as session:
            query = (
                select(TransferStep)
                .where(TransferStep.transfer_id == transfer_id)
                .order_by(col(TransferStep.occurred_on), col(TransferStep.id))
            )
            return [StepRow(s.occurred_on, s.state, s.note) for s in session.exec(query)]

    def letters(self, branch_id: int) -> list[LetterRow]:
        """Every number of the branch's letter sequence, voided ones included."""
        with session_scope(self._engine) as session:
            query = (
                select(LetterNumber, Transfer)
                .join(Transfer, col(Transfer.id) == col(LetterNumber.transfer_id), isouter=True)
                .where(LetterNumber.branch_id == branch_id)
                .order_by(col(LetterNumber.year), col(LetterNumber.serial))
            )
            return [
                LetterRow(
                    n.number,
                    n.transfer_id,
                    t.name if t is not None else "",
                    n.issued_on,
                    n.voided_on,
                    n.void_reason,
                )
                for n, t in session.exec(query)
            ]

    # ---- creating ----------------------------------------------------------------------------

    def check_out(self, branch_id: int, data: TransferOutInput) -> list[Issue]:
        """The issues of a transfer out as it would be saved (writes nothing)."""
        limits = self.limits(branch_id)
        with session_scope(self._engine) as session:
            member = self._member(session, branch_id, data.member_id)
            return self._out_issues(session, member, data, limits)

    def create_out(self, branch_id: int, data: TransferOutInput) -> SaveOutcome:
        """Apply for a transfer out: the member becomes 转出中."""
        return self.create_out_many(branch_id, [data])[0]

    def create_out_many(
        self, branch_id: int, batch: Sequence[TransferOutInput]
    ) -> list[SaveOutcome]:
        """Transfers out for several members in one transaction: all of them or none."""
        if not batch:
            raise ValidationError("没有选择要转出的团员")
        limits = self.limits(branch_id)
        seen: set[int] = set()
        saved: list[Transfer] = []
        warnings: list[tuple[Issue, ...]] = []
        with session_scope(self._engine) as session:
            for data in batch:
                if data.member_id in seen:
                    raise ValidationError("同一名团员在本批中出现了两次")
                seen.add(data.member_id)
                member = self._member(session, branch_id, data.member_id)
                issues = self._out_issues(session, member, data, limits)
                _raise(issues, f"“{member.name}”的转出申请")
                transfer = self._applied(
                    session,
                    data,
                    branch_id=branch_id,
                    member_id=member.id,
                    direction=Direction.OUT,
                    name=member.name,
                    id_number=member.id_number,
                    cohort_year=data.cohort_year,
                )
                change_status(
                    session,
                    member,
                    "transferring",
                    data.applied_on,
                    "transfer_out",
                    reason=TRANSFER_REASON.name(data.reason),
                    note="转出申请",
                )
                saved.append(transfer)
                warnings.append(tuple(i for i in issues if not i.is_error))
        logger.info("%d transfer(s) out applied in branch %s", len(saved), branch_id)
        return [SaveOutcome(self._row(t, limits), w) for t, w in zip(saved, warnings, strict=True)]

    def _out_issues(
        self, session: Session, member: Member, data: TransferOutInput, limits: TransferLimits
    ) -> list[Issue]:
        today = self._today()
        issues = check_transfer(
            TransferFacts(
                Direction.OUT,
                member.name,
                data.reason,
                data.reason_note,
                data.other_org,
                data.applied_on,
                data.fee_paid_to,
            ),
            today,
            limits.lapse_months,
        )
        if member.status == "transferred":
            issues.append(Issue("member", f"“{member.name}”的组织关系已经转出"))
        elif member.status != "active":
            issues.append(
                Issue(
                    "member",
                    f"“{member.name}”的团籍状态为“{vocab.MEMBER_STATUS.name(member.status)}”，"
                    "不能办理转出",
                )
            )
        if self._open_transfer(session, member) is not None:
            issues.append(Issue("member", f"“{member.name}”已有未办结的组织关系转接"))
        if member.join_month is not None and data.applied_on < member.join_month.first_day():
            issues.append(Issue("applied_on", "申请日期早于入团年月"))
        return issues

    def create_in(self, branch_id: int, data: TransferInInput) -> SaveOutcome:
        """Record a transfer into the branch (the member appears when it succeeds)."""
        limits = self.limits(branch_id)
        today = self._today()
        issues = check_transfer(
            TransferFacts(
                Direction.IN,
                data.name,
                data.reason,
                data.reason_note,
                data.other_org,
                data.applied_on,
                data.fee_paid_to,
            ),
            today,
            limits.lapse_months,
        )
        id_number = data.id_number.strip()
        if not id_number:
            issues.append(Issue("id_number", "转入须填写身份证号（用于查找或建立团员档案）"))
        else:
            try:
                id_number = idcard.parse(id_number, today=today).number
            except idcard.IdCardError as exc:
                issues.append(Issue("id_number", exc.reason))
        with session_scope(self._engine) as session:
            if id_number and not any(i.field == "id_number" for i in issues):
                issues.extend(self._in_conflicts(session, branch_id, id_number))
            _raise(issues, f"“{data.name}”的转入申请")
            transfer = self._applied(
                session,
                data,
                branch_id=branch_id,
                member_id=None,
                direction=Direction.IN,
                name=data.name.strip(),
                id_number=id_number,
            )
        return SaveOutcome(self._row(transfer, limits), tuple(i for i in issues if not i.is_error))

    def _in_conflicts(self, session: Session, branch_id: int, id_number: str) -> list[Issue]:
        issues = []
        other = session.exec(select(Member).where(Member.id_number == id_number)).first()
        if other is not None:
            if other.deleted_at is not None:
                issues.append(
                    Issue(
                        "id_number",
                        f"身份证号{id_number}属于回收站中的成员“{other.name}”，请先恢复",
                    )
                )
            elif other.status in vocab.ACTIVE_STATUSES:
                where = "本团支部" if other.branch_id == branch_id else "另一团支部"
                issues.append(
                    Issue("id_number", f"身份证号{id_number}属于{where}在册的成员“{other.name}”")
                )
        pending = session.exec(
            select(Transfer).where(
                Transfer.branch_id == branch_id,
                Transfer.direction == Direction.IN,
                Transfer.id_number == id_number,
                col(Transfer.state).in_(list(OPEN)),
                col(Transfer.deleted_at).is_(None),
            )
        ).first()
        if pending is not None:
            issues.append(Issue("id_number", f"“{pending.name}”已有未办结的转入申请"))
        return issues

    # ---- the workflow --------------------------------------------------------------------------

    def advance(
        self,
        transfer_id: int,
        on: date,
        note: str = "",
        member: MemberInput | None = None,
    ) -> TransferRow:
        """The next regular step: 申请 → 转出方审批 → 转入方审批 → 接转成功.

        A transfer in that reaches 接转成功 for a person who was never a member needs
        ``member``: the record to create (its 身份证号 must be the transfer's).
        """
        branch_id = self._branch_of(transfer_id)
        limits = self.limits(branch_id)
        rules = member_rules(self._profile(branch_id))
        with session_scope(self._engine) as session:
            transfer = self._load(session, transfer_id)
            target = NEXT_STATE.get(transfer.state)
            if target is None:
                raise ValidationError(
                    f"转接当前为“{state_name(transfer.state)}”，没有下一步可办理"
                    + ("（请先重新提交）" if transfer.state == TransferState.RETURNED else "")
                )
            self._move(session, transfer, target, on, note, member, rules)
        return self._row(transfer, limits)

    def arrival_needs_member(self, transfer_id: int) -> bool:
        """Whether the next step is a transfer in succeeding for someone never on any roster
        here (then :meth:`advance` needs the member's record)."""
        with session_scope(self._engine) as session:
            transfer = self._load(session, transfer_id)
            if transfer.direction != Direction.IN:
                return False
            if NEXT_STATE.get(transfer.state) != TransferState.DONE:
                return False
            if not transfer.id_number:
                return True
            known = session.exec(
                select(Member.id).where(Member.id_number == transfer.id_number)
            ).first()
            return known is None

    def send_back(self, transfer_id: int, on: date, reason: str) -> TransferRow:
        """退回 (with a reason): an out-transfer's member is 在团 again."""
        return self._simple(transfer_id, TransferState.RETURNED, on, reason)

    def withdraw(self, transfer_id: int, on: date, reason: str) -> TransferRow:
        """撤回 (with a reason; final)."""
        return self._simple(transfer_id, TransferState.WITHDRAWN, on, reason)

    def resubmit(self, transfer_id: int, on: date, note: str = "") -> TransferRow:
        """A returned transfer submitted again: back to 申请."""
        return self._simple(transfer_id, TransferState.APPLIED, on, note or "重新提交")

    def _simple(self, transfer_id: int, target: str, on: date, note: str) -> TransferRow:
        limits = self.limits(self._branch_of(transfer_id))
        with session_scope(self._engine) as session:
            transfer = self._load(session, transfer_id)
            self._move(session, transfer, target, on, note, None, None)
        return self._row(transfer, limits)

    def _branch_of(self, transfer_id: int) -> int:
        with session_scope(self._engine) as session:
            return self._load(session, transfer_id).branch_id

    def _move(
        self,
        session: Session,
        transfer: Transfer,
        target: str,
        on: date,
        note: str,
        member_input: MemberInput | None,
        rules: MemberRules | None,
    ) -> None:
        note = note.strip()
        try:
            check_transition(transfer.state, target, on, transfer.state_on, self._today())
        except TransferRuleError as exc:
            raise _rule(exc) from exc
        if target in NEEDS_REASON and not note:
            raise ValidationError(f"“{state_name(target)}”须填写原因")
        before = transfer.state
        if transfer.direction == Direction.OUT:
            self._move_out_member(session, transfer, before, target, on, note)
        elif target == TransferState.DONE:
            assert rules is not None
            self._arrive(session, transfer, on, member_input, rules)
        transfer.state = target
        transfer.state_on = on
        if target == TransferState.DONE:
            transfer.done_on = on
        transfer.updated_at = datetime.now().replace(microsecond=0)
        session.add(transfer)
        self._step(session, transfer, target, on, note)
        logger.info("transfer %s: %s → %s", transfer.id, before, target)

    def _move_out_member(
        self, session: Session, transfer: Transfer, before: str, target: str, on: date, note: str
    ) -> None:
        if transfer.member_id is None:
            return
        member = session.get(Member, transfer.member_id)
        if member is None:
            return
        if target == TransferState.DONE:
            change_status(
                session,
                member,
                "transferred",
                on,
                "transfer_out",
                reason=f"转至{transfer.other_org}",
                note="接转成功",
            )
        elif target in (TransferState.RETURNED, TransferState.WITHDRAWN):
            if member.status == "transferring":
                change_status(
                    session,
                    member,
                    "active",
                    on,
                    "transfer_back",
                    reason=note,
                    note=state_name(target),
                )
        elif target == TransferState.APPLIED and before == TransferState.RETURNED:
            if member.status != "active":
                raise ValidationError(
                    f"“{member.name}”的团籍状态为“{vocab.MEMBER_STATUS.name(member.status)}”，"
                    "不能重新提交转出"
                )
            change_status(
                session, member, "transferring", on, "transfer_out", note="重新提交转出申请"
            )

    def _arrive(
        self,
        session: Session,
        transfer: Transfer,
        on: date,
        data: MemberInput | None,
        rules: MemberRules,
    ) -> None:
        """A transfer in succeeded: reactivate the former member or create the new one."""
        former = (
            session.exec(select(Member).where(Member.id_number == transfer.id_number)).first()
            if transfer.id_number
            else None
        )
        if former is not None:
            if former.deleted_at is not None:
                raise ConflictError(f"“{former.name}”在回收站中，请先恢复再办理转入")
            if former.status in vocab.ACTIVE_STATUSES:
                raise ConflictError(f"“{former.name}”已在团员名册中，不能重复转入")
            former.branch_id = transfer.branch_id
            change_status(
                session,
                former,
                "active",
                on,
                "transfer_in",
                reason=f"自{transfer.other_org}转入",
                note="接转成功",
            )
            transfer.member_id = former.id
            return
        if data is None:
            raise ValidationError(
                f"“{transfer.name}”是新转入的团员：接转成功时须填写其入团年月等信息"
            )
        today = self._today()
        normalised = members.normalise(data, today)
        if normalised.id_number != transfer.id_number:
            raise ValidationError("团员信息中的身份证号与转入申请不一致")
        normalised = _with_status(normalised, "active")
        issues = members.validate(normalised, today, rules)
        for field in roster.UNIQUE_FIELDS:
            value = getattr(normalised, field)
            if not value:
                continue
            other = session.exec(select(Member).where(getattr(Member, field) == value)).first()
            if other is not None:
                issues.append(
                    roster.conflict_issue(field, value, other.name, other.deleted_at is not None)
                )
        _raise(issues, f"“{normalised.name}”")
        row = Member(branch_id=transfer.branch_id, **to_values(normalised))
        session.add(row)
        session.flush()
        assert row.id is not None
        history.record_member(session, history.TRANSFER, None, row)
        # Not a change of status but the member's first event here: arrived by transfer.
        session.add(
            MemberEvent(
                branch_id=row.branch_id,
                member_id=row.id,
                occurred_on=on,
                kind="transfer_in",
                status_before=None,
                status_after="active",
                reason=f"自{transfer.other_org}转入",
                note="接转成功",
            )
        )
        transfer.member_id = row.id

    # ---- letters -------------------------------------------------------------------------------

    def issue_letter(
        self,
        transfer_id: int,
        on: date,
        valid_days: int | None = None,
        number: str | None = None,
    ) -> tuple[TransferRow, tuple[Issue, ...]]:
        """Give an out-transfer its 介绍信 number (the next of the year, or ``number``)."""
        rows = self.issue_letters([transfer_id], on, valid_days, number)
        return rows[0]

    def issue_letters(
        self,
        transfer_ids: Sequence[int],
        on: date,
        valid_days: int | None = None,
        number: str | None = None,
    ) -> list[tuple[TransferRow, tuple[Issue, ...]]]:
        """Letters for several transfers, consecutive numbers, in one transaction."""
        if not transfer_ids:
            raise ValidationError("没有选择要开具介绍信的转接")
        if number and len(transfer_ids) > 1:
            raise ValidationError("指定编号时只能开具一封介绍信")
        today = self._today()
        with session_scope(self._engine) as session:
            transfers = [self._load(session, tid) for tid in transfer_ids]
        branch_id = transfers[0].branch_id
        if any(t.branch_id != branch_id for t in transfers):
            raise ValidationError("所选转接不属于同一团支部")
        limits = self.limits(branch_id)
        days = valid_days if valid_days is not None else limits.letter_valid_days
        warnings = tuple(check_valid_days(days, limits.letter_valid_warn_days))
        _raise(warnings, "介绍信")
        if on > today:
            raise ValidationError(f"开具日期{on.isoformat()}晚于今天")
        done: list[Transfer] = []
        with session_scope(self._engine) as session:
            for transfer_id in transfer_ids:
                transfer = self._load(session, transfer_id)
                if transfer.direction != Direction.OUT:
                    raise ValidationError(f"“{transfer.name}”是转入，介绍信由转出方开具")
                if transfer.state == TransferState.WITHDRAWN:
                    raise ValidationError(f"“{transfer.name}”的转接已撤回，不能开具介绍信")
                if transfer.letter_number:
                    raise ConflictError(
                        f"“{transfer.name}”已有介绍信（第{transfer.letter_number}号）；"
                        "如需重开，请先将其作废"
                    )
                if on < transfer.applied_on:
                    raise ValidationError(f"开具日期早于“{transfer.name}”的申请日期")
                if number:
                    try:
                        year, serial = parse_letter_number(number, on.year)
                    except TransferRuleError as exc:
                        raise _rule(exc) from exc
                else:
                    year = on.year
                    serial = next_serial(
                        session.exec(
                            select(LetterNumber.serial).where(
                                LetterNumber.branch_id == branch_id, LetterNumber.year == year
                            )
                        )
                    )
                text = format_letter_number(year, serial)
                used = session.exec(
                    select(LetterNumber).where(
                        LetterNumber.branch_id == branch_id,
                        LetterNumber.year == year,
                        LetterNumber.serial == serial,
                    )
                ).first()
                if used is not None:
                    raise ConflictError(
                        f"介绍信编号重复使用：第{text}号已于{used.issued_on.isoformat()}开具过"
                    )
                session.add(
                    LetterNumber(
                        branch_id=branch_id,
                        year=year,
                        serial=serial,
                        number=text,
                        transfer_id=transfer.id,
                        issued_on=on,
                    )
                )
                transfer.letter_number = text
                transfer.letter_issued_on = on
                transfer.letter_valid_days = days
                transfer.receipt_on = None
                transfer.updated_at = datetime.now().replace(microsecond=0)
                session.add(transfer)
                session.flush()
                done.append(transfer)
        return [(self._row(t, limits), warnings) for t in done]

    def void_letter(self, transfer_id: int, on: date, reason: str) -> TransferRow:
        """作废: the number stays used (its 存根 is kept); the transfer may get a new letter."""
        if not reason.strip():
            raise ValidationError("作废介绍信须填写原因")
        if on > self._today():
            raise ValidationError(f"作废日期{on.isoformat()}晚于今天")
        with session_scope(self._engine) as session:
            transfer = self._load(session, transfer_id)
            if not transfer.letter_number:
                raise ValidationError(f"“{transfer.name}”没有可作废的介绍信")
            letter = self._letter(session, transfer)
            if letter is not None:
                letter.voided_on = on
                letter.void_reason = reason.strip()[:200]
                session.add(letter)
            self._step(
                session,
                transfer,
                transfer.state,
                on,
                f"介绍信第{transfer.letter_number}号作废：{reason.strip()}",
            )
            transfer.letter_number = None
            transfer.letter_issued_on = None
            transfer.letter_valid_days = None
            transfer.receipt_on = None
            session.add(transfer)
        return self._row(transfer, self.limits(transfer.branch_id))

    def record_receipt(self, transfer_id: int, on: date) -> TransferRow:
        """回执联 received back on ``on``."""
        with session_scope(self._engine) as session:
            transfer = self._load(session, transfer_id)
            if not transfer.letter_number or transfer.letter_issued_on is None:
                raise ValidationError(f"“{transfer.name}”还没有开具介绍信，无回执可登记")
            if on > self._today():
                raise ValidationError(f"回执收回日期{on.isoformat()}晚于今天")
            if on < transfer.letter_issued_on:
                raise ValidationError("回执收回日期早于介绍信开具日期")
            transfer.receipt_on = on
            session.add(transfer)
            self._step(
                session, transfer, transfer.state, on, f"收到回执联（第{transfer.letter_number}号）"
            )
        return self._row(transfer, self.limits(transfer.branch_id))

    def letter_batch(
        self,
        branch_id: int,
        transfer_ids: Sequence[int] = (),
        year: int | None = None,
        member_ids: Sequence[int] = (),
    ) -> LetterBatch:
        """The letters to print: chosen transfers, the members' latest letters, or a year's."""
        with session_scope(self._engine) as session:
            branch = session.get(Branch, branch_id)
            if branch is None:
                raise NotFoundError("团支部不存在")
            query = select(Transfer).where(
                Transfer.branch_id == branch_id,
                Transfer.direction == Direction.OUT,
                col(Transfer.letter_number).is_not(None),
                col(Transfer.deleted_at).is_(None),
            )
            if transfer_ids:
                query = query.where(col(Transfer.id).in_(list(transfer_ids)))
            elif member_ids:
                query = query.where(col(Transfer.member_id).in_(list(member_ids)))
            else:
                day = year or self._today().year
                query = query.where(
                    col(Transfer.letter_issued_on) >= date(day, 1, 1),
                    col(Transfer.letter_issued_on) <= date(day, 12, 31),
                )
            transfers = list(session.exec(query.order_by(col(Transfer.letter_number))))
            if member_ids and not transfer_ids:  # each member's latest letter only
                latest: dict[int | None, Transfer] = {}
                for t in transfers:
                    if t.member_id not in latest or (t.id or 0) > (latest[t.member_id].id or 0):
                        latest[t.member_id] = t
                transfers = sorted(latest.values(), key=lambda t: t.letter_number or "")
            people = {
                m.id: m
                for m in session.exec(
                    select(Member).where(col(Member.id).in_([t.member_id for t in transfers]))
                )
            }
            letters = tuple(_letter(t, people.get(t.member_id), branch) for t in transfers)
        if not letters:
            if transfer_ids or member_ids:
                raise ValidationError("所选团员（转接）还没有开具介绍信")
            raise ValidationError(f"{year or self._today().year}年没有开具过团员组织关系介绍信")
        title = "团员组织关系介绍信" + (f"（{letters[0].name}）" if len(letters) == 1 else "")
        return LetterBatch(title, letters)

    # ---- 学社衔接 -------------------------------------------------------------------------------

    def graduates(self, branch_id: int, year: int | None = None) -> list[GraduateRow]:
        """Members with a 毕业时间 (of ``year`` if given), and members on the roster without."""
        with session_scope(self._engine) as session:
            query = select(Member).where(
                Member.branch_id == branch_id, col(Member.deleted_at).is_(None)
            )
            rows = list(session.exec(query.order_by(col(Member.name))))
            latest = self._latest_out_states(session, branch_id)
        found = []
        for m in rows:
            assert m.id is not None
            month = m.graduation_month
            if year is not None:
                if month is None or month.year != year:
                    continue
            elif month is None and m.status not in vocab.ACTIVE_STATUSES:
                continue
            found.append(
                GraduateRow(
                    m.id,
                    m.name,
                    m.group_name,
                    month,
                    m.destination,
                    m.destination_org,
                    m.status,
                    latest.get(m.id),
                )
            )
        return found

    def set_graduation(
        self,
        member_ids: Sequence[int],
        graduation_month: YearMonth | None,
        destination: str | None,
        destination_org: str | None,
    ) -> int:
        """Set 毕业时间 and 去向 of several members at once (None leaves a field unchanged)."""
        if not member_ids:
            raise ValidationError("没有选择团员")
        if destination is not None and destination not in TRANSFER_REASON:
            raise ValidationError(f"去向“{destination}”不在转接原因代码表中")
        if destination_org is not None and len(destination_org) > 200:
            raise ValidationError("去向单位（团组织）全称过长（最多200字）")
        today = self._today()
        with session_scope(self._engine) as session:
            rows = list(session.exec(select(Member).where(col(Member.id).in_(list(member_ids)))))
            if len(rows) != len(set(member_ids)):
                raise NotFoundError("部分团员已不存在，请刷新后重试")
            for m in rows:
                if graduation_month is not None:
                    if m.join_month is not None and graduation_month < m.join_month:
                        raise ValidationError(f"“{m.name}”的毕业时间早于入团年月")
                    if graduation_month.year > today.year + 6:
                        raise ValidationError(f"毕业时间{graduation_month.chinese()}不合理")
                    m.graduation_month = graduation_month
                if destination is not None:
                    m.destination = destination
                if destination_org is not None:
                    m.destination_org = destination_org.strip() or None
                m.updated_at = datetime.now().replace(microsecond=0)
                session.add(m)
        return len(rows)

    def create_graduate_transfers(
        self,
        branch_id: int,
        member_ids: Sequence[int],
        applied_on: date,
        fee_paid_to: YearMonth | None,
    ) -> list[SaveOutcome]:
        """Transfers out for graduates, from each one's 去向 and 去向单位 (all or none)."""
        with session_scope(self._engine) as session:
            rows = list(session.exec(select(Member).where(col(Member.id).in_(list(member_ids)))))
        by_id = {m.id: m for m in rows}
        batch = []
        for member_id in member_ids:
            m = by_id.get(member_id)
            if m is None:
                raise NotFoundError("部分团员已不存在，请刷新后重试")
            if not m.destination or not m.destination_org:
                raise ValidationError(f"“{m.name}”还没有填写去向和去向团组织，不能生成转接")
            batch.append(
                TransferOutInput(
                    member_id=member_id,
                    reason=m.destination,
                    other_org=m.destination_org,
                    applied_on=applied_on,
                    fee_paid_to=fee_paid_to,
                    reason_note="毕业" if m.destination == "other" else "",
                    cohort_year=m.graduation_month.year if m.graduation_month else None,
                )
            )
        return self.create_out_many(branch_id, batch)

    def cohort_rate(self, branch_id: int, year: int) -> CohortRate:
        """The 学社衔接 转接率 of ``year``'s graduates against the profile's goal."""
        profile = self._profile(branch_id)
        limits = transfer_limits(profile)
        leave_age = member_rules(profile).leave_age
        with session_scope(self._engine) as session:
            facts = self._graduate_facts(session, branch_id, leave_age)
        return cohort_rate(year, facts, limits.graduate_rate_target)

    def cohort_years(self, branch_id: int) -> list[int]:
        with session_scope(self._engine) as session:
            months = session.exec(
                select(col(Member.graduation_month)).where(
                    Member.branch_id == branch_id,
                    col(Member.graduation_month).is_not(None),
                    col(Member.deleted_at).is_(None),
                )
            )
            return sorted({m.year for m in months if m is not None}, reverse=True)

    # ---- reminders -----------------------------------------------------------------------------

    def reminders(self, branch_id: int) -> list[Reminder]:
        """Pending steps past the limit, missing 回执, graduates whose relation did not move."""
        profile = self._profile(branch_id)
        limits = transfer_limits(profile)
        leave_age = member_rules(profile).leave_age
        with session_scope(self._engine) as session:
            transfers = list(
                session.exec(
                    select(Transfer).where(
                        Transfer.branch_id == branch_id, col(Transfer.deleted_at).is_(None)
                    )
                )
            )
            facts = [
                TransferFact(
                    t.id or 0,
                    t.name,
                    t.direction,
                    t.state,
                    t.state_on,
                    t.letter_issued_on,
                    t.letter_valid_days,
                    False,
                    t.receipt_on,
                )
                for t in transfers
            ]
            graduates = self._graduate_facts(session, branch_id, leave_age)
        return reminders(facts, graduates, self._today(), limits)

    # ---- helpers -------------------------------------------------------------------------------

    def _graduate_facts(
        self, session: Session, branch_id: int, leave_age: int
    ) -> list[GraduateFact]:
        moved = {
            member_id
            for member_id in session.exec(
                select(Transfer.member_id).where(
                    Transfer.branch_id == branch_id,
                    Transfer.direction == Direction.OUT,
                    Transfer.state == TransferState.DONE,
                    col(Transfer.deleted_at).is_(None),
                )
            )
            if member_id is not None
        }
        rows = session.exec(
            select(Member).where(
                Member.branch_id == branch_id,
                col(Member.graduation_month).is_not(None),
                col(Member.deleted_at).is_(None),
            )
        )
        facts = []
        for m in rows:
            assert m.id is not None and m.graduation_month is not None
            eligible = (
                m.birth_date is None
                or age_on(m.birth_date, m.graduation_month.first_day()) < leave_age
            )
            facts.append(
                GraduateFact(m.id, m.name, m.graduation_month, m.status, m.id in moved, eligible)
            )
        return facts

    def _latest_out_states(self, session: Session, branch_id: int) -> dict[int, str]:
        states: dict[int, str] = {}
        query = (
            select(Transfer.member_id, Transfer.state)
            .where(
                Transfer.branch_id == branch_id,
                Transfer.direction == Direction.OUT,
                col(Transfer.deleted_at).is_(None),
            )
            .order_by(col(Transfer.id))
        )
        for member_id, state in session.exec(query):
            if member_id is not None:
                states[member_id] = state
        return states

    @staticmethod
    def _load(session: Session, transfer_id: int) -> Transfer:
        transfer = session.get(Transfer, transfer_id)
        if transfer is None or transfer.deleted_at is not None:
            raise NotFoundError("该转接记录不存在或已被删除，请刷新后重试")
        return transfer

    @staticmethod
    def _member(session: Session, branch_id: int, member_id: int) -> Member:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None or member.branch_id != branch_id:
            raise NotFoundError("该团员不存在或已被删除，请刷新后重试")
        return member

    @staticmethod
    def _open_transfer(session: Session, member: Member) -> Transfer | None:
        return session.exec(
            select(Transfer).where(
                Transfer.member_id == member.id,
                col(Transfer.state).in_(list(OPEN)),
                col(Transfer.deleted_at).is_(None),
            )
        ).first()

    @staticmethod
    def _letter(session: Session, transfer: Transfer) -> LetterNumber | None:
        return session.exec(
            select(LetterNumber).where(
                LetterNumber.transfer_id == transfer.id,
                LetterNumber.number == transfer.letter_number,
                col(LetterNumber.voided_on).is_(None),
            )
        ).first()

    @classmethod
    def _applied(
        cls,
        session: Session,
        data: TransferOutInput | TransferInInput,
        *,
        branch_id: int,
        member_id: int | None,
        direction: str,
        name: str,
        id_number: str | None,
        cohort_year: int | None = None,
    ) -> Transfer:
        """Store a new transfer in the 申请 state with its first step."""
        transfer = Transfer(
            branch_id=branch_id,
            member_id=member_id,
            direction=direction,
            name=name,
            id_number=id_number,
            reason=data.reason,
            reason_note=data.reason_note.strip(),
            other_org=data.other_org.strip(),
            other_committee=data.other_committee.strip(),
            fee_paid_to=data.fee_paid_to,
            applied_on=data.applied_on,
            state=TransferState.APPLIED,
            state_on=data.applied_on,
            cohort_year=cohort_year,
            note=data.note,
        )
        session.add(transfer)
        session.flush()
        note = "转出申请" if direction == Direction.OUT else "转入申请"
        cls._step(session, transfer, TransferState.APPLIED, data.applied_on, note)
        return transfer

    @staticmethod
    def _step(session: Session, transfer: Transfer, state: str, on: date, note: str) -> None:
        assert transfer.id is not None
        session.add(TransferStep(transfer_id=transfer.id, occurred_on=on, state=state, note=note))

    def _row(self, t: Transfer, limits: TransferLimits) -> TransferRow:
        assert t.id is not None
        today = self._today()
        waiting = (today - t.state_on).days if t.state in PENDING else None
        return TransferRow(
            id=t.id,
            branch_id=t.branch_id,
            member_id=t.member_id,
            direction=t.direction,
            name=t.name,
            id_number=t.id_number,
            reason=t.reason,
            reason_note=t.reason_note,
            other_org=t.other_org,
            other_committee=t.other_committee,
            fee_paid_to=t.fee_paid_to,
            applied_on=t.applied_on,
            state=t.state,
            state_on=t.state_on,
            letter_number=t.letter_number,
            letter_issued_on=t.letter_issued_on,
            letter_valid_days=t.letter_valid_days,
            receipt_on=t.receipt_on,
            done_on=t.done_on,
            cohort_year=t.cohort_year,
            note=t.note,
            pending_days=waiting,
            overdue=waiting is not None and waiting > limits.pending_alert_days,
        )


def _with_status(member: MemberInput, status: str) -> MemberInput:
    return replace(member, status=status)


def _letter(t: Transfer, member: Member | None, branch: Branch) -> TransferLetter:
    issued = t.letter_issued_on or date.today()
    gender = vocab.GENDER.name(member.gender) if member is not None else ""
    age = ""
    if member is not None and member.birth_date is not None:
        age = str(age_on(member.birth_date, issued))
    ethnicity = vocab.ETHNICITY.name(member.ethnicity) if member is not None else ""
    if ethnicity.endswith("族"):
        ethnicity = ethnicity[:-1]
    fee = t.fee_paid_to
    return TransferLetter(
        number=t.letter_number or "",
        name=t.name,
        dev_number=(member.dev_number or "") if member is not None else "",
        gender=gender,
        age=age,
        ethnicity=ethnicity,
        id_number=t.id_number or "",
        from_org=branch.name,
        to_org=t.other_org,
        addressee=t.other_committee or t.other_org,
        fee_year=str(fee.year) if fee else "",
        fee_month=str(fee.month) if fee else "",
        valid_days=str(t.letter_valid_days) if t.letter_valid_days else "",
        phone=(member.phone or "") if member is not None else "",
        issuer=branch.parent_committee or branch.name,
        issued_year=str(issued.year),
        issued_month=str(issued.month),
        issued_day=str(issued.day),
    )


def letter_expires(row: TransferRow) -> date | None:
    """The last valid day of the transfer's current letter."""
    if row.letter_issued_on is None or row.letter_valid_days is None:
        return None
    return valid_until(row.letter_issued_on, row.letter_valid_days)


__all__ = [
    "GraduateRow",
    "LetterRow",
    "SaveOutcome",
    "StepRow",
    "TransferInInput",
    "TransferOutInput",
    "TransferRow",
    "TransferService",
    "letter_expires",
]
