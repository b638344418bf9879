"""“三会两制一课”记录簿（台账） of a year: A4 landscape, margins 20/20/20/25 (252 mm wide).

Every meeting of the year (日期 | 类型 | 名称/主题 | 主持人 | 应到 | 实到 | 到会率 | 表决事项数 |
备注), the header repeated on every page; then the year's count per type and quarter against
the rule profile with 完成/未完成; the signature line at the end.
"""

from __future__ import annotations

from typing import Any, Final

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer  # type: ignore[import-untyped]

from branchdesk.reports.base import data_table
from branchdesk.reports.base import render as render_pdf
from branchdesk.reports.fonts import FontSet, register_fonts
from branchdesk.reports.meeting_documents import (
    EMPTY_YEAR,
    LEDGER_HEADERS,
    LEDGER_WIDTHS,
    PLAN_HEADERS,
    PLAN_WIDTHS,
    SIGNATURE_LINE,
    MeetingLedgerDoc,
)
from branchdesk.reports.meeting_parts import text
from branchdesk.reports.styles import StyleSheet, stylesheet

LANDSCAPE: Final = True
MARGINS_MM: Final = (20.0, 20.0, 20.0, 25.0)  # top, right, bottom, left
ROW_MM: Final = 8.0


def render(doc: MeetingLedgerDoc, fonts: FontSet | None = None, progress: Any = None) -> bytes:
    """The 台账 as PDF bytes."""
    fonts = fonts or register_fonts()
    return render_pdf(
        story(doc, stylesheet(fonts), fonts, progress),
        landscape=LANDSCAPE,
        margins_mm=MARGINS_MM,
        footer=doc.footer,
        title=doc.title,
        subject="三会两制一课台账",
        fonts=fonts,
    )


def story(
    doc: MeetingLedgerDoc, sheet: StyleSheet, fonts: FontSet, progress: Any = None
) -> list[Any]:
    small = sheet.small
    flow: list[Any] = [text(doc.title, sheet.title), text(doc.subtitle, sheet.subtitle)]
    flow += data_table(
        list(LEDGER_HEADERS),
        [
            (
                r.number,
                r.date_text,
                r.kind,
                r.title,
                r.chair,
                r.expected,
                r.present,
                r.rate,
                r.votes,
                r.note,
            )
            for r in doc.rows
        ],
        list(LEDGER_WIDTHS),
        center_cols=(0, 1, 2, 4, 5, 6, 7, 8),
        min_row_height_mm=ROW_MM,
        empty_text=EMPTY_YEAR,
        fonts=fonts,
        progress=progress,
    )
    flow += [Spacer(1, 2 * mm), text(doc.summary, small), CondPageBreak(70 * mm)]
    plan = data_table(
        list(PLAN_HEADERS),
        [(p.item, p.requirement, *p.quarters, p.year_total, p.status) for p in doc.plan_rows],
        list(PLAN_WIDTHS),
        center_cols=(0, 1, 2, 3, 4, 5, 6),
        min_row_height_mm=ROW_MM,
        fonts=fonts,
    )
    flow += [
        Spacer(1, 5 * mm),
        text(doc.plan_title, sheet.subtitle),
        *plan,
        Spacer(1, 2 * mm),
        text(doc.plan_note, small),
        KeepTogether([Spacer(1, 8 * mm), text(SIGNATURE_LINE, sheet.body)]),
    ]
    return flow
