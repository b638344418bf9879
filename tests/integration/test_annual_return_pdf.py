"""The annual return (团内统计表) rendered from the demo branch and from a hand-built history.

Every figure is checked in the document data and read back from the PDF with poppler
(``pdftotext``: labels and numbers are text; ``pdffonts``: every font embedded as a subset); the
``.xlsx`` and the CLI write the same return.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from branchdesk.cli import main
from branchdesk.domain.dates import YearMonth
from branchdesk.paths import AppPaths
from branchdesk.reports import annual_return_pdf
from branchdesk.reports.return_documents import (
    EMPTY_RETURN,
    NO_TRANSFERS,
    OWN_TABLE,
    PART_A_HEADERS,
    PENDING_REASON,
)
from branchdesk.services.container import open_services
from branchdesk.services.demo import load_demo
from branchdesk.services.schemas import BranchInput
from branchdesk.store.engine import session_scope
from branchdesk.store.models import Member

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)

CUTOFF = date(2026, 12, 31)


def squeeze(text: str) -> str:
    return "".join(text.split())


def pdf_text(path: Path, mode: str = "-layout") -> str:
    """The PDF's text; ``-raw`` keeps the content order (the side-by-side tables apart)."""
    done = subprocess.run(
        ["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def assert_fonts_embedded(path: Path) -> None:
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = done.stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        fields = row.split()
        assert (fields[-5], fields[-4]) == ("yes", "yes"), row
        assert "+" in fields[0], row


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    paths = AppPaths(tmp_path_factory.mktemp("demo") / "data")
    services = open_services(paths)
    branch = load_demo(services)
    yield services, branch, paths
    services.close()


def _add(session, branch_id: int, name: str, **values: object) -> None:
    row = Member(
        branch_id=branch_id,
        name=name,
        gender=values.pop("gender", "1"),
        ethnicity=values.pop("ethnicity", "01"),
        birth_date=values.pop("birth_date", date(2000, 6, 1)),
        political_status=values.pop("political_status", "03"),
        join_month=values.pop("join_month", YearMonth(2016, 5)),
        highest_education=values.pop("highest_education", "4"),
        occupation=values.pop("occupation", "3"),
        **values,
    )
    session.add(row)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """A branch whose 2026 shows every kind of movement, and a fall against 2025."""
    paths = AppPaths(tmp_path_factory.mktemp("history") / "data")
    services = open_services(paths)
    branch = services.branches.create(
        BranchInput(name="青山街道第一社区团支部", industry="14", secretary="李青")
    )
    with session_scope(services.engine) as s:
        b = branch.id
        _add(s, b, "甲一", league_post="1", cadre_nature="1")  # 书记, 专职
        _add(s, b, "乙二", league_post="3", cadre_nature="2", gender="2")  # 兼职
        _add(s, b, "丙三", league_post="10", cadre_nature="2")  # 团小组长: not counted
        _add(s, b, "丁四", political_status="01", ethnicity="10")  # 保留团籍 党员, 朝鲜族
        _add(s, b, "戊五", join_month=YearMonth(2026, 3), gender="2", birth_date=date(2008, 2, 29))
        _add(s, b, "己六", join_month=YearMonth(2026, 12))  # joined in the cut-off month
        _add(s, b, "庚七", join_month=YearMonth(2025, 4))  # new last year
        _add(s, b, "辛八", status="aged_out", left_on=date(2026, 5, 1), birth_date=date(1998, 4, 1))
        _add(s, b, "壬九", status="transferred", left_on=CUTOFF)  # left on the cut-off day
        _add(s, b, "癸十", status="transferred", left_on=date(2027, 1, 1))  # left the day after
        _add(s, b, "子甲", status="withdrawn", left_on=date(2026, 8, 8))
        _add(s, b, "丑乙", status="expelled", left_on=date(2026, 9, 9))
        _add(s, b, "寅丙", status="lapsed", left_on=date(2025, 6, 1))  # left last year
        _add(  # left with no left_on, record last changed in March 2026
            s, b, "卯丁", status="removed", updated_at=datetime(2026, 3, 15, 10, 0)
        )
        _add(  # in the 回收站: never counted
            s, b, "辰戊", deleted_at=datetime(2026, 1, 1, 0, 0)
        )
    yield services, services.branches.get(branch.id), paths
    services.close()


# --- the demo branch ----------------------------------------------------------------------------


def test_demo_return_pdf_has_every_label_and_number(demo, tmp_path):
    services, branch, _paths = demo
    cutoff = date(services.today().year, 12, 31)
    doc = services.annual_returns.document(branch.id, cutoff)
    out = tmp_path / "demo.pdf"
    result = services.reports.render("annual-return", branch_id=branch.id, out=out, as_of=cutoff)
    assert result.pages == 3
    text = squeeze(pdf_text(out))
    assert squeeze(doc.title) in text
    assert f"长春示范汽车零部件有限公司团支部{cutoff.year}年度团内统计表" in text
    for header in PART_A_HEADERS:
        assert header in text, header
    for cell in doc.part_a.rows[0]:
        assert cell in text
    assert doc.part_a.rows[0][:4] == ("企业", "非公企业", "1", "30")
    assert doc.part_a.rows[0][6:] == ("1", "2", "0")  # secretary 专职, two 支委 兼职
    for row in doc.part_b.rows:
        assert squeeze("".join(row)) in text, row
    raw = squeeze(pdf_text(out, "-raw"))
    for table in doc.part_c:
        assert table.title in raw
        for row in table.rows:
            assert squeeze("".join(row)) in raw, row
    assert text.count(OWN_TABLE) >= len(doc.part_c)
    for label in (
        "填报单位（盖章）",
        "负责人（签字）",
        "填表人",
        "联系电话",
        "填报日期",
        "（盖章处）",
    ):
        assert label in text
    assert "规则配置：吉林2021" in text
    assert NO_TRANSFERS in raw
    assert_fonts_embedded(out)


def test_demo_breakdowns_add_up(demo):
    services, branch, _paths = demo
    doc = services.annual_returns.document(branch.id, date(services.today().year, 12, 31))
    for key in ("gender", "age", "education", "occupation"):
        table = doc.table(key)
        counted = sum(int(row[1]) for row in table.rows if row[0] != "合计")
        assert counted == int(table.cell("合计")) == 30, key
    ethnicity = doc.table("ethnicity")
    assert int(ethnicity.cell("汉族")) + int(ethnicity.cell("少数民族")) == 30


# --- a hand-built history ---------------------------------------------------------------------


def test_history_figures(history):
    services, branch, _paths = history
    data = services.annual_returns.compute(branch.id, CUTOFF)
    this, last = data.this_year, data.last_year
    # On 2026-12-31: 甲乙丙丁戊己庚 + 癸 (leaves the day after); not 壬 (left that day).
    assert this.members == 8
    assert this.party_members == 1
    assert (this.new_this_year, this.new_last_year) == (2, 1)
    assert this.cadres == 2 and dict(this.cadres_by_nature) == {"1": 1, "2": 1, "3": 0}
    # On 2025-12-31: 甲乙丙丁庚 辛壬癸子丑 卯 (寅 left in 2025; 戊己 not joined yet).
    assert last.members == 11
    m = data.movement
    assert m.opening == 11 and m.new == 2 and m.closing == 8
    assert (m.transferred_out, m.aged_out, m.withdrawn, m.lapsed_or_removed, m.expelled) == (
        1,
        1,
        1,
        1,
        1,
    )
    assert m.balanced


def test_history_pdf_shows_pending_then_the_saved_reason(history, tmp_path):
    services, branch, _paths = history
    out = tmp_path / "h.pdf"
    result = services.reports.render("annual-return", branch_id=branch.id, out=out, as_of=CUTOFF)
    text = squeeze(pdf_text(out))
    assert squeeze("团员数 11 8 -3 （待说明）") in text
    assert PENDING_REASON in text
    assert "城市街道(社区)" in text and "城市社区" in text
    assert any("团员数" in w and "待说明" in w for w in result.warnings)
    assert_fonts_embedded(out)

    services.annual_returns.save_notes(
        branch.id, 2026, {"members": "1人超龄离团，1人转出，3人除名等"}
    )
    out2 = tmp_path / "h2.pdf"
    result2 = services.reports.render("annual-return", branch_id=branch.id, out=out2, as_of=CUTOFF)
    text2 = squeeze(pdf_text(out2))
    assert "1人超龄离团，1人转出，3人除名等" in text2
    assert PENDING_REASON not in text2
    assert not any("团员数" in w and "待说明" in w for w in result2.warnings)
    # Removing the reason brings 待说明 back.
    services.annual_returns.save_notes(branch.id, 2026, {"members": ""})
    assert services.annual_returns.notes(branch.id, 2026) == {}


def test_history_movement_table_in_the_pdf(history):
    services, branch, _paths = history
    doc = services.annual_returns.document(branch.id, CUTOFF)
    moved = doc.table("movement")
    assert moved.cell("期初团员数（2025年12月31日）") == "11"
    assert moved.cell("期末团员数（2026年12月31日）") == "8"
    assert moved.cell("减少：自行脱团 / 除名") == "1"
    assert moved.cell("增加：转入") == "0" + NO_TRANSFERS
    assert moved.cell("核对：期初 + 增 − 减").endswith("（相符）")
    ages = doc.table("age")
    assert ages.cell("18–22岁") == "1"  # 戊五, born 29 Feb 2008: 18 on the cut-off
    assert doc.table("ethnicity").cell("其中：朝鲜族") == "1"


def test_a_year_with_no_data_prints_a_clear_empty_form(history, tmp_path):
    services, branch, _paths = history
    out = tmp_path / "empty.pdf"
    cutoff = date(2001, 12, 31)
    result = services.reports.render("annual-return", branch_id=branch.id, out=out, as_of=cutoff)
    assert result.pages >= 2
    doc = services.annual_returns.document(branch.id, cutoff)
    assert doc.empty_note == EMPTY_RETURN
    assert doc.part_a.rows[0][2:] == ("1", "0", "0", "0", "0", "0", "0")
    text = squeeze(pdf_text(out))
    assert squeeze(EMPTY_RETURN) in text
    assert "2001年度团内统计表（截至2001年12月31日）" in text
    assert PENDING_REASON not in text
    assert_fonts_embedded(out)


def test_seal_area_is_at_least_45_mm():
    assert annual_return_pdf.SEAL_MM >= 45
    box = annual_return_pdf.SealBox(annual_return_pdf.SEAL_MM * 72 / 25.4, "x", "Helvetica", 8)
    width, height = box.wrap(1000, 1000)
    assert width >= 45 * 72 / 25.4 and height >= 45 * 72 / 25.4


def test_xlsx_has_one_sheet_per_table(history, tmp_path):
    services, branch, _paths = history
    out = tmp_path / "h.xlsx"
    services.reports.render("annual-return", branch_id=branch.id, out=out, as_of=CUTOFF)
    book = load_workbook(out)
    assert book.sheetnames[:2] == ["一 汇总表数据", "二 对比表"]
    assert len(book.sheetnames) == 2 + 6
    values = [str(c.value) for row in book["二 对比表"].iter_rows() for c in row if c.value]
    assert "团员数" in values and "-3" in values and PENDING_REASON in values
    own = [str(c.value) for row in book.worksheets[2].iter_rows() for c in row if c.value]
    assert OWN_TABLE in own


# --- the command line ---------------------------------------------------------------------------


def test_cli_writes_pdf_and_xlsx_and_prints_the_warning(history, tmp_path, capsys):
    _services, _branch, paths = history
    data = str(paths.data_dir)
    pdf = tmp_path / "x.pdf"
    code = main(
        ["--data-dir", data, "report", "annual-return", "--date", "2026-12-31", "--out", str(pdf)]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "待说明" in captured.err
    xlsx = tmp_path / "x.xlsx"
    code = main(
        ["--data-dir", data, "report", "annual-return", "--date", "2026-12-31", "--out", str(xlsx)]
    )
    assert code == 0
    assert load_workbook(xlsx).sheetnames[0] == "一 汇总表数据"
