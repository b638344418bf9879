"""团员花名册 (forms.md §9): A4 landscape, the 12 columns, header on every page, 团委盖章 box.

Geometry from forms.md §9: margins top 20, right 15, bottom 15, left 20 mm (usable 262 mm);
title 小二 黑体; body 五号 宋体, header 黑体, rows at least 8 mm; "第 x 页 共 y 页" bottom right;
the signature line and a 团委盖章 area of 50 × 50 mm at the end, kept together on the last page.
"""

from __future__ import annotations

from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from branchdesk.reports import base
from branchdesk.reports.documents import RosterDoc
from branchdesk.reports.fonts import FontSet, register_fonts
from branchdesk.reports.styles import StyleSheet, stylesheet

LANDSCAPE: Final = True
MARGINS_MM: Final = (20.0, 15.0, 15.0, 20.0)  # top, right, bottom, left
MIN_ROW_MM: Final = 8.0
SEAL_MM: Final = 50.0  # the 团委盖章 square (forms.md §9: at least 45 × 45 mm)
# Every column but 姓名 and 备注 is centred (names and notes read from the left).
CENTERED: Final = frozenset(
    {
        "序号",
        "性别",
        "出生年月",
        "民族",
        "身份证号码",
        "手机号码",
        "团内职务",
        "政治面貌",
        "团员发展编号",
        "入团年月",
    }
)


def footer_text(doc: RosterDoc) -> str:
    """The bottom-left footer of every page."""
    return f"{doc.branch_name}　打印日期：{doc.printed_on}　规则：{doc.profile_name}"


def render(
    doc: RosterDoc, fonts: FontSet | None = None, progress: base.Progress | None = None
) -> bytes:
    """The roster as PDF bytes."""
    fonts = fonts or register_fonts()
    sheet = stylesheet(fonts)
    story: list[Any] = [_title(doc, sheet), _subtitle(doc, sheet)]
    story += base.data_table(
        list(doc.columns),
        doc.rows,
        list(doc.widths_mm),
        center_cols=[i for i, name in enumerate(doc.columns) if name in CENTERED],
        min_row_height_mm=MIN_ROW_MM,
        empty_text="（截至该日无在册团员）",
        tail=_closing(doc, sheet),
        fonts=fonts,
        progress=progress,
    )
    return base.render(
        story,
        landscape=LANDSCAPE,
        margins_mm=MARGINS_MM,
        footer=footer_text(doc),
        title=doc.title,
        subject="团员花名册",
        fonts=fonts,
    )


def _title(doc: RosterDoc, sheet: StyleSheet) -> Any:
    """The title on one line, or broken before "（截至" when the branch name is long."""
    style = sheet.title
    width = base.frame_width_mm(LANDSCAPE, MARGINS_MM) * mm
    text = escape(doc.title)
    if stringWidth(doc.title, style.fontName, style.fontSize) > width and "（" in text:
        head, _, tail = text.rpartition("（")
        text = f"{head}<br/>（{tail}"
    return Paragraph(text, style)


def _subtitle(doc: RosterDoc, sheet: StyleSheet) -> Any:
    parts = [f"共 {doc.count} 人"]
    if doc.masked:
        parts.append("身份证号码已隐去中间位")
    style = sheet.small.clone("roster_count", alignment=2, spaceAfter=3)  # right-aligned
    return base.paragraph("　".join(parts), style)


def _closing(doc: RosterDoc, sheet: StyleSheet) -> list[Any]:
    """The signature line(s) on the left and the 团委盖章 box on the right.

    Drawn under the table's last rows, on the same page (never alone on a page).
    """
    width = base.frame_width_mm(LANDSCAPE, MARGINS_MM) * mm
    seal = SEAL_MM * mm
    lines = [base.paragraph(line, sheet.body) for line in doc.footer_lines]
    seal_box = Table(
        [
            [base.paragraph("上级团委意见（盖章）", sheet.body)],
            [base.paragraph("年　　月　　日", sheet.body.clone("seal_date", alignment=2))],
        ],
        colWidths=[seal],
        rowHeights=[seal - 10 * mm, 10 * mm],
        style=TableStyle(
            [
                *base.cell_font(sheet),
                ("BOX", (0, 0), (-1, -1), base.GRID_WIDTH, colors.black),
                ("VALIGN", (0, 0), (0, 0), "TOP"),
                ("VALIGN", (0, 1), (0, 1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
    )
    layout = Table(
        [[lines or "", seal_box]],
        colWidths=[width - seal, seal],
        style=TableStyle(
            [
                *base.cell_font(sheet),
                ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                ("VALIGN", (1, 0), (1, 0), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [Spacer(1, 6 * mm), layout]
