"""Branches (团支部) and which one the app is working on."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from branchdesk.domain import vocab
from branchdesk.domain.recruitment import SCHOOL_STAGES
from branchdesk.domain.text import fold
from branchdesk.errors import ConflictError, NotFoundError, ValidationError
from branchdesk.services.profiles import carry_overrides
from branchdesk.services.schemas import BranchInput, BranchRead
from branchdesk.store.engine import session_scope
from branchdesk.store.models import Branch, Member, Setting

CURRENT_BRANCH_KEY = "current_branch_id"


def _read(row: Branch) -> BranchRead:
    assert row.id is not None
    return BranchRead(
        id=row.id,
        name=row.name,
        parent_committee=row.parent_committee,
        kind=row.kind,
        secretary=row.secretary,
        profile_key=row.profile_key,
        industry=row.industry,
        field_override=row.field_override,
        school_stage=row.school_stage,
        student_count=row.student_count,
    )


def _clean(branch: BranchInput, known_profiles: frozenset[str] | None) -> BranchInput:
    name = fold(branch.name)
    if not name:
        raise ValidationError("团支部名称不能为空")
    if len(name) > 200:
        raise ValidationError("团支部名称过长（最多200字）")
    if branch.kind not in vocab.BRANCH_KIND:
        raise ValidationError(f"支部类型“{branch.kind}”不在列表中")
    if known_profiles is not None and branch.profile_key not in known_profiles:
        raise ValidationError(f"规则配置“{branch.profile_key}”不存在")
    if branch.industry is not None and branch.industry not in vocab.INDUSTRY:
        raise ValidationError(f"单位所属行业类别“{branch.industry}”不在列表中")
    override = branch.field_override
    if override is not None and override not in vocab.LEAGUE_DOMAIN:
        raise ValidationError(f"领域“{override}”不在列表中")
    if override is not None and override == vocab.domain_of(branch.industry):
        override = None  # the default: follow the industry if it changes later
    stage, students = branch.school_stage, branch.student_count
    if branch.kind != "school":
        stage, students = None, None  # 学段 and 学生数 only mean something for a school
    if stage is not None and stage not in SCHOOL_STAGES:
        raise ValidationError(f"学段“{stage}”不在列表中")
    if students is not None and students <= 0:
        raise ValidationError("学生人数应为正整数")
    return BranchInput(
        name=name,
        parent_committee=fold(branch.parent_committee),
        kind=branch.kind,
        secretary=fold(branch.secretary),
        profile_key=branch.profile_key,
        industry=branch.industry,
        field_override=override,
        school_stage=stage,
        student_count=students,
    )


class BranchService:
    """Create, edit and choose branches."""

    def __init__(self, engine: Engine, known_profiles: frozenset[str] | None = None) -> None:
        self._engine = engine
        self._known_profiles = known_profiles

    def list(self) -> list[BranchRead]:
        with session_scope(self._engine) as session:
            return [_read(row) for row in session.exec(select(Branch).order_by(col(Branch.name)))]

    def get(self, branch_id: int) -> BranchRead:
        with session_scope(self._engine) as session:
            row = session.get(Branch, branch_id)
            if row is None:
                raise NotFoundError(f"找不到编号为{branch_id}的团支部")
            return _read(row)

    def find(self, name: str) -> BranchRead | None:
        with session_scope(self._engine) as session:
            row = session.exec(select(Branch).where(Branch.name == fold(name))).first()
            return _read(row) if row else None

    def create(self, branch: BranchInput, make_current: bool = True) -> BranchRead:
        branch = _clean(branch, self._known_profiles)
        with session_scope(self._engine) as session:
            if session.exec(select(Branch).where(Branch.name == branch.name)).first():
                raise ConflictError(f"团支部“{branch.name}”已存在")
            row = Branch(**branch.__dict__)
            session.add(row)
            session.flush()
            if make_current:
                assert row.id is not None
                _set(session, CURRENT_BRANCH_KEY, str(row.id))
            return _read(row)

    def update(self, branch_id: int, branch: BranchInput) -> BranchRead:
        branch = _clean(branch, self._known_profiles)
        with session_scope(self._engine) as session:
            row = session.get(Branch, branch_id)
            if row is None:
                raise NotFoundError(f"找不到编号为{branch_id}的团支部")
            clash = session.exec(select(Branch).where(Branch.name == branch.name)).first()
            if clash is not None and clash.id != branch_id:
                raise ConflictError(f"团支部“{branch.name}”已存在")
            if branch.student_count != row.student_count:  # an old count does not block edits
                _check_students(session, branch_id, branch.student_count)
            previous_profile = row.profile_key
            for key, value in branch.__dict__.items():
                setattr(row, key, value)
            session.add(row)
            session.flush()
            if row.profile_key != previous_profile:
                # Rule profiles (rules.md §17): the branch's own values that the new profile
                # still has are kept; the others are dropped, with a log line, in this transaction.
                carry_overrides(session, branch_id, row.profile_key)
            return _read(row)

    def current(self) -> BranchRead | None:
        """The branch the app works on: the one last chosen, else the only/first one."""
        with session_scope(self._engine) as session:
            setting = session.get(Setting, CURRENT_BRANCH_KEY)
            if setting is not None and setting.value.isdigit():
                row = session.get(Branch, int(setting.value))
                if row is not None:
                    return _read(row)
            first = session.exec(select(Branch).order_by(col(Branch.id))).first()
            return _read(first) if first else None

    def set_current(self, branch_id: int) -> None:
        with session_scope(self._engine) as session:
            if session.get(Branch, branch_id) is None:
                raise NotFoundError(f"找不到编号为{branch_id}的团支部")
            _set(session, CURRENT_BRANCH_KEY, str(branch_id))


def _check_students(session: Session, branch_id: int, students: int | None) -> None:
    """The 学生人数 (for the 团学比) cannot be fewer than the branch's active members."""
    if students is None:
        return
    members = session.exec(
        select(func.count())
        .select_from(Member)
        .where(
            col(Member.branch_id) == branch_id,
            col(Member.deleted_at).is_(None),
            col(Member.status).in_(sorted(vocab.ACTIVE_STATUSES)),
        )
    ).one()
    if students < int(members):
        raise ValidationError(f"学生人数（{students}人）少于本支部在册团员人数（{members}人）")


def _set(session: Session, key: str, value: str) -> None:
    setting = session.get(Setting, key)
    if setting is None:
        setting = Setting(key=key, value=value)
    else:
        setting.value = value
    session.add(setting)
