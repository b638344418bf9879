"""会议签到表 (forms.md §6 "Attendance sheet"): A4 portrait like the 会议记录 (margins 25/20/20/25,
165 mm wide); 序号 | 姓名 | 签名 | 备注 with rows at least 9 mm high, blank rows up to 应到 + 5,
the header repeated on every page; 实到 and the recorder's signature at the end.
"""

from __future__ import annotations

from typing import Any, Final

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Spacer  # type: ignore[import-untyped]

from branchdesk.reports.base import data_table
from branchdesk.reports.base import render as render_pdf
from branchdesk.reports.fonts import FontSet, register_fonts
from branchdesk.reports.meeting_documents import SIGN_IN_HEADERS, SIGN_IN_WIDTHS, SignInDoc
from branchdesk.reports.meeting_parts import grid, text
from branchdesk.reports.styles import StyleSheet, stylesheet

LANDSCAPE: Final = False
MARGINS_MM: Final = (25.0, 20.0, 20.0, 25.0)  # top, right, bottom, left
ROW_MM: Final = 9.0
INFO_MM: Final = (22.0, 60.5, 22.0, 60.5)
BLANK: Final = ""


def render(doc: SignInDoc, fonts: FontSet | None = None) -> bytes:
    """The 签到表 as PDF bytes."""
    fonts = fonts or register_fonts()
    return render_pdf(
        story(doc, stylesheet(fonts), fonts),
        landscape=LANDSCAPE,
        margins_mm=MARGINS_MM,
        footer=doc.footer,
        title=doc.title,
        subject="会议签到表",
        fonts=fonts,
    )


def story(doc: SignInDoc, sheet: StyleSheet, fonts: FontSet) -> list[Any]:
    info = grid(
        [
            ["会议名称", doc.meeting_title or BLANK, "", ""],
            [
                "会议类型",
                doc.kind_name or BLANK,
                "时　　间",
                f"{doc.date_text}　{doc.time_text}".strip(),
            ],
            ["地　　点", doc.place, "应到人数", doc.expected],
        ],
        INFO_MM,
        sheet,
        spans=[(0, 1, 3)],
        min_height_mm=ROW_MM,
    )
    flow: list[Any] = [text(doc.title, sheet.title), Spacer(1, 2 * mm), info, Spacer(1, 3 * mm)]
    flow += data_table(
        list(SIGN_IN_HEADERS),
        [(row.number, row.name, "", row.note) for row in doc.rows],
        list(SIGN_IN_WIDTHS),
        center_cols=(0, 1),
        min_row_height_mm=ROW_MM,
        fonts=fonts,
    )
    flow.append(
        KeepTogether(
            [
                Spacer(1, 5 * mm),
                text(
                    "实到：＿＿＿＿人　　记录人（签字）：＿＿＿＿＿＿＿＿",
                    sheet.body,
                ),
            ]
        )
    )
    return flow
