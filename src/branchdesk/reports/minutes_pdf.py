"""会议记录 (forms.md §6): A4 portrait, margins 25/20/20/25 (top/right/bottom/left), an outer grid
165 mm wide on the columns label 25 | value 57.5 | label 25 | value 57.5.

Rows: 会议类型 (boxes) · 会议名称/主题 · 时间 │ 地点 · 主持人 │ 记录人 · (团课: 主讲人 │ 学时) ·
应到 │ 实到 │ 缺席 │ 列席 · 缺席人员及原因 · 会议议题 · 会议内容/讨论发言 (flows onto further
pages as "（续）") · 会议决议/表决情况 · 主持人签名 │ 记录人签名 │ 日期. Minimum heights as the
form gives them, so a short record still looks like the paper form.
"""

from __future__ import annotations

from typing import Any, Final

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, KeepTogether, Spacer  # type: ignore[import-untyped]

from branchdesk.reports.base import render as render_pdf
from branchdesk.reports.fonts import FontSet, register_fonts
from branchdesk.reports.meeting_documents import MinutesDoc
from branchdesk.reports.meeting_parts import CheckBoxes, FormSection, grid, text
from branchdesk.reports.styles import StyleSheet, stylesheet

MARGINS_MM: Final = (25.0, 20.0, 20.0, 25.0)  # top, right, bottom, left
WIDTH_MM: Final = 165.0
COLUMNS_MM: Final = (25.0, 57.5, 25.0, 57.5)
COUNTS_MM: Final = (20.0, 16.0, 20.0, 16.0, 20.0, 16.0, 20.0, 37.0)
SIGN_MM: Final = (25.0, 32.5, 25.0, 32.5, 18.0, 32.0)


class MinutesLayout:
    """Page geometry and row heights of the form (mm)."""

    landscape: Final = False
    margins_mm: Final = MARGINS_MM
    row_mm: Final = 10.0
    absentees_mm: Final = 10.0
    agenda_mm: Final = 20.0
    content_mm: Final = 110.0
    decisions_mm: Final = 25.0
    signature_mm: Final = 15.0


def render(doc: MinutesDoc, fonts: FontSet | None = None) -> bytes:
    """The 会议记录 as PDF bytes."""
    fonts = fonts or register_fonts()
    return render_pdf(
        story(doc, stylesheet(fonts)),
        landscape=MinutesLayout.landscape,
        margins_mm=MinutesLayout.margins_mm,
        footer=doc.footer,
        title=f"{doc.title}：{doc.meeting_title}",
        subject="会议记录",
        fonts=fonts,
    )


def story(doc: MinutesDoc, sheet: StyleSheet) -> list[Flowable]:
    layout = MinutesLayout
    width = WIDTH_MM * mm
    label_width = COLUMNS_MM[0] * mm
    value_width = (WIDTH_MM - COLUMNS_MM[0]) * mm - 2 * 1.5 * mm
    body = sheet.cell
    boxes = CheckBoxes(doc.kinds, body.fontName, body.fontSize, value_width)
    head_rows: list[list[Any]] = [
        ["会议类型", boxes, "", ""],
        ["会议名称\n（主题）", doc.meeting_title, "", ""],
        ["时　　间", f"{doc.date_text}　{doc.time_text}".strip(), "地　　点", doc.place],
        ["主 持 人", doc.chair, "记 录 人", doc.recorder],
    ]
    spans = [(0, 1, 3), (1, 1, 3)]
    if doc.lecturer is not None:
        head_rows.append(["主 讲 人", doc.lecturer, "学　　时", doc.hours or ""])
    flow: list[Flowable] = [
        text(doc.title, sheet.title),
        Spacer(1, 2 * mm),
        grid(head_rows, COLUMNS_MM, sheet, spans=spans, min_height_mm=layout.row_mm),
        grid(
            [
                [
                    "应到人数",
                    doc.expected,
                    "实到人数",
                    doc.present,
                    "缺席人数",
                    doc.absent,
                    "列席人员",
                    doc.observers,
                ]
            ],
            COUNTS_MM,
            sheet,
            labels=(0, 2, 4, 6),
            center=((0, 1), (0, 3), (0, 5)),
            min_height_mm=layout.row_mm,
        ),
    ]

    def section(
        label: str, content: list[Flowable], minimum: float, reserve: list[Flowable] | None = None
    ) -> FormSection:
        return FormSection(
            label,
            content,
            label_width=label_width,
            width=width,
            label_style=sheet.header_cell,
            min_height=minimum * mm,
            reserve=reserve or (),
        )

    running = _text_style(sheet)
    decisions = section("会议决议\n表决情况", _decisions(doc, sheet), layout.decisions_mm)
    signatures = grid(
        [["主持人签名", "", "记录人签名", "", "日　期", "年　　月　　日"]],
        SIGN_MM,
        sheet,
        labels=(0, 2, 4),
        center=((0, 5),),
        min_height_mm=layout.signature_mm,
    )
    flow += [
        section(
            "缺席人员\n及原因", [text(line, body) for line in doc.absentees], layout.absentees_mm
        ),
        section("会议议题", [text(line, body) for line in doc.agenda], layout.agenda_mm),
        # 会议内容 stretches to the rows below it and carries on with "（续）" when long.
        section(
            "会议内容\n讨论发言",
            [text(line, running) for line in doc.content],
            layout.content_mm,
            reserve=[decisions, signatures],
        ),
        KeepTogether([decisions, signatures]),  # the signatures never stand alone
    ]
    return flow


def _text_style(sheet: StyleSheet) -> Any:
    """Running text of the record: 五号 宋体, paragraphs indented two characters."""
    size = sheet.body.fontSize
    return ParagraphStyle(
        "minutes_text",
        parent=sheet.body,
        firstLineIndent=2 * size,
        spaceBefore=2,
    )


def _decisions(doc: MinutesDoc, sheet: StyleSheet) -> list[Flowable]:
    flow: list[Flowable] = [text(line, _text_style(sheet)) for line in doc.decisions]
    item = ParagraphStyle("minutes_vote", parent=sheet.cell, spaceBefore=4)
    for vote in doc.votes:
        flow.append(text(vote.text, item))
        if vote.counts:
            flow.append(text(f"表决情况：{vote.counts}", sheet.cell))
        if vote.explanation:
            flow.append(text(f"核查结果：{vote.explanation}", sheet.cell))
    return flow
