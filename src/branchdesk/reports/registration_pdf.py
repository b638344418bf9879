"""团籍注册汇总表 (forms.md §8): A4 landscape, margins 20/20/20/25 (252 mm wide).

Columns 序号 | 姓名 | 性别 | 出生年月 | 入团年月 | 团员证号/发展团员编号 | 上年评议等次 |
团费交至 | 注册结果 | 原因 | 备注, the header repeated on every page; under it the counts
(应注册 已注册 暂缓 不予注册 注册率), the 团支部书记's signature and the 团委's opinion with
room for its seal, kept together.
"""

from __future__ import annotations

from typing import Any, Final

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Spacer  # type: ignore[import-untyped]

from branchdesk.reports.base import data_table, frame_width_mm
from branchdesk.reports.base import render as render_pdf
from branchdesk.reports.fonts import FontSet, register_fonts
from branchdesk.reports.meeting_documents import (
    BLANK_DATE,
    EMPTY_YEAR,
    REGISTRATION_HEADERS,
    REGISTRATION_WIDTHS,
    RegistrationSummaryDoc,
)
from branchdesk.reports.meeting_parts import signature_block, text
from branchdesk.reports.styles import StyleSheet, stylesheet

LANDSCAPE: Final = True
MARGINS_MM: Final = (20.0, 20.0, 20.0, 25.0)  # top, right, bottom, left
ROW_MM: Final = 8.0
CENTERED: Final = (0, 1, 2, 3, 4, 5, 6, 7, 8)


def render(doc: RegistrationSummaryDoc, fonts: FontSet | None = None) -> bytes:
    """The 注册汇总表 as PDF bytes."""
    fonts = fonts or register_fonts()
    return render_pdf(
        story(doc, stylesheet(fonts), fonts),
        landscape=LANDSCAPE,
        margins_mm=MARGINS_MM,
        footer=doc.footer,
        title=doc.title,
        subject="团籍注册汇总表",
        fonts=fonts,
    )


def story(doc: RegistrationSummaryDoc, sheet: StyleSheet, fonts: FontSet) -> list[Any]:
    rows = [
        (
            line.number,
            line.name,
            line.gender,
            line.birth,
            line.joined,
            line.card,
            line.grade,
            line.fee_paid_to,
            line.outcome,
            line.reason,
            line.note,
        )
        for line in doc.lines
    ]
    table = data_table(
        list(REGISTRATION_HEADERS),
        rows,
        list(REGISTRATION_WIDTHS),
        center_cols=CENTERED,
        min_row_height_mm=ROW_MM,
        empty_text=EMPTY_YEAR,
        fonts=fonts,
    )
    block = signature_block(
        sheet,
        frame_width_mm(LANDSCAPE, MARGINS_MM),
        left=("团支部书记（签字）：", "", f"日期：{BLANK_DATE}"),
        right=("上级团委意见（盖章）：", "", BLANK_DATE),
    )
    return [
        text(doc.title, sheet.title),
        text(doc.subtitle, sheet.subtitle),
        *table,
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                *[text(line, sheet.body) for line in (doc.status_note, doc.totals) if line],
                Spacer(1, 4 * mm),
                block,
            ]
        ),
    ]
