"""团支部工作移交清单 (换届, users.md pain point 10): A4 portrait, margins 25/20/22/28.

The title, the 移交日期, a table of what is handed over (序号 | 移交项目 | 数量 | 说明: the data
counted from the database, then the paper books with blanks to fill in by hand), the handover
file and its checksum when one was exported, a note, then the signatures — 移交人（原团支部书记）,
接收人（新任团支部书记）, 监交人（上级团委）, each with its 日期 — and the 上级团委's opinion
beside a 45 mm seal area (forms.md §13.2: ≥ 40 mm for a Ø 40–42 mm seal), kept together.
"""

from __future__ import annotations

from typing import Any, Final

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from branchdesk.reports.annual_return_pdf import SealBox
from branchdesk.reports.base import cell_font, data_table, frame_width_mm
from branchdesk.reports.base import render as render_pdf
from branchdesk.reports.fonts import FontSet, register_fonts
from branchdesk.reports.handover_documents import (
    HANDOVER_HEADERS,
    HANDOVER_WIDTHS,
    SIGNATURE_ROLES,
    HandoverDoc,
)
from branchdesk.reports.meeting_parts import text
from branchdesk.reports.styles import StyleSheet, stylesheet

LANDSCAPE: Final = False
MARGINS_MM: Final = (25.0, 20.0, 22.0, 28.0)  # top, right, bottom, left (binding side widest)
ROW_MM: Final = 9.0
SIGN_ROW_MM: Final = 14.0
SEAL_MM: Final = 45.0
BLANK_DATE: Final = "______年____月____日"


def render(doc: HandoverDoc, fonts: FontSet | None = None) -> bytes:
    """The 移交清单 as PDF bytes."""
    fonts = fonts or register_fonts()
    return render_pdf(
        story(doc, stylesheet(fonts), fonts),
        landscape=LANDSCAPE,
        margins_mm=MARGINS_MM,
        footer=doc.footer,
        title=doc.title,
        subject="团支部工作移交清单",
        fonts=fonts,
    )


def story(doc: HandoverDoc, sheet: StyleSheet, fonts: FontSet) -> list[Any]:
    width = frame_width_mm(LANDSCAPE, MARGINS_MM)
    table = data_table(
        list(HANDOVER_HEADERS),
        [list(row) for row in doc.rows],
        list(HANDOVER_WIDTHS),
        center_cols=(0, 2),
        min_row_height_mm=ROW_MM,
        fonts=fonts,
    )
    return [
        text(doc.title, sheet.title),
        text(doc.date_line, sheet.subtitle),
        Spacer(1, 2 * mm),
        *table,
        Spacer(1, 3 * mm),
        *[text(line, sheet.body) for line in doc.file_lines],
        text(doc.note, sheet.small),
        Spacer(1, 5 * mm),
        KeepTogether([_signatures(doc, sheet, width), Spacer(1, 4 * mm), _seal(sheet, width)]),
    ]


def _signatures(doc: HandoverDoc, sheet: StyleSheet, width_mm: float) -> Any:
    """One row per signer: role | 签字 (the name printed small when known) | 日期."""
    rows = []
    for role, name in zip(SIGNATURE_ROLES, doc.signers, strict=True):
        sign = f"签字：{'（' + name + '）' if name else ''}"
        rows.append(
            [
                text(role, sheet.header_cell),
                text(sign, sheet.body),
                text(f"日期：{BLANK_DATE}", sheet.body),
            ]
        )
    widths = (50.0, width_mm - 50.0 - 62.0, 62.0)
    return Table(
        rows,
        colWidths=[w * mm for w in widths],
        rowHeights=[SIGN_ROW_MM * mm] * len(rows),
        style=TableStyle(
            [
                *cell_font(sheet),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
            ]
        ),
        hAlign="CENTER",
    )


def _seal(sheet: StyleSheet, width_mm: float) -> Any:
    """上级团委意见 with a signature date, beside the seal area."""
    seal = SealBox(SEAL_MM * mm, "（上级团委盖章处）", sheet.small.fontName, sheet.small.fontSize)
    lines = [
        text("上级团委意见：", sheet.body),
        Spacer(1, (SEAL_MM - 24) * mm),
        text(f"负责人（签字）：__________　　{BLANK_DATE}", sheet.body),
    ]
    seal_column = SEAL_MM + 6
    return Table(
        [[lines, seal]],
        colWidths=[(width_mm - seal_column) * mm, seal_column * mm],
        rowHeights=[(SEAL_MM + 4) * mm],
        style=TableStyle(
            [
                *cell_font(sheet),
                ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                ("VALIGN", (0, 0), (0, 0), "TOP"),
                ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("LEFTPADDING", (0, 0), (0, 0), 3 * mm),
                ("TOPPADDING", (0, 0), (0, 0), 3 * mm),
            ]
        ),
        hAlign="CENTER",
    )
