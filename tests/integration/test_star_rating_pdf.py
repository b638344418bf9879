"""The 对标定级自评表 (report "star-rating"): the demo's final year through the CLI, read back with
poppler, and a draft year whose unscored cells and totals stay blank for the pen."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.paths import AppPaths
from branchdesk.reports import star_rating_pdf
from branchdesk.services.container import open_services
from branchdesk.services.rating import build_document

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)


def squeeze(text: str) -> str:
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    )
    return squeeze(done.stdout)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("rating") / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data


def test_the_cli_prints_last_years_final_rating(demo_dir, tmp_path, capsys) -> None:
    year = date.today().year - 1
    out = tmp_path / "star.pdf"
    args = ["--data-dir", str(demo_dir), "report", "star-rating", "--year", str(year)]
    assert main([*args, "--out", str(out)]) == 0
    capsys.readouterr()
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(row.split()[-5:-3] == ["yes", "yes"] for row in rows)
    text = pdf_text(out)
    for expected in (
        f"长春示范汽车零部件有限公司团支部{year}年度“对标定级”自评表",
        "评分标准：branchdesk参考评分表（非官方）2022.1版",
        "所属团委：共青团长春示范汽车集团有限公司委员会",
        "成立时间：2019年5月4日",
        "评价内容/具体指标",
        "评分依据（材料）",
        "支部班子好",
        "作用发挥好",
        "小计",
        "合计",
        "一票否决情况：有（）无（√）",
        "自评星级：四星级（自评得分",
        "青年大学习有1期参学率低于80%，不能评五星",
        "团支部书记（签字）：",
        "团员代表（签字）：",
        "上级团委复核意见：",
        "个别支委会记录缺少决议事项",
        "复核星级：四星级（复核得分",
        "（盖章处）",
        "纸质工作手册",  # the reason of an overridden score is printed with its evidence
    ):
        assert squeeze(expected) in text, expected


def test_the_year_is_required(demo_dir, tmp_path, capsys) -> None:
    out = tmp_path / "x.pdf"
    args = ["--data-dir", str(demo_dir), "report", "star-rating", "--out", str(out)]
    assert main(args) == 1
    assert "“对标定级自评表”需要指定年度" in capsys.readouterr().err
    assert not out.exists()


def test_a_draft_leaves_blanks_for_the_pen(demo_dir, tmp_path) -> None:
    services = open_services(AppPaths(demo_dir))
    try:
        branch = services.branches.list()[0]
        year = date.today().year
        view = services.rating.view(branch.id, year)
        assert view.assessment.unscored  # 会议记录规范 etc. are graded by hand
        doc = build_document(
            view,
            branch_name=branch.name,
            parent_committee="",
            secretary="",
            members=30,
            founded_on=None,
            election_on=None,
            profile_name="全国默认",
        )
    finally:
        services.close()
    assert doc.self_total == "" and doc.review_total == "" and doc.self_star == ""
    assert doc.total_points == "100"
    assert doc.signed_on == "____年__月__日"
    assert [b.subtotal for b in doc.blocks] == ["20分", "25分", "25分", "15分", "15分"]
    assert doc.blocks[0].rows[2].negative  # 支委会: a 扣分 row, marked ※
    assert doc.star_note.startswith("尚有")
    out = tmp_path / "draft.pdf"
    out.write_bytes(star_rating_pdf.render(doc))
    text = pdf_text(out)
    assert "※支委会" in text and "自评星级：________" in text
    assert "成立时间：____年__月__日" in text
