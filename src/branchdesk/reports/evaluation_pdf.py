"""团员教育评议结果汇总表 (forms.md §7): A4 landscape, margins 20/20/20/25 (252 mm wide).

Columns 序号 | 姓名 | 性别 | 发展团员编号 | 自评等次 | 测评得票 (优秀 / 合格 / 基本合格 /
不合格) | 支委会建议等次 | 上级审批等次 | 是否准予注册 | 备注; the two header rows repeated on
every page. Under the table: the counts, the 优秀 cap check, the 评议 meeting's attendance
check, then the 团支部书记's signature and the 团委's opinion with room for its seal
(≥ 40 mm), kept together.
"""

from __future__ import annotations

from typing import Any, Final

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Spacer  # type: ignore[import-untyped]

from branchdesk.reports.base import frame_width_mm
from branchdesk.reports.base import render as render_pdf
from branchdesk.reports.fonts import FontSet, register_fonts
from branchdesk.reports.meeting_documents import (
    BLANK_DATE,
    EMPTY_YEAR,
    EVALUATION_GROUPS,
    EVALUATION_HEADERS,
    EVALUATION_WIDTHS,
    EvaluationSummaryDoc,
)
from branchdesk.reports.meeting_parts import grouped_table, signature_block, text
from branchdesk.reports.styles import StyleSheet, stylesheet

LANDSCAPE: Final = True
MARGINS_MM: Final = (20.0, 20.0, 20.0, 25.0)  # top, right, bottom, left
CENTERED: Final = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)


def render(doc: EvaluationSummaryDoc, fonts: FontSet | None = None) -> bytes:
    """The 评议汇总表 as PDF bytes."""
    fonts = fonts or register_fonts()
    return render_pdf(
        story(doc, stylesheet(fonts)),
        landscape=LANDSCAPE,
        margins_mm=MARGINS_MM,
        footer=doc.footer,
        title=doc.title,
        subject="团员教育评议结果汇总表",
        fonts=fonts,
    )


def story(doc: EvaluationSummaryDoc, sheet: StyleSheet) -> list[Any]:
    rows = [
        (
            line.number,
            line.name,
            line.gender,
            line.dev_number,
            line.self_grade,
            *line.votes,
            line.proposed,
            line.approved,
            line.may_register,
            line.note,
        )
        for line in doc.lines
    ]
    table = grouped_table(
        EVALUATION_HEADERS,
        EVALUATION_GROUPS,
        rows,
        EVALUATION_WIDTHS,
        sheet,
        center_cols=CENTERED,
        empty_text=EMPTY_YEAR,
    )
    notes = [
        text(line, sheet.body)
        for line in (doc.status_note, doc.totals, doc.cap_check, doc.meeting_note)
        if line
    ]
    width = frame_width_mm(LANDSCAPE, MARGINS_MM)
    block = signature_block(
        sheet,
        width,
        left=("团支部书记（签字）：", "", f"日期：{BLANK_DATE}"),
        right=("上级团委审核意见（盖章）：", "", BLANK_DATE),
    )
    return [
        text(doc.title, sheet.title),
        text(doc.subtitle, sheet.subtitle),
        table,
        Spacer(1, 3 * mm),
        KeepTogether([*notes, Spacer(1, 4 * mm), block]),
    ]
