"""The data the annual return needs: cadre nature, branch industry and 领域, 原因说明."""

from __future__ import annotations

from datetime import date

import pytest

from branchdesk.domain import vocab
from branchdesk.domain.dates import YearMonth
from branchdesk.domain.member_import import CODE_FIELDS
from branchdesk.domain.members import MemberInput, MemberRules, validate
from branchdesk.errors import ValidationError
from branchdesk.io.layouts import FULL, match_header
from branchdesk.services.container import build_services
from branchdesk.services.schemas import BranchInput
from branchdesk.store.engine import make_engine
from branchdesk.store.models import SQLModel

TODAY = date(2026, 11, 27)


@pytest.fixture
def services():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=lambda: TODAY)
    yield built
    built.close()


def _member(**changes: object) -> MemberInput:
    values: dict[str, object] = {
        "name": "张三",
        "gender": "1",
        "ethnicity": "01",
        "birth_date": date(2000, 1, 1),
        "join_month": YearMonth(2015, 5),
    }
    values.update(changes)
    return MemberInput(**values)  # type: ignore[arg-type]


def test_cadre_nature_needs_a_post():
    issues = validate(_member(cadre_nature="1"), TODAY, MemberRules())
    assert any(i.field == "cadre_nature" and i.is_error for i in issues)
    issues = validate(_member(cadre_nature="1", league_post="1"), TODAY, MemberRules())
    assert not any(i.field == "cadre_nature" for i in issues)
    issues = validate(_member(cadre_nature="7", league_post="1"), TODAY, MemberRules())
    assert any(i.field == "cadre_nature" and "代码表" in i.message for i in issues)


def test_full_layout_and_import_carry_cadre_nature():
    keys = [spec.key for spec in FULL.columns]
    assert keys.index("cadre_nature") == keys.index("post_since") + 1
    assert FULL.spec("cadre_nature").header == "团干部性质"
    assert match_header("团干部性质") == "cadre_nature"
    assert CODE_FIELDS["cadre_nature"].lookup("兼职") == "2"


def test_cadre_nature_is_stored(services):
    branch = services.branches.create(BranchInput(name="测试团支部"))
    saved = services.members.create(branch.id, _member(league_post="1", cadre_nature="3"))
    assert services.members.get(saved.member.id).data.cadre_nature == "3"


def test_industry_gives_the_default_field_and_an_override_is_kept(services):
    branch = services.branches.create(BranchInput(name="测试团支部", industry="03"))
    assert branch.league_domain == "1"  # 普通高等院校 → 学生
    changed = services.branches.update(
        branch.id, BranchInput(name="测试团支部", industry="03", field_override="6")
    )
    assert (changed.field_override, changed.league_domain) == ("6", "6")
    same = services.branches.update(
        branch.id, BranchInput(name="测试团支部", industry="03", field_override="1")
    )
    assert same.field_override is None  # the default is not stored as a choice
    with pytest.raises(ValidationError):
        services.branches.update(branch.id, BranchInput(name="测试团支部", industry="99"))
    with pytest.raises(ValidationError):
        services.branches.update(branch.id, BranchInput(name="测试团支部", field_override="9"))


def test_every_industry_has_a_field():
    assert set(vocab.DOMAIN_OF_INDUSTRY) == set(vocab.INDUSTRY.codes)
    assert set(vocab.DOMAIN_OF_INDUSTRY.values()) == set(vocab.LEAGUE_DOMAIN.codes)
    assert vocab.domain_of(None) is None
    assert vocab.LEAGUE_DOMAIN.name(vocab.domain_of("15")) == "乡镇(村)"


def test_notes_are_saved_replaced_and_removed(services):
    branch = services.branches.create(BranchInput(name="测试团支部"))
    returns = services.annual_returns
    assert returns.save_notes(branch.id, 2026, {"members": "  3人 超龄离团 "}) == {
        "members": "3人 超龄离团"
    }
    returns.save_notes(branch.id, 2026, {"members": "2人转出", "cadres_fulltime": "换届"})
    assert returns.notes(branch.id, 2026) == {"members": "2人转出", "cadres_fulltime": "换届"}
    assert returns.notes(branch.id, 2025) == {}
    returns.save_notes(branch.id, 2026, {"members": ""})
    assert returns.notes(branch.id, 2026) == {"cadres_fulltime": "换届"}
    with pytest.raises(ValidationError):
        returns.save_notes(branch.id, 2026, {"nonsense": "x"})
    with pytest.raises(ValidationError):
        returns.save_notes(branch.id, 2026, {"members": "字" * 501})


def test_cutoff_defaults_to_31_december(services):
    returns = services.annual_returns
    assert returns.cutoff() == date(2026, 12, 31)
    assert returns.cutoff(year=2024) == date(2024, 12, 31)
    assert returns.cutoff(as_of=date(2026, 6, 30), year=2024) == date(2026, 6, 30)
