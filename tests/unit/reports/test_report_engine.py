"""The page engine on its own: metadata, page numbers, the paged data table."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from branchdesk.reports import base
from branchdesk.reports.canvas import page_label
from branchdesk.reports.styles import SIZE, stylesheet

MARGINS = (20.0, 15.0, 15.0, 20.0)


def _render(story, **kw):
    options = {"landscape": True, "margins_mm": MARGINS, "footer": "测试团支部", "title": "测试"}
    options.update(kw)
    return base.render(story, **options)


def test_metadata_and_page_count():
    pdf = _render([Paragraph("正文", stylesheet().body)], title="团员花名册", author="张三")
    assert pdf.startswith(b"%PDF")
    assert base.page_count(pdf) == 1
    assert b"/Author (" in pdf and b"/Title (" in pdf  # read back with pdfinfo in integration
    assert b"/Creator (branchdesk " in pdf
    assert b"Helvetica" not in pdf  # no font the viewer would have to supply


def test_page_label():
    assert page_label(3, 12) == "第 3 页 共 12 页"


def test_styles_follow_the_chinese_sizes():
    sheet = stylesheet()
    assert sheet.title.fontSize == SIZE["小二"] == 18
    assert sheet.body.fontSize == sheet.cell.fontSize == SIZE["五号"] == 10.5
    assert sheet.title.fontName == sheet.header_cell.fontName == sheet.fonts.hei
    assert sheet.body.fontName == sheet.cell.fontName == sheet.fonts.song
    assert sheet["small"].fontSize == 9
    assert all(
        getattr(sheet, name).wordWrap == "CJK"
        for name in ("title", "body", "cell", "cell_center", "header_cell")
    )


def test_table_shape_is_checked():
    with pytest.raises(ValueError, match="column widths"):
        base.data_table(["甲", "乙"], [], [10.0])
    with pytest.raises(ValueError, match="row 1"):
        base.data_table(["甲", "乙"], [["1"]], [10.0, 10.0])


def test_a_long_table_is_laid_out_page_by_page_with_progress():
    rows = [[str(n), f"姓名{n}", "备注" * (1 + n % 7)] for n in range(1, 301)]
    seen: list[tuple[int, int]] = []
    story = base.data_table(
        ["序号", "姓名", "备注"],
        rows,
        [20.0, 40.0, 30.0],
        chunk_rows=50,
        min_row_height_mm=8,
        progress=lambda done, total: seen.append((done, total)),
    )
    pdf = _render(story)
    pages = base.page_count(pdf)
    assert 300 / 22 < pages < 300 / 5
    assert seen[-1] == (300, 300)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(seen) == pages


def test_an_empty_table_prints_its_header_and_a_note():
    story = base.data_table(["序号", "姓名"], [], [20.0, 40.0], empty_text="（无）")
    assert base.page_count(_render(story)) == 1


def test_paragraph_escapes_markup():
    para = base.paragraph("A<B & C>\n第二行", stylesheet().cell)
    assert "&lt;B &amp; C&gt;<br/>" in para.text


def test_the_tail_takes_the_last_rows_along_instead_of_standing_alone():
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    seen: list[tuple[int, int]] = []

    def laid_out(rows: int) -> list[tuple[int, int]]:
        seen.clear()
        story = base.data_table(
            ["序号"],
            [[str(n)] for n in range(rows)],
            [20.0],
            min_row_height_mm=8,
            tail=[Spacer(1, 100 * mm)],
            keep_rows=3,
            progress=lambda done, total: seen.append((done, total)),
        )
        return seen if base.page_count(_render(story)) else []

    # 175 mm of page: a header and 20 rows of 8 mm fit, the 100 mm tail does not.
    assert laid_out(20)[0] == (17, 20)  # three rows go to the next page with the tail
    assert laid_out(5)[-1] == (5, 5)  # rows and tail on one page: nothing split
    assert len(laid_out(5)) == 1
