"""How an import finds its members among a big database (issue 9), and that the checks remembered
from the preview never hide a roster that changed before the commit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.ids import make_id

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.errors import ValidationError
from branchdesk.io.excel_write import write_roster
from branchdesk.services import imports as imports_module
from branchdesk.services.container import build_services
from branchdesk.services.imports import format_row
from branchdesk.services.schemas import BranchInput, RowAction
from branchdesk.store.engine import make_engine
from branchdesk.store.models import SQLModel

TODAY = date(2026, 11, 27)
ORG = "共青团某某大学计算机学院2024级1班团支部"


@pytest.fixture
def services():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=lambda: TODAY)
    yield built
    built.close()


def _person(name: str, born: date, serial: int, with_id: bool = True) -> MemberInput:
    female = serial % 2 == 0
    join = YearMonth(born.year + 15, 5)
    return MemberInput(
        name=name,
        gender="2" if female else "1",
        ethnicity="01",
        birth_date=born,
        id_number=make_id(born, female=female, seq=serial % 499) if with_id else None,
        join_month=join,
        dev_number=f"{join.year}{serial:08d}" if join.year >= 2017 else None,
        fulltime_education="6",
        highest_education="6",
        occupation="1",
        phone=f"139{serial:08d}",
    )


def _write(path, people, org=ORG):
    write_roster(path, "zhtj", [format_row(p, org) for p in people])
    return path


def test_names_shared_by_many_match_only_the_same_person(services, tmp_path):
    """Twenty 张伟 born in other months live in another branch; only the one with the same 姓名 +
    出生年月 is recognised (the file row has no 身份证号), and the others are not touched."""
    other = services.branches.create(BranchInput(name="另一个团支部"))
    mine = services.branches.create(BranchInput(name=ORG))
    namesakes = [_person("张伟", date(2004, 1 + n % 12, 1 + n), 100 + n) for n in range(20)]
    services.members.create_many(other.id, namesakes[:19])
    services.members.create_many(mine.id, namesakes[19:])
    same = replace(namesakes[19], id_number=None, phone="13900000000")  # a new phone, no ID
    newcomer = _person("张伟", date(2005, 9, 30), 300, with_id=False)
    newcomer = replace(newcomer, birth_date=date(2005, 9, 30))
    other_branch = replace(namesakes[3], id_number=None)
    path = _write(tmp_path / "f.xlsx", [same, newcomer, other_branch])
    preview = services.imports.preview(mine.id, path)
    actions = [(row.name, row.action) for row in preview.rows]
    assert actions == [
        ("张伟", RowAction.UPDATE),
        ("张伟", RowAction.CREATE),
        ("张伟", RowAction.REJECT),
    ]
    assert preview.rows[0].existing_id is not None
    assert "其他团支部" in preview.rows[2].issues[0].message
    result = services.imports.commit(mine.id, preview, valid_only=True)
    assert (result.created, result.updated, result.rejected) == (1, 1, 1)
    assert services.members.count(other.id) == 19


def test_lookups_take_any_number_of_values_in_one_query(services, tmp_path, monkeypatch):
    """More names and numbers than SQLite's 999 bound parameters, passed as one JSON value each."""
    branch = services.branches.create(BranchInput(name=ORG))
    people = [
        _person(f"王{chr(0x4E00 + n)}{chr(0x4E00 + n // 7)}", date(2003, 1 + n % 12, 1 + n % 28), n)
        for n in range(1200)
    ]
    services.members.create_many(branch.id, people[:600])
    path = _write(tmp_path / "big.xlsx", people)
    queries: list[int] = []
    real = imports_module._json_values

    def counted(values):
        queries.append(len(values))
        return real(values)

    monkeypatch.setattr(imports_module, "_json_values", counted)
    preview = services.imports.preview(branch.id, path)
    assert sorted(queries, reverse=True)[0] == 1200  # one query for all 1,200 ID numbers
    assert len(queries) <= 4  # IDs, names, and the few whole rows: no per-row or 500-chunks
    counts = {action: 0 for action in RowAction}
    for row in preview.rows:
        counts[row.action] += 1
    assert counts[RowAction.UNCHANGED] == 600 and counts[RowAction.CREATE] == 600


def test_the_commit_still_sees_a_roster_changed_after_the_preview(services, tmp_path):
    """The preview's checks are reused, but the plan is made again inside the write: a member
    added with the same 身份证号 since the preview stops the import (two-phase correctness)."""
    branch = services.branches.create(BranchInput(name=ORG))
    other = services.branches.create(BranchInput(name="另一个团支部"))
    people = [_person(f"李{chr(0x4E00 + n)}", date(2004, 3, 1 + n), 500 + n) for n in range(5)]
    preview = services.imports.preview(branch.id, _write(tmp_path / "f.xlsx", people))
    assert all(row.action is RowAction.CREATE for row in preview.rows)
    services.members.create_many(other.id, people[2:3])  # meanwhile, in another branch
    with pytest.raises(ValidationError, match="未导入任何数据"):
        services.imports.commit(branch.id, preview, valid_only=False)
    assert services.members.count(branch.id) == 0
    result = services.imports.commit(branch.id, preview, valid_only=True)
    assert (result.created, result.rejected) == (4, 1)


def test_the_commit_checks_again_on_another_day(services, tmp_path):
    """Remembered checks are keyed by the day: a commit on the next day checks afresh."""
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    current = [TODAY]
    built = build_services(engine, today=lambda: current[0])
    try:
        branch = built.branches.create(BranchInput(name=ORG))
        people = [_person("赵一", date(2004, 3, 1), 700)]
        preview = built.imports.preview(branch.id, _write(tmp_path / "d.xlsx", people))
        current[0] = date(2027, 1, 2)
        calls: list[date] = []
        real = imports_module.members.validate

        def spy(member, today, rules):
            calls.append(today)
            return real(member, today, rules)

        imports_module.members.validate = spy  # restored below
        try:
            built.imports.commit(branch.id, preview, valid_only=True)
        finally:
            imports_module.members.validate = real
        assert calls == [date(2027, 1, 2)]
    finally:
        built.close()


def test_an_import_never_changes_the_status_and_says_so(services, tmp_path):
    """团籍 changes are lifecycle steps with an event; a file that still says 在团 for a member who
    has left updates the other fields, keeps the stored status and warns on that row."""
    from branchdesk.services.member_events import change_status, events_of
    from branchdesk.store.engine import session_scope
    from branchdesk.store.models import Member

    branch = services.branches.create(BranchInput(name=ORG))
    member_id = services.members.create(branch.id, _person("李雷", date(2004, 3, 9), 7)).member.id
    path = tmp_path / "roster.xlsx"
    assert services.imports.export(branch.id, path, "full") == 1  # 在团, phone 13900000007
    with session_scope(services.engine) as session:
        stored = session.get(Member, member_id)
        change_status(session, stored, "transferred", date(2026, 11, 1), "transfer_out")
        stored.phone = "13700000000"
    preview = services.imports.preview(branch.id, path)
    (row,) = preview.rows
    assert row.action is RowAction.UPDATE  # the phone comes back from the file
    assert [issue.field for issue in row.issues] == ["status"]
    assert not row.issues[0].is_error
    assert "已转出" in row.issues[0].message and "未导入" in row.issues[0].message
    result = services.imports.commit(branch.id, preview, valid_only=False)
    assert result.updated == 1
    after = services.members.get(member_id)
    assert after.data.status == "transferred"
    assert after.data.phone == "13900000007"
    with session_scope(services.engine) as session:
        assert [e.status_after for e in events_of(session, member_id)] == ["transferred"]
