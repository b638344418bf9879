"""BranchService: a school branch's 学段 and number of students (the 团学比 of recruitment)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest
from helpers.pipeline import add_member

from branchdesk.errors import ValidationError
from branchdesk.services.container import build_services
from branchdesk.services.schemas import BranchInput
from branchdesk.store.engine import make_engine, session_scope
from branchdesk.store.models import Branch, SQLModel

TODAY = date(2026, 11, 27)
SCHOOL = BranchInput(
    name="某中学初三团支部",
    kind="school",
    profile_key="jilin-2021",
    school_stage="junior",
    student_count=40,
)


@pytest.fixture
def services():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=lambda: TODAY)
    yield built
    built.close()


def _stored(services, branch_id):
    with session_scope(services.engine) as session:
        row = session.get(Branch, branch_id)
        return row.school_stage, row.student_count


def test_school_fields_are_saved_and_read_back(services):
    branch = services.branches.create(SCHOOL)
    assert (branch.school_stage, branch.student_count) == ("junior", 40)
    assert _stored(services, branch.id) == ("junior", 40)
    again = services.branches.update(branch.id, replace(SCHOOL, school_stage="senior"))
    assert (again.school_stage, again.student_count) == ("senior", 40)
    assert services.branches.get(branch.id).school_stage == "senior"


def test_school_stage_sets_the_ratio_limit_of_recruitment(services):
    branch = services.branches.create(replace(SCHOOL, school_stage=None))
    assert services.recruitment.rules(branch.id).ratio_limit is None
    services.branches.update(branch.id, SCHOOL)
    assert services.recruitment.rules(branch.id).ratio_limit == Fraction(1, 5)  # jilin: 20%


def test_other_kinds_drop_the_school_fields(services):
    branch = services.branches.create(SCHOOL)
    changed = services.branches.update(branch.id, replace(SCHOOL, kind="enterprise"))
    assert (changed.school_stage, changed.student_count) == (None, None)
    assert _stored(services, branch.id) == (None, None)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"school_stage": "college"}, "学段“college”不在列表中"),
        ({"student_count": 0}, "学生人数应为正整数"),
        ({"student_count": -3}, "学生人数应为正整数"),
    ],
)
def test_bad_school_fields_are_refused(services, change, message):
    with pytest.raises(ValidationError, match=message):
        services.branches.create(replace(SCHOOL, **change))
    assert services.branches.list() == []
    branch = services.branches.create(SCHOOL)
    with pytest.raises(ValidationError, match=message):
        services.branches.update(branch.id, replace(SCHOOL, **change))
    assert _stored(services, branch.id) == ("junior", 40)


def test_students_cannot_be_fewer_than_active_members(services):
    branch = services.branches.create(SCHOOL)
    for number, name in enumerate(("张一", "李二", "王三"), start=1):
        add_member(services, branch.id, name, number)
    with pytest.raises(ValidationError, match=r"学生人数（2人）少于本支部在册团员人数（3人）"):
        services.branches.update(branch.id, replace(SCHOOL, student_count=2))
    assert _stored(services, branch.id) == ("junior", 40)
    services.branches.update(branch.id, replace(SCHOOL, student_count=3))
    assert _stored(services, branch.id) == ("junior", 3)
    # not set at all is fine: the 团学比 check is then skipped
    services.branches.update(branch.id, replace(SCHOOL, student_count=None))
    assert _stored(services, branch.id) == ("junior", None)


def test_an_unchanged_count_does_not_block_other_edits(services):
    """Members admitted since the count was entered do not stop a rename or a profile change."""
    branch = services.branches.create(replace(SCHOOL, student_count=1))
    for number, name in enumerate(("张一", "李二", "王三"), start=1):
        add_member(services, branch.id, name, number)
    renamed = services.branches.update(
        branch.id, replace(SCHOOL, name="某中学初三一班团支部", student_count=1)
    )
    assert (renamed.name, renamed.student_count) == ("某中学初三一班团支部", 1)
    with pytest.raises(ValidationError, match="学生人数（2人）少于本支部在册团员人数（3人）"):
        services.branches.update(branch.id, replace(SCHOOL, student_count=2))
    assert _stored(services, branch.id) == ("junior", 1)
