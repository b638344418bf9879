"""Roster import and export through the service: preview, all-or-nothing, valid-only, round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers.roster_files import ORG, write_messy_roster
from openpyxl import load_workbook

from branchdesk.errors import ValidationError
from branchdesk.services.container import build_services
from branchdesk.services.demo import demo_members
from branchdesk.services.schemas import BranchInput, MemberFilter, RowAction
from branchdesk.store.engine import make_engine
from branchdesk.store.models import SQLModel

TODAY = date(2026, 11, 27)


def _services():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    return build_services(engine, today=lambda: TODAY)


@pytest.fixture
def services():
    built = _services()
    yield built
    built.close()


@pytest.fixture
def branch(services):
    return services.branches.create(BranchInput(name=ORG, kind="enterprise"))


def test_messy_roster_preview_explains_every_bad_row(services, branch, tmp_path):
    messy = write_messy_roster(tmp_path / "messy.xlsx")
    preview = services.imports.preview(branch.id, messy.path)
    rejected = {row.row_number: row for row in preview.rejected}
    assert set(rejected) == set(messy.invalid_rows)
    for row_number, word in messy.invalid_rows.items():
        text = "；".join(issue.message for issue in rejected[row_number].errors)
        assert word in text, (row_number, text)
    accepted = [row.name for row in preview.rows if row.action is RowAction.CREATE]
    assert accepted == messy.valid_names
    assert 12 not in {row.row_number for row in preview.rows}  # the blank row


def test_default_import_writes_nothing_when_a_row_is_bad(services, branch, tmp_path):
    messy = write_messy_roster(tmp_path / "messy.xlsx")
    preview = services.imports.preview(branch.id, messy.path)
    with pytest.raises(ValidationError, match="未导入任何数据"):
        services.imports.commit(branch.id, preview, valid_only=False)
    assert services.members.count(branch.id) == 0


def test_valid_only_imports_exactly_the_valid_rows(services, branch, tmp_path):
    messy = write_messy_roster(tmp_path / "messy.xlsx")
    preview = services.imports.preview(branch.id, messy.path)
    result = services.imports.commit(branch.id, preview, valid_only=True)
    assert (result.created, result.rejected) == (len(messy.valid_names), len(messy.invalid_rows))
    ids = services.members.list_ids(branch.id, MemberFilter(statuses=frozenset()))
    stored = {m.name: m for m in (services.members.get(i) for i in ids)}
    assert sorted(stored) == sorted(messy.valid_names)
    li = stored["李小红"].data
    assert (li.ethnicity, li.league_post, li.gender) == ("10", "3", "2")
    assert li.id_number is not None and li.id_number.isascii()
    assert stored["钱多多"].data.birth_date == date(1999, 12, 31)
    assert stored["冯小宝"].data.birth_date == date(2004, 3, 1)  # only 出生年月 was known
    assert stored["蒋四"].data.political_status == "02"


def test_reimport_creates_no_duplicates(services, branch, tmp_path):
    messy = write_messy_roster(tmp_path / "messy.xlsx")
    first = services.imports.commit(
        branch.id, services.imports.preview(branch.id, messy.path), True
    )
    again = services.imports.commit(
        branch.id, services.imports.preview(branch.id, messy.path), True
    )
    assert first.created == len(messy.valid_names)
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(messy.valid_names))
    assert services.members.count(branch.id) == len(messy.valid_names)


def test_export_then_import_into_an_empty_database_gives_the_same_members(
    services, branch, tmp_path: Path
):
    services.members.create_many(branch.id, demo_members(TODAY))
    path = tmp_path / "full.xlsx"
    assert services.imports.export(branch.id, path, "full") == 30
    sheet = load_workbook(path).active
    id_column = [c.value for c in sheet[1]].index("身份证号码") + 1
    assert sheet.cell(row=2, column=id_column).data_type == "s"

    other = _services()
    try:
        target = other.branches.create(BranchInput(name=ORG))
        preview = other.imports.preview(target.id, path)
        assert not preview.has_errors
        result = other.imports.commit(target.id, preview, valid_only=False)
        assert result.created == 30

        def snapshot(svc, branch_id):
            ids = svc.members.list_ids(branch_id, MemberFilter(statuses=frozenset()))
            return sorted(
                (m.data for m in (svc.members.get(i) for i in ids)), key=lambda d: d.id_number or ""
            )

        assert snapshot(other, target.id) == snapshot(services, branch.id)
    finally:
        other.close()


def test_zhtj_export_has_the_official_columns_in_order(services, branch, tmp_path):
    services.members.create_many(branch.id, demo_members(TODAY))
    path = tmp_path / "zhtj.xlsx"
    services.imports.export(branch.id, path, "zhtj")
    header = [c.value for c in load_workbook(path).active[1]]
    assert header[:10] == [
        "组织全称",
        "姓名",
        "性别",
        "出生年月",
        "民族",
        "手机号码",
        "团内职务",
        "政治面貌",
        "团员发展编号",
        "入团年月",
    ]


def test_rejected_rows_can_be_saved_with_reasons(services, branch, tmp_path):
    messy = write_messy_roster(tmp_path / "messy.xlsx")
    preview = services.imports.preview(branch.id, messy.path)
    out = tmp_path / "errors.xlsx"
    services.imports.write_rejected(preview, out)
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[-1] == "错误原因"
    assert sheet.max_row == 1 + len(messy.invalid_rows)
