"""The 团员花名册 PDF, read back with poppler as a user's viewer would: fonts, text, pages.

Three branches — 1, 30 and 2,000 members (the big one inserted in bulk, as ``bench`` does) —
each rendered once per module. ``pdffonts`` must show every font embedded as a subset;
``pdftotext -layout`` must give back the title, every column header on every page, the page
numbers, names and values as Chinese text. Skipped only where poppler-utils is not installed.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from helpers.ids import make_id
from sqlalchemy import insert

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.idcard import mask
from branchdesk.domain.names import initials
from branchdesk.reports.documents import ROSTER_COLUMNS
from branchdesk.services.container import build_services
from branchdesk.services.schemas import BranchInput
from branchdesk.store.engine import make_engine, session_scope
from branchdesk.store.models import Member, SQLModel

TODAY = date(2026, 6, 20)
POPPLER = ("pdftotext", "pdffonts", "pdfinfo")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in POPPLER),
    reason="poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed: "
    "apt-get install poppler-utils (scripts/setup.sh --dev does)",
)

SURNAMES = "王李张刘陈杨赵黄周吴徐孙朱马胡郭林何高罗乜亓佘仉冼邝晁禚"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚嬛黢"
LONG_NAME = "阿依古丽·买买提江·艾尔肯"


def bulk_members(services, branch_id: int, count: int, first_seq: int) -> list[dict]:
    """Insert ``count`` valid members in one statement; returns the inserted values."""
    rng = random.Random(first_seq)
    now = datetime(2026, 1, 1, 9, 0)
    rows = []
    for index in range(count):
        seq = first_seq + index
        born = date(1998, 1, 1) + timedelta(days=seq % 3650)
        name = LONG_NAME if index == 4 else rng.choice(SURNAMES) + rng.choice(GIVEN)
        if index % 3 == 0 and index != 4:
            name += rng.choice(GIVEN)
        rows.append(
            {
                "branch_id": branch_id,
                "name": name,
                "initials": initials(name),
                "gender": "1",
                "ethnicity": "01",
                "birth_date": born,
                "id_type": "1",
                "id_number": make_id(born, seq=seq // 3650),
                "political_status": "03",
                "join_month": YearMonth(born.year + 14, 5),
                "dev_number": f"{born.year + 14}{seq:08d}",
                "phone": f"139{seq:08d}",
                "note": "本人联系地址：吉林省长春市朝阳区人民大街某某小区某栋某单元"
                if index == 7
                else None,
                "status": "active",
                "created_at": now,
                "updated_at": now,
            }
        )
    with session_scope(services.engine) as session:
        session.execute(insert(Member), rows)
    return rows


@dataclass
class Rendered:
    count: int
    branch_id: int
    rows: list[dict]
    pdf: Path
    text: str  # pdftotext -layout
    pages: int
    seconds: float


@pytest.fixture(scope="module")
def services():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=lambda: TODAY)
    yield built
    built.close()


@pytest.fixture(scope="module")
def rendered(services, tmp_path_factory) -> dict[int, Rendered]:
    folder = tmp_path_factory.mktemp("roster")
    result = {}
    first_seq = 0
    for count in (1, 30, 2000):
        branch = services.branches.create(BranchInput(name=f"第{count}号团支部"))
        rows = bulk_members(services, branch.id, count, first_seq)
        first_seq += count
        out = folder / f"roster-{count}.pdf"
        started = time.perf_counter()
        written = services.reports.render("roster", branch_id=branch.id, out=out)
        seconds = time.perf_counter() - started
        assert written.path == out and out.is_file()
        text = _run("pdftotext", "-layout", str(out), "-")
        result[count] = Rendered(count, branch.id, rows, out, text, written.pages, seconds)
    return result


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout


def _flat(text: str) -> str:
    """Text without spaces or line breaks (poppler spaces CJK glyphs as it measures them)."""
    return re.sub(r"\s+", "", text)


SIZES = pytest.mark.parametrize("count", [1, 30, 2000])


@SIZES
def test_every_font_is_embedded_as_a_subset(rendered, count):
    listing = _run("pdffonts", str(rendered[count].pdf)).splitlines()[2:]
    assert len(listing) == 2, listing  # 宋体 and 黑体, nothing else
    for line in listing:
        fields = line.split()
        name, emb, sub, uni = fields[0], fields[-5], fields[-4], fields[-3]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), line
        assert re.match(r"[A-Z]{6}\+", name), line
    names = " ".join(line.split()[0] for line in listing)
    assert "NotoSerifCJKscTT" in names and "WenQuanYiMicroHei" in names


@SIZES
def test_title_headers_and_page_numbers_read_back_as_chinese(rendered, count):
    report = rendered[count]
    pages = report.text.split("\f")[: report.pages]
    assert _flat(pages[0]).startswith(f"第{count}号团支部团员花名册（截至2026年6月20日）")
    for number, page in enumerate(pages, start=1):
        flat = _flat(page)
        assert "".join(name for name, _ in ROSTER_COLUMNS) in flat, f"page {number}: header"
        assert f"第{number}页共{report.pages}页" in flat, f"page {number}: page number"
        assert f"第{count}号团支部打印日期：2026年6月20日规则：全国" in flat
    assert _flat(report.text).count("团员发展编号") == report.pages  # one header per page
    last = _flat(pages[-1])
    assert "团支部书记：" in last and "填表人：" in last and "上级团委意见（盖章）" in last


@SIZES
def test_names_and_values_are_extractable(rendered, count):
    report = rendered[count]
    flat = _flat(report.text)
    samples = [report.rows[0], report.rows[-1], report.rows[len(report.rows) // 2]]
    for row in samples:
        assert row["name"] in flat
        assert row["phone"] in flat
        assert row["dev_number"] in flat
        assert mask(row["id_number"]) in flat  # masked by default
        assert row["id_number"] not in flat
        assert f"{row['birth_date']:%Y.%m}" in flat
    assert f"共{count}人" in flat and "身份证号码已隐去中间位" in flat


def test_page_counts_are_plausible(rendered):
    assert rendered[1].pages == 1
    assert rendered[30].pages in (2, 3)  # 3 when the closing block takes rows along
    # ≥ 8 mm rows on 175 mm of usable height: about 20 rows a page, fewer where names wrap.
    assert 2000 / 22 <= rendered[2000].pages <= 2000 / 15


def test_long_text_wraps_inside_its_cell(rendered):
    # Reading order (no -layout) keeps a wrapped cell's lines together.
    flat = _flat(_run("pdftotext", str(rendered[30].pdf), "-"))
    assert LONG_NAME in flat  # wrapped over lines, not cut off
    assert "本人联系地址：吉林省长春市朝阳区人民大街某某小区某栋某单元" in flat


def test_the_closing_block_never_stands_alone(rendered):
    for report in rendered.values():
        last = report.text.split("\f")[report.pages - 1]
        assert "上级团委意见" in last
        body = [line for line in last.splitlines() if re.match(r"\s*\d+\s+\S", line)]
        assert body, f"{report.count} members: the last page has no rows"


def test_full_ids_on_request(services, rendered, tmp_path):
    report = rendered[30]
    out = tmp_path / "full.pdf"
    services.reports.render("roster", branch_id=report.branch_id, out=out, full_ids=True)
    flat = _flat(_run("pdftotext", "-layout", str(out), "-"))
    for row in report.rows[:5]:
        assert row["id_number"] in flat
    assert "身份证号码已隐去中间位" not in flat


def test_metadata(rendered):
    info = _run("pdfinfo", str(rendered[30].pdf))
    assert re.search(r"^Title:\s+第30号团支部团员花名册（截至2026年6月20日）$", info, re.M)
    assert re.search(r"^Author:\s+branchdesk$", info, re.M)
    assert re.search(r"^Page size:\s+841\.89 x 595\.27\d pts", info, re.M)  # A4 landscape


def test_two_thousand_members_render_quickly(rendered):
    assert rendered[2000].seconds < 15, f"{rendered[2000].seconds:.1f} s"


def test_preview_bytes_match_the_written_file(services, rendered):
    report = rendered[1]
    preview = services.reports.preview("roster", branch_id=report.branch_id)
    assert preview.pdf.startswith(b"%PDF") and preview.pages == 1
    assert preview.filename == "roster-2026-06-20.pdf"
    assert preview.title == "第1号团支部团员花名册（截至2026年6月20日）"
    assert services.reports.pdf("roster", branch_id=report.branch_id).pdf.startswith(b"%PDF")
