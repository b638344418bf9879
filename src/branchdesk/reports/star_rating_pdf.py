"""团支部"对标定级"自评表 (forms.md §5.1, §5.2): A4 portrait, margins 25/20/20/20 (170 mm wide).

Title "____团支部____年度"对标定级"自评表" (小二 黑体), the sheet's source and version (a
non-official sheet says so), the info rows (所属团委, 团支部名称, 团员数, 团支部书记, 成立时间,
最近一次换届时间), then the grid: 一级指标 16 mm (merged per dimension, with its subtotal) ·
二级指标 18 · 评价内容/具体指标 42 · 评分标准 36 · 分值 10 · 评分依据(材料) 24 · 自评分 12 ·
复核分 12, header repeated on every page. Below: 合计, 一票否决情况, 自评星级, the two
signatures, and the 复核 box (≥ 45 mm) with the 团委's remarks, 复核星级 and a seal area. The
document is plain data made by ``services.rating``; this module only lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from branchdesk.reports.annual_return_pdf import SealBox
from branchdesk.reports.base import CELL_PADDING, GRID_WIDTH, cell_font, frame_width_mm
from branchdesk.reports.base import render as render_pdf
from branchdesk.reports.fonts import FontSet, register_fonts
from branchdesk.reports.meeting_parts import text
from branchdesk.reports.styles import StyleSheet, stylesheet

LANDSCAPE: Final = False
MARGINS_MM: Final = (25.0, 20.0, 20.0, 20.0)  # top, right, bottom, left
WIDTHS_MM: Final = (16.0, 18.0, 42.0, 36.0, 10.0, 24.0, 12.0, 12.0)
HEADERS: Final = (
    "一级指标",
    "二级指标",
    "评价内容/具体指标",
    "评分标准",
    "分值",
    "评分依据（材料）",
    "自评分",
    "复核分",
)
REVIEW_BOX_MM: Final = 50.0
SEAL_MM: Final = 42.0


@dataclass(frozen=True)
class StarRatingRow:
    name: str
    requirement: str
    standard: str
    points: str
    basis: str  # 评分依据: the ledger's evidence and what proves the row
    self_points: str
    review_points: str
    negative: bool = False  # a 扣分 row: marked ※


@dataclass(frozen=True)
class StarRatingBlock:
    dimension: str
    subtotal: str  # "20分"
    rows: tuple[StarRatingRow, ...]
    self_subtotal: str
    review_subtotal: str


@dataclass(frozen=True)
class StarRatingDoc:
    title: str
    sheet_line: str
    info: tuple[tuple[str, str], ...]  # (label, value), printed two per line
    blocks: tuple[StarRatingBlock, ...]
    total_points: str
    self_total: str
    review_total: str
    vetoes: tuple[tuple[str, str, bool], ...]  # (id, text, answered 是)
    self_star: str  # "四星级（自评得分 85.5 分）" or blank
    star_note: str  # caps, eligibility, a star set by hand
    signed_on: str  # "2026年1月10日" or the blank "____年__月__日"
    review_remarks: str
    review_star: str
    reviewed_on: str
    footer: str


def render(doc: StarRatingDoc, fonts: FontSet | None = None) -> bytes:
    """The 自评表 as PDF bytes."""
    fonts = fonts or register_fonts()
    return render_pdf(
        story(doc, stylesheet(fonts)),
        landscape=LANDSCAPE,
        margins_mm=MARGINS_MM,
        footer=doc.footer,
        title=doc.title,
        subject="对标定级自评表",
        fonts=fonts,
    )


def _small(sheet: StyleSheet) -> Any:
    return ParagraphStyle("rating_small", parent=sheet.small, leading=sheet.small.fontSize * 1.25)


def story(doc: StarRatingDoc, sheet: StyleSheet) -> list[Any]:
    width = frame_width_mm(LANDSCAPE, MARGINS_MM)
    sub = ParagraphStyle("rating_sub", parent=sheet.subtitle, fontSize=10.5, leading=14)
    items: list[Any] = [text(doc.title, sheet.title), text(doc.sheet_line, sub)]
    items += [_info(doc, sheet, width), Spacer(1, 2 * mm), _grid(doc, sheet)]
    items += [Spacer(1, 2 * mm), KeepTogether(_closing(doc, sheet, width))]
    return items


def _info(doc: StarRatingDoc, sheet: StyleSheet, width_mm: float) -> Any:
    cells = [text(f"{label}：{value}", sheet.body) for label, value in doc.info]
    # the two long names on lines of their own, the rest two to a line
    rows = [[cells[0], ""], [cells[1], ""]]
    rest = cells[2:]
    rows += [rest[i : i + 2] + [""] * (2 - len(rest[i : i + 2])) for i in range(0, len(rest), 2)]
    return Table(
        rows,
        colWidths=[width_mm / 2 * mm] * 2,
        style=TableStyle(
            [
                *cell_font(sheet),
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (0, 1), (1, 1)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        ),
        hAlign="LEFT",
    )


def _grid(doc: StarRatingDoc, sheet: StyleSheet) -> Any:
    small = _small(sheet)
    data: list[list[Any]] = [[text(h, sheet.header_cell) for h in HEADERS]]
    commands: list[tuple[Any, ...]] = [
        *cell_font(sheet),
        ("INNERGRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    for block in doc.blocks:
        first = len(data)
        for index, row in enumerate(block.rows):
            label = f"{block.dimension}\n（{block.subtotal}）" if index == 0 else ""
            mark = "※" if row.negative else ""
            data.append(
                [
                    text(label, sheet.header_cell) if label else "",
                    text(mark + row.name, sheet.cell),
                    text(row.requirement, sheet.cell),
                    text(row.standard, small),
                    text(row.points, sheet.cell_center),
                    text(row.basis, small),
                    text(row.self_points, sheet.cell_center),
                    text(row.review_points, sheet.cell_center),
                ]
            )
        data.append(
            [
                "",
                text("小计", sheet.header_cell),
                "",
                "",
                text(block.subtotal.removesuffix("分"), sheet.cell_center),
                "",
                text(block.self_subtotal, sheet.cell_center),
                text(block.review_subtotal, sheet.cell_center),
            ]
        )
        last = len(data) - 1
        commands += [
            ("SPAN", (0, first), (0, last)),
            ("SPAN", (1, last), (3, last)),
            ("BACKGROUND", (1, last), (-1, last), colors.HexColor("#f2f2f2")),
        ]
    data.append(
        [
            text("合计", sheet.header_cell),
            "",
            "",
            "",
            text(doc.total_points, sheet.cell_center),
            "",
            text(doc.self_total, sheet.cell_center),
            text(doc.review_total, sheet.cell_center),
        ]
    )
    commands += [("SPAN", (0, len(data) - 1), (3, len(data) - 1))]
    return Table(
        data,
        colWidths=[w * mm for w in WIDTHS_MM],
        style=TableStyle(commands),
        repeatRows=1,
        hAlign="CENTER",
    )


def _closing(doc: StarRatingDoc, sheet: StyleSheet, width_mm: float) -> list[Any]:
    small = _small(sheet)
    any_veto = any(answered for _id, _text, answered in doc.vetoes)
    marks = "有（√）　无（　）" if any_veto else "有（　）　无（√）"
    which = "、".join(v_id for v_id, _t, answered in doc.vetoes if answered)
    veto_lines = [
        text(f"一票否决情况：{marks}" + (f"　项目：{which}" if which else ""), sheet.body)
    ]
    veto_lines += [
        text(f"{v_id}　{v_text}　（{'是' if answered else '否'}）", small)
        for v_id, v_text, answered in doc.vetoes
    ]
    star_lines = [text(f"自评星级：{doc.self_star or '________'}", sheet.body)]
    if doc.star_note:
        star_lines.append(text(doc.star_note, small))
    sign = text(
        "团支部书记（签字）：__________　　团员代表（签字）：__________　　" + doc.signed_on,
        sheet.body,
    )
    boxed = Table(
        [[veto_lines], [star_lines], [[Spacer(1, 6 * mm), sign]]],
        colWidths=[width_mm * mm],
        style=TableStyle(
            [
                *cell_font(sheet),
                ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ]
        ),
        hAlign="CENTER",
    )
    remarks = doc.review_remarks or ""
    review_text = [
        text("上级团委复核意见：", sheet.body),
        text(remarks, sheet.body),
        Spacer(1, 4 * mm),
        text(f"复核星级：{doc.review_star or '________'}", sheet.body),
        Spacer(1, 4 * mm),
        text(f"（盖章）　　{doc.reviewed_on}", sheet.body),
    ]
    seal = SealBox(SEAL_MM * mm, "（盖章处）", sheet.small.fontName, sheet.small.fontSize)
    seal_column = SEAL_MM + 6
    review = Table(
        [[review_text, seal]],
        colWidths=[(width_mm - seal_column) * mm, seal_column * mm],
        rowHeights=[REVIEW_BOX_MM * mm],
        style=TableStyle(
            [
                *cell_font(sheet),
                ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                ("VALIGN", (0, 0), (0, 0), "TOP"),
                ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("LEFTPADDING", (0, 0), (0, 0), 3 * mm),
                ("TOPPADDING", (0, 0), (0, 0), 2 * mm),
            ]
        ),
        hAlign="CENTER",
    )
    return [boxed, Spacer(1, 0), review]
